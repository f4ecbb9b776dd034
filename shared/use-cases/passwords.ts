// Setting passwords: activating an account from its link, resetting a forgotten password from a
// mailed link, and changing it while signed in. Each new password passes the policy
// (shared/domain/password-policy.ts); each change ends every earlier session.
import { hashPassword, verifyPassword } from '../auth/passwords';
import { issueToken } from '../auth/tokens';
import { config } from '../config';
import { getAccount, replaceAccount, sessionEpochOf, type Account } from '../data/accounts-repository';
import { consumeActivation, findActivation, LINK_HOURS, newActivation } from '../data/activation-repository';
import { accountAggregate, appendAudit } from '../data/audit-repository';
import { clearLoginFailures } from '../data/login-throttle-repository';
import { endSessions } from '../domain/account-sessions';
import { passwordProblem } from '../domain/password-policy';
import { ConflictError, RuleError, ValidationError } from '../http/errors';
import { conflicted, failedConditions, writeTogether } from '../data/transaction';
import { queueMail, sendMail } from '../mail/outbox';
import { passwordChangedMail, passwordResetMail } from '../mail/templates/accounts';
import { principalOf } from './sign-in';

function checkPolicy(password: string, userId: string, path: string): void {
  const problem = passwordProblem(password, userId);
  if (problem) throw new ValidationError([{ path, code: problem }]);
}

/** The link from an activation mail sets the first password of a pending account. */
export async function activateAccount(token: string, password: string, now = new Date()) {
  const link = await findActivation(token, now, 'activation');
  const account = link ? await getAccount(link.userId) : undefined;
  if (!link || !account || account.status !== 'pending-activation' || (link.sessionEpoch ?? 0) !== sessionEpochOf(account)) {
    throw new RuleError('ACTIVATION_INVALID', 'token');
  }
  checkPolicy(password, account.userId, 'password');
  const passwordHash = await hashPassword(password);
  if (!(await consumeActivation(token, now))) throw new RuleError('ACTIVATION_INVALID', 'token');
  const at = now.toISOString();
  const activated: Account = { ...account, status: 'active', passwordHash, activatedAt: at, passwordChangedAt: at };
  if (!(await replaceAccount(activated, { status: 'pending-activation' }, now))) throw new RuleError('ACTIVATION_INVALID', 'token');
  await appendAudit(accountAggregate(account.userId), { at, actor: account.userId, action: 'activated', fromState: 'pending-activation', toState: 'active' });
  return { userId: account.userId, status: 'active' as const };
}

/**
 * Mails a single-use reset link to an active account's address. The caller answers the same
 * whatever happens here, so nobody learns which ids exist. At most one mail per id in 10 minutes:
 * the link and its mail are written together (the table's stream has the mail sent), so a second
 * request in the window writes neither.
 */
export async function requestPasswordReset(userId: string, now = new Date()): Promise<void> {
  const account = await getAccount(userId);
  if (!account || account.status !== 'active' || !account.email) return;
  const { token, expiresAt, write } = newActivation(account.userId, 'password-reset', now, { purpose: 'password-reset', sessionEpoch: sessionEpochOf(account) });
  const window = Math.floor(now.getTime() / 600_000);
  const mail = queueMail({
    id: `password-reset#${account.userId}#${window}`,
    kind: 'password-reset',
    to: [account.email],
    ...passwordResetMail(account.userId, { url: `${config().SITE_URL}/#/reset-password?token=${token}`, expiresAt }),
  }, now);
  try {
    await writeTogether([write, mail]);
  } catch (error) {
    // this window's mail is queued already (the token is new: only the mail's id can be taken), or
    // is being queued by another request at this moment (a conflict, on AWS): either way it goes out
    if (failedConditions(error)?.[1] || conflicted(error)) return;
    throw error;
  }
}

/** The link from a reset mail sets a new password; every earlier session ends. */
export async function confirmPasswordReset(token: string, password: string, now = new Date()) {
  const link = await findActivation(token, now, 'password-reset');
  const account = link ? await getAccount(link.userId) : undefined;
  if (!link || !account || account.status !== 'active' || (link.sessionEpoch ?? 0) !== sessionEpochOf(account)) {
    throw new RuleError('RESET_LINK_INVALID', 'token');
  }
  checkPolicy(password, account.userId, 'password');
  const passwordHash = await hashPassword(password);
  if (!(await consumeActivation(token, now))) throw new RuleError('RESET_LINK_INVALID', 'token');
  await storeNewPassword(account, passwordHash, 'password-reset', now);
  // a reset also lifts a lock from failed sign-ins: the owner proved they hold the mailbox
  await clearLoginFailures(account.userId);
  return { userId: account.userId };
}

/** A signed-in user changes their password; they get a new token (every other session ends). */
export async function changePassword(account: Account, currentPassword: string, newPassword: string, now = new Date()) {
  if (!account.passwordHash || !(await verifyPassword(currentPassword, account.passwordHash))) throw new RuleError('PASSWORD_WRONG', 'currentPassword');
  if (currentPassword === newPassword) throw new ValidationError([{ path: 'newPassword', code: 'PASSWORD_UNCHANGED' }]);
  checkPolicy(newPassword, account.userId, 'newPassword');
  const next = await storeNewPassword(account, await hashPassword(newPassword), 'password-changed', now);
  const { token, expiresAt } = await issueToken(principalOf(next), sessionEpochOf(next), now);
  return { token, expiresAt };
}

async function storeNewPassword(account: Account, passwordHash: string, action: string, now: Date): Promise<Account> {
  const at = now.toISOString();
  const next = endSessions({ ...account, passwordHash, passwordChangedAt: at });
  if (!(await replaceAccount(next, { status: account.status, lastLoginAt: account.lastLoginAt }, now))) throw new ConflictError();
  await appendAudit(accountAggregate(account.userId), { at, actor: account.userId, action });
  if (account.email) {
    await sendMail({ id: `password-changed#${account.userId}#${at}`, kind: 'password-changed', to: [account.email], ...passwordChangedMail(account.userId, now) }, now);
  }
  return next;
}

export const RESET_LINK_HOURS = LINK_HOURS['password-reset'];
