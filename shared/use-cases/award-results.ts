// The honour roll of a year: public once published (one read for the programme and its results);
// awards officers also see a draft, with which panels have not finished scoring.
import { listHospitals } from '../data/reference-repository';
import { NotFoundError } from '../http/errors';
import { selectionProgress } from './award-selection';
import { loadProgrammeAndResults } from './load-programme';

export async function awardResults(yearBE: number, viewer: { officer: boolean }) {
  const { programme, results } = await loadProgrammeAndResults(yearBE);
  if (!results || (results.status !== 'published' && !viewer.officer)) throw new NotFoundError('RESULTS_NOT_PUBLISHED');
  const hospitals = new Map((await listHospitals()).map((h) => [h.code, h]));
  const categories = new Map(programme.categories.map((c) => [c.id, c]));
  return {
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
    ...(viewer.officer ? { progress: await selectionProgress(programme) } : {}),
  };
}
