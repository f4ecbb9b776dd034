import { describe, expect, it } from 'vitest';
import {
  inactivityScope,
  isRevocable,
  lastActivityOf,
  revocableFrom,
  warningTimes,
} from '../../../shared/domain/inactivity';

// Instants are written on the Bangkok clock (+07:00) so the table reads like the rule.
const bkk = (wall: string): Date => new Date(`${wall}+07:00`);

describe('revocableFrom', () => {
  it.each([
    ['an ordinary day', '2026-01-15T09:00:00', '2026-07-15T09:00:00'],
    ['31 March, into a 30-day month', '2026-03-31T10:00:00', '2026-09-30T10:00:00'],
    ['30 March, the day before', '2026-03-30T23:00:00', '2026-09-30T23:00:00'],
    ['31 August, into a common February', '2026-08-31T10:00:00', '2027-02-28T10:00:00'],
    ['31 August, into a leap February', '2027-08-31T10:00:00', '2028-02-29T10:00:00'],
    ['29 February of a leap year', '2028-02-29T08:00:00', '2028-08-29T08:00:00'],
    ['31 December, across the year', '2026-12-31T16:30:00', '2027-06-30T16:30:00'],
    ['31 May, into November', '2026-05-31T12:00:00', '2026-11-30T12:00:00'],
    ['31 July, into a 31-day January', '2026-07-31T12:00:00', '2027-01-31T12:00:00'],
    ['the first minute of a Bangkok day', '2026-01-01T00:00:00', '2026-07-01T00:00:00'],
    ['the last second of a Bangkok day', '2026-03-31T23:59:59', '2026-09-30T23:59:59'],
  ])('counts 6 calendar months on the Bangkok clock from %s', (_case, from, to) => {
    expect(revocableFrom(bkk(from))).toEqual(bkk(to));
  });

  it('counts the Bangkok date of an instant that is still the previous day in UTC', () => {
    // 2026-02-28T20:00Z is 1 March 03:00 in Bangkok: due 1 September, not 28 August.
    const lastSignIn = new Date('2026-02-28T20:00:00Z');
    expect(revocableFrom(lastSignIn)).toEqual(new Date('2026-08-31T20:00:00Z'));
    expect(revocableFrom(lastSignIn)).toEqual(bkk('2026-09-01T03:00:00'));
  });

  it('clamps to the Bangkok month end, not the UTC one', () => {
    // 31 March 02:00 in Bangkok is still 30 March in UTC; the Bangkok date decides.
    expect(revocableFrom(bkk('2026-03-31T02:00:00'))).toEqual(bkk('2026-09-30T02:00:00'));
    // 31 August 05:00 in Bangkok (30 August UTC) clamps to 28 February.
    expect(revocableFrom(bkk('2026-08-31T05:00:00'))).toEqual(bkk('2027-02-28T05:00:00'));
  });

  it('keeps the milliseconds', () => {
    expect(revocableFrom(bkk('2026-01-15T09:00:00.123'))).toEqual(bkk('2026-07-15T09:00:00.123'));
  });

  it('returns a plain Date', () => {
    expect(revocableFrom(bkk('2026-01-15T09:00:00')).constructor).toBe(Date);
  });
});

describe('lastActivityOf', () => {
  const issuedAt = '2026-01-10T03:00:00.000Z';
  const activatedAt = '2026-01-12T03:00:00.000Z';
  const lastLoginAt = '2026-02-20T03:00:00.000Z';

  it.each([
    ['the last sign-in when there is one', { issuedAt, activatedAt, lastLoginAt }, lastLoginAt],
    ['the activation when the id never signed in', { issuedAt, activatedAt }, activatedAt],
    ['the issue when the id was never activated', { issuedAt }, issuedAt],
    [
      'the new activation of a reused id, not its sign-in before revocation',
      { issuedAt, activatedAt: '2026-12-01T03:00:00.000Z', lastLoginAt },
      '2026-12-01T03:00:00.000Z',
    ],
    [
      'the new issue of a reused id not yet activated again',
      { issuedAt: '2026-12-01T03:00:00.000Z', activatedAt, lastLoginAt },
      '2026-12-01T03:00:00.000Z',
    ],
  ])('is %s', (_case, account, expected) => {
    expect(lastActivityOf(account)).toEqual(new Date(expected));
  });

  it('refuses a timestamp that does not parse', () => {
    expect(() => lastActivityOf({ issuedAt, lastLoginAt: 'yesterday' })).toThrow(RangeError);
  });
});

