// The complaint SLA clock: deadlines from the event log (pure rule), one Step Functions execution
// per open complaint (started, stopped and replaced here), and the checks its tasks run.
import { StartExecutionCommand, StopExecutionCommand } from '@aws-sdk/client-sfn';
import { sfn } from '../aws/sfn';
import { config } from '../config';
import { appendEvent, getComplaint, listEvents, listTopics, markBreached, type ComplaintCase, type StoredEvent } from '../data/complaints-repository';
import { markProvisional } from '../data/sla-timers-repository';
import { getOffice, listCalendars, readSlaPolicyItem } from '../data/reference-repository';
import { warmCache } from '../data/warm-cache';
import { clockInstant, computeDeadlines, DEFAULT_SLA_POLICY, isReached, slaPolicySchema, type ComplaintEvent, type SlaPolicy, type StageDeadline } from '../domain/complaint-deadlines';
import { CalendarSet } from '../domain/holiday-calendar';
import { logger } from '../logger';
import { sendMail, sendQueued } from '../mail/outbox';
import { calendarMissingMail, newComplaintMail, slaEscalationMail, slaReminderMail } from '../mail/templates/complaints';
import { officeWithoutMailboxMail } from '../mail/templates/offices';
import { CENTRAL_UNIT_MAILBOX } from '../domain/complaint-access';
import { METRIC } from '../metric-names';
import { metrics, MetricUnit } from '../metrics';

const SLA_EVENT_TYPES = new Set<ComplaintEvent['type']>(['received', 'routed', 'acknowledged', 'reported', 'paused', 'resumed', 'closed']);

const KEEP_MS = 60_000;

const policies = warmCache(KEEP_MS, async () => {
  const stored = await readSlaPolicyItem();
  return stored ? slaPolicySchema.parse(stored) : DEFAULT_SLA_POLICY;
});

/** The SLA policy (data), kept for a minute per warm function: it changes rarely. */
export async function slaPolicy(now = Date.now()): Promise<SlaPolicy> {
  return (await policies.get('current', now))!;
}

const calendarSets = warmCache(KEEP_MS, async () => new CalendarSet(await listCalendars()));

/** The official calendars, kept for a minute per warm function (they change a few times a year). */
export async function calendars(options: { fresh?: boolean } = {}, now = Date.now()): Promise<CalendarSet> {
  if (options.fresh) calendarSets.forget();
  return (await calendarSets.get('all', now))!;
}

/** Drops the kept SLA policy (after an admin changed it). */
export function forgetSlaPolicy(): void {
  policies.forget();
}

/** Drops the kept calendars (after an admin loaded or corrected one). */
export function forgetCalendars(): void {
  calendarSets.forget();
}

export async function deadlinesFor(events: Array<Pick<StoredEvent, 'type' | 'at'>>): Promise<StageDeadline[]> {
  const sla = events.filter((e): e is ComplaintEvent => SLA_EVENT_TYPES.has(e.type as ComplaintEvent['type'])).map(({ type, at }) => ({ type, at }));
  const [policy, cal] = await Promise.all([slaPolicy(), calendars()]);
  const stages = computeDeadlines(sla, policy, cal);
  // a provisional answer may come from a kept list older than a just-loaded year: ask again, fresh
  return stages.some((s) => s.provisional) ? computeDeadlines(sla, policy, await calendars({ fresh: true })) : stages;
}

/** Starts the execution of a case's current generation, for the stages still open. */
export async function startClock(c: ComplaintCase): Promise<string | undefined> {
  const open = c.stages.filter((s) => s.status === 'open');
  const arn = config().COMPLAINT_SLA_STATE_MACHINE_ARN;
  if (open.length === 0 || !arn) return undefined;
  const { executionArn } = await sfn.send(
    new StartExecutionCommand({
      stateMachineArn: arn,
      // same name for the same generation: a retried start is answered with the same execution
      name: `${c.complaintId}-g${c.slaGeneration}`,
      input: JSON.stringify({
        complaintId: c.complaintId,
        generation: c.slaGeneration,
        // whole seconds: a Wait-until-timestamp drops milliseconds and would end before the deadline
        stages: open.map(({ stage, warnAt, dueAt }) => ({ stage, warnAt: clockInstant(warnAt), dueAt: clockInstant(dueAt) })),
      }),
    }),
  );
  return executionArn;
}

/** The ARN of a case's execution for its current generation (its name is deterministic). */
export function executionArnOf(c: Pick<ComplaintCase, 'complaintId' | 'slaGeneration' | 'executionArn'>): string | undefined {
  const machine = config().COMPLAINT_SLA_STATE_MACHINE_ARN;
  return c.executionArn ?? (machine ? `${machine.replace(':stateMachine:', ':execution:')}:${c.complaintId}-g${c.slaGeneration}` : undefined);
}

