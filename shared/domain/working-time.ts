// Business time for SLA clocks: Monday–Friday 08:30–16:30 Asia/Bangkok minus the official holidays.
import { BANGKOK_OFFSET_MS, DAY_MS, dayNumberToIsoDate, weekdayOfIsoDate } from '../time/bangkok';
import type { CalendarSet } from './holiday-calendar';

/** One working day is the whole 08:30–16:30 opening: 8 hours. */
export const WORKING_DAY_MINUTES = 480;

const MINUTE_MS = 60_000;
const OPEN_MS = (8 * 60 + 30) * MINUTE_MS; // 08:30 after Bangkok midnight
const CLOSE_MS = (16 * 60 + 30) * MINUTE_MS; // 16:30

export interface WorkingInstant {
  at: Date;
  /** True when a day whose status mattered lies in a year whose holiday list is not loaded. */
  provisional: boolean;
}

export interface WorkingDuration {
  minutes: number;
  provisional: boolean;
}

// Internally time is "Bangkok milliseconds": UTC ms + 7 h, so that day n of the Bangkok
// calendar is [n·DAY, (n+1)·DAY) and its opening hours are plain offsets into that day.
const toLocal = (instant: Date): number => {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
  return ms + BANGKOK_OFFSET_MS;
};
const fromLocal = (local: number): Date => new Date(local - BANGKOK_OFFSET_MS);

/**
 * Whether Bangkok day `day` is open, and whether that answer is only a guess. A weekday in a
 * year that is not loaded counts as working (weekends only) but is provisional; a weekend is
 * closed whatever the list says, so it never makes a result provisional.
 */
function dayStatus(day: number, cal: CalendarSet): { working: boolean; provisional: boolean } {
  const dateIso = dayNumberToIsoDate(day);
  const weekday = weekdayOfIsoDate(dateIso);
  if (weekday === 0 || weekday === 6) return { working: false, provisional: false };
  return {
    working: cal.isWorkingDay(dateIso),
    provisional: !cal.isLoaded(Number(dateIso.slice(0, 4))),
  };
}

function assertMinutes(minutes: number): number {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`Working minutes must be a finite number ≥ 0, got ${minutes}`);
  }
  return Math.round(minutes * MINUTE_MS);
}

/**
 * The instant at which `minutes` of working time have elapsed since `start`. A clock started
 * outside working time starts at the next opening. A result that lands exactly on closing
 * time stays at 16:30 of that day rather than becoming the next day's 08:30.
 */
export function addWorkingMinutes(start: Date, minutes: number, cal: CalendarSet): WorkingInstant {
  let remaining = assertMinutes(minutes);
  let t = toLocal(start);
  let day = Math.floor(t / DAY_MS);
  let provisional = false;
  for (;;) {
    const open = day * DAY_MS + OPEN_MS;
    const close = day * DAY_MS + CLOSE_MS;
    if (t < close) {
      const status = dayStatus(day, cal);
      provisional ||= status.provisional;
      if (status.working) {
        const from = Math.max(t, open);
        const available = close - from;
        if (remaining <= available) return { at: fromLocal(from + remaining), provisional };
        remaining -= available;
      }
    }
    day += 1;
    t = day * DAY_MS;
  }
}

export function addWorkingDays(start: Date, days: number, cal: CalendarSet): WorkingInstant {
  return addWorkingMinutes(start, days * WORKING_DAY_MINUTES, cal);
}

/**
 * The instant `minutes` of working time before `target`, e.g. a warning "one working day
 * before". It mirrors addWorkingMinutes: a result that lands exactly on opening time stays at
 * 08:30 of that day rather than becoming the previous working day's 16:30.
 */
export function subtractWorkingMinutes(target: Date, minutes: number, cal: CalendarSet): WorkingInstant {
  let remaining = assertMinutes(minutes);
  let t = toLocal(target);
  // The day that holds the moment just before t (t at midnight belongs to the day before).
  let day = Math.ceil(t / DAY_MS) - 1;
  let provisional = false;
  for (;;) {
    const open = day * DAY_MS + OPEN_MS;
    const close = day * DAY_MS + CLOSE_MS;
    if (t > open) {
      const status = dayStatus(day, cal);
      provisional ||= status.provisional;
      if (status.working) {
        const to = Math.min(t, close);
        const available = to - open;
        if (remaining <= available) return { at: fromLocal(to - remaining), provisional };
        remaining -= available;
      }
    }
    t = day * DAY_MS;
    day -= 1;
  }
}

/**
 * Working time from `a` to `b`, with the provisional flag; negative when `b` is before `a`
 * (an overdue clock has negative time left).
 */
export function measureWorkingTime(a: Date, b: Date, cal: CalendarSet): WorkingDuration {
  const start = toLocal(a);
  const end = toLocal(b);
  if (end < start) {
    const reversed = measureWorkingTime(b, a, cal);
    return { minutes: -reversed.minutes, provisional: reversed.provisional };
  }
  let total = 0;
  let provisional = false;
  for (let day = Math.floor(start / DAY_MS); day * DAY_MS < end; day += 1) {
    const from = Math.max(start, day * DAY_MS + OPEN_MS);
    const to = Math.min(end, day * DAY_MS + CLOSE_MS);
    if (to <= from) continue;
    const status = dayStatus(day, cal);
    provisional ||= status.provisional;
    if (status.working) total += to - from;
  }
  return { minutes: total / MINUTE_MS, provisional };
}

/** Working minutes from `a` to `b`, e.g. the time a paused clock had left. */
export function workingMinutesBetween(a: Date, b: Date, cal: CalendarSet): number {
  return measureWorkingTime(a, b, cal).minutes;
}

/**
 * A target in calendar days: 16:30 Bangkok on the Nth day after the Bangkok date of `start`,
 * moved to 16:30 of the next working day when that day is not a working day.
 */
export function addCalendarDaysDeadline(start: Date, days: number, cal: CalendarSet): WorkingInstant {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`Calendar days must be an integer ≥ 0, got ${days}`);
  }
  let day = Math.floor(toLocal(start) / DAY_MS) + days;
  let provisional = false;
  for (;;) {
    const status = dayStatus(day, cal);
    provisional ||= status.provisional;
    if (status.working) return { at: fromLocal(day * DAY_MS + CLOSE_MS), provisional };
    day += 1;
  }
}
