// PUT /api/calendar/{year}: an admin loads or corrects a year's official holidays (shared/use-cases/load-calendar.ts);
// complaints whose deadlines were provisional are recomputed in a background job: 202 {year, holidays, jobId}.
import { referenceRoutes } from '../../shared/http/routes/reference';
import { httpHandler } from '../../shared/http/http-handler';
import { startJob } from '../../shared/use-cases/background-jobs';
import { loadCalendar } from '../../shared/use-cases/load-calendar';

export const handler = httpHandler(referenceRoutes.putCalendar, async ({ params, body, principal }) => {
  const loaded = await loadCalendar(params.year, body.holidays, principal.userId, new Date(), { recompute: false });
  const job = await startJob('calendar-recompute', { year: loaded.year }, principal.userId);
  return { status: 202, body: { ...loaded, jobId: job.jobId } };
});
