// The official government holiday calendar, one announced list per year, and the working-day test built on it.
import * as z from 'zod/mini';
import { isValidIsoDate, weekdayOfIsoDate } from '../time/bangkok';
import calendar2026 from './calendars/2026.json';

export interface HolidayEntry {
  date: string; // YYYY-MM-DD (CE)
  nameTh: string;
  nameEn: string;
  /** Where the date comes from, e.g. the cabinet resolution, or "derived: substitute day". */
  source?: string;
}

export interface WorkingCalendar {
  year: number; // CE
  workingHours: { start: '08:30'; end: '16:30' };
  holidays: HolidayEntry[];
}

const holidayEntrySchema = z.object({
  date: z.string().check(z.refine(isValidIsoDate, 'must be a real date written YYYY-MM-DD (CE)')),
  nameTh: z.string().check(z.trim(), z.minLength(1)),
  nameEn: z.string().check(z.trim(), z.minLength(1)),
  source: z.optional(z.string().check(z.trim(), z.minLength(1))),
});

/** Validates a calendar an admin uploads: one year (CE), real dates inside it, no date twice. */
export const workingCalendarSchema = z
  .object({
    // The upper bound catches a Buddhist Era year (e.g. 2569) typed where CE is expected.
    year: z.number().check(z.int(), z.gte(2000), z.lte(2400)),
    workingHours: z.object({ start: z.literal('08:30'), end: z.literal('16:30') }),
    holidays: z.array(holidayEntrySchema),
  })
  .check(z.superRefine((calendar, ctx) => {
    const seen = new Set<string>();
    calendar.holidays.forEach((holiday, index) => {
      if (!holiday.date.startsWith(`${calendar.year}-`)) {
        ctx.addIssue({
          code: 'custom',
          path: ['holidays', index, 'date'],
          message: `must be a date in ${calendar.year}`,
        });
      }
      if (seen.has(holiday.date)) {
        ctx.addIssue({
          code: 'custom',
          path: ['holidays', index, 'date'],
          message: `${holiday.date} is listed twice`,
        });
      }
      seen.add(holiday.date);
    });
  })) satisfies z.ZodMiniType<WorkingCalendar>;

/** The calendars shipped with the code; admins add later years as data. */
export const BUNDLED_CALENDARS: readonly WorkingCalendar[] = [workingCalendarSchema.parse(calendar2026)];

/**
 * The loaded calendars, looked up by date. A year that is not loaded is never assumed
 * holiday-free in secret: callers ask `isLoaded` and mark what they compute as provisional.
 */
export class CalendarSet {
  private readonly years = new Set<number>();
  private readonly holidays = new Map<string, HolidayEntry>();

  constructor(calendars: readonly WorkingCalendar[]) {
    for (const calendar of calendars) {
      // Two lists for one year would make the answer depend on their order.
      if (this.years.has(calendar.year)) throw new RangeError(`Calendar ${calendar.year} given twice`);
      this.years.add(calendar.year);
      for (const holiday of calendar.holidays) this.holidays.set(holiday.date, holiday);
    }
  }

  loadedYears(): number[] {
    return [...this.years].sort((a, b) => a - b);
  }

  isLoaded(yearCE: number): boolean {
    return this.years.has(yearCE);
  }

  /** The holiday on that date, if the date's year is loaded and lists it. */
  holiday(dateIso: string): HolidayEntry | undefined {
    return this.holidays.get(dateIso);
  }

  isHoliday(dateIso: string): boolean {
    return this.holidays.has(dateIso);
  }

  /** Monday–Friday and not a holiday; in a year that is not loaded, Monday–Friday only. */
  isWorkingDay(dateIso: string): boolean {
    const weekday = weekdayOfIsoDate(dateIso);
    return weekday >= 1 && weekday <= 5 && !this.isHoliday(dateIso);
  }
}
