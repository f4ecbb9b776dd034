// GET /api/offices: the SSO offices complaints are routed to.
import { referenceRoutes } from '../../infra/routes/reference';
import { listOffices } from '../../shared/data/reference-repository';
import { httpHandler } from '../../shared/http/http-handler';

export const handler = httpHandler(referenceRoutes.listOffices, async () => ({
  body: await listOffices(),
  headers: { 'cache-control': 'public, max-age=300' },
}));
