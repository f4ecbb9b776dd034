// Schemas of passwords and staff account administration.
import * as z from 'zod/mini';
import { ROLES, type Role } from '../auth/roles';
import { MAX_PASSWORD_LENGTH } from '../domain/password-policy';
import { userIdSchema } from '../domain/user-id';
import { hospitalCode, normalizeDigitsInput, preprocess, text, whenObject } from './common';

/** A password as typed; the policy (length, common passwords, user id) is checked where the user id is known. */
const newPassword = z.string().check(z.minLength(1), z.maxLength(MAX_PASSWORD_LENGTH * 4));
const linkToken = z.string().check(z.minLength(20), z.maxLength(200));

export const passwordResetBody = z.strictObject({ userId: preprocess(normalizeDigitsInput, z.string().check(z.trim(), z.minLength(1), z.maxLength(64))) });
export const passwordResetConfirmBody = z.strictObject({ token: linkToken, password: newPassword });
export const changePasswordBody = z.strictObject({ currentPassword: z.string().check(z.minLength(1), z.maxLength(1024)), newPassword });
export const activateBody = z.strictObject({ token: linkToken, password: newPassword });

const officeCode = z.string().check(z.trim(), z.toUpperCase(), z.regex(/^[A-Z0-9-]{2,12}$/, 'INVALID_VALUE'));
const roles = z.pipe(
  z.array(z.enum(ROLES)).check(z.minLength(1), z.maxLength(ROLES.length)),
  z.transform((r: Role[]) => [...new Set(r)]),
);

/** The hospital role binds an account to one hospital; it is never combined with staff roles. */
function checkRoleBindings(b: { roles?: string[] | undefined; officeCode?: string | null | undefined; hospitalCode?: string | null | undefined }, ctx: z.core.$RefinementCtx, creating: boolean) {
  if (!Array.isArray(b.roles)) return;
  if (b.roles.includes('hospital') && b.roles.length > 1) ctx.addIssue({ code: 'custom', path: ['roles'], message: 'ROLES_MIXED' });
  if (creating && b.roles.includes('area-office') && !b.officeCode) ctx.addIssue({ code: 'custom', path: ['officeCode'], message: 'OFFICE_REQUIRED' });
  if (creating && b.roles.includes('hospital') && !b.hospitalCode) ctx.addIssue({ code: 'custom', path: ['hospitalCode'], message: 'HOSPITAL_REQUIRED' });
}

export const createAccountBody = z
  .strictObject({
    userId: userIdSchema,
    email: z.email('INVALID_EMAIL').check(z.maxLength(254)),
    nameTh: text(120),
    roles,
    officeCode: z.optional(officeCode),
    hospitalCode: z.optional(hospitalCode),
  })
  .check(z.superRefine((b, ctx) => checkRoleBindings(b, ctx, true), whenObject));

export const updateAccountBody = z
  .strictObject({
    roles: z.optional(roles),
    officeCode: z.optional(z.nullable(officeCode)),
    hospitalCode: z.optional(z.nullable(hospitalCode)),
    status: z.optional(z.enum(['active', 'disabled'])),
    email: z.optional(z.email('INVALID_EMAIL').check(z.maxLength(254))),
    nameTh: z.optional(text(120)),
  })
  .check(
    z.superRefine((b, ctx) => checkRoleBindings(b, ctx, false), whenObject),
    z.refine((b) => Object.keys(b).length > 0, { message: 'NOTHING_TO_CHANGE', ...whenObject }),
  );

export const accountsQuery = z.object({
  role: z.optional(z.enum(ROLES)),
  officeCode: z.optional(officeCode),
  status: z.optional(z.enum(['active', 'pending-activation', 'disabled', 'revoked', 'cancelled'])),
});

export const auditQuery = z.object({
  target: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
  actor: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(64))),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(1000)), 200),
});

export const adminAccountSchema = z.object({
  userId: z.string(),
  email: z.nullable(z.string()),
  nameTh: z.nullable(z.string()),
  roles: z.array(z.string()),
  officeCode: z.nullable(z.string()),
  hospitalCode: z.nullable(z.string()),
  status: z.string(),
  lastLoginAt: z.nullable(z.string()),
});
