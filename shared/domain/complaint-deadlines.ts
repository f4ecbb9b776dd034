// Complaint SLA policy and the deadline function: stage deadlines as a pure function of event log, policy and calendar.
import * as z from 'zod/mini';
import type { CalendarSet } from './holiday-calendar';
import {
  addCalendarDaysDeadline,
  addWorkingMinutes,
  measureWorkingTime,
  subtractWorkingMinutes,
  WORKING_DAY_MINUTES,
  type WorkingInstant,
} from './working-time';

export type SlaStage = 'route' | 'acknowledge' | 'report-back';

export const SLA_STAGES = ['route', 'acknowledge', 'report-back'] as const satisfies readonly SlaStage[];

export interface SlaStagePolicy {
  stage: SlaStage;
  target: { unit: 'working-days' | 'days'; amount: number };
  warnBefore: { unit: 'working-days'; amount: number };
}

export interface SlaPolicy {
  stages: SlaStagePolicy[];
}

/** Validates a policy stored as data: known stages, each once, positive targets. */
export const slaPolicySchema = z
  .object({
    stages: z.array(
      z
        .object({
          stage: z.enum(SLA_STAGES),
          target: z.object({ unit: z.enum(['working-days', 'days']), amount: z.number().check(z.gt(0)) }),
          warnBefore: z.object({ unit: z.literal('working-days'), amount: z.number().check(z.gte(0)) }),
        })
        // A target in calendar days ends at 16:30 of a whole day; a fraction has no meaning.
        .check(
          z.refine((s) => s.target.unit !== 'days' || Number.isInteger(s.target.amount), {
            message: 'SLA_DAYS_WHOLE_NUMBER',
            path: ['target', 'amount'],
          }),
        ),
    ),
  })
  .check(
    z.refine((p) => new Set(p.stages.map((s) => s.stage)).size === p.stages.length, {
      message: 'SLA_STAGE_TWICE',
      path: ['stages'],
    }),
  ) satisfies z.ZodMiniType<SlaPolicy>;

/**
 * Defaults: forwarded to the office within 1 working day, complainant contacted
 * within 3 working days, told the outcome within 15 days (the good-governance rule for
 * replying to complaints); each reminded one working day before its target.
 */
export const DEFAULT_SLA_POLICY: SlaPolicy = {
  stages: [
    { stage: 'route', target: { unit: 'working-days', amount: 1 }, warnBefore: { unit: 'working-days', amount: 1 } },
    { stage: 'acknowledge', target: { unit: 'working-days', amount: 3 }, warnBefore: { unit: 'working-days', amount: 1 } },
    { stage: 'report-back', target: { unit: 'days', amount: 15 }, warnBefore: { unit: 'working-days', amount: 1 } },
  ],
};

export type ComplaintEventType = 'received' | 'routed' | 'acknowledged' | 'reported' | 'paused' | 'resumed' | 'closed';

export interface ComplaintEvent {
  type: ComplaintEventType;
  at: string; // ISO instant
}

export type StageStatus = 'open' | 'done' | 'paused' | 'cancelled';

export interface StageDeadline {
  stage: SlaStage;
  dueAt: string;
  warnAt: string;
  provisional: boolean;
  status: StageStatus;
  doneAt?: string;
}

/** The event log cannot give deadlines (no receipt, or an unreadable time). */
export class ComplaintLogError extends Error {
  override readonly name = 'ComplaintLogError';
}

const COMPLETED_BY: Record<SlaStage, ComplaintEventType> = {
  route: 'routed',
  acknowledge: 'acknowledged',
  'report-back': 'reported',
};

interface PauseInterval {
  start: number;
  end?: number; // absent while the complaint is still paused
}

/**
 * Stage deadlines for one complaint. Every target counts from `receivedAt`, the first
 * 'received' event; events before it, and after the first 'closed', are ignored.
 *
 * Pause rule: a pause stops a stage's clock only if the clock is still running when the
 * pause starts, i.e. the stage is not done, the case is not closed, and the stage's deadline
 * (as extended by earlier pauses) has not yet passed; a clock that has run out cannot be
 * revived by pausing. A pause that ends after the stage was done or closed counts only up
 * to that moment. The deadline then moves by the time spent paused:
 * - working-days targets: by the working time between pause and resume, which is the same
 *   as "resume with the working time that was left";
 * - days targets: by the exact time spent paused, after which the "that day (or the next working
 *   day) at 16:30" rule is applied again; so a short pause moves the deadline only if it carries
 *   the count past midnight, and pausing and resuming at once gains nothing.
 * While a pause is still open the stage is 'paused' and `dueAt` is the deadline as if it
 * resumed at once, a lower bound; it is recomputed from the log when 'resumed' arrives.
 * Repeated 'paused' while already paused, and 'resumed' while running, are ignored.
 */
