// Schemas of the reference data routes: hospitals, offices, working calendars.
import * as z from 'zod/mini';
import { normalizeDigitsInput, preprocess } from './common';

export const hospitalsQuery = z.object({
  q: z.optional(preprocess(normalizeDigitsInput, z.string().check(z.maxLength(100)))),
  province: z.optional(preprocess(normalizeDigitsInput, z.string().check(z.regex(/^\d{2}$/, 'PROVINCE_CODE_FORMAT')))),
  /** At most this many (the site's hospital finder asks for one more than it shows, to know there are more). */
  limit: z.optional(
    z.pipe(
      z.pipe(preprocess(normalizeDigitsInput, z.string().check(z.regex(/^\d{1,3}$/, 'INVALID_VALUE'))), z.transform(Number)),
      z.number().check(z.int(), z.gte(1), z.lte(100)),
    ),
  ),
});

export const calendarParams = z.object({
  year: z.pipe(
    z.pipe(preprocess(normalizeDigitsInput, z.string().check(z.regex(/^\d{4}$/, 'INVALID_VALUE'))), z.transform(Number)),
    z.number().check(z.int(), z.gte(2000), z.lte(2200)),
  ),
});

export const hospitalSchema = z.object({
  code: z.string(),
  hcode: z.string(),
  nameTh: z.string(),
  nameEn: z.string(),
  provinceCode: z.string(),
  kind: z.enum(['main', 'network']),
  mainContractorCode: z.optional(z.string()),
  officeCode: z.string(),
  /** The hospital's contact mailbox (award receipts and notices go here). */
  email: z.optional(z.string()),
});
export type Hospital = z.infer<typeof hospitalSchema>;

export const officeSchema = z.object({
  officeCode: z.string(),
  nameTh: z.string(),
  nameEn: z.string(),
  kind: z.enum(['information-center', 'bangkok-area', 'provincial', 'bureau', 'division']),
  email: z.optional(z.string()),
});
export type Office = z.infer<typeof officeSchema>;
