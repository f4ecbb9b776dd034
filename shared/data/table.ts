// The single table: key names, index names, and small helpers shared by the repositories.
// Access patterns are listed in docs/data-model.md.
import { config } from '../config';

export const tableName = () => config().TABLE_NAME;

export const GSI1 = 'gsi1';
export const GSI2 = 'gsi2';

export interface Keys {
  pk: string;
  sk: string;
  gsi1pk?: string;
  gsi1sk?: string;
  gsi2pk?: string;
  gsi2sk?: string;
}

/** Drops the key attributes from an item read from the table. */
export function withoutKeys<T>(item: Record<string, unknown>): T {
  const { pk: _pk, sk: _sk, gsi1pk: _a, gsi1sk: _b, gsi2pk: _c, gsi2sk: _d, ...rest } = item;
  return rest as T;
}

/** True for a failed condition on a single-item conditional write. */
export function isConditionFailed(error: unknown): boolean {
  return (error as { name?: string } | undefined)?.name === 'ConditionalCheckFailedException';
}
