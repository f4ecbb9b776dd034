// Schemas of the complaint routes.
import * as z from 'zod/mini';
import { emailField, phoneField } from './contact';
import { fromBuddhistYear } from '../time/bangkok';
import { hospitalCode, isoInstant, normalizeDigitsInput, personName, preprocess, text, whenObject } from './common';

export const CHANNELS = ['web', 'hotline', 'email', 'letter', 'walk-in'] as const;
export const OUTCOMES = ['resolved', 'mediated', 'unfounded', 'referred', 'withdrawn'] as const;
export const PAUSE_REASONS = ['awaiting-hospital-explanation', 'awaiting-complainant', 'awaiting-documents', 'awaiting-other-agency'] as const;
export const ACTIONS = ['acknowledge', 'note', 'escalate', 'pause', 'resume', 'report-to-complainant', 'close'] as const;

export const complaintBody = z
  .strictObject({
    channel: z.enum(CHANNELS),
    hospitalCode,
    topic: z.string().check(z.regex(/^[a-z0-9-]{2,40}$/, 'UNKNOWN_TOPIC')),
    description: text(5000),
    complainant: z.strictObject({
      name: personName(200),
      phone: z.optional(phoneField),
      email: z.optional(emailField),
    }),
    receivedAt: z.optional(isoInstant),
  })
  // a web complaint must leave a way to report back to the complainant (staff may enter one without)
  .check(z.refine((b) => b.channel !== 'web' || !!b.complainant?.phone || !!b.complainant?.email, { path: ['complainant', 'phone'], message: 'CONTACT_REQUIRED', ...whenObject }));

export const complaintIdParams = z.object({ complaintId: preprocess(normalizeDigitsInput, z.string().check(z.regex(/^C-[0-9A-Z]{12}$/, 'COMPLAINT_NOT_FOUND'))) });
export const trackingParams = z.object({ trackingCode: preprocess(normalizeDigitsInput, z.string().check(z.trim(), z.toUpperCase(), z.regex(/^[0-9A-Z]{5}-?[0-9A-Z]{5}$/, 'TRACKING_NOT_FOUND'))) });

/** An office code as typed (Thai digits accepted): BKK-01, PRV-50, INFO… */
const officeCodeParam = preprocess(normalizeDigitsInput, z.string().check(z.toUpperCase(), z.regex(/^[A-Z]{2,6}(-\d{2})?$/, 'UNKNOWN_OFFICE')));

export const listComplaintsQuery = z.object({
  officeCode: z.optional(officeCodeParam),
  status: z.optional(z.enum(['open', 'paused', 'closed'])),
  hospitalCode: z.optional(hospitalCode),
});

export const actionBody = z
  .strictObject({
    action: z.enum(ACTIONS),
    to: z.optional(officeCodeParam),
    reason: z.optional(z.union([z.enum(PAUSE_REASONS), text(500)])),
    note: z.optional(text(2000)),
    outcome: z.optional(z.enum(OUTCOMES)),
  })
  .check(
    z.refine((b) => b.action !== 'close' || !!b.outcome, { path: ['outcome'], message: 'OUTCOME_REQUIRED', ...whenObject }),
    z.refine((b) => b.action !== 'escalate' || !!b.to, { path: ['to'], message: 'TARGET_REQUIRED', ...whenObject }),
    z.refine((b) => !['pause', 'escalate'].includes(b.action) || !!b.reason, { path: ['reason'], message: 'REASON_REQUIRED', ...whenObject }),
    z.refine((b) => !['note', 'report-to-complainant'].includes(b.action) || !!b.note, { path: ['note'], message: 'NOTE_REQUIRED', ...whenObject }),
  );
export type ComplaintAction = z.output<typeof actionBody>;

export const reportQuery = z
  .object({
    // YYYY-MM, the year in CE or in the Buddhist Era (2569-11 is 2026-11), as users write it
    month: z.optional(
      z
        .pipe(
          preprocess(normalizeDigitsInput, z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'INVALID_VALUE'))),
          z.transform((m: string) => (Number(m.slice(0, 4)) >= 2400 ? `${fromBuddhistYear(Number(m.slice(0, 4)))}${m.slice(4)}` : m)),
        )
        .check(z.refine((m) => m >= '2000-01' && m <= '2100-12', 'INVALID_VALUE')),
    ),
    fiscalYear: z.optional(preprocess(normalizeDigitsInput, z.coerce.number().check(z.int(), z.gte(2560), z.lte(2700)))),
    officeCode: z.optional(officeCodeParam),
  })
  .check(z.refine((q) => (q.month ? 1 : 0) + (q.fiscalYear ? 1 : 0) === 1, { path: ['month'], message: 'MONTH_OR_YEAR_REQUIRED' }));

export const calendarBody = z.strictObject({
  holidays: z.array(z.strictObject({ date: z.string(), nameTh: text(200), nameEn: text(200), source: z.optional(text(300)) })).check(z.maxLength(60)),
});
