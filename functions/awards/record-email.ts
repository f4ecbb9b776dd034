// POST /api/award-programmes/{yearBE}/email-submissions: judged by the time the e-mail arrived.
import { awardsRoutes } from '../../shared/http/routes/awards';
import { httpHandler } from '../../shared/http/http-handler';
import { recordOfflineSubmission } from '../../shared/use-cases/award-submissions';
import { loadOpenProgramme } from '../../shared/use-cases/load-programme';

export const handler = httpHandler(awardsRoutes.recordEmailSubmission, async ({ params, body, principal }) => ({
  status: 201,
  body: await recordOfflineSubmission(await loadOpenProgramme(params.yearBE), { channel: 'email', ...body }, principal),
}));
