// Failed sign-in counts per user id (see shared/domain/login-throttle.ts for the rule).
import { DeleteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../aws/dynamodb';
import { lockAfter, throttleKeyOf } from '../domain/login-throttle';
import { tableName } from './table';

export interface LoginFailures {
  failures: number;
  lockedUntil?: string;
}

const key = (userId: string) => ({ pk: `LOGINFAIL#${throttleKeyOf(userId)}`, sk: 'LOGINFAIL' });
/** Counts are forgotten a day after the last failure (DynamoDB TTL on AWS). */
const expiry = (now: Date) => Math.floor(now.getTime() / 1000) + 86400;

export async function getLoginFailures(userId: string): Promise<LoginFailures | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName(), Key: key(userId), ConsistentRead: true }));
  return Item ? { failures: Number(Item.failures ?? 0), ...(Item.lockedUntil ? { lockedUntil: String(Item.lockedUntil) } : {}) } : undefined;
}

/** Counts one failure; returns the lock it set when this failure reached the limit. */
export async function recordLoginFailure(userId: string, now = new Date()): Promise<string | undefined> {
  const { Attributes } = await ddb.send(
    new UpdateCommand({
      TableName: tableName(),
      Key: key(userId),
      UpdateExpression: 'ADD failures :one SET lastFailureAt = :now, expiresAtEpoch = :ttl',
      ExpressionAttributeValues: { ':one': 1, ':now': now.toISOString(), ':ttl': expiry(now) },
      ReturnValues: 'ALL_NEW',
    }),
  );
  const lockedUntil = lockAfter(Number(Attributes?.failures ?? 0), now);
  if (!lockedUntil) return undefined;
  // the count starts again: ten more failures after the lock lock the id again
  await ddb.send(
    new UpdateCommand({
      TableName: tableName(),
      Key: key(userId),
      UpdateExpression: 'SET lockedUntil = :until, failures = :zero',
      ExpressionAttributeValues: { ':until': lockedUntil, ':zero': 0 },
    }),
  );
  return lockedUntil;
}

export async function clearLoginFailures(userId: string): Promise<void> {
  await ddb.send(new DeleteCommand({ TableName: tableName(), Key: key(userId) }));
}
