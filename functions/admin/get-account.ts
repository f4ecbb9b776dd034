// GET /api/admin/accounts/{userId}: one account as admins see it.
import { accountsAdminRoutes } from '../../shared/http/routes/accounts-admin';
import { getAccount } from '../../shared/data/accounts-repository';
import { NotFoundError } from '../../shared/http/errors';
import { httpHandler } from '../../shared/http/http-handler';
import { accountView } from '../../shared/use-cases/administer-accounts';

export const handler = httpHandler(accountsAdminRoutes.getAdminAccount, async ({ params }) => {
  const account = await getAccount(params.userId);
  if (!account) throw new NotFoundError('USER_ID_NOT_FOUND');
  return { body: accountView(account) };
});
