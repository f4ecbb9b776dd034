// Schemas of the credential-request routes: every field of the SSO form, validated at the edge.
import * as z from 'zod/mini';
import { isValidNationalId, normalizeNationalId } from '../domain/national-id';
import { isLatinName, isThaiName } from '../domain/thai-text';
import { userIdSchema } from '../domain/user-id';
import { hospitalCode, normalizeDigitsInput, preprocess, text, whenObject } from './common';
import { emailField, phoneField } from './contact';

const thaiName = (max: number) => text(max).check(z.refine(isThaiName, 'THAI_SCRIPT_REQUIRED'));
const latinName = (max: number) => text(max).check(z.refine(isLatinName, 'LATIN_SCRIPT_REQUIRED'));

export const nationalIdField = z.pipe(
  z.pipe(z.pipe(z.string(), z.transform(normalizeNationalId)), z.string().check(z.regex(/^\d{13}$/, 'NATIONAL_ID_FORMAT'))),
  // the check digit is only worth reporting once there are 13 digits
  z.string().check(z.refine(isValidNationalId, 'NATIONAL_ID_CHECKSUM')),
);

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
    networkHospitalCode: z.optional(hospitalCode),
    purpose: z.enum(PURPOSES),
    userId: z.optional(userIdSchema),
    phone: phoneField,
    email: emailField,
};

export const credentialRequestBody = z.strictObject(credentialRequestFields).check(
  // `whenObject` runs these even when other fields failed, so every bad field is reported at once
  z.refine((b) => b.purpose === 'new' || !!b.userId, { path: ['userId'], message: 'USER_ID_REQUIRED', ...whenObject }),
  z.refine((b) => b.purpose !== 'new' || !b.userId, { path: ['userId'], message: 'USER_ID_NOT_EXPECTED', ...whenObject }),
);
export type CredentialRequestInput = z.output<typeof credentialRequestBody>;

export const requestIdParams = z.object({ requestId: preprocess(normalizeDigitsInput, z.string().check(z.regex(/^CR-[0-9A-Z]{16}$/, 'REQUEST_NOT_FOUND'))) });

export const submitBody = z.strictObject({ sha256: z.optional(z.string().check(z.regex(/^[0-9a-fA-F]{64}$/, 'INVALID_VALUE'))) });

export const listRequestsQuery = z.object({
  status: z._default(z.enum(['draft', 'submitted', 'approved', 'rejected']), 'submitted'),
});

export const decisionBody = z.strictObject({ decision: z.enum(['approve', 'reject']), reason: z.optional(text(500)) }).check(
  z.superRefine((b, ctx) => {
    if (b.decision === 'reject' && !b.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'REASON_REQUIRED' });
  }),
);

// the activation body moved to ./accounts with the other password schemas
export { activateBody } from './accounts';

export const userIdParams = z.object({ userId: userIdSchema });
