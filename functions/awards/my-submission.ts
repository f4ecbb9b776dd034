// GET /api/award-programmes/{yearBE}/my-submission: the hospital's own submission and receipt.
import { awardsRoutes } from '../../shared/http/routes/awards';
import { httpHandler } from '../../shared/http/http-handler';
import { ownSubmission } from '../../shared/use-cases/award-submission-views';

export const handler = httpHandler(awardsRoutes.getMyAwardSubmission, async ({ params, principal }) => ({ body: await ownSubmission(params.yearBE, principal) }));
