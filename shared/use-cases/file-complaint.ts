// Filing a complaint from any channel, as a numbered course:
//  1. the hospital (named by its 7-digit code or its hcode) and topic must exist; only staff enter
//     non-web channels, with the time received;
//  2. the case goes to the office responsible for the hospital (registry officeCode);
//  3. deadlines come from the event log, the SLA policy and the official calendar;
//  4. one write commits the case (its id derived from its tracking code, its intake events inside),
//     the marker of provisional deadlines and the complainant's receipt, queued; then its SLA clock
//     starts (whose checks read the case, so it must exist first); if the clock cannot start, the
//     same items are taken back, so a fault leaves no case without a clock;
//  5. the clock's first task sends the receipt and tells the admins of a year with no holiday list
//     (off the request path); a case with no clock to start gets them at once.
import type { Principal } from '../auth/roles';
import { hasAnyRole } from '../auth/roles';
import { deleteComplaintWrite, listTopics, newComplaintWrite, type ComplaintCase } from '../data/complaints-repository';
import { deleteProvisionalMarkerWrite, provisionalMarkerWrite } from '../data/sla-timers-repository';
import { writeTogether } from '../data/transaction';
import { COMPLAINT_STAFF_ROLES } from '../domain/complaint-access';
import { routeComplaint } from '../domain/complaint-routing';
import { BadInputError, ForbiddenError, RuleError, UnauthenticatedError } from '../http/errors';
import { complaintIdOf, randomCode } from '../ids';
import type * as z from 'zod/mini';
import type { complaintBody } from '../schemas/complaints';
import { bangkokDate } from '../time/bangkok';
import { deadlinesFor, executionArnOf, followUpFiling, isProvisional, receiptMailId, startClock } from './complaint-sla';
import { resolveHospital } from './resolve-hospital';
import { correlationIdNow } from '../logger';
import { METRIC } from '../metric-names';
import { metrics, MetricUnit } from '../metrics';
import { complaintReceiptMail } from '../mail/templates/complaints';
import { queueMail, unqueueMail } from '../mail/outbox';
import { getOffice } from '../data/reference-repository';
import { config } from '../config';

const CLOCK_SKEW_MS = 60_000;
/** How far back staff may date a complaint they enter (docs/decisions.md). */
export const MAX_BACKDATE_DAYS = 60;

export async function fileComplaint(input: z.output<typeof complaintBody>, principal: Principal | undefined, now = new Date()) {
  const isStaff = !!principal && hasAnyRole(principal, COMPLAINT_STAFF_ROLES);
  // hotline, e-mail, letter and walk-in complaints are entered by staff: sign in first
  if (input.channel !== 'web' && !isStaff) throw principal ? new ForbiddenError('CHANNEL_NEEDS_STAFF') : new UnauthenticatedError('CHANNEL_NEEDS_STAFF');
  // web complaints are received when they arrive; staff give the time a call, letter or visit came in
  const receivedAt = input.channel !== 'web' && input.receivedAt ? new Date(input.receivedAt) : now;
  if (receivedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) throw new BadInputError('RECEIVED_IN_FUTURE', 'receivedAt');
  // a case entered long after it came in would start escalations nobody can now meet
  if (now.getTime() - receivedAt.getTime() > MAX_BACKDATE_DAYS * 86400_000) throw new BadInputError('RECEIVED_TOO_LONG_AGO', 'receivedAt');

  const [hospital, topics] = await Promise.all([resolveHospital(input.hospitalCode), listTopics()]);
  if (!hospital) throw new RuleError('UNKNOWN_HOSPITAL', 'hospitalCode');
  if (!topics.some((t) => t.code === input.topic)) throw new RuleError('UNKNOWN_TOPIC', 'topic');
  const { officeCode } = routeComplaint(hospital);

  const events = [
    { type: 'received' as const, at: receivedAt.toISOString(), actor: principal?.userId ?? 'public' },
    { type: 'routed' as const, at: now.toISOString(), actor: 'system', to: officeCode },
  ];
  const trackingCode = `${randomCode(5)}-${randomCode(5)}`;
  const complaintId = complaintIdOf(trackingCode);
  const c: ComplaintCase = {
    complaintId,
    trackingCode,
    channel: input.channel,
    hospitalCode: hospital.code,
    officeCode,
    topic: input.topic,
    description: input.description,
    complainant: input.complainant,
    receivedAt: receivedAt.toISOString(),
    createdAt: now.toISOString(),
    createdBy: principal?.userId ?? 'public',
    status: 'open',
    slaGeneration: 1,
    stages: await deadlinesFor(events),
    breaches: [],
    involvedUnits: [],
    month: bangkokDate(receivedAt).slice(0, 7),
    intake: events,
    // the filing request's id: the case's workflow and mail log with it
    ...(correlationIdNow() ? { correlationId: correlationIdNow() } : {}),
  };
  // the execution's name (so its ARN) is known before it starts: one write of the case
  const executionArn = c.stages.some((s) => s.status === 'open') ? executionArnOf(c) : undefined;
  const provisional = isProvisional(c);
  const receipt = c.complainant.email ? await receiptMail(c, c.complainant.email, now) : undefined;
  await writeTogether([
    newComplaintWrite({ ...c, ...(executionArn ? { executionArn } : {}) }),
    ...(provisional ? [provisionalMarkerWrite(complaintId)] : []),
    ...(receipt ? [receipt] : []),
  ]);
  let clock: string | undefined;
  try {
    clock = await startClock(c);
  } catch (error) {
    await writeTogether([deleteComplaintWrite(complaintId), ...(provisional ? [deleteProvisionalMarkerWrite(complaintId)] : []), ...(receipt ? [unqueueMail(receiptMailId(complaintId))] : [])]);
    throw error;
  }
  // no clock, so no first task to send the receipt and the notice: now
  if (!clock) await followUpFiling(c);
  metrics.addMetric(METRIC.complaintFiled, MetricUnit.Count, 1);
  return {
    complaintId,
    trackingCode,
    // the registry's 7-digit code, whether the complainant named it so or by its hcode
    hospitalCode: hospital.code,
    officeCode,
    deadlines: c.stages.map(({ stage, dueAt, provisional, status }) => ({ stage, dueAt, provisional, status })),
  };
}

/**
 * The complainant's receipt, queued (when they gave an address): tracking code, the office, the
 * report-back deadline. The clock's first task sends it, not the table's stream: a clock that cannot
 * start takes the case back, and its receipt must not have gone out.
 */
async function receiptMail(c: ComplaintCase, to: string, now: Date) {
  const office = await getOffice(c.officeCode);
  const reportBack = c.stages.find((s) => s.stage === 'report-back');
  return queueMail({
    id: receiptMailId(c.complaintId),
    kind: 'complaint-receipt',
    to: [to],
    ...complaintReceiptMail(c, { th: office?.nameTh ?? c.officeCode, en: office?.nameEn ?? c.officeCode }, reportBack?.dueAt, `${config().SITE_URL}/#/complaints/track/${c.trackingCode}`),
  }, now, { firstSend: 'caller' });
}
