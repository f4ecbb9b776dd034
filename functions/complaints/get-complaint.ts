// GET /api/complaints/{complaintId}: the case, its timeline, and each stage's SLA state.
import { complaintsRoutes } from '../../shared/http/routes/complaints';
import { httpHandler } from '../../shared/http/http-handler';
import { complaintForStaff } from '../../shared/use-cases/read-complaints';

export const handler = httpHandler(complaintsRoutes.getComplaint, async ({ params, principal }) => {
  const { kase, timeline, sla } = await complaintForStaff(params.complaintId, principal);
  return { body: { ...kase, timeline, sla } };
});
