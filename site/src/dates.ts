// Dates as people read them here, one helper for the whole site: Buddhist Era in Thai, Common Era in
// English, always the Asia/Bangkok calendar (the shared rules the API uses too).
import { BUDDHIST_ERA_OFFSET, formatThaiDate, normalizeThaiDigits, parseFlexibleDate } from '../../shared/time/bangkok';
import { lang } from './i18n';

export const showDate = (value: Date | string, withTime = false) => formatThaiDate(value, { lang: lang(), withTime });

/** A year given in the Common Era, in the reader's era: 2026 → "2569" in Thai, "2026" in English. */
export const showYear = (ceYear: number): string => String(lang() === 'th' ? ceYear + BUDDHIST_ERA_OFFSET : ceYear);

/** A year given in the Buddhist Era (award programmes are numbered so), in the reader's era. */
export const showYearBE = (beYear: number): string => showYear(beYear - BUDDHIST_ERA_OFFSET);

/** A month (`2026-05`) as "พฤษภาคม 2569" / "May 2026". */
export const showMonth = (yearMonth: string): string => showDate(`${yearMonth}-01`).replace(/^1 /, '');

/**
 * What a typed date looks like in the reader's era (the placeholder of a date field); the API reads
 * either era (shared/time/bangkok.ts parseFlexibleDate: a year above 2400 is Buddhist Era).
 */
export const datePattern = (): string => (lang() === 'th' ? 'วว/ดด/ปปปป (พ.ศ.)' : 'DD/MM/YYYY');


/** What a typed date and time looks like in the reader's era. */
export const dateTimePattern = (): string => (lang() === 'th' ? 'วว/ดด/ปปปป ชช:นน (พ.ศ.)' : 'DD/MM/YYYY HH:MM');

/**
 * A Bangkok date and time typed in either era ("10/7/2570 14:30", "2027-07-10 14:30 น.") as an
 * instant (`2027-07-10T14:30:00+07:00`); undefined when it is not one.
 */
export function readDateTimeField(typed: string): string | undefined {
  const m = /^(.+?)[\sT,]+(\d{1,2})[:.](\d{2})\s*(?:น\.?)?$/.exec(normalizeThaiDigits(typed).trim());
  const day = m ? parseFlexibleDate(m[1]!) : null;
  if (!m || !day || Number(m[2]) > 23 || Number(m[3]) > 59) return undefined;
  return `${day}T${m[2]!.padStart(2, '0')}:${m[3]}:00+07:00`;
}
