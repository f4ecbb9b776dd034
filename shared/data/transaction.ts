// Writes of several repositories made as one: each repository describes its own items (keys,
// conditions) as a TableWrite, and a use case commits them together in one TransactWriteItems.
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
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

/** The failed-condition reasons of a cancelled transaction, by position (undefined when it was not cancelled for a condition). */
export function failedConditions(error: unknown): boolean[] | undefined {
  const e = error as { name?: string; CancellationReasons?: Array<{ Code?: string }> } | undefined;
  if (e?.name !== 'TransactionCanceledException') return undefined;
  const reasons = (e.CancellationReasons ?? []).map((r) => r.Code === 'ConditionalCheckFailed');
  return reasons.some(Boolean) ? reasons : undefined;
}
