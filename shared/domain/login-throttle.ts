// Repeated failed sign-ins: after 10 failures in a row for one user id, that id is refused for 15
// minutes, even with the right password (and the same for ids that do not exist, so the answer
// says nothing about which ids exist). A successful sign-in clears the count.

export const MAX_FAILURES_IN_A_ROW = 10;
export const LOCK_MINUTES = 15;

/** The key a user id is counted under: case-insensitive, so `Admin` and `admin` share one count. */
export const throttleKeyOf = (userId: string) => userId.trim().toLowerCase();

/** Seconds until an id locked until `lockedUntil` may try again, or 0 when it may now. */
export function retryAfterSeconds(lockedUntil: string | undefined, now: Date): number {
  if (!lockedUntil) return 0;
  return Math.max(0, Math.ceil((Date.parse(lockedUntil) - now.getTime()) / 1000));
}

/** After a failure brings the count to `failures`: the lock to set, if any. */
export function lockAfter(failures: number, now: Date): string | undefined {
  return failures >= MAX_FAILURES_IN_A_ROW ? new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() : undefined;
}
