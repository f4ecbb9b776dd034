// GET /api/admin/dead-mail: mail that failed every attempt, for admins to follow up by hand.
import { adminRoutes } from '../../infra/routes/admin';
import { maskEmail } from '../../shared/domain/contact';
import { httpHandler } from '../../shared/http/http-handler';
import { listDeadMail } from '../../shared/mail/outbox';

export const handler = httpHandler(adminRoutes.listDeadMail, async () => ({
  body: (await listDeadMail(100)).map((m) => ({
    id: m.id,
    kind: m.kind,
    to: m.to.map(maskEmail),
    subject: m.subject,
    attempts: m.attempts,
    lastError: m.lastError ?? null,
    createdAt: m.createdAt,
  })),
}));
