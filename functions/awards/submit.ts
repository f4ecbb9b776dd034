// POST /api/award-submissions/{submissionId}/submit: judged against the deadline; a late
// submission is kept, marked late, and answered 422 DEADLINE_PASSED.
import { awardsRoutes } from '../../shared/http/routes/awards';
import { RuleError } from '../../shared/http/errors';
import { httpHandler } from '../../shared/http/http-handler';
import { submitOnline } from '../../shared/use-cases/award-submissions';
import { loadSubmissionForChange } from '../../shared/use-cases/load-programme';

export const handler = httpHandler(awardsRoutes.submitAwardSubmission, async ({ params, principal, account }) => {
  const { submission, programme } = await loadSubmissionForChange(params.submissionId);
  const { submission: stored } = await submitOnline(programme, submission, { ...principal, ...(account.email ? { email: account.email } : {}) });
  if (stored.status === 'late') throw new RuleError('DEADLINE_PASSED');
  return { body: { submissionId: stored.submissionId, status: stored.status, receivedAt: stored.receivedAt, files: stored.files } };
});
