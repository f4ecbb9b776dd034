// Dates as people read them here: Buddhist Era, Asia/Bangkok (the shared rules the API uses too).
import { formatThaiDate } from '../../shared/time/bangkok';
import { lang } from './i18n';

export const showDate = (value: Date | string, withTime = false) => formatThaiDate(value, { lang: lang(), withTime });
