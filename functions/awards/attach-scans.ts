// POST /api/award-submissions/{submissionId}/scans: the officer attaches the scans that have landed.
import { awardsRoutes } from '../../shared/http/routes/awards';
import { getSubmission } from '../../shared/data/awards-repository';
import { NotFoundError } from '../../shared/http/errors';
import { httpHandler } from '../../shared/http/http-handler';
import { attachScans } from '../../shared/use-cases/award-documents';

export const handler = httpHandler(awardsRoutes.attachAwardScans, async ({ params, principal }) => {
  const submission = await getSubmission(params.submissionId);
  if (!submission) throw new NotFoundError('SUBMISSION_NOT_FOUND');
  return { body: await attachScans(submission, principal) };
});
