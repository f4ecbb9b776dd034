// Single-use activation tokens: stored only as a SHA-256 hash, valid for 72 hours.
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { createHash, randomBytes } from 'node:crypto';
import { ddb } from '../aws/dynamodb';
import { isConditionFailed, tableName, withoutKeys } from './table';

export const ACTIVATION_HOURS = 72;

export interface Activation {
  userId: string;
  requestId: string;
  createdAt: string;
  expiresAt: string;
  usedAt?: string;
}

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
const key = (token: string) => ({ pk: `ACTIVATION#${hashOf(token)}`, sk: 'ACTIVATION' });

/** Creates a token (256 random bits) and returns it; only its hash is stored. */
export async function createActivation(userId: string, requestId: string, now = new Date()): Promise<{ token: string; expiresAt: string }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ACTIVATION_HOURS * 3600_000).toISOString();
  await ddb.send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...key(token),
        userId,
        requestId,
        createdAt: now.toISOString(),
        expiresAt,
        // DynamoDB TTL removes it on AWS; expiry is checked on read everywhere
        expiresAtEpoch: Math.floor(new Date(expiresAt).getTime() / 1000) + 30 * 86400,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  return { token, expiresAt };
}

export async function findActivation(token: string, now = new Date()): Promise<Activation | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName(), Key: key(token), ConsistentRead: true }));
  if (!Item) return undefined;
  const activation = withoutKeys<Activation & { expiresAtEpoch?: number }>(Item);
  if (activation.usedAt || new Date(activation.expiresAt) <= now) return undefined;
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
