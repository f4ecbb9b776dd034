// What staff read of complaints: an office's queue (an area office sees its own office only) and one
// case with its timeline and each stage's SLA state. Public tracking is track-complaint.ts.
import type { Principal } from '../auth/roles';
import { getComplaint, listByOffice, listEvents, type ComplaintCase, type ComplaintStatus } from '../data/complaints-repository';
import { listOffices } from '../data/reference-repository';
import { canSeeComplaint, officeScope } from '../domain/complaint-access';
import { ForbiddenError, NotFoundError } from '../http/errors';
import { resolveHospital } from './resolve-hospital';

export interface QueueFilter {
  officeCode?: string | undefined;
  status?: ComplaintStatus | undefined;
  /** The 7-digit code or the hcode. */
  hospitalCode?: string | undefined;
}

/** One row of GET /api/complaints (functions/complaints/list-complaints.ts): a queue's facts, the complainant's name masked. */
export type QueueItemView = Pick<ComplaintCase, 'complaintId' | 'trackingCode' | 'channel' | 'hospitalCode' | 'officeCode' | 'topic' | 'status' | 'receivedAt' | 'stages' | 'breaches'> & { complainant: string };

/** The cases the principal may see, newest first, narrowed by office, status and hospital. */
export async function complaintQueue(filter: QueueFilter, principal: Principal): Promise<ComplaintCase[]> {
  const scope = officeScope(principal);
  if (scope !== undefined && scope !== 'none' && filter.officeCode && filter.officeCode !== scope) throw new ForbiddenError();
  const allOffices = async () => (await listOffices()).map((o) => o.officeCode);
  const offices = scope === undefined ? (filter.officeCode ? [filter.officeCode] : await allOffices()) : scope === 'none' ? await allOffices() : [scope];
  const cases = (await Promise.all(offices.map(listByOffice))).flat();
  // a hospital may be named by its hcode; cases keep the 7-digit code
  const hospitalCode = filter.hospitalCode ? ((await resolveHospital(filter.hospitalCode))?.code ?? filter.hospitalCode) : undefined;
  return cases
    .filter((c) => canSeeComplaint(principal, c))
    .filter((c) => (!filter.status || c.status === filter.status) && (!hospitalCode || c.hospitalCode === hospitalCode))
    .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
}

/** One case for staff who may see it: the case (without its intake), its timeline, each stage's SLA state. */
export async function complaintForStaff(complaintId: string, principal: Principal, now = Date.now()) {
  const c = await getComplaint(complaintId);
  if (!c) throw new NotFoundError('COMPLAINT_NOT_FOUND');
  if (!canSeeComplaint(principal, c)) throw new ForbiddenError();
  const timeline = (await listEvents(c)).sort((a, b) => a.at.localeCompare(b.at));
  const { intake: _intake, ...kase } = c;
  return {
    kase,
    timeline,
    sla: c.stages.map((s) => ({ ...s, overdue: s.status === 'open' && Date.parse(s.dueAt) < now, breached: c.breaches.includes(s.stage) })),
  };
}
