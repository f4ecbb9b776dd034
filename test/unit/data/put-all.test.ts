// putAll: unconditional items in batches of 25; what DynamoDB leaves unprocessed is retried, and a
// batch that never goes through fails the write instead of dropping items.
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { putAll, tableName } from '../../../shared/data/table';

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => ddb.reset());

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ pk: `P#${i}`, sk: 'S' }));
const sent = () => ddb.commandCalls(BatchWriteCommand).map((c) => c.args[0].input.RequestItems![tableName()]!.map((r) => r.PutRequest!.Item!.pk));

describe('putAll', () => {
  it('writes 60 items in batches of 25, 25 and 10', async () => {
    ddb.on(BatchWriteCommand).resolves({});
    await putAll(items(60));
    expect(sent().map((b) => b.length)).toEqual([25, 25, 10]);
    expect(new Set(sent().flat()).size).toBe(60);
  });

  it('sends the unprocessed items again until none is left', async () => {
    const [first] = items(2);
    ddb.on(BatchWriteCommand).resolvesOnce({ UnprocessedItems: { [tableName()]: [{ PutRequest: { Item: first! } }] } }).resolves({});
    await putAll(items(2));
    expect(sent()).toEqual([['P#0', 'P#1'], ['P#0']]);
  });

  it('fails when items stay unprocessed after every retry', async () => {
    ddb.on(BatchWriteCommand).callsFake((input: { RequestItems: Record<string, unknown[]> }) => ({ UnprocessedItems: input.RequestItems }));
    await expect(putAll(items(1))).rejects.toMatchObject({ name: 'UnprocessedItemsError' });
    expect(sent()).toHaveLength(6);
  });

  it('makes no call for nothing', async () => {
    await putAll([]);
    expect(sent()).toEqual([]);
  });
});
