// GET /api/award-submissions/{submissionId}/audit: who recorded, submitted, attached and downloaded what, and when.
import { awardsRoutes } from '../../shared/http/routes/awards';
import { httpHandler } from '../../shared/http/http-handler';
import { loadSubmission } from '../../shared/use-cases/load-programme';
import { submissionAudit } from '../../shared/use-cases/award-documents';

export const handler = httpHandler(awardsRoutes.getAwardSubmissionAudit, async ({ params }) => {
  const submission = await loadSubmission(params.submissionId);
  return { body: await submissionAudit(submission) };
});
