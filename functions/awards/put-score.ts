// PUT /api/award-submissions/{submissionId}/scores/{committeeUserId}: a member's own scores.
import { awardsRoutes } from '../../shared/http/routes/awards';
import { httpHandler } from '../../shared/http/http-handler';
import { scoreSubmission } from '../../shared/use-cases/award-selection';
import { loadSubmissionForChange } from '../../shared/use-cases/load-programme';

export const handler = httpHandler(awardsRoutes.putAwardScore, async ({ params, body, principal, account }) => {
  const { submission, programme } = await loadSubmissionForChange(params.submissionId);
  return { body: await scoreSubmission(programme, submission, params.committeeUserId, principal, account, body) };
});
