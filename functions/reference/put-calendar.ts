// PUT /api/calendar/{year}: an admin loads or corrects a year's official holidays; complaints whose
// deadlines were provisional are recomputed and their clocks replaced (shared/use-cases/load-calendar.ts).
import { referenceRoutes } from '../../infra/routes/reference';
import { httpHandler } from '../../shared/http/http-handler';
import { loadCalendar } from '../../shared/use-cases/load-calendar';

export const handler = httpHandler(referenceRoutes.putCalendar, async ({ params, body, principal }) => ({
  body: await loadCalendar(params.year, body.holidays, principal.userId),
}));