export async function stopClock(c: ComplaintCase, cause: string): Promise<void> {
  const executionArn = executionArnOf(c);
  if (!executionArn) return;
  try {
    await sfn.send(new StopExecutionCommand({ executionArn, cause }));
  } catch (error) {
    // already finished or stopped: nothing is left running, which is what we want
    if ((error as { name?: string }).name !== 'ExecutionDoesNotExist') throw error;
  }
}

/** Whether some of a case's deadlines reach into a year with no holiday list (so may move when it is loaded). */
export const isProvisional = (c: Pick<ComplaintCase, 'stages'>) => c.stages.some((s) => s.provisional && s.status !== 'cancelled');

/** Marks a case whose deadlines reach into a year with no holiday list, and tells the admins once. */
export async function noteProvisional(c: ComplaintCase, before?: ComplaintCase): Promise<void> {
  const provisional = isProvisional(c);
  const wasProvisional = !!before?.stages.some((s) => s.provisional);
  // a new case that is not provisional has no marker to clear: no write at all
  if (provisional || wasProvisional) await markProvisional(c.complaintId, provisional);
  if (provisional) await tellAdminsOfMissingCalendars(c);
}

/** The idempotency key of a case's receipt to the complainant (queued when it is filed). */
export const receiptMailId = (complaintId: string) => `complaint-receipt#${complaintId}`;

/** What follows a filing, off its request path: the complainant's receipt and the admins' notice of a missing holiday list. */
export async function followUpFiling(c: ComplaintCase): Promise<void> {
  if (c.complainant.email) await sendQueued(receiptMailId(c.complaintId));
  if (isProvisional(c)) await tellAdminsOfMissingCalendars(c);
}

/** Tells the admins, once per set of years, that deadlines reach into years with no holiday list. */
async function tellAdminsOfMissingCalendars(c: ComplaintCase): Promise<void> {
  const cal = await calendars();
  const years = [...new Set(c.stages.filter((s) => s.provisional).flatMap((s) => [new Date(s.dueAt).getUTCFullYear()]))].filter((y) => !cal.isLoaded(y));
  if (years.length === 0) return;
  const { ADMIN_MAILBOX, SITE_URL } = config();
  await sendMail({ id: `calendar-missing#${years.join('-')}`, kind: 'calendar-missing', to: [ADMIN_MAILBOX], ...calendarMissingMail(years, `${SITE_URL}/#/staff/calendar`) });
}

/**
 * Where an office's mail goes: the address in the registry; for the central units (Information
 * Center, Medical Services Bureau, Legal Division) their deploy-time staff mailbox when the record
 * has none; undefined while an office has no address at all.
 */
export async function officeMailbox(officeCode: string): Promise<string | undefined> {
  const own = (await getOffice(officeCode))?.email;
  if (own) return own;
  const unit = CENTRAL_UNIT_MAILBOX[officeCode as keyof typeof CENTRAL_UNIT_MAILBOX];
  return unit ? config()[unit] : undefined;
}

/**
 * A case whose office has no mailbox (yet): the case still stands and its clock runs; its timeline
 * says the office was not told, and the admins get one mail per case and office to set the address.
 */
export async function noteOfficeWithoutMailbox(c: ComplaintCase, now = new Date()): Promise<void> {
  const office = await getOffice(c.officeCode);
  const { ADMIN_MAILBOX, SITE_URL } = config();
  const sent = await sendMail({
    id: `office-no-mailbox#${c.complaintId}#${c.officeCode}`,
    kind: 'office-no-mailbox',
    to: [ADMIN_MAILBOX],
    ...officeWithoutMailboxMail(office ?? { officeCode: c.officeCode }, c.trackingCode, `${SITE_URL}/#/staff/complaints/${c.complaintId}`),
  });
  if (sent) await appendEvent(c.complaintId, { type: 'office-not-notified', at: now.toISOString(), actor: 'sla-clock', to: c.officeCode, reason: 'no-mailbox' });
  logger.warn('office has no mailbox', { complaintId: c.complaintId, officeCode: c.officeCode });
}

/**
 * The first task of a case's clock: send what the filing queued (the complainant's receipt), then
 * tell the responsible office it has a new case. Once per case and office (the outbox key), however
 * often the clock restarts; a reroute tells the new office.
 */
export async function announceCase(input: { complaintId: string }): Promise<{ action: 'announced' | 'none'; to?: string }> {
  const c = await getComplaint(input.complaintId);
  followCase(c);
  if (!c) return { action: 'none' };
  await followUpFiling(c);
  if (c.status === 'closed') return { action: 'none' };
  await tellOfficeOfCase(c);
  return { action: 'announced', to: c.officeCode };
}

/** The mail that puts a case in front of its office; keyed by case and office, so sent once each. */
export async function tellOfficeOfCase(c: ComplaintCase): Promise<void> {
  const to = await officeMailbox(c.officeCode);
  if (!to) return noteOfficeWithoutMailbox(c);
  const topic = (await listTopics()).find((t) => t.code === c.topic);
  await sendMail({
    id: `complaint-new#${c.complaintId}#${c.officeCode}`,
    kind: 'complaint-new',
    to: [to],
    ...newComplaintMail(c, topic, `${config().SITE_URL}/#/staff/complaints/${c.complaintId}`),
  });
}

