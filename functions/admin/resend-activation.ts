// POST /api/admin/accounts/{userId}/activation: a fresh activation link; earlier links stop working.
import { accountsAdminRoutes } from '../../shared/http/routes/accounts-admin';
import { httpHandler } from '../../shared/http/http-handler';
import { resendActivation } from '../../shared/use-cases/administer-accounts';

export const handler = httpHandler(accountsAdminRoutes.resendActivation, async ({ params, principal }) => ({
  status: 202,
  body: await resendActivation(params.userId, principal.userId),
}));