export function computeDeadlines(events: ComplaintEvent[], policy: SlaPolicy, cal: CalendarSet): StageDeadline[] {
  const log = events
    .map((event, index) => ({ type: event.type, at: parseInstant(event), index }))
    .sort((a, b) => a.at - b.at || a.index - b.index);

  const received = log.find((e) => e.type === 'received');
  if (!received) throw new ComplaintLogError('The event log has no "received" event');
  const receivedAt = received.at;

  const relevant: typeof log = [];
  for (const event of log) {
    if (event.at < receivedAt || event === received) continue;
    relevant.push(event);
    if (event.type === 'closed') break;
  }
  const closedAt = relevant.find((e) => e.type === 'closed')?.at;

  const pauses: PauseInterval[] = [];
  for (const event of relevant) {
    const current = pauses.at(-1);
    const paused = current !== undefined && current.end === undefined;
    if (event.type === 'paused' && !paused) pauses.push({ start: event.at });
    if (event.type === 'resumed' && paused) current.end = event.at;
  }

  return policy.stages.map((stagePolicy) => {
    const doneAt = relevant.find((e) => e.type === COMPLETED_BY[stagePolicy.stage])?.at;
    // The moment this stage's clock stops for good.
    const stopAt = doneAt ?? closedAt;

    let pausedWorkingMinutes = 0;
    let pausedMs = 0;
    let provisional = false;
    let pausedNow = false;
    const due = (): WorkingInstant =>
      stagePolicy.target.unit === 'working-days'
        ? addWorkingMinutes(new Date(receivedAt), stagePolicy.target.amount * WORKING_DAY_MINUTES + pausedWorkingMinutes, cal)
        : addCalendarDaysDeadline(new Date(receivedAt + pausedMs), stagePolicy.target.amount, cal);

    let deadline = due();
    for (const pause of pauses) {
      if (stopAt !== undefined && pause.start >= stopAt) break;
      if (pause.start >= deadline.at.getTime()) break;
      const end = pause.end === undefined ? stopAt : Math.min(pause.end, stopAt ?? pause.end);
      if (end === undefined) {
        pausedNow = true;
        break;
      }
      const spent = measureWorkingTime(new Date(pause.start), new Date(end), cal);
      provisional ||= spent.provisional;
      pausedWorkingMinutes += spent.minutes;
      pausedMs += end - pause.start;
      deadline = due();
    }

    const warn = subtractWorkingMinutes(deadline.at, stagePolicy.warnBefore.amount * WORKING_DAY_MINUTES, cal);
    // A warning before the complaint even arrived would be meaningless: it fires on receipt.
    const warnAt = Math.max(warn.at.getTime(), receivedAt);

    const status: StageStatus =
      doneAt !== undefined ? 'done' : closedAt !== undefined ? 'cancelled' : pausedNow ? 'paused' : 'open';
    const result: StageDeadline = {
      stage: stagePolicy.stage,
      dueAt: deadline.at.toISOString(),
      warnAt: new Date(warnAt).toISOString(),
      provisional: provisional || deadline.provisional || warn.provisional,
      status,
    };
    if (doneAt !== undefined) result.doneAt = new Date(doneAt).toISOString();
    return result;
  });
}

function parseInstant(event: ComplaintEvent): number {
  const ms = Date.parse(event.at);
  if (Number.isNaN(ms)) throw new ComplaintLogError(`Event "${event.type}" has an unreadable time: ${event.at}`);
  return ms;
}

/**
 * A deadline as the SLA clock waits for it: rounded up to the next whole second. Step Functions'
 * Wait-until-timestamp drops milliseconds, so a wait for 10:00:00.400 ends at 10:00:00.000, before
 * the deadline; waiting for 10:00:01 (and judging "due" by the same rounding) can never be early.
 */
export function clockInstant(iso: string): string {
  const ms = Date.parse(iso);
  return new Date(Math.ceil(ms / 1000) * 1000).toISOString();
}

/** Is a deadline reached at `now`? Inclusive, judged at the whole second the clock waits for. */
export function isReached(now: Date, deadlineIso: string): boolean {
  return now.getTime() >= Date.parse(clockInstant(deadlineIso));
}
