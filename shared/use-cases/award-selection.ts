// Committee scoring and results (seed 000): members score on-time submissions against the
// programme's weighted criteria, each only the hospitals their panel covers (never one they are
// linked to); panel means combine by weight (award-panels.ts); results are allocated from programme
// data, kept as a draft, and published on or after the announcement date once every panel has finished.
import type { Principal } from '../auth/roles';
import { getAccount } from '../data/account-lookup';
import type { Account } from '../data/accounts-repository';
import { appendAudit } from '../data/audit-repository';
import { getProgramme, getResults, programmeAggregate, getSubmission, listExtensions, listScores, listSubmissions, putResults, putScore, type AwardSubmission, type Results, type Score } from '../data/awards-repository';
import { getHospital, listHospitals } from '../data/reference-repository';
import { allocateAwards, InvalidScoreError, weightedScore, type AllocationEntry } from '../domain/award-allocation';
import { publishIssues, resultsIssues } from '../domain/award-invariants';
import { combinedScore, panelCovers, panelOfMember, panelProgress, panelsOf, type PanelHospital } from '../domain/award-panels';
import type { AwardProgramme } from '../domain/award-programme';
import { isComplete } from '../domain/award-completeness';
import { AppError, ConflictError, ForbiddenError, RuleError } from '../http/errors';
import { bangkokDate } from '../time/bangkok';

export async function scoreSubmission(
  programme: AwardProgramme,
  s: AwardSubmission,
  memberId: string,
  principal: Principal,
  member: Pick<Account, 'conflictsOfInterest'>,
  input: { criteria: Record<string, number>; supportsSsoWork: boolean },
  now = new Date(),
) {
  if (memberId !== principal.userId) throw new ForbiddenError('OWN_SCORES_ONLY');
  if (s.status !== 'received') throw new ConflictError('NOT_ELIGIBLE');
  // both documents in (a postal or e-mail entry: once its scans are attached), or nothing to judge
  if (!isComplete(s.files)) throw new RuleError('SUBMISSION_INCOMPLETE');
  // a member scores only the hospitals their panel covers (programme data, award-panels.ts)
  const panel = panelOfMember(panelsOf(programme), memberId);
  if (!panel) throw new ForbiddenError('NOT_ON_A_PANEL');
  if (!panelCovers(panel, { code: s.hospitalCode, officeCode: (await getHospital(s.hospitalCode))?.officeCode })) throw new ForbiddenError('PANEL_DOES_NOT_SCORE_HOSPITAL');
  const conflicts = [...(member.conflictsOfInterest ?? []), ...(principal.hospitalCode ? [principal.hospitalCode] : [])];
  if (conflicts.includes(s.hospitalCode)) throw new ConflictError('CONFLICT_OF_INTEREST');
  let weighted: number;
  try {
    weighted = weightedScore(programme.criteria, input.criteria);
  } catch (error) {
    if (error instanceof InvalidScoreError) throw new AppError(400, error.code, [{ path: `criteria.${error.path.replace(/^scores\./, '')}`, code: error.code }]);
    throw error;
  }
  await putScore({ submissionId: s.submissionId, memberId, panel: panel.id, criteria: input.criteria, weighted, supportsSsoWork: input.supportsSsoWork, scoredAt: now.toISOString() });
  return { submissionId: s.submissionId, memberId, panel: panel.id, weighted };
}

/**
 * The entries a committee member's list shows: the ones they may score, i.e. on time, complete and
 * of a hospital their panel covers (a member on no panel sees none). The same rule as scoring, so
 * the list never offers an entry that answers 403.
 */
export function scorableBy(programme: Pick<AwardProgramme, 'panels'> | undefined, memberId: string, s: AwardSubmission, hospital: PanelHospital): boolean {
  if (s.status !== 'received' || !isComplete(s.files) || !programme) return false;
  const panel = panelOfMember(panelsOf(programme), memberId);
  return panel !== undefined && panelCovers(panel, hospital);
}

/**
 * A member sees their own score, and the others' only once they have scored it themselves. Awards
 * officers see them all and, for an entry that exists, which of its panels have not finished.
 */
export async function visibleScores(submissionId: string, principal: Principal) {
  const scores = await listScores(submissionId);
  const mine = scores.find((x) => x.memberId === principal.userId);
  const officer = principal.roles.includes('awards-officer') || principal.roles.includes('admin');
  if (!officer) return { scores: mine ? scores : [] };
  const submission = await getSubmission(submissionId);
  const programme = submission && (await getProgramme(submission.yearBE));
  if (!submission || !programme) return { scores };
  const officeCode = (await getHospital(submission.hospitalCode))?.officeCode;
  const hospital = { code: submission.hospitalCode, ...(officeCode ? { officeCode } : {}) };
  const [progress] = (await selectionProgress(programme, [{ submission, hospital, scores }])).entries;
  return { scores, ...(progress ? { progress } : {}) };
}

interface ScoredEntry {
  submission: AwardSubmission;
  hospital: PanelHospital;
  scores: Score[];
}

