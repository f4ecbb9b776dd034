// POST /api/complaints/{complaintId}/actions: an officer acts on a case they may see.
import { complaintsRoutes } from '../../shared/http/routes/complaints';
import { getComplaint } from '../../shared/data/complaints-repository';
import { canActOnComplaint, canSeeComplaint } from '../../shared/domain/complaint-access';
import { ForbiddenError, NotFoundError } from '../../shared/http/errors';
import { httpHandler } from '../../shared/http/http-handler';
import { actOnComplaint } from '../../shared/use-cases/act-on-complaint';

export const handler = httpHandler(complaintsRoutes.actOnComplaint, async ({ params, body, principal }) => {
  const c = await getComplaint(params.complaintId);
  if (!c) throw new NotFoundError('COMPLAINT_NOT_FOUND');
  if (!canSeeComplaint(principal, c)) throw new ForbiddenError();
  // seeing a case is not acting on it: the Bureau follows every case, and acts once it is passed to it
  if (!canActOnComplaint(principal, c)) throw new ForbiddenError('NOT_ASSIGNED_TO_YOUR_UNIT');
  const next = await actOnComplaint(c, body, principal);
  return { body: { complaintId: next.complaintId, status: next.status, officeCode: next.officeCode, stages: next.stages } };
});
