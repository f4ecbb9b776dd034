// Building blocks of request schemas: dates, instants, codes, with Thai digits accepted.
import * as z from 'zod/mini';

const THAI_DIGITS = /[๐-๙]/g;
export const normalizeDigitsInput = (value: unknown) =>
  typeof value === 'string' ? value.replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0e50)).trim() : value;

/** Classic zod's `z.preprocess`, which zod/mini leaves out: `fn` turns the raw input into what `schema` checks. */
export const preprocess = <T extends z.core.$ZodType>(fn: (value: unknown) => unknown, schema: T) => z.pipe(z.transform(fn), schema);

/** A calendar date, `YYYY-MM-DD` (Gregorian), that exists. */
/** A string of at most `max` characters turned into a value by `parse`; what it cannot read fails with `code`. */
export const parsedString = <T>(max: number, parse: (s: string) => T | null | undefined, code: string) =>
  z.pipe(
    z.string().check(z.maxLength(max)),
    z.transform((s: string, ctx) => {
      const value = parse(s);
      if (value === null || value === undefined) {
        ctx.issues.push({ code: 'custom', message: code, input: s });
        return z.NEVER;
      }
      return value;
    }),
  );

export const isoDate = preprocess(
  normalizeDigitsInput,
  z.string().check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'INVALID_DATE'),
    z.refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, 'INVALID_DATE'),
  ),
);

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * True when every part of an ISO 8601 instant exists as written: JavaScript's Date rolls
 * 2026-02-30 over into March and 24:00 into the next day, so the parts are checked one by one.
 */
export function isRealInstant(s: string): boolean {
  const m = INSTANT.exec(s);
  if (!m) return false;
  const [year, month, day, hour, minute, second, , offsetHours, offsetMinutes] = m.slice(1).map((part) => Number(part ?? 0));
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  return month! >= 1 && month! <= 12 && day! >= 1 && day! <= daysInMonth && hour! <= 23 && minute! <= 59 && second! <= 59 && offsetHours! <= 14 && offsetMinutes! <= 59;
}

/** An ISO 8601 instant with an offset, every part of which exists (no 30 February, no 25:00). */
export const isoInstant = preprocess(normalizeDigitsInput, z.string().check(z.regex(INSTANT, 'INVALID_INSTANT'))).check(
  z.refine((s) => typeof s === 'string' && isRealInstant(s) && !Number.isNaN(Date.parse(s)), 'INVALID_INSTANT'),
);

/**
 * A hospital as people name it: the SSO 7-digit code, or its health service unit code (hcode: 5
 * digits, or 9 letters and digits for a new unit). Resolved against the registry
 * (use-cases/resolve-hospital.ts): what is stored is always the 7-digit code.
 */
export const hospitalCode = preprocess(
  (value) => { const s = normalizeDigitsInput(value); return typeof s === 'string' ? s.toUpperCase() : s; },
  z.string().check(z.regex(/^(\d{7}|\d{5}|[0-9A-Z]{9})$/, 'HOSPITAL_CODE_FORMAT')),
);

/** A person's name: one line of text with something visible in it (not only spaces or zero-width characters). */
export const personName = (max: number) =>
  z.pipe(
    z.pipe(z.string(), z.transform((s) => s.normalize('NFC').trim())),
    z.string().check(
      z.minLength(1),
      z.maxLength(max),
      z.refine((s) => !/\p{Cc}/u.test(s), 'CONTROL_CHARACTERS'),
      z.refine((s) => s.replace(/[\p{Cf}\p{Z}\p{Mn}]/gu, '').length > 0, 'NAME_NOT_VISIBLE'),
    ),
  );

/** Free text a person typed: trimmed, no control characters. */
export const text = (max: number) =>
  z.pipe(
    z.pipe(z.string(), z.transform((s) => s.normalize('NFC').trim())),
    z.string().check(z.minLength(1), z.maxLength(max), z.refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), 'CONTROL_CHARACTERS')),
  );

/**
 * For cross-field refinements that should report even when other fields failed: run them
 * whenever the input is at least an object (never on `null`, arrays or scalars).
 */
export const whenObject = { when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value) };
