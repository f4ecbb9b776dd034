// POST /api/auth/password: a signed-in user changes their password and gets a new token.
import { authRoutes } from '../../shared/http/routes/auth';
import { httpHandler } from '../../shared/http/http-handler';
import { changePassword } from '../../shared/use-cases/passwords';

export const handler = httpHandler(authRoutes.changePassword, async ({ body, account }) => ({
  body: await changePassword(account, body.currentPassword, body.newPassword),
}));
