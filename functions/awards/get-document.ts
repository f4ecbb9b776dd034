// GET /api/award-submissions/{submissionId}/documents/{document}: a 5-minute link to a received document, audited.
import { awardsRoutes } from '../../shared/http/routes/awards';
import { getSubmission } from '../../shared/data/awards-repository';
import { NotFoundError } from '../../shared/http/errors';
import { httpHandler } from '../../shared/http/http-handler';
import { documentDownload } from '../../shared/use-cases/award-documents';

export const handler = httpHandler(awardsRoutes.getAwardDocument, async ({ params, principal, account }) => {
  const submission = await getSubmission(params.submissionId);
  if (!submission) throw new NotFoundError('SUBMISSION_NOT_FOUND');
  return { body: await documentDownload(submission, params.document, principal, account) };
});
