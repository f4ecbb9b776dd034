// Work too long for an API call (API Gateway gives up at 29 s) runs as a background job:
//  1. the route records the job (`queued`) and starts one execution of the job state machine,
//     whose single task is the job runner (functions/jobs/run-job.ts); it answers 202 {jobId};
//  2. the runner marks it `running`, runs it, and records `succeeded` with the result or `failed`;
//  3. the admin's page polls GET /api/admin/jobs/{jobId}.
// A Step Functions execution rather than an asynchronous Lambda invoke: the local stack already runs
// state machines (local/step-functions-server.ts) and has no Lambda endpoint, so one code path serves both.
import { StartExecutionCommand } from '@aws-sdk/client-sfn';
import { randomUUID } from 'node:crypto';
import { sfn } from '../aws/sfn';
import { config } from '../config';
import { createJob, finishJob, getJob, markRunning, type JobKind, type JobRecord } from '../data/jobs-repository';
import { AppError } from '../http/errors';
import { logger } from '../logger';
import type { HolidayEntry } from '../domain/holiday-calendar';
import { assertRealRunAsOf, runInactivitySweep, type SweepResult } from './inactivity-sweep';
import { loadCalendar, recomputeProvisional } from './load-calendar';

/** Records a job and starts its execution; the job id is also the execution's name. */
export async function startJob(kind: JobKind, params: Record<string, unknown>, actor: string, now = new Date()): Promise<JobRecord> {
  const arn = config().BACKGROUND_JOBS_STATE_MACHINE_ARN;
  if (!arn) throw new Error('BACKGROUND_JOBS_STATE_MACHINE_ARN is not set: this function may not start jobs');
  const job = await createJob({ jobId: randomUUID(), kind, params, actor, createdAt: now.toISOString() });
  try {
    await sfn.send(new StartExecutionCommand({ stateMachineArn: arn, name: job.jobId, input: JSON.stringify({ jobId: job.jobId }) }));
  } catch (error) {
    await finishJob(job.jobId, { status: 'failed', error: { code: 'JOB_FAILED', message: 'the job could not be started' } }, new Date());
    throw error;
  }
  return job;
}

const runners: Record<JobKind, (job: JobRecord) => Promise<unknown>> = {
  'inactivity-sweep': (job) =>
    runInactivitySweep({ asOf: new Date(String(job.params.asOf)), dryRun: false, trigger: 'admin', actor: job.actor }),
  'calendar-recompute': async () => ({ recomputed: await recomputeProvisional() }),
};

/** The job runner's task. A job runs once: a second start of the same job finds it no longer queued. */
export async function runJob(jobId: string, now = () => new Date()): Promise<Pick<JobRecord, 'jobId' | 'status'>> {
  const job = await getJob(jobId);
  if (!job) throw new Error(`No job ${jobId}`);
  if (!(await markRunning(jobId, now()))) return { jobId, status: job.status };
  try {
    const result = await runners[job.kind](job);
    await finishJob(jobId, { status: 'succeeded', result }, now());
    return { jobId, status: 'succeeded' };
  } catch (error) {
    // what the admin sees: our own error code, or a general one; internals stay in the log
    const code = error instanceof AppError ? error.code : 'JOB_FAILED';
    logger.error('background job failed', { jobId, kind: job.kind, error: error as Error });
    await finishJob(jobId, { status: 'failed', error: { code, message: code } }, now());
    return { jobId, status: 'failed' };
  }
}

// The admin actions that hand their long part to a job.

/**
 * The daily inactivity sweep, run now by an admin. A dry run reads and answers at once; a real run
 * may revoke and mail hundreds of ids, so it is queued (never looking ahead: 422 AS_OF_IN_FUTURE).
 */
export async function sweepInactivityNow(run: { asOf?: Date | undefined; dryRun: boolean }, actor: string, now = new Date()): Promise<{ dryRun: SweepResult } | { queued: JobRecord }> {
  const asOf = run.asOf ?? now;
  if (run.dryRun) return { dryRun: await runInactivitySweep({ asOf, dryRun: true, trigger: 'admin', actor }) };
  assertRealRunAsOf(asOf, now);
  return { queued: await startJob('inactivity-sweep', { asOf: asOf.toISOString() }, actor, now) };
}

/** A year's holiday list stored at once; the complaints whose deadlines were provisional are recomputed in a job. */
export async function loadCalendarThenRecompute(year: number, holidays: HolidayEntry[], actor: string, now = new Date()) {
  const loaded = await loadCalendar(year, holidays, actor, now, { recompute: false });
  const job = await startJob('calendar-recompute', { year: loaded.year }, actor, now);
  return { ...loaded, jobId: job.jobId };
}
