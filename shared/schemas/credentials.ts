// Schemas of the credential-request routes: every field of the SSO form, validated at the edge.
import * as z from 'zod';
import { isValidNationalId, normalizeNationalId } from '../domain/national-id';
import { isLatinName, isThaiName } from '../domain/thai-text';
import { userIdSchema } from '../domain/user-id';
import { hospitalCode, normalizeDigitsInput, text, whenObject } from './common';
import { emailField, phoneField } from './contact';

const thaiName = (max: number) => text(max).refine(isThaiName, 'THAI_SCRIPT_REQUIRED');
const latinName = (max: number) => text(max).refine(isLatinName, 'LATIN_SCRIPT_REQUIRED');

export const nationalIdField = z
  .string()
  .transform(normalizeNationalId)
  .pipe(z.string().regex(/^\d{13}$/, 'NATIONAL_ID_FORMAT'))
  // the check digit is only worth reporting once there are 13 digits
  .pipe(z.string().refine(isValidNationalId, 'NATIONAL_ID_CHECKSUM'));

export const PURPOSES = ['new', 'reuse', 'cancel'] as const;
export type Purpose = (typeof PURPOSES)[number];

/** Each field's own schema: the API validates with them, and the site checks each as it is typed. */
export const credentialRequestFields = {
    nationalId: nationalIdField,
    title: thaiName(40),
    firstNameTh: thaiName(100),
    lastNameTh: thaiName(100),
    firstNameEn: latinName(100),
    lastNameEn: latinName(100),
    position: text(120),
    hospitalCode,
    networkHospitalCode: hospitalCode.optional(),
    purpose: z.enum(PURPOSES),
    userId: userIdSchema.optional(),
    phone: phoneField,
    email: emailField,
};

export const credentialRequestBody = z
  .object(credentialRequestFields)
  .strict()
  // `whenObject` runs these even when other fields failed, so every bad field is reported at once
  .refine((b) => b.purpose === 'new' || !!b.userId, { path: ['userId'], message: 'USER_ID_REQUIRED', ...whenObject })
  .refine((b) => b.purpose !== 'new' || !b.userId, { path: ['userId'], message: 'USER_ID_NOT_EXPECTED', ...whenObject });
export type CredentialRequestInput = z.output<typeof credentialRequestBody>;

export const requestIdParams = z.object({ requestId: z.preprocess(normalizeDigitsInput, z.string().regex(/^CR-[0-9A-Z]{16}$/, 'REQUEST_NOT_FOUND')) });

export const submitBody = z.object({ sha256: z.string().regex(/^[0-9a-fA-F]{64}$/, 'INVALID_VALUE').optional() }).strict();

export const listRequestsQuery = z.object({
  status: z.enum(['draft', 'submitted', 'approved', 'rejected']).default('submitted'),
});

export const decisionBody = z
  .object({ decision: z.enum(['approve', 'reject']), reason: text(500).optional() })
  .strict()
  .superRefine((b, ctx) => {
    if (b.decision === 'reject' && !b.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'REASON_REQUIRED' });
  });

// the activation body moved to ./accounts with the other password schemas
export { activateBody } from './accounts';

export const userIdParams = z.object({ userId: userIdSchema });
