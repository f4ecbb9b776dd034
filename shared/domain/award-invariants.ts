// What must stay true of an award programme and its entries, as pure checks: every change
// (programme, extension, entry, score, results) is refused when it would break one.
import { effectiveDeadline, judgeEmail, judgeOnline, judgePostal, type IsoDate, type Judgement } from './award-deadline';
import { panelCovers, panelsOf, type EffectivePanel, type PanelHospital } from './award-panels';
import type { AwardProgramme } from './award-programme';
import { bangkokDate } from '../time/bangkok';

/** One broken invariant: a stable code, the field at fault and the HTTP status it answers with. */
export interface InvariantIssue {
  code: InvariantCode;
  path: string;
  /** 422: the change contradicts itself; 409: it contradicts what is already stored. */
  status: 409 | 422;
}

export type InvariantCode =
  | 'DEADLINE_BEFORE_OPENING'
  | 'ANNOUNCEMENT_BEFORE_DEADLINE'
  | 'YEAR_DATES_MISMATCH'
  | 'CRITERIA_WEIGHTS_NOT_100'
  | 'PANELS_DO_NOT_COVER_ALL'
  | 'PANEL_MEMBER_TWICE'
  | 'DUPLICATE_ID'
  | 'RESULTS_PUBLISHED'
  | 'DEADLINE_CHANGE_REJUDGES_ENTRIES'
  | 'ANNOUNCEMENT_BEFORE_EXTENSION'
  | 'EXTENSION_BEFORE_DEADLINE'
  | 'EXTENSION_AFTER_ANNOUNCEMENT'
  | 'ENTRY_MISJUDGED'
  | 'OPENING_AFTER_ENTRY'
  | 'PANELS_UNFINISHED'
  | 'PANEL_CHANGE_ORPHANS_SCORES';

/** The Buddhist Era runs 543 years ahead of the Common Era. */
const BE_OFFSET = 543;

// Weights are typed by people as whole numbers or tenths; a sum within a hundredth of 100 is 100.
const sumsTo100 = (weights: readonly number[]) => Math.abs(weights.reduce((s, w) => s + w, 0) - 100) < 0.01;

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

type ProgrammeData = Pick<AwardProgramme, 'yearBE' | 'opensOn' | 'deadline' | 'announceOn' | 'categories' | 'criteria' | 'panels'>;

/**
 * A programme that contradicts itself. The year is the year of the award ceremony (3 September,
 * seed 000): the announcement date's CE year + 543 must be the programme's BE year, and the
 * dates run opensOn ≤ deadline ≤ announceOn. Criteria weights sum to 100 (a member's weighted
 * total is then a 0–100 score). Panel weights are shares, renormalised per hospital over the
 * panels that cover it (award-panels.ts), so they need not sum to 100; but some panel must score
 * every hospital, or a hospital outside every listed area could never be scored. A member sits on
 * one panel only, so each score belongs to exactly one panel.
 */
export function programmeIssues(p: ProgrammeData): InvariantIssue[] {
  const issues: InvariantIssue[] = [];
  const add = (code: InvariantCode, path: string) => issues.push({ code, path, status: 422 });
  if (p.opensOn > p.deadline) add('DEADLINE_BEFORE_OPENING', 'deadline');
  if (p.deadline > p.announceOn) add('ANNOUNCEMENT_BEFORE_DEADLINE', 'announceOn');
  if (Number(p.announceOn.slice(0, 4)) + BE_OFFSET !== p.yearBE) add('YEAR_DATES_MISMATCH', 'announceOn');
  if (duplicates(p.categories.map((c) => c.id)).length) add('DUPLICATE_ID', 'categories');
  if (duplicates(p.criteria.map((c) => c.id)).length) add('DUPLICATE_ID', 'criteria');
  if (!sumsTo100(p.criteria.map((c) => c.weight))) add('CRITERIA_WEIGHTS_NOT_100', 'criteria');
  if (p.panels) {
    if (duplicates(p.panels.map((x) => x.id)).length) add('DUPLICATE_ID', 'panels');
    if (!p.panels.some((x) => x.scores.kind === 'all')) add('PANELS_DO_NOT_COVER_ALL', 'panels');
    const seen = new Set<string>();
    p.panels.forEach((panel, i) => {
      if (panel.members.some((m) => seen.has(m)) || duplicates(panel.members).length) add('PANEL_MEMBER_TWICE', `panels.${i}.members`);
      for (const m of panel.members) seen.add(m);
    });
  }
  return issues;
}

