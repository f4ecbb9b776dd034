// GET /api/award-programmes/{yearBE}/results: the honour roll, public once published; awards
// officers also see a draft and which panels have not finished (per panel and per entry).
import { awardsRoutes } from '../../shared/http/routes/awards';
import { httpHandler } from '../../shared/http/http-handler';
import { awardResults } from '../../shared/use-cases/award-results';

export const handler = httpHandler(awardsRoutes.getAwardResults, async ({ params, principal }) => {
  const officer = !!principal?.roles.some((r) => r === 'awards-officer' || r === 'admin');
  return { body: await awardResults(params.yearBE, { officer }) };
});
