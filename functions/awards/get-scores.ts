// GET /api/award-submissions/{submissionId}/scores: a member sees the others only after scoring.
import { routes } from '../../infra/routes';
import { httpHandler } from '../../shared/http/http-handler';
import { visibleScores } from '../../shared/use-cases/award-selection';

export const handler = httpHandler(routes.getAwardScores, async ({ params, principal }) => ({ body: await visibleScores(params.submissionId, principal) }));