describe('isRevocable', () => {
  const account = { issuedAt: '2026-01-01T00:00:00Z', activatedAt: '2026-01-02T00:00:00Z', lastLoginAt: '2026-03-31T03:00:00Z' };
  // Last sign-in 2026-03-31 10:00 Bangkok → due 2026-09-30 10:00 Bangkok (03:00Z).

  it.each([
    ['a month before', '2026-08-30T03:00:00Z'],
    ['one millisecond before the instant', '2026-09-30T02:59:59.999Z'],
  ])('is not revocable %s', (_case, now) => {
    expect(isRevocable(account, new Date(now))).toBe(false);
  });

  it.each([
    ['exactly at the instant', '2026-09-30T03:00:00.000Z'],
    ['one millisecond after the instant', '2026-09-30T03:00:00.001Z'],
    ['a year later', '2027-09-30T03:00:00Z'],
  ])('is revocable %s', (_case, now) => {
    expect(isRevocable(account, new Date(now))).toBe(true);
  });

  it('gives an id that never signed in 6 months from its activation', () => {
    const fresh = { issuedAt: '2026-01-01T03:00:00Z', activatedAt: '2026-01-05T03:00:00Z' };
    expect(isRevocable(fresh, new Date('2026-07-05T02:59:59Z'))).toBe(false);
    expect(isRevocable(fresh, new Date('2026-07-05T03:00:00Z'))).toBe(true);
  });

  it('gives an id that was never activated 6 months from its issue', () => {
    const issued = { issuedAt: '2026-01-01T03:00:00Z' };
    expect(isRevocable(issued, new Date('2026-06-01T03:00:00Z'))).toBe(false);
    expect(isRevocable(issued, new Date('2026-07-01T03:00:00Z'))).toBe(true);
  });

  it('is not due 5 months after issue and is due 7 months after', () => {
    const issued = { issuedAt: '2026-04-20T05:00:00Z' };
    expect(isRevocable(issued, new Date('2026-09-20T05:00:00Z'))).toBe(false);
    expect(isRevocable(issued, new Date('2026-11-20T05:00:00Z'))).toBe(true);
  });

  it('lets a sign-in on the last day of a month fall due before one late the day before', () => {
    // The month-end clamp is why due ids are selected by their due instant.
    const earlier = { issuedAt: '2026-01-01T00:00:00Z', lastLoginAt: bkk('2026-03-30T23:00:00').toISOString() };
    const later = { issuedAt: '2026-01-01T00:00:00Z', lastLoginAt: bkk('2026-03-31T10:00:00').toISOString() };
    const now = bkk('2026-09-30T12:00:00');
    expect(isRevocable(later, now)).toBe(true);
    expect(isRevocable(earlier, now)).toBe(false);
  });
});

describe('warningTimes', () => {
  it.each([
    ['an ordinary due date', '2026-01-15T09:00:00', '2026-06-15T09:00:00', '2026-07-08T09:00:00'],
    ['a clamped due date', '2026-03-31T10:00:00', '2026-08-31T10:00:00', '2026-09-23T10:00:00'],
    ['a due date just after a leap February', '2027-09-01T10:00:00', '2028-01-31T10:00:00', '2028-02-23T10:00:00'],
  ])('warns 30 and 7 days before %s', (_case, lastActivity, warn30, warn7) => {
    expect(warningTimes(bkk(lastActivity))).toEqual({ warn30: bkk(warn30), warn7: bkk(warn7) });
  });

  it('warns exactly 30 and 7 days of 24 hours before the due instant', () => {
    const last = bkk('2026-05-17T14:45:00');
    const due = revocableFrom(last).getTime();
    const { warn30, warn7 } = warningTimes(last);
    expect(due - warn30.getTime()).toBe(30 * 24 * 3600_000);
    expect(due - warn7.getTime()).toBe(7 * 24 * 3600_000);
  });
});

describe('inactivityScope', () => {
  it.each([
    ['a hospital id', { kind: 'hospital' as const }, true],
    ['a hospital id explicitly not excluded', { kind: 'hospital' as const, excludedFromInactivity: false }, true],
    ['a hospital id an admin excluded', { kind: 'hospital' as const, excludedFromInactivity: true }, false],
    ['an SSO staff account', { kind: 'staff' as const }, false],
    ['an excluded staff account', { kind: 'staff' as const, excludedFromInactivity: true }, false],
  ])('applies to %s: %s', (_case, account, expected) => {
    expect(inactivityScope(account)).toBe(expected);
  });
});
