// Reading one account, alone: what every signed-in request does (a session ends with its account),
// kept apart from accounts-repository.ts so that every function need not carry the inactivity
// rules with it. accounts-repository.ts re-exports it.
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../aws/dynamodb';
import type { Account } from './accounts-repository';
import { tableName, withoutKeys } from './table';

export const accountKey = (userId: string) => ({ pk: `USER#${userId}`, sk: 'ACCOUNT' });

/** The account's session epoch: tokens carrying another one are refused (0 for an account never reset). */
export const sessionEpochOf = (account: Pick<Account, 'sessionEpoch'>): number => account.sessionEpoch ?? 0;

export async function getAccount(userId: string): Promise<Account | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName(), Key: accountKey(userId), ConsistentRead: true }));
  return Item ? withoutKeys<Account>(Item) : undefined;
}
