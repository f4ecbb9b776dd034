// GET /api/health: the API answers.
import { routes } from '../../infra/routes';
import { httpHandler } from '../../shared/http/http-handler';

export const handler = httpHandler(routes.health, async () => ({ body: { status: 'ok' } }));
