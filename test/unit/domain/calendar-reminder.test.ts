import { describe, expect, it } from 'vitest';
import { calendarReminderMailId, calendarReminders } from '../../../shared/domain/calendar-reminder';

const at = (iso: string) => new Date(iso);

describe('the reminder to load next year’s holiday list', () => {
  it('is not due on 30 September, Bangkok time, even when UTC is still earlier', () => {
    expect(calendarReminders(at('2026-09-30T23:59:59+07:00'), [2026])).toEqual([]);
    expect(calendarReminders(at('2026-09-30T10:00:00Z'), [2026])).toEqual([]);
  });

  it('is due from 1 October in Bangkok, while UTC still shows 30 September', () => {
    expect(calendarReminders(at('2026-09-30T17:00:00Z'), [2026])).toEqual([{ code: 'NEXT_YEAR_CALENDAR_MISSING', year: 2027, week: 0 }]);
    expect(calendarReminders(at('2026-12-31T12:00:00+07:00'), [2026])).toEqual([{ code: 'NEXT_YEAR_CALENDAR_MISSING', year: 2027, week: 13 }]);
  });

  it('is not due once next year’s list is loaded', () => {
    expect(calendarReminders(at('2026-10-01T08:00:00+07:00'), [2026, 2027])).toEqual([]);
  });

  it('asks for this year’s list at once when it is missing', () => {
    expect(calendarReminders(at('2027-01-01T00:30:00+07:00'), [2026])).toEqual([{ code: 'THIS_YEAR_CALENDAR_MISSING', year: 2027, week: 0 }]);
    expect(calendarReminders(at('2027-10-01T09:00:00+07:00'), [])).toEqual([
      { code: 'THIS_YEAR_CALENDAR_MISSING', year: 2027, week: 39 },
      { code: 'NEXT_YEAR_CALENDAR_MISSING', year: 2028, week: 0 },
    ]);
  });

  it('mails once a week: the same key for seven days from the day the reminder began', () => {
    const keys = Array.from({ length: 15 }, (_, day) => calendarReminderMailId(calendarReminders(new Date(Date.parse('2026-10-01T08:00:00+07:00') + day * 86_400_000), [2026])[0]!));
    expect(new Set(keys.slice(0, 7))).toEqual(new Set(['calendar-reminder#2027#week-0']));
    expect(new Set(keys.slice(7, 14))).toEqual(new Set(['calendar-reminder#2027#week-1']));
    expect(keys[14]).toBe('calendar-reminder#2027#week-2');
  });
});
