// The registry import's writes, with DynamoDB mocked: a dry run writes nothing, unprocessed items
// are retried, and a failure part-way stops the import, says so in the audit trail and re-throws.
import { BatchGetCommand, BatchWriteCommand, DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { HOSPITAL_CSV_COLUMNS } from '../../../shared/domain/hospital-import';
import { importHospitals } from '../../../shared/use-cases/import-hospitals';

const ddb = mockClient(DynamoDBDocumentClient);
const OFFICE = { pk: 'OFFICE#PRV-20', sk: 'OFFICE', officeCode: 'PRV-20', nameTh: 'ชลบุรี', nameEn: 'Chon Buri', kind: 'provincial' };

beforeEach(() => {
  ddb.reset();
  ddb.on(QueryCommand).callsFake((input: { ExpressionAttributeValues: Record<string, string> }) => ({ Items: input.ExpressionAttributeValues[':pk'] === 'OFFICES' ? [OFFICE] : [] }));
  ddb.on(BatchGetCommand).resolves({ Responses: {} });
  ddb.on(PutCommand).resolves({});
});

/** `count` new main hospitals in Chon Buri. */
const file = (count: number) =>
  [HOSPITAL_CSV_COLUMNS.join(','), ...Array.from({ length: count }, (_, i) => `${2000001 + i},${20001 + i},โรงพยาบาล ${i},Hospital ${i},20,main,,PRV-20`)].join('\n');
const options = { dryRun: false, actor: 'admin-1', lang: 'th' as const };
const auditActions = () => ddb.commandCalls(PutCommand).map((c) => c.args[0].input.Item?.action as string);

describe('importing the hospital registry', () => {
  it('writes nothing on a dry run, and answers the counts a real run would', async () => {
    expect(await importHospitals(file(3), { ...options, dryRun: true })).toEqual({ dryRun: true, rows: 3, created: 3, updated: 0, unchanged: 0, errors: [] });
    expect(ddb.commandCalls(BatchWriteCommand)).toHaveLength(0);
    expect(ddb.commandCalls(PutCommand)).toHaveLength(0);
  });

  it('batch-writes 25 hospitals a call, retries what DynamoDB leaves unprocessed, and audits each hospital and the import', async () => {
    let first = true;
    ddb.on(BatchWriteCommand).callsFake((input: { RequestItems: Record<string, unknown[]> }) => {
      const [table, requests] = Object.entries(input.RequestItems)[0]!;
      if (first) {
        first = false;
        return { UnprocessedItems: { [table]: requests.slice(0, 2) } };
      }
      return { UnprocessedItems: {} };
    });
    expect(await importHospitals(file(60), options)).toMatchObject({ rows: 60, created: 60 });
    const calls = ddb.commandCalls(BatchWriteCommand).map((c) => Object.values(c.args[0].input.RequestItems!)[0]!.length);
    expect(calls.sort((a, b) => b - a)).toEqual([25, 25, 10, 2]);
    const item = (ddb.commandCalls(BatchWriteCommand)[0]!.args[0].input.RequestItems!['test-table']![0] as { PutRequest: { Item: Record<string, string> } }).PutRequest.Item;
    expect(item).toMatchObject({ pk: 'HOSPITAL#2000001', gsi1pk: 'HOSPITALS', gsi2pk: 'HCODE#20001', gsi2sk: '2000001' });
    const actions = auditActions();
    expect(actions.filter((a) => a === 'hospital.create')).toHaveLength(60);
    expect(actions.at(-1)).toBe('hospital-import.apply');
  });

  it('stops at a failure part-way: earlier chunks stay written, the audit trail says so, the error goes on', async () => {
    let calls = 0;
    ddb.on(BatchWriteCommand).callsFake(() => {
      calls++;
      if (calls > 4) throw Object.assign(new Error('throttled'), { name: 'ProvisionedThroughputExceededException' });
      return { UnprocessedItems: {} };
    });
    await expect(importHospitals(file(150), options)).rejects.toMatchObject({ name: 'ProvisionedThroughputExceededException' });
    const actions = auditActions();
    expect(actions.at(-1)).toBe('hospital-import.failed');
    expect(actions).not.toContain('hospital-import.apply');
    const failed = ddb.commandCalls(PutCommand).at(-1)!.args[0].input.Item as { after: { written: number } };
    expect(failed.after.written).toBe(100);
  });
});
