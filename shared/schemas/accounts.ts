// Schemas of passwords and staff account administration.
import * as z from 'zod';
import { ROLES } from '../auth/roles';
import { MAX_PASSWORD_LENGTH } from '../domain/password-policy';
import { userIdSchema } from '../domain/user-id';
import { hospitalCode, normalizeDigitsInput, text, whenObject } from './common';

/** A password as typed; the policy (length, common passwords, user id) is checked where the user id is known. */
const newPassword = z.string().min(1).max(MAX_PASSWORD_LENGTH * 4);
const linkToken = z.string().min(20).max(200);

export const passwordResetBody = z.object({ userId: z.preprocess(normalizeDigitsInput, z.string().trim().min(1).max(64)) }).strict();
export const passwordResetConfirmBody = z.object({ token: linkToken, password: newPassword }).strict();
export const changePasswordBody = z.object({ currentPassword: z.string().min(1).max(1024), newPassword }).strict();
export const activateBody = z.object({ token: linkToken, password: newPassword }).strict();

const officeCode = z.string().trim().toUpperCase().regex(/^[A-Z0-9-]{2,12}$/, 'INVALID_VALUE');
const roles = z
  .array(z.enum(ROLES))
  .min(1)
  .max(ROLES.length)
  .transform((r) => [...new Set(r)]);

/** The hospital role binds an account to one hospital; it is never combined with staff roles. */
function checkRoleBindings(b: { roles?: string[] | undefined; officeCode?: string | null | undefined; hospitalCode?: string | null | undefined }, ctx: z.RefinementCtx, creating: boolean) {
  if (!Array.isArray(b.roles)) return;
  if (b.roles.includes('hospital') && b.roles.length > 1) ctx.addIssue({ code: 'custom', path: ['roles'], message: 'ROLES_MIXED' });
  if (creating && b.roles.includes('area-office') && !b.officeCode) ctx.addIssue({ code: 'custom', path: ['officeCode'], message: 'OFFICE_REQUIRED' });
  if (creating && b.roles.includes('hospital') && !b.hospitalCode) ctx.addIssue({ code: 'custom', path: ['hospitalCode'], message: 'HOSPITAL_REQUIRED' });
}

export const createAccountBody = z
  .object({
    userId: userIdSchema,
    email: z.email('INVALID_EMAIL').max(254),
    nameTh: text(120),
    roles,
    officeCode: officeCode.optional(),
    hospitalCode: hospitalCode.optional(),
  })
  .strict()
  .superRefine((b, ctx) => checkRoleBindings(b, ctx, true), whenObject);

export const updateAccountBody = z
  .object({
    roles: roles.optional(),
    officeCode: officeCode.nullable().optional(),
    hospitalCode: hospitalCode.nullable().optional(),
    status: z.enum(['active', 'disabled']).optional(),
    email: z.email('INVALID_EMAIL').max(254).optional(),
    nameTh: text(120).optional(),
  })
  .strict()
  .superRefine((b, ctx) => checkRoleBindings(b, ctx, false), whenObject)
  .refine((b) => Object.keys(b).length > 0, { message: 'NOTHING_TO_CHANGE', ...whenObject });

export const accountsQuery = z.object({
  role: z.enum(ROLES).optional(),
  officeCode: officeCode.optional(),
  status: z.enum(['active', 'pending-activation', 'disabled', 'revoked', 'cancelled']).optional(),
});

export const auditQuery = z.object({
  target: z.string().trim().min(1).max(200).optional(),
  actor: z.string().trim().min(1).max(64).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export const adminAccountSchema = z.object({
  userId: z.string(),
  email: z.string().nullable(),
  nameTh: z.string().nullable(),
  roles: z.array(z.string()),
  officeCode: z.string().nullable(),
  hospitalCode: z.string().nullable(),
  status: z.string(),
  lastLoginAt: z.string().nullable(),
});
