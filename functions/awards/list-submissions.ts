// GET /api/award-programmes/{yearBE}/submissions: officers see all, each with its documents and
// whether it is complete; a committee member the on-time, complete ones their panel covers.
import { awardsRoutes } from '../../shared/http/routes/awards';
import { httpHandler } from '../../shared/http/http-handler';
import { submissionList } from '../../shared/use-cases/award-submission-views';

export const handler = httpHandler(awardsRoutes.listAwardSubmissions, async ({ params, principal }) => ({ body: await submissionList(params.yearBE, principal) }));
