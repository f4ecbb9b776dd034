// POST /api/complaints/{complaintId}/actions: an officer acts on a case they may see.
import { complaintsRoutes } from '../../infra/routes/complaints';
import { getComplaint } from '../../shared/data/complaints-repository';
import { canSeeComplaint } from '../../shared/domain/complaint-access';
import { ForbiddenError, NotFoundError } from '../../shared/http/errors';
import { httpHandler } from '../../shared/http/http-handler';
import { actOnComplaint } from '../../shared/use-cases/act-on-complaint';

export const handler = httpHandler(complaintsRoutes.actOnComplaint, async ({ params, body, principal }) => {
  const c = await getComplaint(params.complaintId);
  if (!c) throw new NotFoundError('COMPLAINT_NOT_FOUND');
  if (!canSeeComplaint(principal, c)) throw new ForbiddenError();
  const next = await actOnComplaint(c, body, principal);
  return { body: { complaintId: next.complaintId, status: next.status, officeCode: next.officeCode, stages: next.stages } };
});
