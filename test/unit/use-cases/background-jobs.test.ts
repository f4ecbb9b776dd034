// The background-job runner: runs a queued job once, records its outcome, never shows internals.
import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { JobRecord } from '../../../shared/data/jobs-repository';
import { RuleError } from '../../../shared/http/errors';

const store = new Map<string, JobRecord>();
vi.mock('../../../shared/data/jobs-repository', () => ({
  createJob: async (job: Omit<JobRecord, 'status' | 'expiresAtEpoch'>) => {
    const record = { ...job, status: 'queued', expiresAtEpoch: 0 } as JobRecord;
    store.set(job.jobId, record);
    return record;
  },
  getJob: async (id: string) => store.get(id),
  markRunning: async (id: string) => {
    const job = store.get(id)!;
    if (job.status !== 'queued') return false;
    job.status = 'running';
    return true;
  },
  finishJob: async (id: string, outcome: { status: 'succeeded' | 'failed'; result?: unknown; error?: unknown }) => {
    Object.assign(store.get(id)!, outcome);
  },
}));
const sweep = vi.fn();
const actual = await vi.importActual<typeof import('../../../shared/use-cases/inactivity-sweep')>('../../../shared/use-cases/inactivity-sweep');
vi.mock('../../../shared/use-cases/inactivity-sweep', () => ({ runInactivitySweep: (...a: unknown[]) => sweep(...a), assertRealRunAsOf: actual.assertRealRunAsOf }));
const loadCalendar = vi.fn();
vi.mock('../../../shared/use-cases/load-calendar', () => ({ recomputeProvisional: async () => 3, loadCalendar: (...a: unknown[]) => loadCalendar(...a) }));

const { loadCalendarThenRecompute, runJob, startJob, sweepInactivityNow } = await import('../../../shared/use-cases/background-jobs');
const sfn = mockClient(SFNClient);

beforeEach(() => {
  store.clear();
  sweep.mockReset();
  loadCalendar.mockReset();
  sfn.reset();
  sfn.on(StartExecutionCommand).resolves({ executionArn: 'arn:x' });
  process.env.BACKGROUND_JOBS_STATE_MACHINE_ARN = 'arn:aws:states:ap-southeast-1:111111111111:stateMachine:jobs';
});

describe('background jobs', () => {
  it('queues a job and starts one execution named after it', async () => {
    const job = await startJob('calendar-recompute', { year: 2027 }, 'demo-admin');
    expect(job.status).toBe('queued');
    expect(sfn.commandCalls(StartExecutionCommand)[0]!.args[0].input).toMatchObject({ name: job.jobId, input: JSON.stringify({ jobId: job.jobId }) });
    await expect(runJob(job.jobId)).resolves.toEqual({ jobId: job.jobId, status: 'succeeded' });
    expect(store.get(job.jobId)).toMatchObject({ status: 'succeeded', result: { recomputed: 3 } });
  });

  it('runs a job once: a second start finds it no longer queued', async () => {
    sweep.mockResolvedValue({ revoked: [] });
    const job = await startJob('inactivity-sweep', { asOf: '2026-12-01T19:00:00.000Z' }, 'demo-admin');
    await runJob(job.jobId);
    await runJob(job.jobId);
    expect(sweep).toHaveBeenCalledOnce();
    expect(sweep.mock.calls[0]![0]).toMatchObject({ dryRun: false, trigger: 'admin', actor: 'demo-admin' });
  });

  it('records a failure with our code, or a general one, never the internal message', async () => {
    sweep.mockRejectedValueOnce(new RuleError('AS_OF_IN_FUTURE', 'asOf'));
    const a = await startJob('inactivity-sweep', { asOf: '2026-12-01T19:00:00.000Z' }, 'demo-admin');
    await expect(runJob(a.jobId)).resolves.toMatchObject({ status: 'failed' });
    expect(store.get(a.jobId)!.error).toEqual({ code: 'AS_OF_IN_FUTURE', message: 'AS_OF_IN_FUTURE' });

    sweep.mockRejectedValueOnce(new Error('socket hang up at 10.0.0.12'));
    const b = await startJob('inactivity-sweep', { asOf: '2026-12-01T19:00:00.000Z' }, 'demo-admin');
    await runJob(b.jobId);
    expect(JSON.stringify(store.get(b.jobId)!.error)).not.toContain('10.0.0.12');
    expect(store.get(b.jobId)!.error).toMatchObject({ code: 'JOB_FAILED' });
  });
});

describe('admin actions that queue their long part', () => {
  const NOW = new Date('2026-12-02T03:00:00.000Z');

  it('answers a dry-run sweep at once, without a job', async () => {
    sweep.mockResolvedValue({ revoked: ['H1'] });
    await expect(sweepInactivityNow({ dryRun: true }, 'demo-admin', NOW)).resolves.toEqual({ dryRun: { revoked: ['H1'] } });
    expect(sweep.mock.calls[0]![0]).toMatchObject({ asOf: NOW, dryRun: true, trigger: 'admin', actor: 'demo-admin' });
    expect(store.size).toBe(0);
  });

  it('queues a real sweep, and refuses one that looks ahead before queuing anything', async () => {
    const run = await sweepInactivityNow({ dryRun: false }, 'demo-admin', NOW);
    expect(run).toMatchObject({ queued: { kind: 'inactivity-sweep', params: { asOf: NOW.toISOString() }, status: 'queued' } });
    expect(sweep).not.toHaveBeenCalled();
    const ahead = new Date(NOW.getTime() + 3600_000);
    await expect(sweepInactivityNow({ asOf: ahead, dryRun: false }, 'demo-admin', NOW)).rejects.toMatchObject({ code: 'AS_OF_IN_FUTURE' });
    expect(store.size).toBe(1);
  });

  it('stores a holiday list at once and recomputes its provisional complaints in a job', async () => {
    loadCalendar.mockResolvedValue({ year: 2027, holidays: 19 });
    const loaded = await loadCalendarThenRecompute(2027, [], 'demo-admin', NOW);
    expect(loadCalendar.mock.calls[0]!.slice(2)).toEqual(['demo-admin', NOW, { recompute: false }]);
    expect(loaded).toEqual({ year: 2027, holidays: 19, jobId: expect.any(String) });
    expect(store.get(loaded.jobId)).toMatchObject({ kind: 'calendar-recompute', params: { year: 2027 } });
  });
});
