// GET /api/calendar/{year}: the official working calendar used by the SLA clocks.
import { referenceRoutes } from '../../shared/http/routes/reference';
import { getCalendar } from '../../shared/data/reference-repository';
import { NotFoundError } from '../../shared/http/errors';
import { httpHandler } from '../../shared/http/http-handler';

export const handler = httpHandler(referenceRoutes.getCalendar, async ({ params }) => {
  const calendar = await getCalendar(params.year);
  if (!calendar) throw new NotFoundError('CALENDAR_NOT_LOADED');
  return { body: calendar };
});
