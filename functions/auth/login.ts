// POST /api/auth/login: a user id and password for a session token (throttled after repeated failures).
import { authRoutes } from '../../shared/http/routes/auth';
import { httpHandler } from '../../shared/http/http-handler';
import { signIn } from '../../shared/use-cases/sign-in';

export const handler = httpHandler(authRoutes.login, async ({ body }) => ({ body: await signIn(body.userId, body.password) }));
