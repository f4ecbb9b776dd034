// Asia/Bangkok wall-clock helpers: Bangkok dates, Buddhist Era display, and lenient Thai date input.

// Thailand has kept UTC+7 since 1920 and never used daylight saving, so a fixed offset is
// exact for every date this system handles and keeps these helpers free of tz data.
export const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;
export const BUDDHIST_ERA_OFFSET = 543;

export interface BangkokWallClock {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number; // 0 = Sunday … 6 = Saturday
}

const THAI_MONTHS = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
] as const;

const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL_TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

const pad2 = (n: number): string => String(n).padStart(2, '0');

function assertValidInstant(instant: Date): void {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid Date');
}

/** The same instant shifted so that its UTC fields read as the Bangkok wall clock. */
function shifted(instant: Date): Date {
  assertValidInstant(instant);
  return new Date(instant.getTime() + BANGKOK_OFFSET_MS);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

const formatYmd = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;

/** True for a real calendar date written as YYYY-MM-DD (CE). */
export function isValidIsoDate(dateIso: string): boolean {
  const m = ISO_DATE.exec(dateIso);
  return m !== null && isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

function parseIsoDate(dateIso: string): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(dateIso);
  if (!m || !isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw new RangeError(`Not a valid YYYY-MM-DD date: ${dateIso}`);
  }
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Days since 1970-01-01 for a CE date; the integer that date arithmetic works on. */
export function isoDateToDayNumber(dateIso: string): number {
  const { year, month, day } = parseIsoDate(dateIso);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function dayNumberToIsoDate(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar arithmetic on date strings; no time zone is involved. */
export function addDaysToIsoDate(dateIso: string, days: number): string {
  return dayNumberToIsoDate(isoDateToDayNumber(dateIso) + days);
}

/** 0 = Sunday … 6 = Saturday for a date string. */
export function weekdayOfIsoDate(dateIso: string): number {
  return new Date(isoDateToDayNumber(dateIso) * DAY_MS).getUTCDay();
}

/** The date (YYYY-MM-DD) that a Bangkok wall calendar shows at this instant. */
export function bangkokDate(instant: Date): string {
  return shifted(instant).toISOString().slice(0, 10);
}

export function bangkokWallClock(instant: Date): BangkokWallClock {
  const s = shifted(instant);
  return {
    year: s.getUTCFullYear(),
    month: s.getUTCMonth() + 1,
    day: s.getUTCDate(),
    hour: s.getUTCHours(),
    minute: s.getUTCMinutes(),
    second: s.getUTCSeconds(),
    weekday: s.getUTCDay(),
  };
}

/** The instant at which a Bangkok wall clock shows `dateIso` `time` ('HH:MM' or 'HH:MM:SS'). */
export function fromBangkokWallClock(dateIso: string, time: string): Date {
  const { year, month, day } = parseIsoDate(dateIso);
  const t = WALL_TIME.exec(time);
  const hour = Number(t?.[1]);
  const minute = Number(t?.[2]);
  const second = Number(t?.[3] ?? 0);
  if (!t || hour > 23 || minute > 59 || second > 59) {
    throw new RangeError(`Not a valid HH:MM[:SS] time: ${time}`);
  }
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - BANGKOK_OFFSET_MS);
}

/**
 * The same Bangkok wall time `months` calendar months later (earlier when negative); a day the
 * target month lacks becomes its last day (31 Mar 10:00 + 6 → 30 Sep 10:00), as date-fns' addMonths.
 */
export function addBangkokMonths(instant: Date, months: number): Date {
  const s = shifted(instant);
  const target = new Date(Date.UTC(s.getUTCFullYear(), s.getUTCMonth() + months, 1, s.getUTCHours(), s.getUTCMinutes(), s.getUTCSeconds(), s.getUTCMilliseconds()));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(s.getUTCDate(), lastDay));
  return new Date(target.getTime() - BANGKOK_OFFSET_MS);
}

/** The last millisecond of a Bangkok day, e.g. for "received by the end of that day" rules. */
export function endOfBangkokDay(dateIso: string): Date {
  return new Date(fromBangkokWallClock(dateIso, '00:00').getTime() + DAY_MS - 1);
}

export function toBuddhistYear(ceYear: number): number {
  return ceYear + BUDDHIST_ERA_OFFSET;
}

export function fromBuddhistYear(beYear: number): number {
  return beYear - BUDDHIST_ERA_OFFSET;
}

export interface FormatThaiDateOptions {
  lang: 'th' | 'en';
  /** Adds the Bangkok time; ignored for a bare YYYY-MM-DD input, which has no time. */
  withTime?: boolean;
}

/**
 * A date as people read it: Thai with month name and Buddhist Era year ("10 กรกฎาคม 2562",
 * "10 กรกฎาคม 2562 14:05 น."), or English in CE ("10 July 2019", "10 July 2019 14:05").
 * A Date or an ISO instant is shown on the Bangkok wall clock; a YYYY-MM-DD is shown as is.
 */
export function formatThaiDate(input: Date | string, options: FormatThaiDateOptions): string {
  let year: number;
  let month: number;
  let day: number;
  let time: string | undefined;
  if (typeof input === 'string' && ISO_DATE.test(input)) {
    ({ year, month, day } = parseIsoDate(input));
  } else {
    const instant = typeof input === 'string' ? new Date(input) : input;
    const wall = bangkokWallClock(instant);
    ({ year, month, day } = wall);
    time = `${pad2(wall.hour)}:${pad2(wall.minute)}`;
  }
  const withTime = options.withTime === true && time !== undefined;
  if (options.lang === 'th') {
    const date = `${day} ${THAI_MONTHS[month - 1]} ${toBuddhistYear(year)}`;
    return withTime ? `${date} ${time} น.` : date;
  }
  const date = `${day} ${ENGLISH_MONTHS[month - 1]} ${year}`;
  return withTime ? `${date} ${time}` : date;
}

/** Thai digits ๐–๙ become 0–9, so that every digit field accepts what Thai keyboards type. */
export function normalizeThaiDigits(s: string): string {
  return s.replace(/[\u0E50-\u0E59]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
}

// Above this a four-digit year can only be Buddhist Era: CE 2400 is centuries away, and
// BE 2400 (CE 1857) predates anything this system records.
const LATEST_CE_YEAR = 2400;

/**
 * Reads a date as people type it: YYYY-MM-DD or DD/MM/YYYY (also DD-MM-YYYY, DD.MM.YYYY),
 * with a CE or BE year (a year above 2400 is BE), Thai or Arabic digits. Returns the CE
 * date as YYYY-MM-DD, or null when the input is not a real date.
 */
export function parseFlexibleDate(input: string): string | null {
  const s = normalizeThaiDigits(input).trim();
  let year: number;
  let month: number;
  let day: number;
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dmy = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(s);
  if (ymd) {
    [year, month, day] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
  } else if (dmy) {
    [day, month, year] = [Number(dmy[1]), Number(dmy[3]), Number(dmy[4])];
  } else {
    return null;
  }
  if (year > LATEST_CE_YEAR) year = fromBuddhistYear(year);
  // The leap-year check must run on the CE year: BE 2567 is CE 2024, a leap year.
  if (year < 1000 || !isValidYmd(year, month, day)) return null;
  return formatYmd(year, month, day);
}
