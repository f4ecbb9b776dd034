// POST /api/award-submissions/{submissionId}/scans: the officer attaches the scans that have landed.
import { awardsRoutes } from '../../shared/http/routes/awards';
import { httpHandler } from '../../shared/http/http-handler';
import { loadSubmission } from '../../shared/use-cases/load-programme';
import { attachScans } from '../../shared/use-cases/award-documents';

export const handler = httpHandler(awardsRoutes.attachAwardScans, async ({ params, principal }) => {
  const submission = await loadSubmission(params.submissionId);
  return { body: await attachScans(submission, principal) };
});
