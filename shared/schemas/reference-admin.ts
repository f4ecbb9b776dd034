// Schemas of reference data administration: the registry import, office, topic and SLA policy edits, notices.
import * as z from 'zod/mini';
import { slaPolicySchema } from '../domain/complaint-deadlines';
import { isValidEmail, normalizeEmail } from '../domain/contact';
import type { EmailSource } from '../reference-data/office-mailboxes';
import { text } from './common';
import { officeSchema } from './reference';

export const hospitalImportQuery = z.object({
  /** `true`: check and count, write nothing. A missing value is a real run. */
  dryRun: z.pipe(z._default(z.enum(['true', 'false']), 'false'), z.transform((v: 'true' | 'false') => v === 'true')),
});

export const hospitalImportResult = z.object({
  dryRun: z.boolean(),
  rows: z.number().check(z.int()),
  created: z.number().check(z.int()),
  updated: z.number().check(z.int()),
  unchanged: z.number().check(z.int()),
  errors: z.array(z.object({ line: z.number().check(z.int()), field: z.string(), code: z.string(), message: z.string() })),
});

export const officeParams = z.object({ officeCode: z.string().check(z.trim(), z.toUpperCase(), z.regex(/^[A-Z]{2,6}(-\d{2})?$/, 'OFFICE_CODE_FORMAT')) });

export const officeBody = z.strictObject({
  nameTh: text(200),
  nameEn: text(200),
  kind: officeSchema.shape.kind,
  // an SSO mailbox: any domain (the Yahoo rule is for requesters)
  email: z.pipe(z.pipe(z.string().check(z.maxLength(254)), z.transform(normalizeEmail)), z.string().check(z.refine(isValidEmail, 'INVALID_EMAIL'))),
});

/** An office as an admin's edit answers it: `emailSource` says whose the mailbox is (`admin` after an edit). */
export const editedOfficeSchema = z.extend(officeSchema, { emailSource: z.optional(z.enum(['deploy', 'admin'] as const satisfies readonly EmailSource[])) });

export const topicParams = z.object({ code: z.string().check(z.trim(), z.toLowerCase(), z.regex(/^[a-z0-9-]{2,40}$/, 'TOPIC_CODE_FORMAT')) });
export const topicBody = z.strictObject({ nameTh: text(200), nameEn: text(200) });
export const topicSchema = z.object({ code: z.string(), nameTh: z.string(), nameEn: z.string() });

/** The SLA policy an admin sets: the stored policy's rules, and at least one stage (none would stop every clock). */
export const slaPolicyBody = slaPolicySchema.check(z.refine((p) => p.stages.length > 0, { message: 'SLA_POLICY_EMPTY', path: ['stages'] }));

export const adminNoticeSchema = z.object({
  code: z.string(),
  message: z.string(),
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
});
