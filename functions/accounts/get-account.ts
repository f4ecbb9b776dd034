// GET /api/accounts/{userId}: an account as admins and credentials officers see it.
import { accountsRoutes } from '../../shared/http/routes/accounts';
import { getAccount } from '../../shared/data/accounts-repository';
import { NotFoundError } from '../../shared/http/errors';
import { httpHandler } from '../../shared/http/http-handler';

export const handler = httpHandler(accountsRoutes.getAccount, async ({ params }) => {
  const account = await getAccount(params.userId);
  if (!account) throw new NotFoundError('USER_ID_NOT_FOUND');
  return {
    body: {
      userId: account.userId,
      status: account.status,
      lastLoginAt: account.lastLoginAt ?? null,
      revokedAt: account.revokedAt ?? null,
      revokedReason: account.revokedReason ?? null,
      hospitalCode: account.hospitalCode ?? null,
      roles: account.roles,
      issuedAt: account.issuedAt,
      activatedAt: account.activatedAt ?? null,
      cancelledAt: account.cancelledAt ?? null,
      revocableFrom: account.revocableFrom ?? null,
      excludedFromInactivity: account.excludedFromInactivity ?? false,
    },
  };
});
