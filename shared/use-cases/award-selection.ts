// Committee scoring and results (seed 000): members score on-time submissions against the
// programme's weighted criteria (never a hospital they are linked to); results are allocated from
// programme data, kept as a draft, and published on or after the announcement date.
import type { Principal } from '../auth/roles';
import type { Account } from '../data/accounts-repository';
import { appendAudit } from '../data/audit-repository';
import { getResults, listScores, listSubmissions, putResults, putScore, type AwardSubmission, type Results } from '../data/awards-repository';
import { allocateAwards, InvalidScoreError, weightedScore, type AllocationEntry } from '../domain/award-allocation';
import type { AwardProgramme } from '../domain/award-programme';
import { isComplete } from '../domain/award-completeness';
import { AppError, ConflictError, ForbiddenError, RuleError } from '../http/errors';
import { bangkokDate } from '../time/bangkok';

export async function scoreSubmission(
  programme: AwardProgramme,
  s: AwardSubmission,
  memberId: string,
  principal: Principal,
  member: Pick<Account, 'conflictsOfInterest' | 'committeePanel'>,
  input: { criteria: Record<string, number>; supportsSsoWork: boolean },
  now = new Date(),
) {
  if (memberId !== principal.userId) throw new ForbiddenError('OWN_SCORES_ONLY');
  if (s.status !== 'received') throw new ConflictError('NOT_ELIGIBLE');
  // both documents in (a postal or e-mail entry: once its scans are attached), or nothing to judge
  if (!isComplete(s.files)) throw new RuleError('SUBMISSION_INCOMPLETE');
  const conflicts = [...(member.conflictsOfInterest ?? []), ...(principal.hospitalCode ? [principal.hospitalCode] : [])];
  if (conflicts.includes(s.hospitalCode)) throw new ConflictError('CONFLICT_OF_INTEREST');
  let weighted: number;
  try {
    weighted = weightedScore(programme.criteria, input.criteria);
  } catch (error) {
    if (error instanceof InvalidScoreError) throw new AppError(400, error.code, [{ path: `criteria.${error.path.replace(/^scores\./, '')}`, code: error.code }]);
    throw error;
  }
  const panel = member.committeePanel ?? 'unassigned';
  await putScore({ submissionId: s.submissionId, memberId, panel, criteria: input.criteria, weighted, supportsSsoWork: input.supportsSsoWork, scoredAt: now.toISOString() });
  return { submissionId: s.submissionId, memberId, panel, weighted };
}

/** A member sees their own score, and the others' only once they have scored it themselves. */
export async function visibleScores(submissionId: string, principal: Principal) {
  const scores = await listScores(submissionId);
  const mine = scores.find((x) => x.memberId === principal.userId);
  const officer = principal.roles.includes('awards-officer') || principal.roles.includes('admin');
  return officer || mine ? scores : [];
}

export async function computeResults(programme: AwardProgramme, designations: Record<string, string>, officer: Principal, publish: boolean, now = new Date()): Promise<Results> {
  const existing = await getResults(programme.yearBE);
  if (existing?.status === 'published') throw new ConflictError('ALREADY_DECIDED');
  if (publish && bangkokDate(now) < programme.announceOn) throw new RuleError('TOO_EARLY_TO_PUBLISH', 'publish');
  // on time and complete: an entry missing a document is never ranked
  const eligible = (await listSubmissions(programme.yearBE)).filter((s) => s.status === 'received' && isComplete(s.files));
  // a designation names a designated category of this programme and a hospital that competes
  const designatable = new Set(programme.categories.filter((c) => c.allocation === 'designated').map((c) => c.id));
  for (const [hospitalCode, categoryId] of Object.entries(designations)) {
    if (!designatable.has(categoryId)) throw new RuleError('NOT_A_DESIGNATED_CATEGORY', `designations.${hospitalCode}`);
    if (!eligible.some((s) => s.hospitalCode === hospitalCode)) throw new RuleError('NO_ELIGIBLE_SUBMISSION', `designations.${hospitalCode}`);
  }
  const entries: AllocationEntry[] = await Promise.all(
    eligible.map(async (s) => {
      const scores = await listScores(s.submissionId);
      const supporters = scores.filter((x) => x.supportsSsoWork).length;
      return {
        submissionId: s.submissionId,
        hospitalCode: s.hospitalCode,
        scores: scores.map((x) => x.weighted),
        // "supports SSO work" when most of its scorers say so
        supportsSsoWork: scores.length > 0 && supporters * 2 > scores.length,
        ...(designations[s.hospitalCode] ? { designatedCategoryId: designations[s.hospitalCode] } : {}),
        ...(s.receivedAt ? { receivedAt: new Date(s.receivedAt) } : {}),
      };
    }),
  );
  const allocation = allocateAwards(programme, entries);
  const results: Results = {
    yearBE: programme.yearBE,
    ...allocation,
    status: publish ? 'published' : 'draft',
    computedAt: now.toISOString(),
    computedBy: officer.userId,
    ...(publish ? { publishedAt: now.toISOString() } : {}),
  };
  await putResults(results);
  await appendAudit(`AWARD#${programme.yearBE}`, { at: now.toISOString(), actor: officer.userId, action: publish ? 'results-published' : 'results-drafted' });
  return results;
}