/** A judged entry as the deadline rules see it. */
export interface JudgedEntry {
  submissionId: string;
  hospitalCode: string;
  channel: 'online' | 'post' | 'email';
  status: 'draft' | 'received' | 'late';
  receivedAt?: string;
  postmarkDate?: string;
  emailReceivedAt?: string;
}

export interface ExtensionData {
  hospitalCode: string;
  deadline: IsoDate;
}

/** The judgement an entry's own channel rule gives against a deadline; undefined for a draft. */
export function judgeEntry(entry: JudgedEntry, deadline: IsoDate): Judgement | undefined {
  if (entry.status === 'draft') return undefined;
  if (entry.channel === 'post' && entry.postmarkDate) return judgePostal(entry.postmarkDate, deadline);
  if (entry.channel === 'email' && entry.emailReceivedAt) return judgeEmail(new Date(entry.emailReceivedAt), deadline);
  return entry.receivedAt ? judgeOnline(new Date(entry.receivedAt), deadline) : undefined;
}

/** The Bangkok day an entry counts from: its postmark, the day its e-mail arrived, or the day it was submitted. */
export function entryDate(entry: JudgedEntry): IsoDate | undefined {
  if (entry.channel === 'post' && entry.postmarkDate) return entry.postmarkDate;
  const at = entry.channel === 'email' ? entry.emailReceivedAt : entry.receivedAt;
  return at ? bangkokDate(new Date(at)) : undefined;
}

/** Entries whose stored status is not what the deadline (with the hospital's extension) gives. */
export function misjudgedEntries(programme: Pick<AwardProgramme, 'deadline'>, entries: readonly JudgedEntry[], extensions: readonly ExtensionData[]): JudgedEntry[] {
  const byHospital = new Map(extensions.map((e) => [e.hospitalCode, e]));
  return entries.filter((e) => {
    const judgement = judgeEntry(e, effectiveDeadline(programme, byHospital.get(e.hospitalCode)));
    return judgement !== undefined && judgement.status !== e.status;
  });
}

/** Nothing of a programme changes once its results are published: they are the public record. */
export function publishedIssues(results: { status: 'draft' | 'published' } | undefined): InvariantIssue[] {
  return results?.status === 'published' ? [{ code: 'RESULTS_PUBLISHED', path: '', status: 409 }] : [];
}

/** A stored score as the panel rules see it: who gave it, under which panel, to which hospital's entry. */
export interface StoredScore {
  submissionId: string;
  memberId: string;
  panel: string;
  hospital: PanelHospital;
}

// A score counts while its panel exists, its member still sits on it and it covers the hospital;
// the default panel (no panels) counts every score, whatever its label.
function scoreCounts(panels: readonly EffectivePanel[], s: StoredScore): boolean {
  const panel = panels.find((p) => p.members === 'any-committee-member' || p.id === s.panel);
  return panel !== undefined && (panel.members === 'any-committee-member' || panel.members.includes(s.memberId)) && panelCovers(panel, s.hospital);
}

/**
 * Panels changed after scoring must keep every score that counted: moving a member to another panel,
 * removing a panel, or narrowing what it covers would silently drop the scores given under it (the
 * combination counts a score only for its own panel, over the hospitals that panel covers). Each
 * score that counts under the stored panels and would not under the new ones is one 409 issue.
 * A score that already counted for nothing (a label from before panels) blocks nothing.
 */
export function orphanedScoreIssues(stored: Pick<AwardProgramme, 'panels'>, next: Pick<AwardProgramme, 'panels'>, scores: readonly StoredScore[]): InvariantIssue[] {
  const before = panelsOf(stored);
  const after = panelsOf(next);
  return scores
    .filter((s) => scoreCounts(before, s) && !scoreCounts(after, s))
    .map((s) => ({ code: 'PANEL_CHANGE_ORPHANS_SCORES', path: `entries.${s.submissionId}.scores.${s.memberId}`, status: 409 }));
}

