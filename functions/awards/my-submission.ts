// GET /api/award-programmes/{yearBE}/my-submission: the hospital's own submission and receipt.
import { awardsRoutes } from '../../shared/http/routes/awards';
import { getExtension, getSubmission, submissionIdOf } from '../../shared/data/awards-repository';
import { effectiveDeadline } from '../../shared/domain/award-deadline';
import { ForbiddenError, NotFoundError } from '../../shared/http/errors';
import { httpHandler } from '../../shared/http/http-handler';
import { documentsOf } from '../../shared/use-cases/award-documents';
import { loadProgramme } from '../../shared/use-cases/load-programme';

export const handler = httpHandler(awardsRoutes.getMyAwardSubmission, async ({ params, principal }) => {
  if (!principal.hospitalCode) throw new ForbiddenError('NOT_YOUR_HOSPITAL');
  const programme = await loadProgramme(params.yearBE);
  const [submission, extension] = await Promise.all([getSubmission(submissionIdOf(params.yearBE, principal.hospitalCode)), getExtension(params.yearBE, principal.hospitalCode)]);
  if (!submission) throw new NotFoundError('SUBMISSION_NOT_FOUND');
  return { body: { ...submission, deadline: effectiveDeadline(programme, extension), ...(extension ? { extension } : {}), ...documentsOf(submission) } };
});
