// When admins are reminded to load an official holiday list: next year's from 1 October (Asia/Bangkok,
// when the cabinet usually announces it), this year's at once; a reminder repeats once a week.
import { bangkokDate, isoDateToDayNumber } from '../time/bangkok';

/** The month (1–12, Bangkok) from which next year's list is asked for. */
export const NEXT_YEAR_REMINDER_FROM_MONTH = 10;

export interface CalendarReminder {
  code: 'NEXT_YEAR_CALENDAR_MISSING' | 'THIS_YEAR_CALENDAR_MISSING';
  /** The year (CE) whose list is missing. */
  year: number;
  /** The week of the reminder, counted from the day it began (0 on that day): one mail per week. */
  week: number;
}

/** The holiday lists admins should load now, given the years already loaded. */
export function calendarReminders(now: Date, loadedYears: Iterable<number>): CalendarReminder[] {
  const loaded = new Set(loadedYears);
  const today = bangkokDate(now);
  const year = Number(today.slice(0, 4));
  const weeksSince = (date: string) => Math.floor((isoDateToDayNumber(today) - isoDateToDayNumber(date)) / 7);
  const reminders: CalendarReminder[] = [];
  if (!loaded.has(year)) reminders.push({ code: 'THIS_YEAR_CALENDAR_MISSING', year, week: weeksSince(`${year}-01-01`) });
  const from = `${year}-${String(NEXT_YEAR_REMINDER_FROM_MONTH).padStart(2, '0')}-01`;
  if (today >= from && !loaded.has(year + 1)) reminders.push({ code: 'NEXT_YEAR_CALENDAR_MISSING', year: year + 1, week: weeksSince(from) });
  return reminders;
}

/** The outbox key of a reminder mail: the same year and week is mailed once, however often the job runs. */
export const calendarReminderMailId = (r: CalendarReminder) => `calendar-reminder#${r.year}#week-${r.week}`;
