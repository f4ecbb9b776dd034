// POST /api/auth/password-reset/confirm: a reset link sets a new password; earlier sessions end.
import { authRoutes } from '../../shared/http/routes/auth';
import { httpHandler } from '../../shared/http/http-handler';
import { confirmPasswordReset } from '../../shared/use-cases/passwords';

export const handler = httpHandler(authRoutes.confirmPasswordReset, async ({ body }) => ({ body: await confirmPasswordReset(body.token, body.password) }));
