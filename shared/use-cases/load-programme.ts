// The programme a request names, or 404; for a change, also refused once its results are published.
import { getProgramme, getResults } from '../data/awards-repository';
import { publishedIssues } from '../domain/award-invariants';
import type { AwardProgramme } from '../domain/award-programme';
import { AppError, NotFoundError } from '../http/errors';

export async function loadProgramme(yearBE: number): Promise<AwardProgramme> {
  const programme = await getProgramme(yearBE);
  if (!programme) throw new NotFoundError('PROGRAMME_NOT_FOUND');
  return programme;
}

/** The programme for a change (an entry, a score, an extension): 409 RESULTS_PUBLISHED once its results are the public record. */
export async function loadOpenProgramme(yearBE: number): Promise<AwardProgramme> {
  const [programme, results] = await Promise.all([loadProgramme(yearBE), getResults(yearBE)]);
  const [issue] = publishedIssues(results);
  if (issue) throw new AppError(issue.status, issue.code);
  return programme;
}
