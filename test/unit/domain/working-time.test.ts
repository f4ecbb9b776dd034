import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CALENDARS, CalendarSet } from '../../../shared/domain/holiday-calendar';
import {
  addCalendarDaysDeadline,
  addWorkingDays,
  addWorkingMinutes,
  measureWorkingTime,
  subtractWorkingMinutes,
  workingMinutesBetween,
} from '../../../shared/domain/working-time';
import { bangkokDate, bangkokWallClock, fromBangkokWallClock } from '../../../shared/time/bangkok';

const cal = new CalendarSet(BUNDLED_CALENDARS);

/** 'YYYY-MM-DD HH:MM' on the Bangkok wall clock → instant. */
const bkk = (wall: string): Date => fromBangkokWallClock(wall.slice(0, 10), wall.slice(11));
/** Instant → 'YYYY-MM-DD HH:MM' on the Bangkok wall clock. */
const wall = (instant: Date): string => {
  const { hour, minute } = bangkokWallClock(instant);
  return `${bangkokDate(instant)} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
};

describe('addWorkingDays', () => {
  // Comments give the working minutes used per day, 480 to a day.
  it.each([
    ['2026-03-10 10:00', 1, '2026-03-11 10:00', 'Tue to Wed, same time'],
    ['2026-03-06 16:00', 1, '2026-03-09 16:00', 'Fri 16:00 to Mon 16:00: 30 on Friday, 450 on Monday'],
    ['2026-03-07 10:00', 1, '2026-03-09 16:30', 'a Saturday start begins at Monday 08:30'],
    ['2026-03-08 23:59', 1, '2026-03-09 16:30', 'a Sunday-night start begins at Monday 08:30'],
    ['2026-03-10 07:00', 1, '2026-03-10 16:30', 'a start before 08:30 begins at 08:30'],
    ['2026-03-10 17:00', 1, '2026-03-11 16:30', 'a start after 16:30 begins the next morning'],
    ['2026-03-10 16:30', 1, '2026-03-11 16:30', 'a start exactly at closing begins the next morning'],
    ['2026-03-10 08:30', 1, '2026-03-10 16:30', 'a day that fills exactly ends at 16:30, not the next 08:30'],
    ['2026-03-10 10:00', 3, '2026-03-13 10:00', 'three working days in one week'],
    ['2026-03-12 10:00', 3, '2026-03-17 10:00', 'three working days over a weekend'],
    ['2026-03-02 14:00', 1, '2026-03-04 14:00', 'Makha Bucha (Tue 3 Mar) is skipped'],
    ['2026-04-10 10:00', 1, '2026-04-16 10:00', 'Songkran 13–15 Apr and the weekend before it are skipped'],
    ['2026-04-10 16:30', 1, '2026-04-16 16:30', 'from Friday closing over Songkran'],
    ['2026-05-29 09:00', 3, '2026-06-05 09:00', 'substitute day Mon 1 Jun and Queen Suthida (Wed 3 Jun) are skipped'],
    ['2026-12-04 12:00', 1, '2026-12-08 12:00', 'substitute day Mon 7 Dec is skipped'],
    ['2026-07-24 10:00', 3, '2026-08-03 10:00', 'the 28–30 July holidays are skipped'],
    ['2026-10-22 16:00', 1, '2026-10-26 16:00', 'Chulalongkorn Day (Fri 23 Oct) is skipped'],
  ])('from %s plus %i working day(s) is %s (%s)', (start, days, expected) => {
    const result = addWorkingDays(bkk(start), days, cal);
    expect(wall(result.at)).toBe(expected);
    expect(result.provisional).toBe(false);
  });
});

describe('addWorkingMinutes', () => {
  it.each([
    ['2026-03-10 10:00', 60, '2026-03-10 11:00'],
    ['2026-03-10 16:00', 60, '2026-03-11 09:00'],
    ['2026-03-10 16:00', 30, '2026-03-10 16:30'],
    ['2026-03-07 12:00', 0, '2026-03-09 08:30'],
    ['2026-03-10 12:00', 0, '2026-03-10 12:00'],
    ['2026-03-10 12:00', 2.5, '2026-03-10 12:02'],
  ])('from %s plus %i working minutes is %s', (start, minutes, expected) => {
    expect(wall(addWorkingMinutes(bkk(start), minutes, cal).at)).toBe(expected);
  });

  it('keeps seconds: 12:00:00 plus 2.5 minutes is 12:02:30', () => {
    expect(addWorkingMinutes(bkk('2026-03-10 12:00'), 2.5, cal).at.toISOString()).toBe('2026-03-10T05:02:30.000Z');
  });

  it.each([
    ['2026-12-30 15:00', 480, '2027-01-01 15:00', true, 'runs into 2027, which is not loaded: weekdays only'],
    ['2026-12-30 15:00', 60, '2026-12-30 16:00', false, 'stays in 2026'],
    ['2026-12-30 15:00', 90, '2026-12-30 16:30', false, 'ends exactly at 2026 closing'],
    ['2025-12-31 10:00', 480, '2026-01-05 10:00', true, 'starts on a weekday of 2025, which is not loaded'],
    ['2025-12-31 17:00', 480, '2026-01-05 16:30', false, 'a 2025 day already closed does not matter'],
    ['2026-12-31 17:00', 480, '2027-01-01 16:30', true, 'from New Year Eve evening into 2027'],
  ])('from %s plus %i minutes is %s, provisional %s (%s)', (start, minutes, expected, provisional) => {
    const result = addWorkingMinutes(bkk(start), minutes, cal);
    expect(wall(result.at)).toBe(expected);
    expect(result.provisional).toBe(provisional);
  });

  it('counts 2027 weekdays as working days, since their holidays are not known', () => {
    // Wed 30 Dec 90 + Fri 1 Jan 480 + Mon 4 Jan 480 + Tue 5 Jan 390 = 1440.
    const result = addWorkingDays(bkk('2026-12-30 15:00'), 3, cal);
    expect(wall(result.at)).toBe('2027-01-05 15:00');
    expect(result.provisional).toBe(true);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s minutes', (minutes) => {
    expect(() => addWorkingMinutes(bkk('2026-03-10 10:00'), minutes, cal)).toThrow(RangeError);
  });
});

describe('subtractWorkingMinutes', () => {
  it.each([
    ['2026-03-09 16:00', 480, '2026-03-06 16:00', 'Mon 16:00 back to Fri 16:00'],
    ['2026-03-11 16:30', 480, '2026-03-11 08:30', 'a full day back from closing stays at that morning 08:30'],
    ['2026-04-16 10:00', 480, '2026-04-10 10:00', 'back over Songkran'],
    ['2026-06-02 12:00', 480, '2026-05-29 12:00', 'back over substitute day Mon 1 Jun'],
    ['2026-03-07 12:00', 60, '2026-03-06 15:30', 'from a Saturday, counting back from Friday closing'],
    ['2026-03-10 07:00', 30, '2026-03-09 16:00', 'from before opening, counting back from the previous closing'],
    ['2026-03-10 12:00', 0, '2026-03-10 12:00', 'nothing to subtract'],
  ])('from %s minus %i minutes is %s (%s)', (target, minutes, expected) => {
    const result = subtractWorkingMinutes(bkk(target), minutes, cal);
    expect(wall(result.at)).toBe(expected);
    expect(result.provisional).toBe(false);
  });

  it('is provisional when it reaches back into 2025, which is not loaded', () => {
    // Mon 5 Jan 90, then 1–2 Jan holidays and the weekend, then Wed 31 Dec 2025 390.
    const result = subtractWorkingMinutes(bkk('2026-01-05 10:00'), 480, cal);
    expect(wall(result.at)).toBe('2025-12-31 10:00');
    expect(result.provisional).toBe(true);
  });
});

describe('workingMinutesBetween', () => {
  it.each([
    ['2026-03-10 10:00', '2026-03-10 11:30', 90, 'within a day'],
    ['2026-03-06 16:00', '2026-03-09 09:00', 60, 'over a weekend'],
    ['2026-03-07 00:00', '2026-03-08 23:59', 0, 'a whole weekend'],
    ['2026-03-10 06:00', '2026-03-10 20:00', 480, 'outside hours count nothing'],
    ['2026-04-10 08:30', '2026-04-16 16:30', 960, 'Songkran counts nothing'],
    ['2026-01-01 00:00', '2026-02-01 00:00', 20 * 480, 'January 2026: 22 weekdays less 1–2 Jan'],
    ['2026-03-09 09:00', '2026-03-06 16:00', -60, 'negative when the end is earlier'],
    ['2026-03-10 10:00', '2026-03-10 10:00', 0, 'an empty interval'],
  ])('from %s to %s is %i minutes (%s)', (a, b, expected) => {
    expect(workingMinutesBetween(bkk(a), bkk(b), cal)).toBe(expected);
  });

  it('is provisional when the interval reaches a weekday of a year not loaded', () => {
    expect(measureWorkingTime(bkk('2026-12-31 08:00'), bkk('2027-01-01 12:00'), cal)).toEqual({
      minutes: 210,
      provisional: true,
    });
    expect(measureWorkingTime(bkk('2026-12-30 08:00'), bkk('2026-12-31 23:00'), cal)).toEqual({
      minutes: 480,
      provisional: false,
    });
  });

  // Inside 2026 the clock functions must agree with one another for any start and duration.
  const in2026 = fc.integer({
    min: bkk('2026-01-01 00:00').getTime(),
    max: bkk('2026-11-30 23:59').getTime(),
  });
  const minutes = fc.integer({ min: 0, max: 5 * 480 });

  it('measures back exactly the minutes that were added', () => {
    fc.assert(
      fc.property(in2026, minutes, (ms, m) => {
        const start = new Date(ms);
        const { at } = addWorkingMinutes(start, m, cal);
        expect(workingMinutesBetween(start, at, cal)).toBeCloseTo(m, 6);
      }),
    );
  });

  it('measures exactly the minutes that were subtracted', () => {
    fc.assert(
      fc.property(in2026, minutes, (ms, m) => {
        const target = new Date(ms + 31 * 24 * 3600 * 1000);
        const { at } = subtractWorkingMinutes(target, m, cal);
        expect(workingMinutesBetween(at, target, cal)).toBeCloseTo(m, 6);
      }),
    );
  });

  it('resuming with the time that was left gives the same deadline as adding the paused time', () => {
    fc.assert(
      fc.property(in2026, fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 3000 }), (ms, before, paused) => {
        const received = new Date(ms);
        const target = 3 * 480;
        const pauseStart = new Date(ms + before * 60_000);
        const resume = new Date(pauseStart.getTime() + paused * 60_000);
        const used = workingMinutesBetween(received, pauseStart, cal);
        fc.pre(used < target);
        const pausedWorking = workingMinutesBetween(pauseStart, resume, cal);
        const viaRemaining = addWorkingMinutes(resume, target - used, cal).at;
        const viaShift = addWorkingMinutes(received, target + pausedWorking, cal).at;
        expect(viaShift.toISOString()).toBe(viaRemaining.toISOString());
      }),
    );
  });
});

describe('addCalendarDaysDeadline', () => {
  it.each([
    ['2026-03-04 10:00', 15, '2026-03-19 16:30', false, 'a Thursday: stays'],
    ['2026-03-06 10:00', 15, '2026-03-23 16:30', false, 'Sat 21 Mar moves to Monday'],
    ['2026-03-06 00:30', 15, '2026-03-23 16:30', false, 'counts from the Bangkok date, not the UTC date (5 Mar)'],
    ['2026-03-29 11:00', 15, '2026-04-16 16:30', false, 'Mon 13 Apr (Songkran) moves past Songkran'],
    ['2026-05-17 09:00', 15, '2026-06-02 16:30', false, 'Mon 1 Jun (substitute day) moves to Tuesday'],
    ['2026-11-22 09:00', 15, '2026-12-08 16:30', false, 'Mon 7 Dec (substitute day) moves to Tuesday'],
    ['2026-03-10 16:45', 1, '2026-03-11 16:30', false, 'received after closing still counts from that date'],
    ['2026-03-10 09:00', 0, '2026-03-10 16:30', false, 'day 0 is the day itself'],
    ['2026-12-16 09:00', 15, '2027-01-01 16:30', true, 'Thu 31 Dec is a holiday; 1 Jan 2027 is not loaded'],
    ['2026-12-20 09:00', 15, '2027-01-04 16:30', true, 'lands in 2027, not loaded'],
    ['2026-12-01 09:00', 15, '2026-12-16 16:30', false, 'stays in 2026'],
  ])('from %s plus %i days is %s, provisional %s (%s)', (start, days, expected, provisional) => {
    const result = addCalendarDaysDeadline(bkk(start), days, cal);
    expect(wall(result.at)).toBe(expected);
    expect(result.provisional).toBe(provisional);
  });

  it.each([-1, 1.5])('rejects %s days', (days) => {
    expect(() => addCalendarDaysDeadline(bkk('2026-03-10 10:00'), days, cal)).toThrow(RangeError);
  });
});
