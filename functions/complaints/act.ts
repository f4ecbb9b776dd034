// POST /api/complaints/{complaintId}/actions: an officer acts on a case they may see
// (shared/use-cases/act-on-complaint.ts).
import { complaintsRoutes } from '../../shared/http/routes/complaints';
import { httpHandler } from '../../shared/http/http-handler';
import { actOnComplaint } from '../../shared/use-cases/act-on-complaint';

export const handler = httpHandler(complaintsRoutes.actOnComplaint, async ({ params, body, principal }) => {
  const next = await actOnComplaint(params.complaintId, body, principal);
  return { body: { complaintId: next.complaintId, status: next.status, officeCode: next.officeCode, stages: next.stages } };
});
