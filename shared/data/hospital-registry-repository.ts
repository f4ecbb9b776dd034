// The hospital registry's bulk writes and its second key: the item layout of a hospital (with the
// index entry for its health service unit code, hcode), batch writes for imports, and the hcode lookup.
import { BatchGetCommand, BatchWriteCommand, type BatchWriteCommandOutput } from '@aws-sdk/lib-dynamodb';
import { setTimeout as sleep } from 'node:timers/promises';
import { ddb } from '../aws/dynamodb';
import type { Hospital } from '../schemas/reference';
import { GSI2, queryAll, tableName, withoutKeys } from './table';

/**
 * A hospital as stored: by code (`HOSPITAL#<code>`), in the registry list (gsi1 `HOSPITALS`) and
 * by hcode (gsi2 `HCODE#<hcode>`). The hcode entry lives on the hospital item itself, so it moves
 * with the hospital in the same write and is never left behind when an hcode changes.
 */
export function hospitalItem(h: Hospital): Record<string, unknown> {
  return { pk: `HOSPITAL#${h.code}`, sk: 'HOSPITAL', gsi1pk: 'HOSPITALS', gsi1sk: h.code, gsi2pk: `HCODE#${h.hcode}`, gsi2sk: h.code, ...h };
}

/** The 7-digit codes of the hospitals with this hcode: one, or none (an import keeps hcodes unique). */
export async function hospitalCodesByHcode(hcode: string): Promise<string[]> {
  const items = await queryAll({
    IndexName: GSI2,
    KeyConditionExpression: 'gsi2pk = :pk',
    ExpressionAttributeValues: { ':pk': `HCODE#${hcode}` },
    ProjectionExpression: 'code',
  });
  return items.map((i) => i.code as string);
}

const GET_BATCH = 100; // DynamoDB's BatchGetItem limit
const BATCH = 25; // DynamoDB's BatchWriteItem limit
const PARALLEL_BATCHES = 4;
const RETRIES = 8; // for what DynamoDB leaves unprocessed, with backoff up to 2 s

/** The hospitals with these codes as stored now (strongly consistent reads, no warm copy); absent codes are left out. */
export async function getHospitalsByCodes(codes: string[]): Promise<Hospital[]> {
  const found: Hospital[] = [];
  for (let i = 0; i < codes.length; i += GET_BATCH) {
    let keys: Array<Record<string, unknown>> = codes.slice(i, i + GET_BATCH).map((code) => ({ pk: `HOSPITAL#${code}`, sk: 'HOSPITAL' }));
    for (let attempt = 0; keys.length > 0; attempt++) {
      if (attempt > RETRIES) throw Object.assign(new Error(`${keys.length} hospitals left unread by BatchGetItem`), { name: 'ThrottlingException' });
      if (attempt > 0) await sleep(Math.min(50 * 2 ** attempt, 2_000));
      const { Responses, UnprocessedKeys } = await ddb.send(new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: keys, ConsistentRead: true } } }));
      found.push(...(Responses?.[tableName()] ?? []).map((item) => withoutKeys<Hospital>(item)));
      keys = UnprocessedKeys?.[tableName()]?.Keys ?? [];
    }
  }
  return found;
}

/**
 * Writes hospitals with batch writes (25 items a call, a few calls at once), retrying what
 * DynamoDB leaves unprocessed with backoff. Not atomic: if it throws, some hospitals may be written;
 * a re-run of the same import finds those unchanged (docs/decisions.md).
 */
export async function writeHospitals(hospitals: Hospital[]): Promise<void> {
  const batches: Hospital[][] = [];
  for (let i = 0; i < hospitals.length; i += BATCH) batches.push(hospitals.slice(i, i + BATCH));
  for (let i = 0; i < batches.length; i += PARALLEL_BATCHES) {
    await Promise.all(batches.slice(i, i + PARALLEL_BATCHES).map(writeBatch));
  }
}

async function writeBatch(hospitals: Hospital[]): Promise<void> {
  let requests: NonNullable<BatchWriteCommandOutput['UnprocessedItems']>[string] = hospitals.map((h) => ({ PutRequest: { Item: hospitalItem(h) } }));
  for (let attempt = 0; requests.length > 0; attempt++) {
    if (attempt > RETRIES) throw Object.assign(new Error(`${requests.length} hospitals left unprocessed by BatchWriteItem`), { name: 'ThrottlingException' });
    if (attempt > 0) await sleep(Math.min(50 * 2 ** attempt, 2_000));
    const { UnprocessedItems } = await ddb.send(new BatchWriteCommand({ RequestItems: { [tableName()]: requests } }));
    requests = UnprocessedItems?.[tableName()] ?? [];
  }
}
