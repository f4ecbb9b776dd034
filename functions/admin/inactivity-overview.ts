// GET /api/admin/inactivity-revocations: the last runs and the ids that fall due in the next days.
import { adminRoutes } from '../../shared/http/routes/admin';
import { httpHandler } from '../../shared/http/http-handler';
import { inactivityOverview } from '../../shared/use-cases/inactivity-admin';

export const handler = httpHandler(adminRoutes.inactivityOverview, async ({ query }) => ({ body: await inactivityOverview(query.days) }));
