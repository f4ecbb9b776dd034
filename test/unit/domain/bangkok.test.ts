import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import {
  addBangkokMonths,
  addDaysToIsoDate,
  bangkokDate,
  bangkokWallClock,
  endOfBangkokDay,
  formatThaiDate,
  fromBangkokWallClock,
  fromBuddhistYear,
  isValidIsoDate,
  normalizeThaiDigits,
  parseFlexibleDate,
  toBuddhistYear,
  weekdayOfIsoDate,
} from '../../../shared/time/bangkok';

describe('bangkokDate', () => {
  it.each([
    ['2026-03-05T16:59:59.999Z', '2026-03-05', 'the last millisecond before Bangkok midnight'],
    ['2026-03-05T17:00:00.000Z', '2026-03-06', 'Bangkok midnight, still the 5th in UTC'],
    ['2025-12-31T17:00:00.000Z', '2026-01-01', 'Bangkok New Year while UTC is still in 2025'],
    ['2026-07-10T06:00:00.000Z', '2026-07-10', 'mid-day'],
  ])('reads %s as %s on the Bangkok calendar (%s)', (instant, expected) => {
    expect(bangkokDate(new Date(instant))).toBe(expected);
  });

  it('rejects an invalid Date', () => {
    expect(() => bangkokDate(new Date('nope'))).toThrow(RangeError);
  });
});

describe('bangkokWallClock', () => {
  it('reads the fields of the Bangkok wall clock, weekday 0 = Sunday', () => {
    expect(bangkokWallClock(new Date('2026-04-10T09:05:07Z'))).toEqual({
      year: 2026,
      month: 4,
      day: 10,
      hour: 16,
      minute: 5,
      second: 7,
      weekday: 5,
    });
    expect(bangkokWallClock(new Date('2026-03-07T17:00:00Z')).weekday).toBe(0);
  });

  it.each([
    '2019-07-10T07:05:00Z',
    '2024-02-28T18:30:00Z',
    '2025-12-31T16:59:59Z',
    '2026-06-30T23:45:00Z',
    '2027-01-01T00:00:00Z',
  ])('agrees with the IANA Asia/Bangkok zone at %s (no DST, fixed UTC+7)', (instant) => {
    const tz = new TZDate(new Date(instant).getTime(), 'Asia/Bangkok');
    expect(bangkokWallClock(new Date(instant))).toEqual({
      year: tz.getFullYear(),
      month: tz.getMonth() + 1,
      day: tz.getDate(),
      hour: tz.getHours(),
      minute: tz.getMinutes(),
      second: tz.getSeconds(),
      weekday: tz.getDay(),
    });
  });
});

describe('fromBangkokWallClock', () => {
  it.each([
    ['2026-03-10', '08:30', '2026-03-10T01:30:00.000Z'],
    ['2026-03-10', '16:30:00', '2026-03-10T09:30:00.000Z'],
    ['2026-01-01', '00:00', '2025-12-31T17:00:00.000Z'],
    ['2026-12-31', '23:59:59', '2026-12-31T16:59:59.000Z'],
  ])('%s %s Bangkok is %s', (date, time, expected) => {
    expect(fromBangkokWallClock(date, time).toISOString()).toBe(expected);
  });

  it.each([
    ['2026-03-10', '24:00'],
    ['2026-03-10', '8:30'],
    ['2026-03-10', '08:60'],
    ['2026-02-30', '08:30'],
    ['10/03/2026', '08:30'],
  ])('rejects %s %s', (date, time) => {
    expect(() => fromBangkokWallClock(date, time)).toThrow(RangeError);
  });

  it('round-trips with bangkokDate and bangkokWallClock', () => {
    const instant = fromBangkokWallClock('2026-04-13', '14:05:09');
    expect(bangkokDate(instant)).toBe('2026-04-13');
    expect(bangkokWallClock(instant)).toMatchObject({ hour: 14, minute: 5, second: 9 });
  });
});

describe('endOfBangkokDay', () => {
  it('is 23:59:59.999 on the Bangkok wall clock', () => {
    expect(endOfBangkokDay('2026-03-10').toISOString()).toBe('2026-03-10T16:59:59.999Z');
    expect(bangkokDate(endOfBangkokDay('2026-12-31'))).toBe('2026-12-31');
    expect(bangkokDate(new Date(endOfBangkokDay('2026-12-31').getTime() + 1))).toBe('2027-01-01');
  });
});

describe('date-string helpers', () => {
  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-06', 15, '2026-03-21'],
    ['2026-01-01', -1, '2025-12-31'],
  ])('%s plus %i days is %s', (date, days, expected) => {
    expect(addDaysToIsoDate(date, days)).toBe(expected);
  });

  it.each([
    ['2026-03-07', 6],
    ['2026-03-08', 0],
    ['2026-04-13', 1],
    ['2027-01-01', 5],
  ])('%s falls on weekday %i', (date, weekday) => {
    expect(weekdayOfIsoDate(date)).toBe(weekday);
  });

  it.each([
    ['2026-02-28', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-04-31', false],
    ['2026-4-1', false],
    ['', false],
  ])('isValidIsoDate(%j) is %s', (date, expected) => {
    expect(isValidIsoDate(date)).toBe(expected);
  });
});

describe('Buddhist Era', () => {
  it('is CE + 543 both ways', () => {
    expect(toBuddhistYear(2026)).toBe(2569);
    expect(toBuddhistYear(2019)).toBe(2562);
    expect(fromBuddhistYear(2569)).toBe(2026);
  });
});

