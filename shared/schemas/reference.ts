// Schemas of the reference data routes: hospitals, offices, working calendars.
import * as z from 'zod';
import { normalizeDigitsInput } from './common';

export const hospitalsQuery = z.object({
  q: z.preprocess(normalizeDigitsInput, z.string().max(100)).optional(),
  province: z.preprocess(normalizeDigitsInput, z.string().regex(/^\d{2}$/, 'PROVINCE_CODE_FORMAT')).optional(),
  /** At most this many (the site's hospital finder asks for one more than it shows, to know there are more). */
  limit: z.preprocess(normalizeDigitsInput, z.string().regex(/^\d{1,3}$/, 'INVALID_VALUE')).transform(Number).pipe(z.number().int().min(1).max(100)).optional(),
});

export const calendarParams = z.object({
  year: z.preprocess(normalizeDigitsInput, z.string().regex(/^\d{4}$/, 'INVALID_VALUE')).transform(Number).pipe(z.number().int().min(2000).max(2200)),
});

export const hospitalSchema = z.object({
  code: z.string(),
  hcode: z.string(),
  nameTh: z.string(),
  nameEn: z.string(),
  provinceCode: z.string(),
  kind: z.enum(['main', 'network']),
  mainContractorCode: z.string().optional(),
  officeCode: z.string(),
  /** The hospital's contact mailbox (award receipts and notices go here). */
  email: z.string().optional(),
});
export type Hospital = z.infer<typeof hospitalSchema>;

export const officeSchema = z.object({
  officeCode: z.string(),
  nameTh: z.string(),
  nameEn: z.string(),
  kind: z.enum(['information-center', 'bangkok-area', 'provincial', 'bureau', 'division']),
  email: z.string().optional(),
});
export type Office = z.infer<typeof officeSchema>;
