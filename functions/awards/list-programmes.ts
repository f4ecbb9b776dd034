// GET /api/award-programmes: every programme, newest first.
import { awardsRoutes } from '../../shared/http/routes/awards';
import { httpHandler } from '../../shared/http/http-handler';
import { programmeSummaries } from '../../shared/use-cases/award-programme-views';

export const handler = httpHandler(awardsRoutes.listAwardProgrammes, async () => ({ body: await programmeSummaries() }));
