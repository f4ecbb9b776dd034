// Accounts (user ids) and their audit trail. In-scope active accounts carry their next
// inactivity action in a sparse index (gsi2), so the revocation job reads only what is due.
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../aws/dynamodb';
import { nextInactivityStep } from '../domain/inactivity';
import { accountKey, getAccount, sessionEpochOf, type Account } from './account-lookup';
import { GSI1, GSI2, isConditionFailed, queryItems, tableName, withoutKeys } from './table';

export type { Account, AccountStatus, InactivityAction } from './account-lookup';

/** The listing index: staff and hospital accounts each in their own partition, by user id. */
const listingKeys = (account: Pick<Account, 'kind' | 'userId'>) => ({ gsi1pk: `ACCOUNTS#${account.kind}`, gsi1sk: account.userId });

function inactivityAttributes(account: Account, now: Date) {
  const step = nextInactivityStep(account, now);
  if (!step) return {};
  return {
    nextInactivityAction: step.action,
    nextInactivityAt: step.at.toISOString(),
    revocableFrom: step.revocableFrom.toISOString(),
    gsi2pk: 'INACTIVITY',
    gsi2sk: `${step.at.toISOString()}#${account.userId}`,
  };
}

export { getAccount, sessionEpochOf };

/** Every account of a kind, by user id (staff: a few hundred; hospital ids: a few thousand). */
export async function listAccounts(kind: Account['kind']): Promise<Account[]> {
  const accounts: Account[] = [];
  const items = queryItems({ IndexName: GSI1, KeyConditionExpression: 'gsi1pk = :pk', ExpressionAttributeValues: { ':pk': `ACCOUNTS#${kind}` } });
  for await (const item of items) accounts.push(withoutKeys<Account>(item));
  return accounts;
}

/** Creates an account; false when the user id is taken. */
export async function createAccount(account: Account, now = new Date()): Promise<boolean> {
  try {
    await ddb.send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...accountKey(account.userId), ...listingKeys(account), ...account, ...inactivityAttributes(account, now) },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

/**
 * Records a successful sign-in, only while the account is still active (a revocation that
 * committed first wins; one that comes later sees the new sign-in and backs off).
 */
export async function recordLogin(account: Account, now = new Date()): Promise<boolean> {
  const updated: Account = { ...account, lastLoginAt: now.toISOString() };
  const inactivity = inactivityAttributes(updated, now);
  const sets = ['lastLoginAt = :now', ...Object.keys(inactivity).map((k) => `${k} = :${k}`)];
  try {
    await ddb.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: accountKey(account.userId),
        UpdateExpression: `SET ${sets.join(', ')}`,
        ConditionExpression: '#status = :active',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':now': now.toISOString(),
          ':active': 'active',
          ...Object.fromEntries(Object.entries(inactivity).map(([k, v]) => [`:${k}`, v])),
        },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

/** Replaces a password hash made with weaker parameters, unless the password changed meanwhile. */
export async function upgradePasswordHash(userId: string, previousHash: string, nextHash: string): Promise<void> {
  try {
    await ddb.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: accountKey(userId),
        UpdateExpression: 'SET passwordHash = :next',
        ConditionExpression: 'passwordHash = :previous',
        ExpressionAttributeValues: { ':next': nextHash, ':previous': previousHash },
      }),
    );
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
  }
}

/**
 * Replaces an account under the condition that it was not changed since it was read
 * (`expected` holds the fields that must still match). Recomputes the inactivity keys.
 */
export async function replaceAccount(
  next: Account,
  expected: Partial<Pick<Account, 'status' | 'lastLoginAt' | 'nextInactivityAction' | 'nextInactivityAt'>>,
  now = new Date(),
): Promise<boolean> {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const conditions = ['attribute_exists(pk)'];
  for (const [field, value] of Object.entries(expected)) {
    names[`#${field}`] = field;
    if (value === undefined) conditions.push(`attribute_not_exists(#${field})`);
    else {
      values[`:${field}`] = value;
      conditions.push(`#${field} = :${field}`);
    }
  }
  const { nextInactivityAction: _a, nextInactivityAt: _b, revocableFrom: _c, ...rest } = next;
  try {
    await ddb.send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...accountKey(next.userId), ...listingKeys(next), ...rest, ...inactivityAttributes(next, now) },
        ConditionExpression: conditions.join(' AND '),
        ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
        ...(Object.keys(values).length ? { ExpressionAttributeValues: values } : {}),
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

/** Accounts whose next inactivity step is due at `asOf`, oldest first (sparse index, no Scan). */
export async function* dueInactivitySteps(asOf: Date): AsyncGenerator<Account> {
  const items = queryItems({
    IndexName: GSI2,
    KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk <= :asOf',
    ExpressionAttributeValues: { ':pk': 'INACTIVITY', ':asOf': `${asOf.toISOString()}#\uffff` },
  });
  for await (const item of items) yield withoutKeys<Account>(item);
}
