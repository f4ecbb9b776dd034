// The next inactivity step an account carries in the sparse index.
import { describe, expect, it } from 'vitest';
import type { Account } from '../../../shared/data/accounts-repository';
import { nextInactivityStep } from '../../../shared/domain/inactivity';

const BKK = (s: string) => new Date(`${s}+07:00`);
const account = (overrides: Partial<Account> = {}): Account => ({
  userId: 'H1000001-AAAA',
  kind: 'hospital',
  roles: ['hospital'],
  status: 'active',
  issuedAt: BKK('2026-01-01T09:00:00').toISOString(),
  lastLoginAt: BKK('2026-03-31T10:00:00').toISOString(),
  ...overrides,
});

describe('nextInactivityStep', () => {
  it.each([
    ['long before', '2026-04-01T00:00:00', 'warn30', '2026-08-31T10:00:00'],
    ['after the 30-day warning time', '2026-08-31T10:00:00', 'warn7', '2026-09-23T10:00:00'],
    ['after the 7-day warning time', '2026-09-23T10:00:00', 'revoke', '2026-09-30T10:00:00'],
  ])('is the next step %s', (_name, now, action, at) => {
    const step = nextInactivityStep(account(), BKK(now))!;
    expect(step.action).toBe(action);
    expect(step.at.toISOString()).toBe(BKK(at).toISOString());
    expect(step.revocableFrom.toISOString()).toBe(BKK('2026-09-30T10:00:00').toISOString());
  });

  it.each([
    ['a staff account', { kind: 'staff' as const }],
    ['an excluded id', { excludedFromInactivity: true }],
    ['a revoked id', { status: 'revoked' as const }],
    ['a cancelled id', { status: 'cancelled' as const }],
  ])('has none for %s', (_name, overrides) => {
    expect(nextInactivityStep(account(overrides), BKK('2026-04-01T00:00:00'))).toBeUndefined();
  });
});
