// GET /api/award-programmes: every programme, newest first.
import { awardsRoutes } from '../../shared/http/routes/awards';
import { listProgrammes } from '../../shared/data/awards-repository';
import { totalAwards, totalPrizeThb } from '../../shared/domain/award-programme';
import { httpHandler } from '../../shared/http/http-handler';

export const handler = httpHandler(awardsRoutes.listAwardProgrammes, async () => ({
  body: (await listProgrammes())
    .sort((a, b) => b.yearBE - a.yearBE)
    .map((p) => ({ yearBE: p.yearBE, opensOn: p.opensOn, deadline: p.deadline, announceOn: p.announceOn, totalAwards: totalAwards(p), totalPrizeThb: totalPrizeThb(p) })),
}));
