// Audit records: who did what, when, from which state; stored beside the aggregate they are about.
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { ddb } from '../aws/dynamodb';
import { GSI1, GSI2, queryItems, tableName, withoutKeys } from './table';
import type { TableWrite } from './transaction';

export interface AuditRecord {
  at: string;
  actor: string;
  action: string;
  fromState?: string;
  toState?: string;
  reason?: string;
  /** The document the action was about (e.g. an award entry's `applicationForm` downloaded). */
  document?: string;
}

/** Appends an audit record to an aggregate (`USER#…`, `CREDREQ#…`, `COMPLAINT#…`). */
export async function appendAudit(aggregatePk: string, record: AuditRecord): Promise<void> {
  await ddb.send(new PutCommand({ TableName: tableName(), ...auditWrite(aggregatePk, record).Put }));
}

/** The same record as a write to commit with the change it records. */
export const auditWrite = (aggregatePk: string, record: AuditRecord) => ({ Put: { Item: { pk: aggregatePk, sk: `AUDIT#${record.at}#${randomUUID()}`, ...record } } }) satisfies TableWrite;

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

/** One administrative change: who changed what, when, and the values before and after. */
export interface AdminChange {
  at: string;
  /** The signed-in user id, or `cli:<command>` / `deploy` for operator tools. */
  actor: string;
  /** What was done, e.g. `account.create`, `office.update`, `hospital-import.apply`. */
  action: string;
  /** What it was done to, named by `adminTarget`, e.g. `USER#somchai`, `OFFICE#BKK-01`, `HOSPITAL#1000001`. */
  target: string;
  before?: unknown;
  after?: unknown;
}

const ADMIN_LOG = 'ADMINLOG';

/**
 * The names admin changes are filed under (`ADMINLOG#<target>`), which admins also filter by
 * (GET /api/admin/audit?target=): a stored thing's own key where it has one.
 */
export const adminTarget = {
  account: (userId: string) => accountAggregate(userId),
  office: (officeCode: string) => `OFFICE#${officeCode}`,
  hospital: (code: string) => `HOSPITAL#${code}`,
  hospitalRegistry: () => 'HOSPITAL_REGISTRY',
  topic: (code: string) => `TOPIC#${code}`,
  calendar: (year: number | string) => `CALENDAR#${year}`,
  slaPolicy: () => 'CONFIG#SLA_POLICY',
} as const;

/**
 * Records an administrative change for admins to see (GET /api/admin/audit): by target (pk), by actor
 * (gsi2) and all of them newest first (gsi1, one partition: admin changes are few).
 */
export async function recordAdminChange(change: AdminChange): Promise<void> {
  const id = `${change.at}#${randomUUID()}`;
  await ddb.send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        pk: `${ADMIN_LOG}#${change.target}`,
        sk: id,
        gsi1pk: ADMIN_LOG,
        gsi1sk: id,
        gsi2pk: `${ADMIN_LOG}#ACTOR#${change.actor}`,
        gsi2sk: id,
        ...change,
      },
    }),
  );
}

/** Administrative changes, newest first, narrowed to one target or one actor. */
export async function listAdminChanges(filter: { target?: string; actor?: string; limit?: number }): Promise<AdminChange[]> {
  const limit = filter.limit ?? 200;
  const query = filter.target
    ? { KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `${ADMIN_LOG}#${filter.target}` } }
    : filter.actor
      ? { IndexName: GSI2, KeyConditionExpression: 'gsi2pk = :pk', ExpressionAttributeValues: { ':pk': `${ADMIN_LOG}#ACTOR#${filter.actor}` } }
      : { IndexName: GSI1, KeyConditionExpression: 'gsi1pk = :pk', ExpressionAttributeValues: { ':pk': ADMIN_LOG } };
  const changes: AdminChange[] = [];
  for await (const item of queryItems({ ...query, ScanIndexForward: false })) {
    const change = withoutKeys<AdminChange>(item);
    if (filter.actor && change.actor !== filter.actor) continue;
    changes.push(change);
    if (changes.length >= limit) break;
  }
  return changes;
}
