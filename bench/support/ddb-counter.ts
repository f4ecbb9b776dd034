// Counts what DynamoDB returns to the application's own client (shared/aws/dynamodb.ts): items and commands by name.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export interface DdbCounts {
  /** Commands sent, by name (QueryCommand, ScanCommand, GetItemCommand…). */
  commands: Record<string, number>;
  /** Items returned by reads: Query/Scan `Items`, GetItem `Item`, BatchGetItem `Responses`. */
  itemsReturned: number;
  /** Items DynamoDB evaluated for Query/Scan (`ScannedCount`: what is billed before any filter). */
  itemsScanned: number;
  itemsReturnedBy: Record<string, number>;
  /** Calls by command and partition kind, e.g. "GetItem HOSPITAL", "Query gsi1 CALENDARS", "PutItem COMPLAINT". */
  calls: Record<string, number>;
}

export const emptyCounts = (): DdbCounts => ({ commands: {}, itemsReturned: 0, itemsScanned: 0, itemsReturnedBy: {}, calls: {} });

const plain = (v: unknown): string => (typeof v === 'string' ? v : v && typeof v === 'object' && 'S' in v ? String((v as { S: unknown }).S) : '');
/** The kind of partition a call touches: the key's prefix before '#' (index name first for index queries). */
function partitionOf(input: Record<string, unknown>): string {
  const kind = (value: string) => value.split('#')[0] || '?';
  const key = (input.Key ?? (input.Item as Record<string, unknown> | undefined)) as Record<string, unknown> | undefined;
  if (key?.pk !== undefined) return kind(plain(key.pk));
  const values = input.ExpressionAttributeValues as Record<string, unknown> | undefined;
  if (values?.[':pk'] !== undefined) return `${input.IndexName ? `${String(input.IndexName)} ` : ''}${kind(plain(values[':pk']))}`;
  if (input.RequestItems) return 'batch';
  return '?';
}

/** Adds a counting middleware once; `reset()` starts a new count, `snapshot()` reads it. */
export function countDynamoDb(client: DynamoDBClient) {
  let counts = emptyCounts();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      const name = context.commandName ?? 'unknown';
      const call = `${name.replace(/Command$/, '')} ${partitionOf(args.input as Record<string, unknown>)}`;
      counts.calls[call] = (counts.calls[call] ?? 0) + 1;
      counts.commands[name] = (counts.commands[name] ?? 0) + 1;
      const out = result.output as { Items?: unknown[]; Item?: unknown; Responses?: Record<string, unknown[]>; ScannedCount?: number };
      let items = 0;
      if (Array.isArray(out.Items)) items += out.Items.length;
      if (out.Item) items += 1;
      if (out.Responses && typeof out.Responses === 'object') for (const list of Object.values(out.Responses)) if (Array.isArray(list)) items += list.length;
      counts.itemsReturned += items;
      if (items) counts.itemsReturnedBy[name] = (counts.itemsReturnedBy[name] ?? 0) + items;
      if (typeof out.ScannedCount === 'number') counts.itemsScanned += out.ScannedCount;
      return result;
    },
    { step: 'initialize', name: 'benchCountItems', override: true },
  );
  return {
    reset() {
      counts = emptyCounts();
    },
    snapshot(): DdbCounts {
      return JSON.parse(JSON.stringify(counts)) as DdbCounts;
    },
  };
}
