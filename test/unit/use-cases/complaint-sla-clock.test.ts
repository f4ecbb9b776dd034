// The SLA clock at a deadline with milliseconds: Step Functions' Wait-until-timestamp drops them, so
// the clock must wait for the next whole second and judge "due" by the same rounding, and a check
// that still runs early must fail (to be retried) rather than lose the escalation.
import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ComplaintCase } from '../../../shared/data/complaints-repository';
import { clockInstant, isReached, type StageDeadline } from '../../../shared/domain/complaint-deadlines';

const DUE = '2026-03-09T03:00:00.400Z'; // 10:00:00.400 Bangkok
const stages: StageDeadline[] = [{ stage: 'route', dueAt: DUE, warnAt: '2026-03-06T09:00:00.400Z', provisional: false, status: 'open' }];

vi.mock('../../../shared/domain/complaint-deadlines', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../shared/domain/complaint-deadlines')>()),
  computeDeadlines: () => stages,
}));
const markBreached = vi.fn(async (): Promise<string[] | undefined> => ['route']);
vi.mock('../../../shared/data/complaints-repository', () => ({
  getComplaint: async () => aCase(),
  listEvents: async () => [{ type: 'received', at: '2026-03-06T03:00:00.400Z' }],
  markBreached: (...args: unknown[]) => markBreached(...(args as [])),
  appendEvent: async () => undefined,
  listTopics: async () => [],
}));
vi.mock('../../../shared/data/sla-timers-repository', () => ({ markProvisional: async () => undefined }));
vi.mock('../../../shared/data/reference-repository', () => ({
  listCalendars: async () => [],
  readSlaPolicyItem: async () => undefined,
  getOffice: async () => ({ officeCode: 'BKK-01', email: 'bkk-01@sso.example' }),
}));
vi.mock('../../../shared/mail/outbox', () => ({ sendMail: async () => true, sendQueued: async () => undefined }));

const { checkStage, startClock } = await import('../../../shared/use-cases/complaint-sla');

function aCase(): ComplaintCase {
  return {
    complaintId: 'C-1', trackingCode: 'T-1', channel: 'web', hospitalCode: '1000001', officeCode: 'BKK-01', topic: 'service',
    description: 'x', complainant: { name: 'x' }, receivedAt: '2026-03-06T03:00:00.400Z', createdAt: '2026-03-06T03:00:00.400Z',
    createdBy: 'web', status: 'open', slaGeneration: 1, stages, breaches: [], involvedUnits: [], month: '2026-03',
  };
}
const due = { complaintId: 'C-1', generation: 1, stage: 'route', kind: 'due' as const };

beforeEach(() => markBreached.mockClear());

describe('the SLA clock at a deadline with milliseconds', () => {
  it('rounds a deadline up to the next whole second, and leaves whole seconds alone', () => {
    expect(clockInstant(DUE)).toBe('2026-03-09T03:00:01.000Z');
    expect(clockInstant('2026-03-09T03:00:00.000Z')).toBe('2026-03-09T03:00:00.000Z');
    expect(isReached(new Date('2026-03-09T03:00:01.000Z'), DUE)).toBe(true);
    expect(isReached(new Date('2026-03-09T03:00:00.999Z'), DUE)).toBe(false);
  });

  it('starts the execution with whole-second waits', async () => {
    process.env.COMPLAINT_SLA_STATE_MACHINE_ARN = 'arn:aws:states:ap-southeast-1:111111111111:stateMachine:sla';
    const sfn = mockClient(SFNClient).on(StartExecutionCommand).resolves({ executionArn: 'arn:x' });
    try {
      await startClock(aCase());
      const input = JSON.parse(sfn.commandCalls(StartExecutionCommand)[0]!.args[0].input.input!);
      expect(input.stages).toEqual([{ stage: 'route', dueAt: '2026-03-09T03:00:01.000Z', warnAt: '2026-03-06T09:00:01.000Z' }]);
    } finally {
      sfn.restore();
      delete process.env.COMPLAINT_SLA_STATE_MACHINE_ARN;
    }
  });

  it('escalates when the check runs at the whole second the clock waited for', async () => {
    await expect(checkStage(due, new Date('2026-03-09T03:00:01.000Z'))).resolves.toMatchObject({ action: 'escalated', stage: 'route' });
    expect(markBreached).toHaveBeenCalledOnce();
  });

  it('cannot lose the escalation to a check at 10:00:00.000 (a wait that dropped the milliseconds): it fails to be retried', async () => {
    await expect(checkStage(due, new Date('2026-03-09T03:00:00.000Z'))).rejects.toMatchObject({ name: 'CheckTooEarlyError' });
    expect(markBreached).not.toHaveBeenCalled();
  });

  it('answers "not yet due" without failing when the deadline is far ahead', async () => {
    await expect(checkStage(due, new Date('2026-03-09T02:00:00.000Z'))).resolves.toEqual({ action: 'none', reason: 'not-yet-due' });
  });
});
