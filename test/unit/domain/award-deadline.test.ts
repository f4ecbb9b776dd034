import { describe, expect, it } from 'vitest';
import {
  effectiveDeadline,
  isOnlineOnTime,
  judgeEmail,
  judgeOnline,
  judgePostal,
  uploadsOpen,
  validatePostmark,
} from '../../../shared/domain/award-deadline';
import { PROGRAMME_2562 } from '../../../shared/domain/award-programme';

const DEADLINE = '2019-07-10';
const ON_TIME = { status: 'received' } as const;
const LATE_RECEIPT = { status: 'late', lateReason: 'RECEIVED_AFTER_DEADLINE' } as const;

describe('online and e-mail submissions (by the instant received)', () => {
  it.each([
    ['on the opening morning', '2019-07-01T01:00:00Z'],
    ['at midday Bangkok on the deadline', '2019-07-10T12:00:00+07:00'],
    ['at 23:59:59 Bangkok on the deadline', '2019-07-10T23:59:59+07:00'],
    ['at 23:59:59.999 Bangkok on the deadline', '2019-07-10T23:59:59.999+07:00'],
    ['at 16:59:59.999 UTC on the deadline (23:59:59.999 Bangkok)', '2019-07-10T16:59:59.999Z'],
    ['at 00:30 Bangkok on the deadline, still the day before in UTC', '2019-07-09T17:30:00Z'],
  ])('accepts a submission received %s', (_, iso) => {
    const at = new Date(iso);
    expect(isOnlineOnTime(at, DEADLINE)).toBe(true);
    expect(judgeOnline(at, DEADLINE)).toEqual(ON_TIME);
    expect(judgeEmail(at, DEADLINE)).toEqual(ON_TIME);
  });

  it.each([
    ['at 00:00:00 Bangkok the next day', '2019-07-11T00:00:00+07:00'],
    ['at 17:00 UTC on the deadline date, already 00:00 the next day in Bangkok', '2019-07-10T17:00:00Z'],
    ['at 17:30 UTC on the deadline date, already 00:30 the next day in Bangkok', '2019-07-10T17:30:00Z'],
    ['a week later', '2019-07-17T09:00:00+07:00'],
  ])('marks late, with the reason, a submission received %s', (_, iso) => {
    const at = new Date(iso);
    expect(isOnlineOnTime(at, DEADLINE)).toBe(false);
    expect(judgeOnline(at, DEADLINE)).toEqual(LATE_RECEIPT);
    expect(judgeEmail(at, DEADLINE)).toEqual(LATE_RECEIPT);
  });

  it('refuses an invalid Date rather than judging it', () => {
    expect(() => judgeOnline(new Date('not a date'), DEADLINE)).toThrow(RangeError);
  });

  it.each(['2019-7-10', '10/07/2019', '2019-02-30', ''])('refuses the malformed deadline %j', (deadline) => {
    expect(() => isOnlineOnTime(new Date('2019-07-01T00:00:00Z'), deadline)).toThrow(RangeError);
  });
});

describe('postal submissions (by the postmark date)', () => {
  it.each([
    ['postmarked before the deadline is on time', '2019-07-01', ON_TIME],
    ['postmarked on the deadline is on time', '2019-07-10', ON_TIME],
    ['postmarked the day after is late', '2019-07-11', { status: 'late', lateReason: 'POSTMARK_AFTER_DEADLINE' }],
  ] as const)('a letter %s', (_, postmark, judgement) => {
    expect(judgePostal(postmark, DEADLINE)).toEqual(judgement);
  });

  it('is on time when postmarked on the deadline and received days later', () => {
    const input = { postmarkDate: '2019-07-10', receivedDate: '2019-07-15', today: '2019-07-16', opensOn: PROGRAMME_2562.opensOn };
    expect(validatePostmark(input)).toEqual([]);
    expect(judgePostal(input.postmarkDate, DEADLINE)).toEqual(ON_TIME);
  });
});

