// Signing in, as a numbered course:
//  1. an id locked by repeated failures is refused (429 + Retry-After), even with the right password;
//  2. the password is checked with the same work whether or not the id exists;
//  3. a failure is counted (the 10th in a row locks the id for 15 minutes, logged and counted);
//  4. a success clears the count, refuses accounts that may not sign in, records the sign-in
//     (and upgrades a hash made with weaker parameters), and issues a token of the account's
//     current session epoch.
import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from '../auth/passwords';
import type { Principal } from '../auth/roles';
import { issueToken } from '../auth/tokens';
import { getAccount, recordLogin, sessionEpochOf, upgradePasswordHash, type Account } from '../data/accounts-repository';
import { clearLoginFailures, getLoginFailures, recordLoginFailure } from '../data/login-throttle-repository';
import { retryAfterSeconds } from '../domain/login-throttle';
import { ForbiddenError, TooManyRequestsError, UnauthenticatedError } from '../http/errors';
import { logger } from '../logger';
import { metrics, MetricUnit } from '../metrics';
import { METRIC } from '../metric-names';

const REFUSED_STATUS = {
  revoked: 'ACCOUNT_REVOKED',
  cancelled: 'ACCOUNT_CANCELLED',
  'pending-activation': 'ACCOUNT_NOT_ACTIVATED',
  disabled: 'ACCOUNT_DISABLED',
} as const;

export async function signIn(userId: string, password: string, now = new Date()) {
  const [failures, account] = await Promise.all([getLoginFailures(userId), getAccount(userId)]);
  const wait = retryAfterSeconds(failures?.lockedUntil, now);
  if (wait > 0) throw new TooManyRequestsError('LOGIN_THROTTLED', wait);

  const passwordOk = await verifyPassword(password, account?.passwordHash ?? dummyPasswordHash());
  if (!account || !passwordOk) {
    const lockedUntil = await recordLoginFailure(userId, now);
    if (lockedUntil) {
      logger.warn('sign-in locked after repeated failures', { lockedUntil });
      metrics.addMetric(METRIC.loginThrottled, MetricUnit.Count, 1);
    }
    throw new UnauthenticatedError('INVALID_CREDENTIALS');
  }
  if (failures) await clearLoginFailures(userId);
  if (account.status !== 'active') throw new ForbiddenError(REFUSED_STATUS[account.status]);
  if (!(await recordLogin(account, now))) {
    // revoked or cancelled between our read and the write: answer with the new state
    const current = await getAccount(userId);
    throw new ForbiddenError(current && current.status !== 'active' ? REFUSED_STATUS[current.status] : 'CONFLICT');
  }
  if (account.passwordHash && needsRehash(account.passwordHash)) {
    await upgradePasswordHash(account.userId, account.passwordHash, await hashPassword(password));
  }
  const user = principalOf(account);
  const { token, expiresAt } = await issueToken(user, sessionEpochOf(account), now);
  return { token, expiresAt, user };
}

export function principalOf(account: Account): Principal {
  return {
    userId: account.userId,
    roles: account.roles,
    ...(account.hospitalCode ? { hospitalCode: account.hospitalCode } : {}),
    ...(account.officeCode ? { officeCode: account.officeCode } : {}),
  };
}
