// GET /api/complaints?officeCode=&status=&hospitalCode=: queues; an area office sees its own office only.
import { complaintsRoutes } from '../../shared/http/routes/complaints';
import { listByOffice, type ComplaintCase } from '../../shared/data/complaints-repository';
import { listOffices } from '../../shared/data/reference-repository';
import { canSeeComplaint, officeScope } from '../../shared/domain/complaint-access';
import { maskName } from '../../shared/domain/contact';
import { ForbiddenError } from '../../shared/http/errors';
import { httpHandler } from '../../shared/http/http-handler';
import { resolveHospital } from '../../shared/use-cases/resolve-hospital';

export const handler = httpHandler(complaintsRoutes.listComplaints, async ({ query, principal }) => {
  const scope = officeScope(principal);
  if (scope !== undefined && scope !== 'none' && query.officeCode && query.officeCode !== scope) throw new ForbiddenError();
  const offices = scope === undefined ? (query.officeCode ? [query.officeCode] : (await listOffices()).map((o) => o.officeCode)) : scope === 'none' ? (await listOffices()).map((o) => o.officeCode) : [scope];
  const cases: ComplaintCase[] = (await Promise.all(offices.map(listByOffice))).flat();
  // a hospital may be named by its hcode; cases keep the 7-digit code
  const hospitalCode = query.hospitalCode ? ((await resolveHospital(query.hospitalCode))?.code ?? query.hospitalCode) : undefined;
  const visible = cases
    .filter((c) => canSeeComplaint(principal, c))
    .filter((c) => (!query.status || c.status === query.status) && (!hospitalCode || c.hospitalCode === hospitalCode))
    .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  return {
    body: visible.map((c) => ({
      complaintId: c.complaintId,
      trackingCode: c.trackingCode,
      channel: c.channel,
      hospitalCode: c.hospitalCode,
      officeCode: c.officeCode,
      topic: c.topic,
      status: c.status,
      receivedAt: c.receivedAt,
      complainant: maskName(c.complainant.name),
      stages: c.stages,
      breaches: c.breaches,
    })),
  };
});
