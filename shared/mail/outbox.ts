// The mailer: every e-mail is first written to an outbox item (keyed by an idempotency key, so
// the same message is never sent twice), then sent through SES. A failed send keeps the item
// pending with backoff; the retry job sends it later, or marks it dead for admins to see.
import { SendEmailCommand } from '@aws-sdk/client-ses';
import { PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../aws/dynamodb';
import { ses } from '../aws/ses';
import { config } from '../config';
import { GSI1, isConditionFailed, queryItems, tableName } from '../data/table';
import { logger } from '../logger';
import type { MailContent } from './layout';
import { correlationIdNow } from '../logger';
import { METRIC } from '../metric-names';
import { metrics, MetricUnit } from '../metrics';

export const MAX_ATTEMPTS = 8;
const BACKOFF_BASE_MS = 60_000;

export interface OutgoingMail extends MailContent {
  /** Idempotency key: the same key is sent at most once, e.g. `credential-ack#<requestId>`. */
  id: string;
  to: string[];
  /** What the mail is about, for admins and tests (never personal data). */
  kind: string;
}

export type OutboxStatus = 'pending' | 'sent' | 'dead';

export interface OutboxItem extends OutgoingMail {
  status: OutboxStatus;
  attempts: number;
  /** The request (or job) that caused the mail, for following it through the logs. */
  correlationId?: string;
  createdAt: string;
  sentAt?: string;
  nextAttemptAt?: string;
  lastError?: string;
}

const key = (id: string) => ({ pk: `MAIL#${id}`, sk: 'MAIL' });

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
  const item: OutboxItem & Record<string, unknown> = {
    ...key(mail.id),
    ...mail,
    status: 'pending',
    attempts: 1,
    createdAt: now.toISOString(),
    ...(correlationIdNow() ? { correlationId: correlationIdNow() } : {}),
    gsi1pk: 'OUTBOX#pending',
    gsi1sk: new Date(now.getTime() + BACKOFF_BASE_MS).toISOString(),
  };
  try {
    await ddb.send(new PutCommand({ TableName: tableName(), Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
  await deliver(item, now);
  return true;
}

/** A retry: claim the next attempt (a concurrent retry run that read the same item loses), then send. */
async function attemptDelivery(item: OutboxItem, now: Date): Promise<OutboxStatus> {
  try {
    await ddb.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: key(item.id),
        UpdateExpression: 'SET attempts = :next',
        ConditionExpression: '#status = :pending AND attempts = :seen',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':next': item.attempts + 1, ':pending': 'pending', ':seen': item.attempts },
      }),
    );
  } catch (error) {
    if (isConditionFailed(error)) return 'pending';
    throw error;
  }
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
    await ddb.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: key(item.id),
        UpdateExpression: 'SET #status = :status, gsi1pk = :gpk, gsi1sk = :gsk, lastError = :err, nextAttemptAt = :next',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':status': dead ? 'dead' : 'pending',
          ':gpk': dead ? 'OUTBOX#dead' : 'OUTBOX#pending',
          ':gsk': dead ? now.toISOString() : nextAttemptAt,
          ':err': `${(error as Error).name}`.slice(0, 200),
          ':next': nextAttemptAt,
        },
      }),
    );
    return dead ? 'dead' : 'pending';
  }
  await ddb.send(
    new UpdateCommand({
      TableName: tableName(),
      Key: key(item.id),
      UpdateExpression: 'SET #status = :sent, sentAt = :now REMOVE gsi1pk, gsi1sk, nextAttemptAt',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':sent': 'sent', ':now': now.toISOString() },
    }),
  );
  metrics.addMetric(METRIC.mailSent, MetricUnit.Count, 1);
  return 'sent';
}

/** Sends every pending mail whose next attempt is due. Reads only due items (a sparse index). */
export async function retryDueMail(now = new Date()): Promise<{ examined: number; sent: number; dead: number }> {
  const result = { examined: 0, sent: 0, dead: 0 };
  for await (const raw of queryItems({
    IndexName: GSI1,
    KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk <= :now',
    ExpressionAttributeValues: { ':pk': 'OUTBOX#pending', ':now': now.toISOString() },
  })) {
    result.examined++;
    const status = await attemptDelivery(raw as unknown as OutboxItem, now);
    if (status === 'sent') result.sent++;
    if (status === 'dead') result.dead++;
  }
  return result;
}

/** Mail that could not be sent after every attempt, newest first, for the admin console. */
export async function listDeadMail(limit = 50): Promise<OutboxItem[]> {
  const page = await ddb.send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: GSI1,
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': 'OUTBOX#dead' },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (page.Items ?? []) as OutboxItem[];
}