/** How close to its deadline an early "due" check fails so the task's retry comes back after it. */
const EARLY_CHECK_RETRY_MS = 60_000;

/** A "due" check that ran just before its deadline; Step Functions retries the task. */
export class CheckTooEarlyError extends Error {
  override readonly name = 'CheckTooEarlyError';
  constructor(stage: string, dueAt: string) {
    super(`Stage ${stage} is due at ${dueAt}; checked early, to be retried`);
  }
}

export type CheckResult = { action: 'none'; reason: string } | { action: 'reminded' | 'escalated'; stage: string; level?: number };

/**
 * The Step Functions task: at a stage's warning time remind the office, at its target mark it
 * breached and escalate, each only if the stage is still open. Idempotent: a retried task sends
 * nothing twice (mail keys, a conditional breach mark).
 */
export async function checkStage(input: { complaintId: string; generation: number; stage: string; kind: 'warn' | 'due' }, now = new Date()): Promise<CheckResult> {
  const c = await getComplaint(input.complaintId);
  followCase(c);
  if (!c) return { action: 'none', reason: 'unknown-complaint' };
  if (c.slaGeneration !== input.generation) return { action: 'none', reason: 'stale-execution' };
  if (c.status !== 'open') return { action: 'none', reason: `complaint-${c.status}` };
  const stage = (await deadlinesFor(await listEvents(c))).find((s) => s.stage === input.stage);
  if (!stage || stage.status !== 'open') return { action: 'none', reason: 'stage-done' };
  const stageName = stage.stage;
  const caseUrl = `${config().SITE_URL}/#/staff/complaints/${c.complaintId}`;

  if (input.kind === 'warn') {
    // a case entered after this stage was already due (a late letter) gets the escalation, not a "due soon"
    if (isReached(now, stage.dueAt)) return { action: 'none', reason: 'already-due' };
    const office = await officeMailbox(c.officeCode);
    if (!office) {
      await noteOfficeWithoutMailbox(c, now);
      return { action: 'none', reason: 'office-has-no-mailbox' };
    }
    const sent = await sendMail({
      id: `sla-remind#${c.complaintId}#${stageName}#g${c.slaGeneration}`,
      kind: 'sla-reminder',
      to: [office],
      ...slaReminderMail(c, stageName, stage.dueAt, caseUrl),
    });
    if (sent) await appendEvent(c.complaintId, { type: 'reminded', at: now.toISOString(), actor: 'sla-clock', stage: stageName });
    return { action: 'reminded', stage: stageName };
  }

  if (!isReached(now, stage.dueAt)) {
    // Woken before the deadline (an execution started before waits were whole seconds, or a clock
    // that runs early): fail the task so its retry (5 s, then longer) checks again, instead of
    // answering "not yet" and losing the escalation. A deadline far ahead is a genuinely early call.
    if (Date.parse(clockInstant(stage.dueAt)) - now.getTime() <= EARLY_CHECK_RETRY_MS) throw new CheckTooEarlyError(stageName, stage.dueAt);
    return { action: 'none', reason: 'not-yet-due' };
  }
  const breaches = await markBreached(c.complaintId, stageName);
  if (!breaches) return { action: 'none', reason: 'already-escalated' };
  metrics.addMetric(METRIC.slaBreached, MetricUnit.Count, 1);
  await appendEvent(c.complaintId, { type: 'breached', at: now.toISOString(), actor: 'sla-clock', stage: stageName });
  // escalation ladder: office head, then also the Information Center, then also the Medical Services Bureau
  // (the level comes from the write itself, so stages breaching at once still climb the ladder)
  const level = Math.min(3, breaches.length);
  const { INFO_CENTER_MAILBOX, MEDICAL_BUREAU_MAILBOX } = config();
  const office = await officeMailbox(c.officeCode);
  if (!office) await noteOfficeWithoutMailbox(c, now);
  // an office without a mailbox: its first escalation goes to the Information Center, which follows every case
  const to = [...new Set([office ?? INFO_CENTER_MAILBOX, ...(level >= 2 ? [INFO_CENTER_MAILBOX] : []), ...(level >= 3 ? [MEDICAL_BUREAU_MAILBOX] : [])])];
  await sendMail({
    id: `sla-escalate#${c.complaintId}#${stageName}`,
    kind: 'sla-escalation',
    to,
    ...slaEscalationMail(c, stageName, stage.dueAt, level, caseUrl),
  });
  // `level` is a key the logger reserves
  logger.info('sla breached', { complaintId: c.complaintId, stage: stageName, escalationLevel: level });
  return { action: 'escalated', stage: stageName, level };
}

/** The workflow's logs carry the correlation id of the request that filed the case. */
function followCase(c: ComplaintCase | undefined): void {
  if (c?.correlationId) logger.setCorrelationId(c.correlationId);
}
