// Writes (and reads) of several repositories made as one: each repository describes its own items
// (keys, conditions) as a TableWrite or TableRead, and a use case commits them together in one
// TransactWriteItems (or reads them in one BatchGetItem).
import { BatchGetCommand, TransactWriteCommand, type BatchGetCommandOutput, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../aws/dynamodb';
import { tableName } from './table';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
type WithoutTable<T> = T extends object ? Omit<T, 'TableName'> : never;
/** One item's write, as its repository builds it (the table is filled in when they are committed). */
export type TableWrite = { Put: WithoutTable<TransactItem['Put']> } | { Update: WithoutTable<TransactItem['Update']> } | { Delete: WithoutTable<TransactItem['Delete']> } | { ConditionCheck: WithoutTable<TransactItem['ConditionCheck']> };

/** Commits the writes together: one TransactWriteItems, all or none. */
export async function writeTogether(writes: TableWrite[]): Promise<void> {
  const TableName = tableName();
  const TransactItems = writes.map((w) => Object.fromEntries(Object.entries(w).map(([kind, op]) => [kind, { ...(op as object), TableName }])) as TransactItem);
  await ddb.send(new TransactWriteCommand({ TransactItems }));
}

/** One item's read, as its repository builds it: the key, and what the item means. */
export interface TableRead<T> {
  Key: Record<string, unknown>;
  decode(item: Record<string, unknown> | undefined): T;
}

/** Reads items of several repositories in one call (BatchGetItem, consistent; unprocessed keys asked again). */
export async function readTogether<T extends unknown[]>(...reads: { [K in keyof T]: TableRead<T[K]> }): Promise<T> {
  const TableName = tableName();
  const found = new Map<string, Record<string, unknown>>();
  const id = (key: Record<string, unknown>) => `${String(key.pk)}\u0000${String(key.sk)}`;
  let keys: Array<Record<string, unknown>> | undefined = reads.map((r) => r.Key);
  while (keys?.length) {
    const answer: BatchGetCommandOutput = await ddb.send(new BatchGetCommand({ RequestItems: { [TableName]: { Keys: keys, ConsistentRead: true } } }));
    for (const item of answer.Responses?.[TableName] ?? []) found.set(id(item), item);
    keys = answer.UnprocessedKeys?.[TableName]?.Keys;
  }
  return reads.map((r) => r.decode(found.get(id(r.Key)))) as T;
}

/** The failed-condition reasons of a cancelled transaction, by position (undefined when it was not cancelled for a condition). */
export function failedConditions(error: unknown): boolean[] | undefined {
  const e = error as { name?: string; CancellationReasons?: Array<{ Code?: string }> } | undefined;
  if (e?.name !== 'TransactionCanceledException') return undefined;
  const reasons = (e.CancellationReasons ?? []).map((r) => r.Code === 'ConditionalCheckFailed');
  return reasons.some(Boolean) ? reasons : undefined;
}

/**
 * Whether a cancelled transaction met another one in flight on the same items (DynamoDB's
 * `TransactionConflict`; the local emulator runs such transactions one after the other instead):
 * a retry may succeed.
 */
export function conflicted(error: unknown): boolean {
  const e = error as { name?: string; CancellationReasons?: Array<{ Code?: string }> } | undefined;
  return e?.name === 'TransactionCanceledException' && (e.CancellationReasons ?? []).some((r) => r.Code === 'TransactionConflict');
}
