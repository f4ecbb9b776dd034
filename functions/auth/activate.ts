// POST /api/auth/activate: the single-use link from an activation e-mail sets the first password.
import { authRoutes } from '../../shared/http/routes/auth';
import { httpHandler } from '../../shared/http/http-handler';
import { activateAccount } from '../../shared/use-cases/passwords';

export const handler = httpHandler(authRoutes.activate, async ({ body }) => ({ body: await activateAccount(body.token, body.password) }));
