// The programme or award submission a request names, or 404; for a change, also refused once the
// programme's results are published.
import { getProgramme, getSubmission, programmeRead, resultsRead, type AwardSubmission, type Results } from '../data/awards-repository';
import { readTogether } from '../data/transaction';
import { publishedIssues } from '../domain/award-invariants';
import type { AwardProgramme } from '../domain/award-programme';
import { AppError, NotFoundError } from '../http/errors';

export async function loadProgramme(yearBE: number): Promise<AwardProgramme> {
  const programme = await getProgramme(yearBE);
  if (!programme) throw new NotFoundError('PROGRAMME_NOT_FOUND');
  return programme;
}

/** The programme with its results (if any were computed), in one read; 404 without a programme. */
export async function loadProgrammeAndResults(yearBE: number): Promise<{ programme: AwardProgramme; results: Results | undefined }> {
  const [programme, results] = await readTogether(programmeRead(yearBE), resultsRead(yearBE));
  if (!programme) throw new NotFoundError('PROGRAMME_NOT_FOUND');
  return { programme, results };
}

/** The programme for a change (an entry, a score, an extension): 409 RESULTS_PUBLISHED once its results are the public record. */
export async function loadOpenProgramme(yearBE: number): Promise<AwardProgramme> {
  const { programme, results } = await loadProgrammeAndResults(yearBE);
  const [issue] = publishedIssues(results);
  if (issue) throw new AppError(issue.status, issue.code);
  return programme;
}

export async function loadSubmission(submissionId: string): Promise<AwardSubmission> {
  const submission = await getSubmission(submissionId);
  if (!submission) throw new NotFoundError('SUBMISSION_NOT_FOUND');
  return submission;
}

/** A submission with its programme, for a change to it (submitting, scoring). */
export async function loadSubmissionForChange(submissionId: string): Promise<{ submission: AwardSubmission; programme: AwardProgramme }> {
  const submission = await loadSubmission(submissionId);
  return { submission, programme: await loadOpenProgramme(submission.yearBE) };
}
