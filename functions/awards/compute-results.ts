// POST /api/award-programmes/{yearBE}/results: allocate (draft) or publish.
import { awardsRoutes } from '../../shared/http/routes/awards';
import { httpHandler } from '../../shared/http/http-handler';
import { computeResults } from '../../shared/use-cases/award-selection';
import { loadProgramme } from '../../shared/use-cases/load-programme';

export const handler = httpHandler(awardsRoutes.computeAwardResults, async ({ params, body, principal }) => ({
  body: await computeResults(await loadProgramme(params.yearBE), body.designations ?? {}, principal, body.publish),
}));