/** The on-time entries of a year, each with its hospital's office (panels cover offices) and its scores. */
async function scoredEntries(yearBE: number): Promise<ScoredEntry[]> {
  const [submissions, hospitals] = await Promise.all([listSubmissions(yearBE), listHospitals()]);
  const offices = new Map(hospitals.map((h) => [h.code, h.officeCode]));
  return Promise.all(
    submissions
      // on time and complete: an entry missing a document is never ranked
      .filter((s) => s.status === 'received' && isComplete(s.files))
      .map(async (s) => {
        const officeCode = offices.get(s.hospitalCode);
        return { submission: s, hospital: { code: s.hospitalCode, ...(officeCode ? { officeCode } : {}) }, scores: await listScores(s.submissionId) };
      }),
  );
}

/**
 * Which panels have not finished (seed 000's panels, or the one default panel): per entry, the
 * covering panels with members still to score it (a member linked to the hospital is not
 * expected); per panel, the entries it has not finished. Live, for awards officers.
 */
export async function selectionProgress(programme: AwardProgramme, entries?: ScoredEntry[]) {
  const panels = panelsOf(programme);
  const scored = entries ?? (await scoredEntries(programme.yearBE));
  const members = [...new Set(panels.flatMap((p) => (p.members === 'any-committee-member' ? [] : p.members)))];
  const links = new Map(await Promise.all(members.map(async (m) => [m, (await getAccount(m))?.conflictsOfInterest ?? []] as const)));
  const perEntry = scored.map(({ submission, hospital, scores }) => {
    const progress = panelProgress(panels, hospital, scores, (m) => links.get(m)?.includes(hospital.code) ?? false);
    return {
      submissionId: submission.submissionId,
      hospitalCode: submission.hospitalCode,
      score: combinedScore(panels, hospital, scores).score ?? null,
      unfinishedPanels: progress.filter((p) => !p.finished).map((p) => p.panelId),
      panels: progress,
    };
  });
  return {
    panels: panels.map((p) => {
      const unfinishedEntries = perEntry.filter((e) => e.unfinishedPanels.includes(p.id)).map((e) => e.submissionId);
      return { panelId: p.id, nameTh: p.nameTh, nameEn: p.nameEn, weight: p.weight, finished: unfinishedEntries.length === 0, unfinishedEntries };
    }),
    entries: perEntry,
  };
}

export async function computeResults(programme: AwardProgramme, designations: Record<string, string>, officer: Principal, publish: boolean, now = new Date()) {
  const existing = await getResults(programme.yearBE);
  if (existing?.status === 'published') throw new ConflictError('ALREADY_DECIDED');
  if (publish && bangkokDate(now) < programme.announceOn) throw new RuleError('TOO_EARLY_TO_PUBLISH', 'publish');
  // a programme that drifted into a contradiction (saved before its invariants were checked) is not ranked
  const [all, extensions] = await Promise.all([listSubmissions(programme.yearBE), listExtensions(programme.yearBE)]);
  const drift = resultsIssues(programme, all, extensions);
  if (drift.length) throw new AppError(409, drift[0]!.code, drift.map((i) => ({ path: i.path, code: i.code })));
  const scored = await scoredEntries(programme.yearBE);
  // a designation names a designated category of this programme and a hospital that competes
  const designatable = new Set(programme.categories.filter((c) => c.allocation === 'designated').map((c) => c.id));
  for (const [hospitalCode, categoryId] of Object.entries(designations)) {
    if (!designatable.has(categoryId)) throw new RuleError('NOT_A_DESIGNATED_CATEGORY', `designations.${hospitalCode}`);
    if (!scored.some((e) => e.submission.hospitalCode === hospitalCode)) throw new RuleError('NO_ELIGIBLE_SUBMISSION', `designations.${hospitalCode}`);
  }
  const progress = await selectionProgress(programme, scored);
  // publishing waits for every panel to score the eligible entries it covers; a draft does not
  const unfinished = publish ? publishIssues(progress.panels) : [];
  if (unfinished.length) {
    const detail = progress.panels.filter((p) => !p.finished).map((p) => `${p.panelId}: ${p.unfinishedEntries.join(', ')}`).join('; ');
    throw new AppError(409, 'PANELS_UNFINISHED', unfinished.map((i) => ({ path: i.path, code: i.code })), `Unfinished panels (entries still to score): ${detail}`);
  }
  const panels = panelsOf(programme);
  const entries: AllocationEntry[] = scored.map(({ submission: s, hospital, scores }) => {
    const supporters = scores.filter((x) => x.supportsSsoWork).length;
    // the panels' means by weight, over the panels that cover this hospital and have scored it
    const combined = combinedScore(panels, hospital, scores);
    return {
      submissionId: s.submissionId,
      hospitalCode: s.hospitalCode,
      scores: combined.counted,
      ...(combined.score !== undefined ? { combined: combined.score } : {}),
      // "supports SSO work" when most of its scorers say so
      supportsSsoWork: scores.length > 0 && supporters * 2 > scores.length,
      ...(designations[s.hospitalCode] ? { designatedCategoryId: designations[s.hospitalCode] } : {}),
      ...(s.receivedAt ? { receivedAt: new Date(s.receivedAt) } : {}),
    };
  });
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
  await appendAudit(programmeAggregate(programme.yearBE), { at: now.toISOString(), actor: officer.userId, action: publish ? 'results-published' : 'results-drafted' });
  return { ...results, progress };
}
