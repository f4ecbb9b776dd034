// POST /api/auth/login: a user id and password for a session token; records the sign-in.
import { authRoutes } from '../../infra/routes/auth';
import { DUMMY_PASSWORD_HASH, verifyPassword } from '../../shared/auth/passwords';
import { issueToken } from '../../shared/auth/tokens';
import { getAccount, recordLogin } from '../../shared/data/accounts-repository';
import { ForbiddenError, UnauthenticatedError } from '../../shared/http/errors';
import { httpHandler } from '../../shared/http/http-handler';

const REFUSED_STATUS = {
  revoked: 'ACCOUNT_REVOKED',
  cancelled: 'ACCOUNT_CANCELLED',
  'pending-activation': 'ACCOUNT_NOT_ACTIVATED',
} as const;

export const handler = httpHandler(authRoutes.login, async ({ body }) => {
  const account = await getAccount(body.userId);
  // The same work and the same answer whether or not the user exists.
  const passwordOk = await verifyPassword(body.password, account?.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (!account || !passwordOk) throw new UnauthenticatedError('INVALID_CREDENTIALS');
  if (account.status !== 'active') throw new ForbiddenError(REFUSED_STATUS[account.status]);
  if (!(await recordLogin(account))) {
    // revoked or cancelled between our read and the write: answer with the new state
    const now = await getAccount(body.userId);
    throw new ForbiddenError(now && now.status !== 'active' ? REFUSED_STATUS[now.status] : 'CONFLICT');
  }
  const user = {
    userId: account.userId,
    roles: account.roles,
    ...(account.hospitalCode ? { hospitalCode: account.hospitalCode } : {}),
    ...(account.officeCode ? { officeCode: account.officeCode } : {}),
  };
  const { token, expiresAt } = await issueToken(user);
  return { body: { token, expiresAt, user } };
});
