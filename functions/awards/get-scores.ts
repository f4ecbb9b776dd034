// GET /api/award-submissions/{submissionId}/scores: a member sees the others only after scoring;
// awards officers also see which of the entry's panels have not finished.
import { awardsRoutes } from '../../shared/http/routes/awards';
import { httpHandler } from '../../shared/http/http-handler';
import { visibleScores } from '../../shared/use-cases/award-selection';

export const handler = httpHandler(awardsRoutes.getAwardScores, async ({ params, principal }) => ({ body: await visibleScores(params.submissionId, principal) }));
