// The status of an account, read alone: what every signed-in request checks (a session ends with
// its account). Kept apart from accounts-repository.ts so that every function need not carry the
// inactivity rules with it.
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../aws/dynamodb';
import type { AccountStatus } from './accounts-repository';
import { tableName } from './table';

export async function getAccountStatus(userId: string): Promise<AccountStatus | undefined> {
  const { Item } = await ddb.send(
    new GetCommand({
      TableName: tableName(),
      Key: { pk: `USER#${userId}`, sk: 'ACCOUNT' },
      ConsistentRead: true,
      ProjectionExpression: '#status',
      ExpressionAttributeNames: { '#status': 'status' },
    }),
  );
  return Item?.status as AccountStatus | undefined;
}
