// GET /api/award-submissions/{submissionId}/documents/{document}: a 5-minute link to a received document, audited.
import { awardsRoutes } from '../../shared/http/routes/awards';
import { httpHandler } from '../../shared/http/http-handler';
import { loadSubmission } from '../../shared/use-cases/load-programme';
import { documentDownload } from '../../shared/use-cases/award-documents';

export const handler = httpHandler(awardsRoutes.getAwardDocument, async ({ params, principal, account }) => {
  const submission = await loadSubmission(params.submissionId);
  return { body: await documentDownload(submission, params.document, principal, account) };
});
