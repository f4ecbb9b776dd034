// GET /api/admin/audit: administrative changes, newest first, by target or actor.
import { accountsAdminRoutes } from '../../shared/http/routes/accounts-admin';
import { listAdminChanges } from '../../shared/data/audit-repository';
import { httpHandler } from '../../shared/http/http-handler';

export const handler = httpHandler(accountsAdminRoutes.listAudit, async ({ query }) => ({
  body: await listAdminChanges({
    ...(query.target ? { target: query.target } : {}),
    ...(query.actor ? { actor: query.actor } : {}),
    limit: query.limit,
  }),
}));
