// POST /api/award-submissions/{submissionId}/submit: judged against the deadline; a late
// submission is kept, marked late, and answered 422 DEADLINE_PASSED.
import { awardsRoutes } from '../../shared/http/routes/awards';
import { getSubmission } from '../../shared/data/awards-repository';
import { NotFoundError, RuleError } from '../../shared/http/errors';
import { httpHandler } from '../../shared/http/http-handler';
import { submitOnline } from '../../shared/use-cases/award-submissions';
import { loadOpenProgramme } from '../../shared/use-cases/load-programme';

export const handler = httpHandler(awardsRoutes.submitAwardSubmission, async ({ params, principal, account }) => {
  const submission = await getSubmission(params.submissionId);
  if (!submission) throw new NotFoundError('SUBMISSION_NOT_FOUND');
  const programme = await loadOpenProgramme(submission.yearBE);
  const { submission: stored } = await submitOnline(programme, submission, { ...principal, ...(account.email ? { email: account.email } : {}) });
  if (stored.status === 'late') throw new RuleError('DEADLINE_PASSED');
  return { body: { submissionId: stored.submissionId, status: stored.status, receivedAt: stored.receivedAt, files: stored.files } };
});
