// POST /api/award-programmes/{yearBE}/submissions: two presigned uploads for the hospital's PDFs.
import { awardsRoutes } from '../../shared/http/routes/awards';
import { httpHandler } from '../../shared/http/http-handler';
import { startOnlineSubmission } from '../../shared/use-cases/award-submissions';
import { loadOpenProgramme } from '../../shared/use-cases/load-programme';

export const handler = httpHandler(awardsRoutes.startAwardSubmission, async ({ params, body, principal }) => {
  const programme = await loadOpenProgramme(params.yearBE);
  return { status: 201, body: await startOnlineSubmission(programme, principal, body.files) };
});
