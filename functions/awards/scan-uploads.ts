// POST /api/award-submissions/{submissionId}/scan-uploads: fresh uploads for a paper or e-mail entry's missing scans.
import { awardsRoutes } from '../../shared/http/routes/awards';
import { httpHandler } from '../../shared/http/http-handler';
import { loadSubmission } from '../../shared/use-cases/load-programme';
import { openScanUploads } from '../../shared/use-cases/award-documents';

export const handler = httpHandler(awardsRoutes.openAwardScanUploads, async ({ params }) => {
  const submission = await loadSubmission(params.submissionId);
  return { body: await openScanUploads(submission) };
});
