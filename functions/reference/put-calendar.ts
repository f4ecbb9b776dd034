// PUT /api/calendar/{year}: an admin loads or corrects a year's official holidays (shared/use-cases/load-calendar.ts);
// complaints whose deadlines were provisional are recomputed in a background job: 202 {year, holidays, jobId}.
import { referenceRoutes } from '../../shared/http/routes/reference';
import { httpHandler } from '../../shared/http/http-handler';
import { loadCalendarThenRecompute } from '../../shared/use-cases/background-jobs';

export const handler = httpHandler(referenceRoutes.putCalendar, async ({ params, body, principal }) => ({
  status: 202,
  body: await loadCalendarThenRecompute(params.year, body.holidays, principal.userId),
}));
