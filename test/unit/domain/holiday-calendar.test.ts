import { describe, expect, it } from 'vitest';
import calendar2026Json from '../../../shared/domain/calendars/2026.json';
import {
  BUNDLED_CALENDARS,
  CalendarSet,
  workingCalendarSchema,
  type WorkingCalendar,
} from '../../../shared/domain/holiday-calendar';
import { weekdayOfIsoDate } from '../../../shared/time/bangkok';

const calendars = new CalendarSet(BUNDLED_CALENDARS);
const calendar2026 = workingCalendarSchema.parse(calendar2026Json);

// The table in SPEC.md "Working calendar", Songkran spelled out as three days.
const OFFICIAL_2026 = [
  '2026-01-01',
  '2026-01-02',
  '2026-03-03',
  '2026-04-06',
  '2026-04-13',
  '2026-04-14',
  '2026-04-15',
  '2026-05-04',
  '2026-05-13',
  '2026-06-01',
  '2026-06-03',
  '2026-07-28',
  '2026-07-29',
  '2026-07-30',
  '2026-08-12',
  '2026-10-13',
  '2026-10-23',
  '2026-12-07',
  '2026-12-10',
  '2026-12-31',
];

describe('the bundled 2026 calendar', () => {
  it('lists exactly the official 2026 government holidays', () => {
    expect(calendar2026.holidays.map((h) => h.date)).toEqual(OFFICIAL_2026);
  });

  it('keeps Thai and English names and a source for every entry', () => {
    for (const holiday of calendar2026.holidays) {
      expect(holiday.nameTh).not.toBe('');
      expect(holiday.nameEn).not.toBe('');
      expect(holiday.source).toBeTruthy();
    }
  });

  it('marks the two substitute days as derived', () => {
    const derived = calendar2026.holidays.filter((h) => h.source === 'derived: substitute day').map((h) => h.date);
    expect(derived).toEqual(['2026-06-01', '2026-12-07']);
  });

  it('has every holiday on a weekday (weekend holidays appear as their substitutes)', () => {
    for (const holiday of calendar2026.holidays) {
      expect([1, 2, 3, 4, 5]).toContain(weekdayOfIsoDate(holiday.date));
    }
  });

  it('is the one calendar shipped with the code', () => {
    expect(BUNDLED_CALENDARS.map((c) => c.year)).toEqual([2026]);
  });
});

describe('CalendarSet', () => {
  it.each([
    [2026, true],
    [2025, false],
    [2027, false],
  ])('isLoaded(%i) is %s', (year, expected) => {
    expect(calendars.isLoaded(year)).toBe(expected);
  });

  it.each([
    ['2026-04-13', true, 'Songkran, first day'],
    ['2026-04-15', true, 'Songkran, last day'],
    ['2026-04-16', false, 'the day after Songkran'],
    ['2026-06-01', true, 'substitute for Visakha Bucha'],
    ['2026-05-31', false, 'Visakha Bucha itself is a Sunday and not listed'],
    ['2026-12-07', true, 'substitute for 5 December'],
    ['2026-03-07', false, 'an ordinary Saturday'],
    ['2027-01-01', false, 'a year that is not loaded has no holidays to tell'],
  ])('isHoliday(%s) is %s (%s)', (date, expected) => {
    expect(calendars.isHoliday(date)).toBe(expected);
  });

  it.each([
    ['2026-03-09', true, 'an ordinary Monday'],
    ['2026-03-13', true, 'an ordinary Friday'],
    ['2026-03-07', false, 'Saturday'],
    ['2026-03-08', false, 'Sunday'],
    ['2026-04-13', false, 'Songkran'],
    ['2026-04-14', false, 'Songkran'],
    ['2026-04-15', false, 'Songkran'],
    ['2026-04-16', true, 'Thursday after Songkran'],
    ['2026-06-01', false, 'substitute day'],
    ['2026-12-07', false, 'substitute day'],
    ['2026-05-13', false, 'Royal Ploughing Ceremony (government offices)'],
    ['2026-12-31', false, "New Year's Eve"],
    ['2027-01-01', true, 'a weekday in a year that is not loaded counts (weekends only, provisional)'],
    ['2027-01-02', false, 'a Saturday in a year that is not loaded'],
  ])('isWorkingDay(%s) is %s (%s)', (date, expected) => {
    expect(calendars.isWorkingDay(date)).toBe(expected);
  });

  it('gives the holiday entry with its names', () => {
    expect(calendars.holiday('2026-03-03')).toMatchObject({ nameTh: 'วันมาฆบูชา', nameEn: 'Makha Bucha Day' });
    expect(calendars.holiday('2026-03-04')).toBeUndefined();
  });

  it('lists the loaded years in order', () => {
    const set = new CalendarSet([
      { year: 2027, workingHours: { start: '08:30', end: '16:30' }, holidays: [] },
      calendar2026,
    ]);
    expect(set.loadedYears()).toEqual([2026, 2027]);
  });

  it('refuses two calendars for one year', () => {
    expect(() => new CalendarSet([calendar2026, calendar2026])).toThrow(RangeError);
  });
});

describe('workingCalendarSchema', () => {
  const base = (): WorkingCalendar => ({
    year: 2027,
    workingHours: { start: '08:30', end: '16:30' },
    holidays: [{ date: '2027-01-01', nameTh: 'วันขึ้นปีใหม่', nameEn: "New Year's Day", source: 'มติ ครม.' }],
  });
  const errorPaths = (input: unknown) => {
    const result = workingCalendarSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
  };

  it('accepts a well-formed calendar, source optional', () => {
    const calendar = base();
    delete calendar.holidays[0]?.source;
    expect(workingCalendarSchema.safeParse(calendar).success).toBe(true);
  });

  it.each([
    [
      'a date listed twice',
      (c: WorkingCalendar) => c.holidays.push({ date: '2027-01-01', nameTh: 'ซ้ำ', nameEn: 'Twice' }),
      'holidays.1.date',
    ],
    [
      'a date outside the year',
      (c: WorkingCalendar) => c.holidays.push({ date: '2026-12-31', nameTh: 'วันสิ้นปี', nameEn: "New Year's Eve" }),
      'holidays.1.date',
    ],
    [
      'a date that does not exist',
      (c: WorkingCalendar) => c.holidays.push({ date: '2027-02-29', nameTh: 'x', nameEn: 'x' }),
      'holidays.1.date',
    ],
    [
      'a date not written YYYY-MM-DD',
      (c: WorkingCalendar) => c.holidays.push({ date: '13/04/2570', nameTh: 'x', nameEn: 'x' }),
      'holidays.1.date',
    ],
    [
      'a Buddhist Era year',
      (c: WorkingCalendar) => {
        c.year = 2570;
      },
      'year',
    ],
    [
      'an empty Thai name',
      (c: WorkingCalendar) => {
        if (c.holidays[0]) c.holidays[0].nameTh = ' ';
      },
      'holidays.0.nameTh',
    ],
    [
      'other working hours',
      (c: WorkingCalendar) => {
        (c.workingHours as { start: string }).start = '09:00';
      },
      'workingHours.start',
    ],
  ])('rejects %s, naming the field', (_what, spoil, path) => {
    const calendar = base();
    spoil(calendar);
    expect(errorPaths(calendar)).toContain(path);
  });
});