describe('validatePostmark', () => {
  const valid = { postmarkDate: '2019-07-08', receivedDate: '2019-07-12', today: '2019-07-20', opensOn: '2019-06-01' };

  it.each([
    ['accepts plausible dates', {}, []],
    ['accepts postmark, receipt and today on the same day', { postmarkDate: '2019-07-20', receivedDate: '2019-07-20' }, []],
    ['accepts a postmark on the opening day', { postmarkDate: '2019-06-01' }, []],
    [
      'refuses a postmark after the received date',
      { postmarkDate: '2019-07-13' },
      [{ code: 'POSTMARK_AFTER_RECEIPT', path: 'postmarkDate' }],
    ],
    [
      'refuses a postmark and a receipt in the future',
      { postmarkDate: '2019-07-21', receivedDate: '2019-07-21', today: '2019-07-20' },
      [
        { code: 'POSTMARK_IN_FUTURE', path: 'postmarkDate' },
        { code: 'RECEIVED_IN_FUTURE', path: 'receivedDate' },
      ],
    ],
    [
      'refuses a postmark before the programme opened',
      { postmarkDate: '2019-05-31' },
      [{ code: 'POSTMARK_BEFORE_OPENING', path: 'postmarkDate' }],
    ],
    [
      'refuses a received date in the future',
      { receivedDate: '2019-07-21' },
      [{ code: 'RECEIVED_IN_FUTURE', path: 'receivedDate' }],
    ],
    [
      'reports both problems of a future postmark after the receipt',
      { postmarkDate: '2019-07-25' },
      [
        { code: 'POSTMARK_AFTER_RECEIPT', path: 'postmarkDate' },
        { code: 'POSTMARK_IN_FUTURE', path: 'postmarkDate' },
      ],
    ],
  ])('%s', (_, overrides, issues) => {
    expect(validatePostmark({ ...valid, ...overrides })).toEqual(issues);
  });

  it('refuses a malformed date instead of comparing strings', () => {
    expect(() => validatePostmark({ ...valid, postmarkDate: '8/7/2019' })).toThrow(RangeError);
  });
});

describe('effectiveDeadline', () => {
  it.each([
    ['no extension', undefined, '2019-07-10'],
    ['an extension to a later date', { deadline: '2019-07-17' }, '2019-07-17'],
    ['an extension to the same date', { deadline: '2019-07-10' }, '2019-07-10'],
    ['an "extension" to an earlier date, which never shortens', { deadline: '2019-07-01' }, '2019-07-10'],
  ])('with %s is %s', (_, extension, expected) => {
    expect(effectiveDeadline(PROGRAMME_2562, extension)).toBe(expected);
  });

  it('makes a submission after the programme deadline on time for the extended hospital only', () => {
    const at = new Date('2019-07-15T10:00:00+07:00');
    expect(judgeOnline(at, effectiveDeadline(PROGRAMME_2562))).toEqual(LATE_RECEIPT);
    expect(judgeOnline(at, effectiveDeadline(PROGRAMME_2562, { deadline: '2019-07-15' }))).toEqual(ON_TIME);
  });

  it('extends the postal rule too', () => {
    expect(judgePostal('2019-07-12', effectiveDeadline(PROGRAMME_2562, { deadline: '2019-07-12' }))).toEqual(ON_TIME);
  });
});

describe('uploadsOpen', () => {
  const programme = { opensOn: '2019-06-01', deadline: '2019-07-10' };

  it.each([
    ['from 00:00 Bangkok on the opening day (still the day before in UTC)', '2019-05-31T17:00:00Z', undefined],
    ['during the programme', '2019-06-20T09:00:00+07:00', undefined],
    ['until 23:59:59 Bangkok on the deadline', '2019-07-10T23:59:59+07:00', undefined],
    ['after the programme deadline to a hospital with an extension', '2019-07-12T10:00:00+07:00', { deadline: '2019-07-12' }],
  ])('issues uploads %s', (_, iso, extension) => {
    expect(uploadsOpen(new Date(iso), programme, extension)).toBe(true);
  });

  it.each([
    ['at 23:59:59 Bangkok the day before opening', '2019-05-31T23:59:59+07:00', undefined],
    ['at 00:00 Bangkok the day after the deadline', '2019-07-11T00:00:00+07:00', undefined],
    ['on the deadline date in UTC when it is already the next day in Bangkok', '2019-07-10T17:30:00Z', undefined],
    ['once the extension has passed too', '2019-07-13T00:00:00+07:00', { deadline: '2019-07-12' }],
  ])('refuses uploads %s', (_, iso, extension) => {
    expect(uploadsOpen(new Date(iso), programme, extension)).toBe(false);
  });
});
