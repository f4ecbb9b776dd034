// Audit records: who did what, when, from which state; stored beside the aggregate they are about.
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { ddb } from '../aws/dynamodb';
import { tableName, withoutKeys } from './table';

export interface AuditRecord {
  at: string;
  actor: string;
  action: string;
  fromState?: string;
  toState?: string;
  reason?: string;
}

/** Appends an audit record to an aggregate (`USER#…`, `CREDREQ#…`, `COMPLAINT#…`). */
export async function appendAudit(aggregatePk: string, record: AuditRecord): Promise<void> {
  await ddb.send(
    new PutCommand({
      TableName: tableName(),
      Item: { pk: aggregatePk, sk: `AUDIT#${record.at}#${randomUUID()}`, ...record },
    }),
  );
}

export async function listAudit(aggregatePk: string): Promise<AuditRecord[]> {
  const page = await ddb.send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :audit)',
      ExpressionAttributeValues: { ':pk': aggregatePk, ':audit': 'AUDIT#' },
    }),
  );
  return (page.Items ?? []).map((i) => withoutKeys<AuditRecord>(i));
}

export const accountAggregate = (userId: string) => `USER#${userId}`;
