// The single table: key names, index names, and small helpers shared by the repositories.
// Access patterns are listed in docs/data-model.md.
import { paginateQuery, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../aws/dynamodb';
import { config } from '../config';

export const tableName = () => config().TABLE_NAME;

export const GSI1 = 'gsi1';
export const GSI2 = 'gsi2';

/** Drops the key attributes from an item read from the table. */
export function withoutKeys<T>(item: Record<string, unknown>): T {
  const { pk: _pk, sk: _sk, gsi1pk: _a, gsi1sk: _b, gsi2pk: _c, gsi2sk: _d, ...rest } = item;
  return rest as T;
}

/** True for a failed condition on a single-item conditional write. */
export function isConditionFailed(error: unknown): boolean {
  return (error as { name?: string } | undefined)?.name === 'ConditionalCheckFailedException';
}

/** Every item a query returns, page after page (the SDK's paginator), as they arrive. */
export async function* queryItems(input: Omit<QueryCommandInput, 'TableName'>): AsyncGenerator<Record<string, unknown>> {
  for await (const page of paginateQuery({ client: ddb }, { TableName: tableName(), ...input })) {
    for (const item of page.Items ?? []) yield item;
  }
}

/** All items of a query (small, bounded result sets only). */
export async function queryAll(input: Omit<QueryCommandInput, 'TableName'>): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  for await (const item of queryItems(input)) items.push(item);
  return items;
}
