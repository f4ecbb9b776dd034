// GET /api/admin/accounts: accounts for admins, filtered by role, office and status.
import { accountsAdminRoutes } from '../../shared/http/routes/accounts-admin';
import { httpHandler } from '../../shared/http/http-handler';
import { listAccountsForAdmin } from '../../shared/use-cases/administer-accounts';

export const handler = httpHandler(accountsAdminRoutes.listAccounts, async ({ query }) => ({ body: await listAccountsForAdmin(query) }));
