// GET /api/award-submissions/{submissionId}/audit: who recorded, submitted, attached and downloaded what, and when.
import { awardsRoutes } from '../../shared/http/routes/awards';
import { getSubmission } from '../../shared/data/awards-repository';
import { NotFoundError } from '../../shared/http/errors';
import { httpHandler } from '../../shared/http/http-handler';
import { submissionAudit } from '../../shared/use-cases/award-documents';

export const handler = httpHandler(awardsRoutes.getAwardSubmissionAudit, async ({ params }) => {
  const submission = await getSubmission(params.submissionId);
  if (!submission) throw new NotFoundError('SUBMISSION_NOT_FOUND');
  return { body: await submissionAudit(submission) };
});
