// The 6-month inactivity rule for entitlement-check user ids (SPEC §4): when an id falls due, and its warnings.
import { addBangkokMonths, DAY_MS } from '../time/bangkok';

/** The months of no sign-in after which SSO may revoke a user id (SPEC §2). */
export const INACTIVITY_MONTHS = 6;

/** The timestamps of an account that the rule reads; ISO 8601 strings as stored. */
export interface ActivityTimestamps {
  lastLoginAt?: string;
  activatedAt?: string;
  issuedAt: string;
}

/** What decides whether the rule applies to an account at all. */
export interface InactivityScopeFields {
  kind: 'hospital' | 'staff';
  excludedFromInactivity?: boolean;
}

/**
 * The instant from which an id last active at `lastActivity` may be revoked: the same
 * wall-clock time 6 calendar months later in Asia/Bangkok. When that day does not exist
 * in the target month, the last day of that month (31 Mar 10:00 → 30 Sep 10:00); Bangkok
 * months, not the server's (shared/time/bangkok.ts). Bangkok has no DST, so the wall time
 * always exists.
 *
 * Note: the clamp makes this not monotonic: a sign-in on 30 Mar 23:00 falls due after one
 * on 31 Mar 10:00 (30 Sep 23:00 vs 30 Sep 10:00). Select due ids by this instant, stored
 * with the account, never by comparing last activity against "now − 6 months".
 */
export function revocableFrom(lastActivity: Date): Date {
  return addBangkokMonths(lastActivity, INACTIVITY_MONTHS);
}

function parseInstant(iso: string, field: string): Date {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new RangeError(`${field} is not a valid timestamp: ${iso}`);
  return d;
}

/**
 * When the account was last active: its last sign-in; an id that never signed in counts
 * from its activation, and one never activated from the day it was issued, so a new id always
 * has 6 months to be used. The latest of the three is taken, not the first present: an id
 * revived by a "reuse" request keeps the sign-in from before its revocation, and must count
 * from its new activation instead, or it would be due again at once.
 */
export function lastActivityOf(account: ActivityTimestamps): Date {
  const candidates = [
    parseInstant(account.issuedAt, 'issuedAt'),
    ...(account.activatedAt === undefined ? [] : [parseInstant(account.activatedAt, 'activatedAt')]),
    ...(account.lastLoginAt === undefined ? [] : [parseInstant(account.lastLoginAt, 'lastLoginAt')]),
  ];
  return new Date(Math.max(...candidates.map((d) => d.getTime())));
}

/**
 * True when `now` is at or after the instant the account falls due. Time only: whether the
 * rule applies to the account at all is {@link inactivityScope}, and the account's status
 * (already revoked or cancelled) is the caller's to check.
 */
export function isRevocable(account: ActivityTimestamps, now: Date): boolean {
  return now.getTime() >= revocableFrom(lastActivityOf(account)).getTime();
}

/**
 * When to warn the user: 30 and 7 days before the id falls due, at the same Bangkok wall
 * time (calendar days on the Bangkok clock, which has no DST, so also exactly 24 h each).
 */
export function warningTimes(lastActivity: Date): { warn30: Date; warn7: Date } {
  const due = revocableFrom(lastActivity).getTime();
  return { warn30: new Date(due - 30 * DAY_MS), warn7: new Date(due - 7 * DAY_MS) };
}

/** Whether the rule applies: hospital user ids only, and not those an admin has excluded. */
export function inactivityScope(account: InactivityScopeFields): boolean {
  return account.kind === 'hospital' && account.excludedFromInactivity !== true;
}

/** The steps of the rule an account goes through: a warning 30 days and 7 days ahead, then revocation. */
export type InactivityAction = 'warn30' | 'warn7' | 'revoke';

/**
 * The next inactivity step after `now` for an account, or undefined when none applies (an account
 * neither active nor pending activation, or out of the rule's scope). Warnings already in the past
 * are skipped: SSO may revoke without notice (seed 002).
 */
export function nextInactivityStep(
  account: ActivityTimestamps & InactivityScopeFields & { status: string },
  now: Date,
): { action: InactivityAction; at: Date; revocableFrom: Date } | undefined {
  if (account.status !== 'active' && account.status !== 'pending-activation') return undefined;
  if (!inactivityScope(account)) return undefined;
  const lastActivity = lastActivityOf(account);
  const due = revocableFrom(lastActivity);
  const { warn30, warn7 } = warningTimes(lastActivity);
  if (now < warn30) return { action: 'warn30', at: warn30, revocableFrom: due };
  if (now < warn7) return { action: 'warn7', at: warn7, revocableFrom: due };
  return { action: 'revoke', at: due, revocableFrom: due };
}
