// Background jobs as records: one item per job (`JOB#<jobId>`), written when an API call queues it,
// then by the job runner as it runs, succeeds or fails. Admins poll it (GET /api/admin/jobs/{jobId}).
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../aws/dynamodb';
import { isConditionFailed, tableName, withoutKeys } from './table';

export type JobKind = 'inactivity-sweep' | 'calendar-recompute';
export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export interface JobRecord {
  jobId: string;
  kind: JobKind;
  /** What the job needs to run (small, no personal data). */
  params: Record<string, unknown>;
  actor: string;
  status: JobStatus;
  createdAt: string;
  startedAt?: string;
  finishedAt?: string;
  result?: unknown;
  /** Why it failed: a stable code and a message safe to show (no internals). */
  error?: { code: string; message: string };
  /** Kept 90 days on AWS (DynamoDB TTL); reads do not depend on it. */
  expiresAtEpoch: number;
}

const KEEP_SECONDS = 90 * 24 * 3600;
const jobKey = (jobId: string) => ({ pk: `JOB#${jobId}`, sk: 'JOB' });

export async function createJob(job: Omit<JobRecord, 'status' | 'expiresAtEpoch'>): Promise<JobRecord> {
  const record: JobRecord = { ...job, status: 'queued', expiresAtEpoch: Math.floor(Date.parse(job.createdAt) / 1000) + KEEP_SECONDS };
  await ddb.send(new PutCommand({ TableName: tableName(), Item: { ...jobKey(job.jobId), ...record }, ConditionExpression: 'attribute_not_exists(pk)' }));
  return record;
}

export async function getJob(jobId: string): Promise<JobRecord | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName(), Key: jobKey(jobId), ConsistentRead: true }));
  return Item ? withoutKeys<JobRecord>(Item) : undefined;
}

/** Moves a queued job to running; false when it is not queued (a second delivery of the same start). */
export async function markRunning(jobId: string, now: Date): Promise<boolean> {
  try {
    await ddb.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: jobKey(jobId),
        UpdateExpression: 'SET #status = :running, startedAt = :at',
        ConditionExpression: '#status = :queued',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':running': 'running', ':queued': 'queued', ':at': now.toISOString() },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

export async function finishJob(jobId: string, outcome: { status: 'succeeded'; result: unknown } | { status: 'failed'; error: { code: string; message: string } }, now: Date): Promise<void> {
  await ddb.send(
    new UpdateCommand({
      TableName: tableName(),
      Key: jobKey(jobId),
      UpdateExpression: 'SET #status = :status, finishedAt = :at, #out = :out',
      ExpressionAttributeNames: { '#status': 'status', '#out': outcome.status === 'succeeded' ? 'result' : 'error' },
      ExpressionAttributeValues: { ':status': outcome.status, ':at': now.toISOString(), ':out': outcome.status === 'succeeded' ? outcome.result : outcome.error },
    }),
  );
}
