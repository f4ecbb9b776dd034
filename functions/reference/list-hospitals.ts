// GET /api/hospitals?q=&province=&limit=: search the hospital registry by name or code.
import { referenceRoutes } from '../../shared/http/routes/reference';
import { httpHandler } from '../../shared/http/http-handler';
import { searchHospitals } from '../../shared/use-cases/search-hospitals';

export const handler = httpHandler(referenceRoutes.listHospitals, async ({ query }) => ({
  body: await searchHospitals(query),
  headers: { 'cache-control': 'public, max-age=60' },
}));
