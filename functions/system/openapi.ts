// GET /api/openapi.json: the OpenAPI 3.1 document, generated from the route table's zod schemas.
import { routes } from '../../infra/routes';
import { httpHandler } from '../../shared/http/http-handler';
import { buildOpenApi } from '../../shared/http/openapi';

let document: unknown;

export const handler = httpHandler(routes.openapi, async () => {
  document ??= buildOpenApi(Object.values(routes));
  return { body: document, headers: { 'cache-control': 'public, max-age=300' } };
});
