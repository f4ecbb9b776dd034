// POST /api/auth/password-reset: mails a reset link to an active account; the answer is the same for any id.
import { authRoutes } from '../../shared/http/routes/auth';
import { httpHandler } from '../../shared/http/http-handler';
import { t } from '../../shared/i18n/messages';
import { requestPasswordReset } from '../../shared/use-cases/passwords';

export const handler = httpHandler(authRoutes.requestPasswordReset, async ({ body, lang }) => {
  await requestPasswordReset(body.userId);
  return { status: 202, body: { status: 'requested', message: t('PASSWORD_RESET_REQUESTED', lang) } };
});