/**
 * A programme saved over the stored one: its own invariants (422), then what is stored (409):
 * published results freeze it; panels may not change so as to drop a stored score; a new deadline must judge every entry as it was judged (moving it
 * earlier would strand on-time entries, later would leave late ones marked late); the opening may
 * not move past an entry already in (it would count from before the programme opened); the
 * announcement may not come before a granted extension ends.
 */
export function programmeChangeIssues(
  next: ProgrammeData,
  stored: {
    results?: { status: 'draft' | 'published' };
    entries: readonly JudgedEntry[];
    extensions: readonly ExtensionData[];
    /** The programme as stored (its panels) and the scores given under it. */
    programme?: Pick<AwardProgramme, 'panels'>;
    scores?: readonly StoredScore[];
  },
): InvariantIssue[] {
  const own = programmeIssues(next);
  if (own.length) return own;
  const published = publishedIssues(stored.results);
  if (published.length) return published;
  const issues: InvariantIssue[] = misjudgedEntries(next, stored.entries, stored.extensions).map((e) => ({
    code: 'DEADLINE_CHANGE_REJUDGES_ENTRIES',
    path: `entries.${e.submissionId}`,
    status: 409,
  }));
  for (const e of stored.entries) {
    const day = e.status === 'draft' ? undefined : entryDate(e);
    if (day !== undefined && day < next.opensOn) issues.push({ code: 'OPENING_AFTER_ENTRY', path: `entries.${e.submissionId}`, status: 409 });
  }
  const latest = stored.extensions.reduce<IsoDate | undefined>((max, e) => (max === undefined || e.deadline > max ? e.deadline : max), undefined);
  if (latest !== undefined && latest > next.announceOn) issues.push({ code: 'ANNOUNCEMENT_BEFORE_EXTENSION', path: 'announceOn', status: 409 });
  issues.push(...orphanedScoreIssues(stored.programme ?? {}, next, stored.scores ?? []));
  return issues;
}

/**
 * An extension moves one hospital's deadline later than the programme's and ends no later than
 * the announcement (entries must be in before the winners are announced). An extension granted
 * after the hospital's entry was judged re-judges it in the same change (award-submissions.ts):
 * that is what a retroactive extension is for (e.g. a power cut on the last day).
 */
export function extensionIssues(programme: Pick<AwardProgramme, 'deadline' | 'announceOn'>, deadline: IsoDate, results?: { status: 'draft' | 'published' }): InvariantIssue[] {
  const published = publishedIssues(results);
  if (published.length) return published;
  if (deadline <= programme.deadline) return [{ code: 'EXTENSION_BEFORE_DEADLINE', path: 'deadline', status: 422 }];
  if (deadline > programme.announceOn) return [{ code: 'EXTENSION_AFTER_ANNOUNCEMENT', path: 'deadline', status: 422 }];
  return [];
}

/**
 * Results are computed only from a consistent programme: one saved before these rules (or written
 * around them) may contradict itself, or hold an entry judged otherwise than its deadline judges it;
 * ranking it would publish the contradiction. Every issue answers 409: it is stored data, not the request.
 */
export function resultsIssues(programme: ProgrammeData, entries: readonly JudgedEntry[], extensions: readonly ExtensionData[]): InvariantIssue[] {
  return [
    ...programmeIssues(programme).map((i) => ({ ...i, status: 409 as const })),
    ...misjudgedEntries(programme, entries, extensions).map((e): InvariantIssue => ({ code: 'ENTRY_MISJUDGED', path: `entries.${e.submissionId}`, status: 409 })),
  ];
}

/**
 * Published results are the public record, so every panel must have finished first: a panel that
 * has not scored an eligible entry it covers (members still to score it, award-panels.ts's
 * panelProgress) blocks publishing, one issue per such panel (409: the stored scores are short).
 * A draft may be drawn at any time; it shows the officers what is missing.
 */
export function publishIssues(panels: ReadonlyArray<{ panelId: string; finished: boolean }>): InvariantIssue[] {
  return panels.filter((p) => !p.finished).map((p) => ({ code: 'PANELS_UNFINISHED', path: `panels.${p.panelId}`, status: 409 }));
}
