// Changes to an award programme that must keep its invariants (shared/domain/award-invariants.ts):
// saving the programme and granting one hospital an extension.
import type { Principal } from '../auth/roles';
import { appendAudit } from '../data/audit-repository';
import {
  getProgramme,
  getResults,
  getSubmission,
  listExtensions,
  listScores,
  listSubmissions,
  programmeAggregate,
  putExtension,
  putProgramme,
  saveSubmission,
  submissionAggregate,
  submissionIdOf,
  type AwardSubmission,
  type Extension,
} from '../data/awards-repository';
import { extensionIssues, judgeEntry, programmeChangeIssues, type InvariantIssue, type StoredScore } from '../domain/award-invariants';
import type { AwardProgramme } from '../domain/award-programme';
import { listHospitals } from '../data/reference-repository';
import { AppError, RuleError } from '../http/errors';
import { resolveHospital } from './resolve-hospital';

/** Every broken invariant in one problem: the first one's status and code, each with its field. */
function refuse(issues: readonly InvariantIssue[]): never {
  const [first] = issues;
  throw new AppError(first!.status, first!.code, issues.map((i) => ({ path: i.path, code: i.code })));
}

/** Every score given to the year's entries, with the hospital's office (panels cover offices' areas). */
async function storedScores(entries: readonly AwardSubmission[]): Promise<StoredScore[]> {
  const scores = (await Promise.all(entries.map((e) => listScores(e.submissionId)))).flat();
  if (!scores.length) return [];
  const offices = new Map((await listHospitals()).map((h) => [h.code, h.officeCode]));
  const hospitalOf = new Map(entries.map((e) => [e.submissionId, e.hospitalCode]));
  return scores.map((s) => {
    const code = hospitalOf.get(s.submissionId) ?? '';
    const officeCode = offices.get(code);
    return { submissionId: s.submissionId, memberId: s.memberId, panel: s.panel, hospital: { code, ...(officeCode ? { officeCode } : {}) } };
  });
}

/**
 * An admin saves a programme:
 * 1. it must not contradict itself (dates, year, weights, panels: 422);
 * 2. nor what is stored: published results, judged entries, granted extensions, scores its panels
 *    would drop (409);
 * 3. then it is saved and audited.
 */
export async function saveProgramme(programme: AwardProgramme, admin: Principal, now = new Date()): Promise<AwardProgramme> {
  await checkProgramme(programme);
  await putProgramme(programme);
  await appendAudit(programmeAggregate(programme.yearBE), { at: now.toISOString(), actor: admin.userId, action: 'programme-saved' });
  return programme;
}

/** Refuses (with each broken rule's code) a programme that contradicts itself or what is stored for its year; writes nothing. */
export async function checkProgramme(programme: AwardProgramme): Promise<void> {
  const [stored, results, entries, extensions] = await Promise.all([getProgramme(programme.yearBE), getResults(programme.yearBE), listSubmissions(programme.yearBE), listExtensions(programme.yearBE)]);
  const scores = await storedScores(entries);
  const issues = programmeChangeIssues(programme, { ...(results ? { results } : {}), ...(stored ? { programme: stored } : {}), entries, extensions, scores });
  if (issues.length) refuse(issues);
}

/**
 * An awards officer gives one hospital a later deadline:
 * 1. the hospital is named by its 7-digit code or its hcode;
 * 2. the extension is later than the deadline and ends by the announcement, results unpublished;
 * 3. it is saved and audited;
 * 4. the hospital's entry, if already judged late, is judged again against it in the same change,
 *    so that no entry stays marked late inside its own extension.
 */
export async function grantExtension(
  programme: AwardProgramme,
  input: { hospitalCode: string; deadline: string; reason: string },
  officer: Principal,
  now = new Date(),
): Promise<Extension & { rejudged?: { submissionId: string; from: AwardSubmission['status']; to: AwardSubmission['status'] } }> {
  const hospital = await resolveHospital(input.hospitalCode);
  if (!hospital) throw new RuleError('UNKNOWN_HOSPITAL', 'hospitalCode');
  const issues = extensionIssues(programme, input.deadline, await getResults(programme.yearBE));
  if (issues.length) refuse(issues);
  const extension: Extension = { yearBE: programme.yearBE, hospitalCode: hospital.code, deadline: input.deadline, reason: input.reason, grantedBy: officer.userId, grantedAt: now.toISOString() };
  await putExtension(extension);
  await appendAudit(programmeAggregate(programme.yearBE), { at: extension.grantedAt, actor: officer.userId, action: 'extension-granted', reason: `${hospital.code} → ${input.deadline}: ${input.reason}` });

  const entry = await getSubmission(submissionIdOf(programme.yearBE, hospital.code));
  const judgement = entry ? judgeEntry(entry, input.deadline) : undefined;
  if (!entry || !judgement || judgement.status === entry.status) return extension;
  const next: AwardSubmission = { ...entry, status: judgement.status, history: [...entry.history, { at: now.toISOString(), status: judgement.status, files: {} }] };
  if (judgement.status === 'late') next.lateReason = judgement.lateReason;
  else delete next.lateReason;
  // a concurrent submit changed it: that submit was judged against the extension already
  if (!(await saveSubmission(next, entry.status, entry.receivedAt))) return extension;
  await appendAudit(submissionAggregate(entry.submissionId), { at: now.toISOString(), actor: officer.userId, action: 'rejudged-for-extension', fromState: entry.status, toState: next.status });
  return { ...extension, rejudged: { submissionId: entry.submissionId, from: entry.status, to: next.status } };
}
