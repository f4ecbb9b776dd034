// Schemas of the award routes.
import * as z from 'zod/mini';
import { awardProgrammeShape } from '../domain/award-programme';
import { REQUIRED_DOCUMENTS } from '../domain/award-completeness';
import { parseFlexibleDate } from '../time/bangkok';
import { hospitalCode, isoInstant, normalizeDigitsInput, parsedString, preprocess, text } from './common';

/** A calendar date typed in CE or BE (e.g. 2562-07-10 or 10/07/2562), Thai digits allowed → CE ISO date. */
export const flexibleDate = preprocess(normalizeDigitsInput, parsedString(20, parseFlexibleDate, 'INVALID_DATE'));

export const yearParams = z.object({ yearBE: z.pipe(preprocess(normalizeDigitsInput, z.string().check(z.regex(/^\d{4}$/, 'PROGRAMME_NOT_FOUND'))), z.transform(Number)) });
export const submissionParams = z.object({ submissionId: z.string().check(z.regex(/^AW-\d{4}-\d{7}$/, 'SUBMISSION_NOT_FOUND')) });
export const scoreParams = z.extend(submissionParams, { committeeUserId: z.string().check(z.minLength(3), z.maxLength(40)) });
export const documentParams = z.extend(submissionParams, { document: z.enum(REQUIRED_DOCUMENTS, { error: 'DOCUMENT_NOT_FOUND' }) });

const sha256 = z.pipe(z.string().check(z.regex(/^[0-9a-fA-F]{64}$/, 'INVALID_VALUE')), z.transform((s: string) => s.toLowerCase()));
// the declared length and SHA-256 are signed into the presigned PUT (S3 refuses any other file)
const declaredFile = z.strictObject({ sha256, size: z.optional(z.number().check(z.int(), z.gte(1), z.lte(10 * 1024 * 1024, 'FILE_TOO_LARGE'))) });
export const startSubmissionBody = z.strictObject({
  files: z.optional(z.strictObject({ applicationForm: z.optional(declaredFile), selfAssessment: z.optional(declaredFile) })),
});

export const postalSubmissionBody = z.strictObject({ hospitalCode, postmarkDate: flexibleDate, receivedDate: flexibleDate });
export const emailSubmissionBody = z.strictObject({ hospitalCode, emailReceivedAt: isoInstant });
export const extensionBody = z.strictObject({ hospitalCode, deadline: flexibleDate, reason: text(500) });
export const scoreBody = z.strictObject({ criteria: z.record(z.string().check(z.maxLength(40)), z.number().check(z.gte(0), z.lte(1000))), supportsSsoWork: z.boolean() });
export const resultsBody = z.strictObject({
  designations: z.optional(z.record(z.string().check(z.regex(/^\d{7}$/)), z.string().check(z.maxLength(40)))),
  publish: z._default(z.boolean(), false),
});
// the shape only: contradictions are the use case's 422/409 (award-programme-changes.ts), each with its code
export const programmeBody = awardProgrammeShape;
