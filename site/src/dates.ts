// Dates as people read them here, one helper for the whole site: Buddhist Era in Thai, Common Era in
// English, always the Asia/Bangkok calendar (the shared rules the API uses too).
import { BUDDHIST_ERA_OFFSET, formatThaiDate } from '../../shared/time/bangkok';
import { lang } from './i18n';

export const showDate = (value: Date | string, withTime = false) => formatThaiDate(value, { lang: lang(), withTime });

/** A year given in the Common Era, in the reader's era: 2026 → "2569" in Thai, "2026" in English. */
export const showYear = (ceYear: number): string => String(lang() === 'th' ? ceYear + BUDDHIST_ERA_OFFSET : ceYear);

/** A year given in the Buddhist Era (award programmes are numbered so), in the reader's era. */
export const showYearBE = (beYear: number): string => showYear(beYear - BUDDHIST_ERA_OFFSET);

/** A month (`2026-05`) as "พฤษภาคม 2569" / "May 2026". */
export const showMonth = (yearMonth: string): string => showDate(`${yearMonth}-01`).replace(/^1 /, '');
