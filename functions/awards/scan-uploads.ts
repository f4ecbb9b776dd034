// POST /api/award-submissions/{submissionId}/scan-uploads: fresh uploads for a paper or e-mail entry's missing scans.
import { awardsRoutes } from '../../shared/http/routes/awards';
import { getSubmission } from '../../shared/data/awards-repository';
import { NotFoundError } from '../../shared/http/errors';
import { httpHandler } from '../../shared/http/http-handler';
import { openScanUploads } from '../../shared/use-cases/award-documents';

export const handler = httpHandler(awardsRoutes.openAwardScanUploads, async ({ params }) => {
  const submission = await getSubmission(params.submissionId);
  if (!submission) throw new NotFoundError('SUBMISSION_NOT_FOUND');
  return { body: await openScanUploads(submission) };
});
