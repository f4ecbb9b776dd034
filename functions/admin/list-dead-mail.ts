// GET /api/admin/dead-mail: mail that failed every attempt, for admins to follow up by hand.
import { adminRoutes } from '../../shared/http/routes/admin';
import { maskEmail } from '../../shared/domain/contact';
import { httpHandler } from '../../shared/http/http-handler';
import { deadMailForAdmins } from '../../shared/use-cases/dead-mail';

export const handler = httpHandler(adminRoutes.listDeadMail, async () => ({
  body: (await deadMailForAdmins(100)).map(({ mail: m, recipientStatus: status }) => ({
    id: m.id,
    kind: m.kind,
    to: m.to.map(maskEmail),
    subject: m.subject,
    attempts: m.attempts,
    lastError: m.lastError ?? null,
    createdAt: m.createdAt,
    mailBounced: status?.kind === 'bounce',
    mailComplained: status?.kind === 'complaint',
  })),
}));
