// GET /api/admin/notices: what admins should act on, for the banner of the admin pages.
import { referenceRoutes } from '../../shared/http/routes/reference';
import { httpHandler } from '../../shared/http/http-handler';
import { listAdminNotices } from '../../shared/use-cases/admin-notices';

export const handler = httpHandler(referenceRoutes.listAdminNotices, async ({ lang }) => ({
  body: await listAdminNotices(lang),
  headers: { 'cache-control': 'no-store' },
}));
