// GET /api/admin/dead-mail: mail that failed every attempt, for admins to follow up by hand.
import { adminRoutes } from '../../shared/http/routes/admin';
import { getMailStatuses } from '../../shared/data/mail-status-repository';
import { maskEmail } from '../../shared/domain/contact';
import { httpHandler } from '../../shared/http/http-handler';
import { listDeadMail } from '../../shared/mail/outbox';

export const handler = httpHandler(adminRoutes.listDeadMail, async () => {
  const dead = await listDeadMail(100);
  // SES's bounce and spam reports for the recipients: the reason a retry will not help
  const statuses = await getMailStatuses(dead.flatMap((m) => m.to));
  return {
    body: dead.map((m) => {
      const status = m.to.map((a) => statuses.get(a.trim().toLowerCase())).find(Boolean);
      return {
        id: m.id,
        kind: m.kind,
        to: m.to.map(maskEmail),
        subject: m.subject,
        attempts: m.attempts,
        lastError: m.lastError ?? null,
        createdAt: m.createdAt,
        mailBounced: status?.kind === 'bounce',
        mailComplained: status?.kind === 'complaint',
      };
    }),
  };
});
