// Run records of scheduled jobs: one item per run, newest first per job.
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../aws/dynamodb';
import { tableName, withoutKeys } from './table';

export interface JobRun {
  job: string;
  runId: string;
  startedAt: string;
  finishedAt: string;
  asOf: string;
  dryRun: boolean;
  trigger: 'schedule' | 'admin' | 'cli';
  examined: number;
  revoked: number;
  warned: number;
  errors: number;
  ok: boolean;
}

export async function putRun(run: JobRun): Promise<void> {
  await ddb.send(new PutCommand({ TableName: tableName(), Item: { pk: `RUN#${run.job}`, sk: `${run.startedAt}#${run.runId}`, ...run } }));
}

export async function listRuns(job: string, limit = 20): Promise<JobRun[]> {
  const page = await ddb.send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `RUN#${job}` },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (page.Items ?? []).map((i) => withoutKeys<JobRun>(i));
}
