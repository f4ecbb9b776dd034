// Single-use links that set a password: activation (72 hours) and password reset (1 hour). Only a
// SHA-256 hash of the token is stored. Each link carries the account's session epoch when it was
// made: once the epoch moves on (a new link, a cancellation, a disable, a password change) the
// link no longer works.
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { createHash, randomBytes } from 'node:crypto';
import { ddb } from '../aws/dynamodb';
import { isConditionFailed, tableName, withoutKeys } from './table';
import type { TableWrite } from './transaction';

export type LinkPurpose = 'activation' | 'password-reset';

export const LINK_HOURS: Record<LinkPurpose, number> = { activation: 72, 'password-reset': 1 };
export const ACTIVATION_HOURS = LINK_HOURS.activation;

export interface Activation {
  userId: string;
  /** Why the link was made: the credential request id, `admin`, `bootstrap`, `password-reset`. */
  requestId: string;
  purpose?: LinkPurpose;
  /** The account's session epoch when the link was made. */
  sessionEpoch?: number;
  createdAt: string;
  expiresAt: string;
  usedAt?: string;
}

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
const key = (token: string) => ({ pk: `ACTIVATION#${hashOf(token)}`, sk: 'ACTIVATION' });

/** Creates a link token (256 random bits) and returns it; only its hash is stored. */
export async function createActivation(
  userId: string,
  requestId: string,
  now = new Date(),
  options: { purpose?: LinkPurpose; sessionEpoch?: number } = {},
): Promise<{ token: string; expiresAt: string }> {
  const { token, expiresAt, write } = newActivation(userId, requestId, now, options);
  await ddb.send(new PutCommand({ TableName: tableName(), ...write.Put }));
  return { token, expiresAt };
}

/** A new link token and its item as a write to commit with others (a mail carrying the link, say). */
export function newActivation(
  userId: string,
  requestId: string,
  now = new Date(),
  options: { purpose?: LinkPurpose; sessionEpoch?: number } = {},
): { token: string; expiresAt: string; write: Extract<TableWrite, { Put: unknown }> } {
  const purpose = options.purpose ?? 'activation';
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + LINK_HOURS[purpose] * 3600_000).toISOString();
  const write = {
    Put: {
      Item: {
        ...key(token),
        userId,
        requestId,
        purpose,
        sessionEpoch: options.sessionEpoch ?? 0,
        createdAt: now.toISOString(),
        expiresAt,
        // DynamoDB TTL removes it on AWS; expiry is checked on read everywhere
        expiresAtEpoch: Math.floor(new Date(expiresAt).getTime() / 1000) + 30 * 86400,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
  return { token, expiresAt, write };
}

/** A link that is unused, unexpired and made for `purpose`; undefined otherwise. */
export async function findActivation(token: string, now = new Date(), purpose: LinkPurpose = 'activation'): Promise<Activation | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName(), Key: key(token), ConsistentRead: true }));
  if (!Item) return undefined;
  const activation = withoutKeys<Activation & { expiresAtEpoch?: number }>(Item);
  if (activation.usedAt || new Date(activation.expiresAt) <= now) return undefined;
  if ((activation.purpose ?? 'activation') !== purpose) return undefined;
  return activation;
}

/** Marks the token used; false when it was used meanwhile (single use). */
export async function consumeActivation(token: string, now = new Date()): Promise<boolean> {
  try {
    await ddb.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: key(token),
        UpdateExpression: 'SET usedAt = :now',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(usedAt) AND expiresAt > :now',
        ExpressionAttributeValues: { ':now': now.toISOString() },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}
