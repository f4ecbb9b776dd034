// GET /api/award-programmes/{yearBE}: dates, categories with counts and prizes, criteria, panels
// (their members only to admins and awards officers).
import { awardsRoutes } from '../../shared/http/routes/awards';
import { httpHandler } from '../../shared/http/http-handler';
import { programmeView } from '../../shared/use-cases/award-programme-views';

export const handler = httpHandler(awardsRoutes.getAwardProgramme, async ({ params, principal }) => {
  const keeper = !!principal?.roles.some((r) => r === 'awards-officer' || r === 'admin');
  return { body: await programmeView(params.yearBE, { keeper }) };
});