describe('formatThaiDate', () => {
  const instant = new Date('2019-07-10T07:05:00Z'); // 14:05 in Bangkok

  it.each([
    [instant, { lang: 'th' }, '10 กรกฎาคม 2562'],
    [instant, { lang: 'th', withTime: true }, '10 กรกฎาคม 2562 14:05 น.'],
    [instant, { lang: 'en' }, '10 July 2019'],
    [instant, { lang: 'en', withTime: true }, '10 July 2019 14:05'],
    ['2019-07-10T07:05:00Z', { lang: 'th', withTime: true }, '10 กรกฎาคม 2562 14:05 น.'],
    ['2026-04-13', { lang: 'th' }, '13 เมษายน 2569'],
    ['2026-04-13', { lang: 'th', withTime: true }, '13 เมษายน 2569'],
    ['2026-02-01', { lang: 'en' }, '1 February 2026'],
    ['2025-12-31T17:30:00Z', { lang: 'th', withTime: true }, '1 มกราคม 2569 00:30 น.'],
    ['2026-12-31T09:30:00Z', { lang: 'th' }, '31 ธันวาคม 2569'],
  ] as const)('shows %s with %o as %s', (input, options, expected) => {
    expect(formatThaiDate(input, options)).toBe(expected);
  });

  it('rejects an unreadable input', () => {
    expect(() => formatThaiDate('yesterday', { lang: 'th' })).toThrow(RangeError);
  });
});

describe('normalizeThaiDigits', () => {
  it.each([
    ['๐๑๒๓๔๕๖๗๘๙', '0123456789'],
    ['๒๕๖๙-๐๔-๑๓', '2569-04-13'],
    ['โทร ๑๕๐๖', 'โทร 1506'],
    ['no digits', 'no digits'],
    ['12/๐4', '12/04'],
  ])('turns %j into %j', (input, expected) => {
    expect(normalizeThaiDigits(input)).toBe(expected);
  });
});

describe('parseFlexibleDate', () => {
  it.each([
    ['2026-04-13', '2026-04-13', 'ISO in CE'],
    ['2569-04-13', '2026-04-13', 'ISO in BE'],
    ['13/04/2569', '2026-04-13', 'DD/MM/YYYY in BE'],
    ['13/04/2026', '2026-04-13', 'DD/MM/YYYY in CE'],
    ['13-04-2569', '2026-04-13', 'DD-MM-YYYY'],
    ['13.04.2569', '2026-04-13', 'DD.MM.YYYY'],
    ['1/5/2569', '2026-05-01', 'single-digit day and month'],
    ['๑๓/๐๔/๒๕๖๙', '2026-04-13', 'Thai digits'],
    ['๒๕๖๙-๐๔-๑๓', '2026-04-13', 'Thai digits in ISO order'],
    ['  2026-04-13 ', '2026-04-13', 'surrounding spaces'],
    ['29/02/2567', '2024-02-29', 'leap day of BE 2567 (CE 2024, a leap year)'],
    ['2567-02-29', '2024-02-29', 'leap day in BE ISO order'],
    ['2400-01-01', '2400-01-01', 'year 2400 is still read as CE'],
  ])('reads %j as %s (%s)', (input, expected) => {
    expect(parseFlexibleDate(input)).toBe(expected);
  });

  it.each([
    ['2026-02-30', 'no 30 February'],
    ['29/02/2568', 'BE 2568 is CE 2025, not a leap year, although 2568 is divisible by 4'],
    ['31/04/2026', 'April has 30 days'],
    ['2026-13-01', 'no month 13'],
    ['00/01/2026', 'no day 0'],
    ['13/04/69', 'two-digit year is ambiguous'],
    ['2026/04/13', 'slashes only in day-first order'],
    ['13/04-2569', 'mixed separators'],
    ['0999-01-01', 'a year before 1000'],
    ['2026-04-13T10:00', 'a time is not a date'],
    ['', 'empty'],
    ['พรุ่งนี้', 'words'],
  ])('rejects %j (%s)', (input) => {
    expect(parseFlexibleDate(input)).toBeNull();
  });
});

describe('addBangkokMonths', () => {
  it('keeps the Bangkok wall time, counting Bangkok months', () => {
    // 31 Jan 23:30 in Bangkok is still 31 Jan 16:30 UTC; a month later is the last day of February
    expect(addBangkokMonths(new Date('2026-01-31T16:30:00Z'), 1).toISOString()).toBe('2026-02-28T16:30:00.000Z');
    // 1 Mar 01:00 in Bangkok is 28 Feb UTC: six Bangkok months later is 1 Sep 01:00
    expect(addBangkokMonths(new Date('2026-02-28T18:00:00Z'), 6).toISOString()).toBe('2026-08-31T18:00:00.000Z');
  });

  it('clamps to the last day of a shorter month, both ways', () => {
    expect(addBangkokMonths(new Date('2026-03-31T03:00:00Z'), 6).toISOString()).toBe('2026-09-30T03:00:00.000Z');
    expect(addBangkokMonths(new Date('2026-08-31T03:00:00Z'), -6).toISOString()).toBe('2026-02-28T03:00:00.000Z');
    expect(addBangkokMonths(new Date('2027-08-31T03:00:00Z'), -18).toISOString()).toBe('2026-02-28T03:00:00.000Z');
  });

  it('agrees with date-fns counting months on a Bangkok TZDate', async () => {
    const { addMonths } = await import('date-fns');
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2027, 0, 1); t += 37 * 3_600_000 + 123_457) {
      for (const n of [-6, 1, 6]) expect(addBangkokMonths(new Date(t), n).getTime()).toBe(new Date(addMonths(new TZDate(t, 'Asia/Bangkok'), n).getTime()).getTime());
    }
  });
});
