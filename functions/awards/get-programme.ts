// GET /api/award-programmes/{yearBE}: dates, categories with counts and prizes, criteria.
import { awardsRoutes } from '../../shared/http/routes/awards';
import { totalAwards, totalPrizeThb } from '../../shared/domain/award-programme';
import { httpHandler } from '../../shared/http/http-handler';
import { loadProgramme } from '../../shared/use-cases/load-programme';

export const handler = httpHandler(awardsRoutes.getAwardProgramme, async ({ params }) => {
  const p = await loadProgramme(params.yearBE);
  return { body: { ...p, totalAwards: totalAwards(p), totalPrizeThb: totalPrizeThb(p) } };
});
