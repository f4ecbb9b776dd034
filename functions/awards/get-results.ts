// GET /api/award-programmes/{yearBE}/results: the honour roll, public once published; awards
// officers also see which panels have not finished (per panel and per entry).
import { awardsRoutes } from '../../shared/http/routes/awards';
import { getResults } from '../../shared/data/awards-repository';
import { listHospitals } from '../../shared/data/reference-repository';
import { NotFoundError } from '../../shared/http/errors';
import { httpHandler } from '../../shared/http/http-handler';
import { selectionProgress } from '../../shared/use-cases/award-selection';
import { loadProgramme } from '../../shared/use-cases/load-programme';

export const handler = httpHandler(awardsRoutes.getAwardResults, async ({ params, principal }) => {
  const programme = await loadProgramme(params.yearBE);
  const results = await getResults(params.yearBE);
  const officer = !!principal?.roles.some((r) => r === 'awards-officer' || r === 'admin');
  if (!results || (results.status !== 'published' && !officer)) throw new NotFoundError('RESULTS_NOT_PUBLISHED');
  const hospitals = new Map((await listHospitals()).map((h) => [h.code, h]));
  const categories = new Map(programme.categories.map((c) => [c.id, c]));
  return {
    body: {
      yearBE: results.yearBE,
      status: results.status,
      ...(results.publishedAt ? { publishedAt: results.publishedAt } : {}),
      awards: results.awards.map((a) => ({
        categoryId: a.categoryId,
        categoryNameTh: categories.get(a.categoryId)?.nameTh,
        categoryNameEn: categories.get(a.categoryId)?.nameEn,
        hospitalCode: a.hospitalCode,
        hospitalNameTh: hospitals.get(a.hospitalCode)?.nameTh,
        hospitalNameEn: hospitals.get(a.hospitalCode)?.nameEn,
        prizeThb: a.prizeThb,
      })),
      unfilled: results.unfilled,
      totalPrizeThb: results.totalPrizeThb,
      ...(officer ? { progress: await selectionProgress(programme) } : {}),
    },
  };
});
