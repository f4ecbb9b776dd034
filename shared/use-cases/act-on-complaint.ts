// Staff actions on a complaint, on a case the officer may see and act on (seeing is not acting: the
// Bureau follows every case, and acts once it is passed to it). Each appends to the event log,
// recomputes the deadlines from it, and keeps exactly one SLA execution for an open case: pause and
// close stop it, resume and a reroute replace it (a new generation, so a stale execution's checks do
// nothing).
import type { Principal } from '../auth/roles';
import { config } from '../config';
import { appendEvent, getComplaint, listEvents, saveComplaint, type ComplaintCase, type StoredEvent } from '../data/complaints-repository';
import { getOffice } from '../data/reference-repository';
import { canActOnComplaint, canSeeComplaint, SUPPORTING_UNITS } from '../domain/complaint-access';
import { ConflictError, ForbiddenError, NotFoundError, RuleError } from '../http/errors';
import { sendMail } from '../mail/outbox';
import { complainantMail, complaintReferredMail } from '../mail/templates/complaints';
import type { ComplaintAction } from '../schemas/complaints';
import { deadlinesFor, noteProvisional, startClock, stopClock, tellOfficeOfCase } from './complaint-sla';

export async function actOnComplaint(complaintId: string, a: ComplaintAction, principal: Principal, now = new Date()): Promise<ComplaintCase> {
  const c = await getComplaint(complaintId);
  if (!c) throw new NotFoundError('COMPLAINT_NOT_FOUND');
  if (!canSeeComplaint(principal, c)) throw new ForbiddenError();
  if (!canActOnComplaint(principal, c)) throw new ForbiddenError('NOT_ASSIGNED_TO_YOUR_UNIT');
  if (c.status === 'closed') throw new ConflictError('COMPLAINT_CLOSED');
  const at = now.toISOString();
  const actor = principal.userId;
  // repeating what changes nothing records nothing and mails no one (a double click, a retry)
  if (await changesNothing(c, a)) return c;
  let next: ComplaintCase = { ...c };
  let event: StoredEvent;
  let restart = false;
  let stop = false;

  switch (a.action) {
    case 'acknowledge':
      event = { type: 'acknowledged', at, actor, ...(a.note ? { note: a.note } : {}) };
      break;
    case 'note':
      event = { type: 'note', at, actor, note: a.note! };
      break;
    case 'report-to-complainant':
      event = { type: 'reported', at, actor, note: a.note! };
      break;
    case 'pause':
      if (c.status === 'paused') throw new ConflictError('ALREADY_PAUSED');
      event = { type: 'paused', at, actor, reason: a.reason! };
      next = { ...next, status: 'paused', slaGeneration: c.slaGeneration + 1 };
      stop = true;
      break;
    case 'resume':
      if (c.status !== 'paused') throw new ConflictError('NOT_PAUSED');
      event = { type: 'resumed', at, actor, ...(a.note ? { note: a.note } : {}) };
      next = { ...next, status: 'open', slaGeneration: c.slaGeneration + 1 };
      restart = true;
      break;
    case 'close':
      event = { type: 'closed', at, actor, outcome: a.outcome!, ...(a.note ? { note: a.note } : {}) };
      next = { ...next, status: 'closed', outcome: a.outcome!, closedAt: at, slaGeneration: c.slaGeneration + 1 };
      stop = true;
      break;
    case 'escalate': {
      const to = a.to!;
      if ((SUPPORTING_UNITS as readonly string[]).includes(to)) {
        // bring in the Legal Division or the Medical Services Bureau: they see and act on the case
        event = { type: 'escalated', at, actor, to, reason: a.reason! };
        next = { ...next, involvedUnits: [...new Set([...c.involvedUnits, to])] };
        break;
      }
      if (!principal.roles.includes('info-center') && !principal.roles.includes('admin')) throw new ForbiddenError('REROUTE_INFO_CENTER_ONLY');
      if (!(await getOffice(to))) throw new RuleError('UNKNOWN_OFFICE', 'to');
      event = { type: 'rerouted', at, actor, to, reason: a.reason! };
      next = { ...next, officeCode: to };
      break;
    }
  }

  const events = [...(await listEvents(c)), event];
  next.stages = await deadlinesFor(events);
  if (stop || restart) delete next.executionArn;
  // the conditional write decides a race between two officers; only the winner touches the clock
  if (!(await saveComplaint(next, { slaGeneration: c.slaGeneration, status: c.status }))) throw new ConflictError();
  await appendEvent(c.complaintId, event);
  if (stop || restart) await stopClock(c, `${a.action} by ${actor}`);
  if (restart) {
    const executionArn = await startClock(next);
    if (executionArn) {
      next.executionArn = executionArn;
      await saveComplaint(next, { slaGeneration: next.slaGeneration, status: next.status });
    }
  }
  await noteProvisional(next, c);

  // the unit or office a case was passed to hears of it
  if (event.type === 'rerouted') await tellOfficeOfCase(next);
  if (event.type === 'escalated') {
    const unit = event.to as 'LEGAL' | 'MSB';
    await sendMail({
      id: `complaint-referred#${c.complaintId}#${unit}`,
      kind: 'complaint-referred',
      to: [unit === 'LEGAL' ? config().LEGAL_MAILBOX : config().MEDICAL_BUREAU_MAILBOX],
      ...complaintReferredMail(next, unit, event.reason!, `${config().SITE_URL}/#/staff/complaints/${c.complaintId}`),
    });
  }

  const mailKind = a.action === 'acknowledge' ? 'acknowledged' : a.action === 'report-to-complainant' ? 'reported' : a.action === 'close' ? 'closed' : undefined;
  if (mailKind && c.complainant.email) {
    await sendMail({
      id: `complaint-${mailKind}#${c.complaintId}#${at}`,
      kind: `complaint-${mailKind}`,
      to: [c.complainant.email],
      ...complainantMail(next, mailKind, `${config().SITE_URL}/#/complaints/track/${c.trackingCode}`, a.note),
    });
  }
  return next;
}

/**
 * An action that would add nothing: acknowledging an acknowledged case, bringing in a unit already
 * involved, rerouting to the office that already has the case.
 */
async function changesNothing(c: ComplaintCase, a: ComplaintAction): Promise<boolean> {
  if (a.action === 'acknowledge') return (await listEvents(c)).some((e) => e.type === 'acknowledged');
  if (a.action === 'escalate' && a.to) return c.involvedUnits.includes(a.to) || c.officeCode === a.to;
  return false;
}
