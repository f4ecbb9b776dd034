// Mail that failed every attempt, for admins to follow up by hand, with what SES reported about its
// recipients (a bounce or a spam report: the reason a retry will not help).
import { getMailStatuses, type MailStatus } from '../data/mail-status-repository';
import { listDeadMail, type OutboxItem } from '../data/outbox-repository';

/** One row of GET /api/admin/dead-mail (functions/admin/list-dead-mail.ts): recipients masked, and what SES said of them. */
export type DeadMailView = Pick<OutboxItem, 'id' | 'kind' | 'to' | 'subject' | 'attempts' | 'createdAt'> & { lastError: string | null; mailBounced: boolean; mailComplained: boolean };

export async function deadMailForAdmins(limit = 100): Promise<Array<{ mail: OutboxItem; recipientStatus: MailStatus | undefined }>> {
  const dead = await listDeadMail(limit);
  const statuses = await getMailStatuses(dead.flatMap((m) => m.to));
  // the first recipient SES reported on stands for the mail
  return dead.map((mail) => ({ mail, recipientStatus: mail.to.map((a) => statuses.get(a.trim().toLowerCase())).find(Boolean) }));
}
