// GET /api/complaints/{complaintId}: the case, its timeline, and each stage's SLA state.
import { complaintsRoutes } from '../../shared/http/routes/complaints';
import { getComplaint, listEvents } from '../../shared/data/complaints-repository';
import { canSeeComplaint } from '../../shared/domain/complaint-access';
import { ForbiddenError, NotFoundError } from '../../shared/http/errors';
import { httpHandler } from '../../shared/http/http-handler';

export const handler = httpHandler(complaintsRoutes.getComplaint, async ({ params, principal }) => {
  const c = await getComplaint(params.complaintId);
  if (!c) throw new NotFoundError('COMPLAINT_NOT_FOUND');
  if (!canSeeComplaint(principal, c)) throw new ForbiddenError();
  const events = (await listEvents(c)).sort((a, b) => a.at.localeCompare(b.at));
  const now = Date.now();
  const { intake: _intake, ...kase } = c;
  return {
    body: {
      ...kase,
      timeline: events,
      sla: c.stages.map((s) => ({ ...s, overdue: s.status === 'open' && Date.parse(s.dueAt) < now, breached: c.breaches.includes(s.stage) })),
    },
  };
});
