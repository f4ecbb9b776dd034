// PATCH /api/admin/accounts/{userId}: roles, office, hospital, mailbox, name, disable or re-enable.
import { accountsAdminRoutes } from '../../shared/http/routes/accounts-admin';
import { httpHandler } from '../../shared/http/http-handler';
import { updateStaffAccount } from '../../shared/use-cases/administer-accounts';

export const handler = httpHandler(accountsAdminRoutes.updateAccount, async ({ params, body, principal }) => ({
  body: await updateStaffAccount(params.userId, body, principal.userId),
}));
