// The mailer: every e-mail is first written to an outbox item (keyed by an idempotency key, so
// the same message is never sent twice), then sent through SES. A failed send keeps the item
// pending with backoff; the retry job sends it later, or marks it dead for admins to see. A mail
// may also be queued with a request's other writes (`queueMail`): the table's stream then hands it to
// functions/mail/deliver-queued.ts, which sends it off the request path (`sendQueued`).
// The items and their keys are shared/data/outbox-repository.ts's.
import { SendEmailCommand } from '@aws-sdk/client-ses';
import { ses } from '../aws/ses';
import { config } from '../config';
import { claimAttempt, deleteMailWrite, dueMail, getMail, listDeadMail, newMailWrite, putNewMail, recordFailedAttempt, recordSent, type OutboxItem, type OutboxStatus, type OutgoingMail } from '../data/outbox-repository';
import { conflicted, failedConditions, writeTogether, type TableWrite } from '../data/transaction';
import { logger } from '../logger';
import { correlationIdNow } from '../logger';
import { METRIC } from '../metric-names';
import { metrics, MetricUnit } from '../metrics';

export type { OutboxItem, OutboxStatus, OutgoingMail };
export { listDeadMail };

export const MAX_ATTEMPTS = 8;
const BACKOFF_BASE_MS = 60_000;

const newItem = (mail: OutgoingMail, attempts: number, now: Date): OutboxItem => ({
  ...mail,
  status: 'pending',
  attempts,
  createdAt: now.toISOString(),
  ...(correlationIdNow() ? { correlationId: correlationIdNow() } : {}),
});

/**
 * Enqueues and sends one e-mail. Returns false when this key was already enqueued (nothing sent).
 * Each recipient gets a message of their own (own delivery state and retries; and the local SES
 * emulator records only the first To address of a message).
 */
export async function sendMail(mail: OutgoingMail, now = new Date()): Promise<boolean> {
  if (mail.to.length > 1) {
    const sent = await Promise.all(mail.to.map((address) => sendMail({ ...mail, id: `${mail.id}#${address}`, to: [address] }, now)));
    return sent.some(Boolean);
  }
  // Written with its first attempt already claimed: the retry job sees it only if this attempt
  // has not settled it by the first backoff (a crash between the write and the send).
  const item = newItem(mail, 1, now);
  if (!(await putNewMail(item, new Date(now.getTime() + BACKOFF_BASE_MS)))) return false;
  await deliver(item, now);
  return true;
}

/**
 * A mail to one recipient, queued as a write to commit with the request's other writes (nothing is
 * sent now). Once committed, the table's stream has it sent (`firstSend: 'stream'`, the default);
 * with `'caller'` the code that queued it calls `sendQueued` itself after a step of its own. Either
 * way the retry job sends it from the first backoff on if it is still pending.
 */
export function queueMail(mail: OutgoingMail & { to: [string] }, now = new Date(), options: { firstSend?: 'stream' | 'caller' } = {}): TableWrite {
  return newMailWrite({ ...newItem(mail, 0, now), firstSend: options.firstSend ?? 'stream' }, new Date(now.getTime() + BACKOFF_BASE_MS));
}

/**
 * Queues mails that may have been queued before (a retried request): one transaction of those not
 * yet queued; one already there (its id taken) is left as it is, so nothing is sent twice.
 */
export async function queueMailAgain(mails: Array<OutgoingMail & { to: [string] }>, now = new Date()): Promise<void> {
  let writes = mails.map((m) => queueMail(m, now));
  while (writes.length > 0) {
    try {
      await writeTogether(writes);
      return;
    } catch (error) {
      // another request is queuing the same mails at this moment (a conflict, on AWS): they go out once
      if (conflicted(error)) return;
      const refused = failedConditions(error);
      if (!refused) throw error;
      writes = writes.filter((_, i) => !refused[i]);
    }
  }
}

/** Takes back a queued mail whose cause was undone, as a write to commit with the others. */
export const unqueueMail = (id: string): TableWrite => deleteMailWrite(id);

/** Sends a queued mail now, if it is still pending and unclaimed (idempotent). */
export async function sendQueued(id: string, now = new Date()): Promise<OutboxStatus | undefined> {
  const item = await getMail(id);
  return item && sendQueuedAsWritten(item, now);
}

/**
 * Sends a queued mail as it was written (the table's stream record holds it, so the stream's sender
 * reads nothing): the claim succeeds only while that very item is still pending and unclaimed (not
 * sent by a retry, not taken back, not queued again since).
 */
export async function sendQueuedAsWritten(item: OutboxItem, now = new Date()): Promise<OutboxStatus | undefined> {
  if (item.status !== 'pending' || item.attempts > 0) return item.status;
  return attemptDelivery(item, now, item.createdAt);
}

/** A retry: claim the next attempt (a concurrent retry run that read the same item loses), then send. */
async function attemptDelivery(item: OutboxItem, now: Date, writtenAt?: string): Promise<OutboxStatus> {
  if (!(await claimAttempt(item.id, item.attempts, writtenAt))) return 'pending';
  return deliver({ ...item, attempts: item.attempts + 1 }, now);
}

/** Sends a claimed attempt (`item.attempts` counts it) and records the outcome. */
async function deliver(item: OutboxItem, now: Date): Promise<OutboxStatus> {
  const attempts = item.attempts;
  try {
    await ses.send(
      new SendEmailCommand({
        Source: config().MAIL_FROM,
        Destination: { ToAddresses: item.to },
        Message: {
          Subject: { Data: item.subject, Charset: 'UTF-8' },
          Body: { Text: { Data: item.text, Charset: 'UTF-8' }, Html: { Data: item.html, Charset: 'UTF-8' } },
        },
        ...(process.env.SES_CONFIGURATION_SET ? { ConfigurationSetName: process.env.SES_CONFIGURATION_SET } : {}),
      }),
    );
  } catch (error) {
    const dead = attempts >= MAX_ATTEMPTS;
    const nextAttemptAt = new Date(now.getTime() + BACKOFF_BASE_MS * 2 ** (attempts - 1)).toISOString();
    logger.warn('mail send failed', { mailId: item.id, kind: item.kind, attempts, dead, error: (error as Error).name, ...(item.correlationId ? { mailCorrelationId: item.correlationId } : {}) });
    if (dead) metrics.addMetric(METRIC.mailDead, MetricUnit.Count, 1);
    await recordFailedAttempt(item.id, { dead, now, nextAttemptAt, error: `${(error as Error).name}` });
    return dead ? 'dead' : 'pending';
  }
  await recordSent(item.id, now);
  metrics.addMetric(METRIC.mailSent, MetricUnit.Count, 1);
  return 'sent';
}

/** Sends every pending mail whose next attempt is due. Reads only due items (a sparse index). */
export async function retryDueMail(now = new Date()): Promise<{ examined: number; sent: number; dead: number }> {
  const result = { examined: 0, sent: 0, dead: 0 };
  for await (const item of dueMail(now)) {
    result.examined++;
    const status = await attemptDelivery(item, now);
    if (status === 'sent') result.sent++;
    if (status === 'dead') result.dead++;
  }
  return result;
}
