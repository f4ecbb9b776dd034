// PUT /api/award-submissions/{submissionId}/scores/{committeeUserId}: a member's own scores.
import { awardsRoutes } from '../../shared/http/routes/awards';
import { getSubmission } from '../../shared/data/awards-repository';
import { NotFoundError } from '../../shared/http/errors';
import { httpHandler } from '../../shared/http/http-handler';
import { scoreSubmission } from '../../shared/use-cases/award-selection';
import { loadOpenProgramme } from '../../shared/use-cases/load-programme';

export const handler = httpHandler(awardsRoutes.putAwardScore, async ({ params, body, principal, account }) => {
  const submission = await getSubmission(params.submissionId);
  if (!submission) throw new NotFoundError('SUBMISSION_NOT_FOUND');
  const programme = await loadOpenProgramme(submission.yearBE);
  return { body: await scoreSubmission(programme, submission, params.committeeUserId, principal, account, body) };
});
