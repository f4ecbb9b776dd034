// The mail outbox: one item per idempotency key (`MAIL#<key>`), pending ones in a sparse index by
// their next attempt (`OUTBOX#pending`), dead ones listed for admins (`OUTBOX#dead`). The mailer
// (shared/mail/outbox.ts) decides when to send; this module alone knows the keys, and so says which
// of the table's stream records are mail queued for the stream to send (`QUEUED_MAIL_STREAM_FILTER`).
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { ddb } from '../aws/dynamodb';
import type { MailContent } from '../mail/layout';
import { GSI1, isConditionFailed, queryItems, tableName, withoutKeys } from './table';
import type { TableWrite } from './transaction';

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
  /** Attempts claimed so far (0: queued, no attempt yet). */
  attempts: number;
  /**
   * Who makes a queued mail's first attempt: the table's stream once the write that queued it is
   * committed (`stream`, functions/mail/deliver-queued.ts), or the code that queued it after a step
   * of its own (`caller`: a complaint's receipt waits for the case's clock to start, which may undo
   * the case). The retry job sends either from the first backoff on.
   */
  firstSend?: 'stream' | 'caller';
  /** The request (or job) that caused the mail, for following it through the logs. */
  correlationId?: string;
  createdAt: string;
  sentAt?: string;
  nextAttemptAt?: string;
  lastError?: string;
}

const MAIL_PREFIX = 'MAIL#';
const key = (id: string) => ({ pk: `${MAIL_PREFIX}${id}`, sk: 'MAIL' });
const PENDING = 'OUTBOX#pending';
const DEAD = 'OUTBOX#dead';

/** A pending item, found by the retry job from `retryAt` on. */
function pendingItem(item: OutboxItem, retryAt: Date): Record<string, unknown> {
  return { ...key(item.id), ...item, gsi1pk: PENDING, gsi1sk: retryAt.toISOString() };
}

/** Writes a new pending item; false when its key was written before (the mail is not sent twice). */
export async function putNewMail(item: OutboxItem, retryAt: Date): Promise<boolean> {
  try {
    await ddb.send(new PutCommand({ TableName: tableName(), Item: pendingItem(item, retryAt), ConditionExpression: 'attribute_not_exists(pk)' }));
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

/** The same new pending item as a write to commit with others (the key must be new). */
export const newMailWrite = (item: OutboxItem, retryAt: Date): TableWrite => ({ Put: { Item: pendingItem(item, retryAt), ConditionExpression: 'attribute_not_exists(pk)' } });

/**
 * The table's stream records that are mail queued for the stream to send: a new outbox item, pending,
 * with no attempt yet and `firstSend: stream` (a Lambda event filter pattern; numbers are strings in
 * a stream record's DynamoDB JSON). Nothing else wakes the function: not the updates of a send, not
 * other items, not mail sent at once (`putNewMail`: its first attempt is claimed as it is written).
 */
export const QUEUED_MAIL_STREAM_FILTER = {
  eventName: ['INSERT'],
  dynamodb: {
    NewImage: {
      pk: { S: [{ prefix: MAIL_PREFIX }] },
      status: { S: ['pending'] },
      attempts: { N: ['0'] },
      firstSend: { S: ['stream'] },
    },
  },
} as const;

/**
 * The outbox item a stream record's new image holds (DynamoDB JSON), as it was written; undefined
 * for any other item. It saves the sender a read: the claim (`claimAttempt` with `writtenAt`) then
 * succeeds only while that very item is still pending and unclaimed.
 */
export function mailOfImage(image: Record<string, unknown> | undefined): OutboxItem | undefined {
  const pk = (image?.pk as { S?: string } | undefined)?.S;
  if (!image || !pk?.startsWith(MAIL_PREFIX)) return undefined;
  return withoutKeys<OutboxItem>(unmarshall(image as Parameters<typeof unmarshall>[0]));
}

/** Takes back a queued item (its cause was undone). */
export const deleteMailWrite = (id: string): TableWrite => ({ Delete: { Key: key(id) } });

export async function getMail(id: string): Promise<OutboxItem | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName(), Key: key(id), ConsistentRead: true }));
  return Item ? withoutKeys<OutboxItem>(Item) : undefined;
}

/**
 * Claims the next attempt of a pending item still at `seen` attempts; false when another sender did,
 * or when the item is gone. With `writtenAt`, only the item written then (its `createdAt`) is claimed,
 * not one queued again under the same id since.
 */
export async function claimAttempt(id: string, seen: number, writtenAt?: string): Promise<boolean> {
  try {
    await ddb.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: key(id),
        UpdateExpression: 'SET attempts = :next',
        ConditionExpression: `#status = :pending AND attempts = :seen${writtenAt ? ' AND createdAt = :writtenAt' : ''}`,
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':next': seen + 1, ':pending': 'pending', ':seen': seen, ...(writtenAt ? { ':writtenAt': writtenAt } : {}) },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

/** A failed attempt: pending again from `nextAttemptAt`, or dead (listed for admins from `now`). */
export async function recordFailedAttempt(id: string, outcome: { dead: boolean; now: Date; nextAttemptAt: string; error: string }): Promise<void> {
  await ddb.send(
    new UpdateCommand({
      TableName: tableName(),
      Key: key(id),
      UpdateExpression: 'SET #status = :status, gsi1pk = :gpk, gsi1sk = :gsk, lastError = :err, nextAttemptAt = :next',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':status': outcome.dead ? 'dead' : 'pending',
        ':gpk': outcome.dead ? DEAD : PENDING,
        ':gsk': outcome.dead ? outcome.now.toISOString() : outcome.nextAttemptAt,
        ':err': outcome.error.slice(0, 200),
        ':next': outcome.nextAttemptAt,
      },
    }),
  );
}

/** Sent: out of the pending index for good. */
export async function recordSent(id: string, now: Date): Promise<void> {
  await ddb.send(
    new UpdateCommand({
      TableName: tableName(),
      Key: key(id),
      UpdateExpression: 'SET #status = :sent, sentAt = :now REMOVE gsi1pk, gsi1sk, nextAttemptAt',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':sent': 'sent', ':now': now.toISOString() },
    }),
  );
}

/** Pending mail whose next attempt is due (a sparse index: reads only those). */
export async function* dueMail(now: Date): AsyncGenerator<OutboxItem> {
  for await (const raw of queryItems({
    IndexName: GSI1,
    KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk <= :now',
    ExpressionAttributeValues: { ':pk': PENDING, ':now': now.toISOString() },
  })) {
    yield withoutKeys<OutboxItem>(raw);
  }
}

/** Mail that could not be sent after every attempt, newest first, for the admin console. */
export async function listDeadMail(limit = 50): Promise<OutboxItem[]> {
  const page = await ddb.send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: GSI1,
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': DEAD },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (page.Items ?? []).map((i) => withoutKeys<OutboxItem>(i));
}
