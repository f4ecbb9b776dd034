// POST /api/admin/accounts: a new account, pending until its owner follows the mailed activation link.
import { accountsAdminRoutes } from '../../shared/http/routes/accounts-admin';
import { httpHandler } from '../../shared/http/http-handler';
import { createStaffAccount } from '../../shared/use-cases/administer-accounts';

export const handler = httpHandler(accountsAdminRoutes.createAccount, async ({ body, principal }) => ({
  status: 201,
  body: await createStaffAccount(body, principal.userId),
}));
