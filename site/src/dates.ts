// Dates as people read them here, one helper for the whole site: Buddhist Era in Thai, Common Era in
// English, always the Asia/Bangkok calendar (the shared rules the API uses too).
import { BUDDHIST_ERA_OFFSET, formatThaiDate } from '../../shared/time/bangkok';
import { lang } from './i18n';

export const showDate = (value: Date | string, withTime = false) => formatThaiDate(value, { lang: lang(), withTime });

/** A year given in the Common Era, in the reader's era: 2026 → "2569" in Thai, "2026" in English. */
export const showYear = (ceYear: number): string => String(lang() === 'th' ? ceYear + BUDDHIST_ERA_OFFSET : ceYear);

/** A year given in the Buddhist Era (award programmes are numbered so), in the reader's era. */
export const showYearBE = (beYear: number): string => showYear(beYear - BUDDHIST_ERA_OFFSET);

/**
 * What a typed date looks like in the reader's era (the placeholder of a date field); the API reads
 * either era (shared/time/bangkok.ts parseFlexibleDate: a year above 2400 is Buddhist Era).
 */
export const datePattern = (): string => (lang() === 'th' ? 'วว/ดด/ปปปป (พ.ศ.)' : 'DD/MM/YYYY');

