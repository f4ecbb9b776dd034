// Schemas of the complaint routes.
import * as z from 'zod';
import { emailField, phoneField } from './contact';
import { fromBuddhistYear } from '../time/bangkok';
import { hospitalCode, isoInstant, normalizeDigitsInput, personName, text, whenObject } from './common';

export const CHANNELS = ['web', 'hotline', 'email', 'letter', 'walk-in'] as const;
export const OUTCOMES = ['resolved', 'mediated', 'unfounded', 'referred', 'withdrawn'] as const;
export const PAUSE_REASONS = ['awaiting-hospital-explanation', 'awaiting-complainant', 'awaiting-documents', 'awaiting-other-agency'] as const;
export const ACTIONS = ['acknowledge', 'note', 'escalate', 'pause', 'resume', 'report-to-complainant', 'close'] as const;

export const complaintBody = z
  .object({
    channel: z.enum(CHANNELS),
    hospitalCode,
    topic: z.string().regex(/^[a-z0-9-]{2,40}$/, 'UNKNOWN_TOPIC'),
    description: text(5000),
    complainant: z
      .object({
        name: personName(200),
        phone: phoneField.optional(),
        email: emailField.optional(),
      })
      .strict(),
    receivedAt: isoInstant.optional(),
  })
  .strict()
  // a web complaint must leave a way to report back to the complainant (staff may enter one without)
  .refine((b) => b.channel !== 'web' || !!b.complainant?.phone || !!b.complainant?.email, { path: ['complainant', 'phone'], message: 'CONTACT_REQUIRED', ...whenObject });

export const complaintIdParams = z.object({ complaintId: z.preprocess(normalizeDigitsInput, z.string().regex(/^C-[0-9A-Z]{12}$/, 'COMPLAINT_NOT_FOUND')) });
export const trackingParams = z.object({ trackingCode: z.preprocess(normalizeDigitsInput, z.string().trim().toUpperCase().regex(/^[0-9A-Z]{5}-?[0-9A-Z]{5}$/, 'TRACKING_NOT_FOUND')) });

/** An office code as typed (Thai digits accepted): BKK-01, PRV-50, INFO… */
const officeCodeParam = z.preprocess(normalizeDigitsInput, z.string().toUpperCase().regex(/^[A-Z]{2,6}(-\d{2})?$/, 'UNKNOWN_OFFICE'));

export const listComplaintsQuery = z.object({
  officeCode: officeCodeParam.optional(),
  status: z.enum(['open', 'paused', 'closed']).optional(),
  hospitalCode: hospitalCode.optional(),
});

export const actionBody = z
  .object({
    action: z.enum(ACTIONS),
    to: officeCodeParam.optional(),
    reason: z.union([z.enum(PAUSE_REASONS), text(500)]).optional(),
    note: text(2000).optional(),
    outcome: z.enum(OUTCOMES).optional(),
  })
  .strict()
  .refine((b) => b.action !== 'close' || !!b.outcome, { path: ['outcome'], message: 'OUTCOME_REQUIRED', ...whenObject })
  .refine((b) => b.action !== 'escalate' || !!b.to, { path: ['to'], message: 'TARGET_REQUIRED', ...whenObject })
  .refine((b) => !['pause', 'escalate'].includes(b.action) || !!b.reason, { path: ['reason'], message: 'REASON_REQUIRED', ...whenObject })
  .refine((b) => !['note', 'report-to-complainant'].includes(b.action) || !!b.note, { path: ['note'], message: 'NOTE_REQUIRED', ...whenObject });
export type ComplaintAction = z.output<typeof actionBody>;

export const reportQuery = z
  .object({
    // YYYY-MM, the year in CE or in the Buddhist Era (2569-11 is 2026-11), as users write it
    month: z
      .preprocess(normalizeDigitsInput, z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'INVALID_VALUE'))
      .transform((m) => (Number(m.slice(0, 4)) >= 2400 ? `${fromBuddhistYear(Number(m.slice(0, 4)))}${m.slice(4)}` : m))
      .refine((m) => m >= '2000-01' && m <= '2100-12', 'INVALID_VALUE')
      .optional(),
    fiscalYear: z.preprocess(normalizeDigitsInput, z.coerce.number().int().min(2560).max(2700)).optional(),
    officeCode: officeCodeParam.optional(),
  })
  .refine((q) => (q.month ? 1 : 0) + (q.fiscalYear ? 1 : 0) === 1, { path: ['month'], message: 'MONTH_OR_YEAR_REQUIRED' });

export const calendarBody = z.object({
  holidays: z.array(z.object({ date: z.string(), nameTh: text(200), nameEn: text(200), source: text(300).optional() }).strict()).max(60),
}).strict();
