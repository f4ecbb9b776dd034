// GET /api/health: the API answers.
import { systemRoutes } from '../../shared/http/routes/system';
import { httpHandler } from '../../shared/http/http-handler';

export const handler = httpHandler(systemRoutes.health, async () => ({ body: { status: 'ok' } }));
