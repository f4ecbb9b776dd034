// Schemas of the award routes.
import * as z from 'zod';
import { awardProgrammeShape } from '../domain/award-programme';
import { REQUIRED_DOCUMENTS } from '../domain/award-completeness';
import { parseFlexibleDate } from '../time/bangkok';
import { hospitalCode, isoInstant, normalizeDigitsInput, text } from './common';

/** A calendar date typed in CE or BE (e.g. 2562-07-10 or 10/07/2562), Thai digits allowed → CE ISO date. */
export const flexibleDate = z.preprocess(normalizeDigitsInput, z.string().max(20).transform((s, ctx) => {
  const iso = parseFlexibleDate(s);
  if (!iso) {
    ctx.addIssue({ code: 'custom', message: 'INVALID_DATE' });
    return z.NEVER;
  }
  return iso;
}));

export const yearParams = z.object({ yearBE: z.preprocess(normalizeDigitsInput, z.string().regex(/^\d{4}$/, 'PROGRAMME_NOT_FOUND')).transform(Number) });
export const submissionParams = z.object({ submissionId: z.string().regex(/^AW-\d{4}-\d{7}$/, 'SUBMISSION_NOT_FOUND') });
export const scoreParams = submissionParams.extend({ committeeUserId: z.string().min(3).max(40) });
export const documentParams = submissionParams.extend({ document: z.enum(REQUIRED_DOCUMENTS, { error: 'DOCUMENT_NOT_FOUND' }) });

const sha256 = z.string().regex(/^[0-9a-fA-F]{64}$/, 'INVALID_VALUE').transform((s) => s.toLowerCase());
// the declared length and SHA-256 are signed into the presigned PUT (S3 refuses any other file)
const declaredFile = z.object({ sha256, size: z.number().int().min(1).max(10 * 1024 * 1024, 'FILE_TOO_LARGE').optional() }).strict();
export const startSubmissionBody = z
  .object({ files: z.object({ applicationForm: declaredFile.optional(), selfAssessment: declaredFile.optional() }).strict().optional() })
  .strict();

export const postalSubmissionBody = z.object({ hospitalCode, postmarkDate: flexibleDate, receivedDate: flexibleDate }).strict();
export const emailSubmissionBody = z.object({ hospitalCode, emailReceivedAt: isoInstant }).strict();
export const extensionBody = z.object({ hospitalCode, deadline: flexibleDate, reason: text(500) }).strict();
export const scoreBody = z.object({ criteria: z.record(z.string().max(40), z.number().min(0).max(1000)), supportsSsoWork: z.boolean() }).strict();
export const resultsBody = z
  .object({
    designations: z.record(z.string().regex(/^\d{7}$/), z.string().max(40)).optional(),
    publish: z.boolean().default(false),
  })
  .strict();
// the shape only: contradictions are the use case's 422/409 (award-programme-changes.ts), each with its code
export const programmeBody = awardProgrammeShape;
