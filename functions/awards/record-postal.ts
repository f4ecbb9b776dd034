// POST /api/award-programmes/{yearBE}/postal-submissions: judged by the postmark date.
import { awardsRoutes } from '../../shared/http/routes/awards';
import { httpHandler } from '../../shared/http/http-handler';
import { recordOfflineSubmission } from '../../shared/use-cases/award-submissions';
import { loadOpenProgramme } from '../../shared/use-cases/load-programme';

export const handler = httpHandler(awardsRoutes.recordPostalSubmission, async ({ params, body, principal }) => ({
  status: 201,
  body: await recordOfflineSubmission(await loadOpenProgramme(params.yearBE), { channel: 'post', ...body }, principal),
}));
