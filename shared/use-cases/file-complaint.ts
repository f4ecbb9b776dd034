// Filing a complaint from any channel, as a numbered course:
//  1. the hospital (named by its 7-digit code or its hcode) and topic must exist; only staff enter
//     non-web channels, with the time received;
//  2. the case goes to the office responsible for the hospital (registry officeCode);
//  3. deadlines come from the event log, the SLA policy and the official calendar;
//  4. the tracking code comes first, then the case item with its intake events (one write), then
//     its SLA clock (whose checks read the case, so it must exist first); if the clock cannot start,
//     the case is taken back, so a fault leaves no case without a clock (an orphan tracking code
//     finds nothing);
//  5. a deadline in a year with no holiday list is provisional and the admins are told.
import type { Principal } from '../auth/roles';
import { hasAnyRole } from '../auth/roles';
import { createComplaint, deleteComplaint, listTopics, reserveTrackingCode, type ComplaintCase } from '../data/complaints-repository';
import { COMPLAINT_STAFF_ROLES } from '../domain/complaint-access';
import { routeComplaint } from '../domain/complaint-routing';
import { BadInputError, ForbiddenError, RuleError, UnauthenticatedError } from '../http/errors';
import { randomCode } from '../ids';
import type { z } from 'zod';
import type { complaintBody } from '../schemas/complaints';
import { bangkokDate } from '../time/bangkok';
import { deadlinesFor, executionArnOf, noteProvisional, startClock } from './complaint-sla';
import { resolveHospital } from './resolve-hospital';
import { correlationIdNow } from '../logger';
import { METRIC } from '../metric-names';
import { metrics, MetricUnit } from '../metrics';
import { complaintReceiptMail } from '../mail/templates/complaints';
import { sendMail } from '../mail/outbox';
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
  const complaintId = `C-${randomCode(12)}`;
  const trackingCode = `${randomCode(5)}-${randomCode(5)}`;
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
  await reserveTrackingCode(trackingCode, complaintId);
  // the execution's name (so its ARN) is known before it starts: one write of the case
  const executionArn = c.stages.some((s) => s.status === 'open') ? executionArnOf(c) : undefined;
  await createComplaint({ ...c, ...(executionArn ? { executionArn } : {}) });
  try {
    await startClock(c);
  } catch (error) {
    await deleteComplaint(complaintId);
    throw error;
  }
  await noteProvisional(c);
  metrics.addMetric(METRIC.complaintFiled, MetricUnit.Count, 1);
  if (c.complainant.email) await mailReceipt(c);
  return {
    complaintId,
    trackingCode,
    // the registry's 7-digit code, whether the complainant named it so or by its hcode
    hospitalCode: hospital.code,
    officeCode,
    deadlines: c.stages.map(({ stage, dueAt, provisional, status }) => ({ stage, dueAt, provisional, status })),
  };
}

/** The complainant's receipt, when they gave an address: tracking code, the office, the report-back deadline. */
async function mailReceipt(c: ComplaintCase): Promise<void> {
  const office = await getOffice(c.officeCode);
  const reportBack = c.stages.find((s) => s.stage === 'report-back');
  await sendMail({
    id: `complaint-receipt#${c.complaintId}`,
    kind: 'complaint-receipt',
    to: [c.complainant.email!],
    ...complaintReceiptMail(c, { th: office?.nameTh ?? c.officeCode, en: office?.nameEn ?? c.officeCode }, reportBack?.dueAt, `${config().SITE_URL}/#/complaints/track/${c.trackingCode}`),
  });
}
