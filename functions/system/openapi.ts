// GET /api/openapi.json: the OpenAPI 3.1 document, generated from the route table's zod schemas.
import { routeList } from '../../shared/http/routes';
import { systemRoutes } from '../../shared/http/routes/system';
import { httpHandler } from '../../shared/http/http-handler';
import { buildOpenApi } from '../../shared/http/openapi';

let document: unknown;

export const handler = httpHandler(systemRoutes.openapi, async () => {
  document ??= buildOpenApi(routeList);
  return { body: document, headers: { 'cache-control': 'public, max-age=300' } };
});
