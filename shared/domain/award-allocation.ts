// Turns committee scores into awards: weighted criteria scores, ranking with a fixed tie-break, category filling.
import type { AwardCriterion, AwardProgramme } from './award-programme';

export type InvalidScoreCode = 'SCORE_MISSING' | 'SCORE_OUT_OF_RANGE' | 'UNKNOWN_CRITERION';

/** A member's score sheet that does not fit the programme's criteria (maps to 400). */
export class InvalidScoreError extends Error {
  override readonly name = 'InvalidScoreError';
  constructor(
    readonly code: InvalidScoreCode,
    /** The field at fault, e.g. `scores.service-system`. */
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

export type AllocationInputCode = 'INVALID_MEMBER_SCORE' | 'UNKNOWN_DESIGNATED_CATEGORY' | 'DUPLICATE_SUBMISSION';

/** Entries that cannot be allocated as given; a caller bug or bad stored data, never a tie. */
export class AllocationInputError extends Error {
  override readonly name = 'AllocationInputError';
  constructor(
    readonly code: AllocationInputCode,
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * One member's weighted total: each criterion's score is normalised by its maxScore,
 * multiplied by its weight, and summed (with weights 60/40 the total is 0–100).
 * Every criterion must be scored, within 0..maxScore; unknown criteria are refused
 * rather than ignored, since a typo would otherwise silently score 0.
 */
export function weightedScore(
  criteria: readonly AwardCriterion[],
  scores: Readonly<Record<string, number>>,
): number {
  const known = new Set(criteria.map((c) => c.id));
  for (const id of Object.keys(scores)) {
    if (!known.has(id)) {
      throw new InvalidScoreError('UNKNOWN_CRITERION', `scores.${id}`, `"${id}" is not a criterion of this programme`);
    }
  }
  let total = 0;
  for (const c of criteria) {
    const score = Object.hasOwn(scores, c.id) ? scores[c.id] : undefined;
    if (score === undefined) {
      throw new InvalidScoreError('SCORE_MISSING', `scores.${c.id}`, `criterion "${c.id}" has no score`);
    }
    if (!Number.isFinite(score) || score < 0 || score > c.maxScore) {
      throw new InvalidScoreError(
        'SCORE_OUT_OF_RANGE',
        `scores.${c.id}`,
        `criterion "${c.id}" must be scored 0–${c.maxScore}, got ${score}`,
      );
    }
    // Multiply before dividing: 7 * 60 / 10 is exactly 42, 7 / 10 * 60 is not.
    total += (score * c.weight) / c.maxScore;
  }
  return total;
}

export interface AllocationEntry {
  submissionId: string;
  hospitalCode: string;
  /** Each committee member's weighted total for this submission (see weightedScore). */
  scores: readonly number[];
  /**
   * The panels' means combined by weight (award-panels.ts); when absent, the plain mean of
   * `scores` (one panel of every member). It takes the place of the mean in the ranking.
   */
  combined?: number;
  supportsSsoWork: boolean;
  /** Set by the awards officers for a 'designated' category such as honour. */
  designatedCategoryId?: string;
  /** When the submission counted as received; only used to break exact ties. */
  receivedAt?: Date;
}

export interface Award {
  categoryId: string;
  hospitalCode: string;
  submissionId: string;
  prizeThb: number;
  /** 1-based place within its category. */
  rank: number;
}

export interface AwardAllocation {
  awards: Award[];
  unfilled: Array<{ categoryId: string; places: number }>;
  totalPrizeThb: number;
}

export interface RankedEntry {
  entry: AllocationEntry;
  /** The score ranked on (combined panel means, or the mean of the member scores); undefined when nobody has scored the entry. */
  mean: number | undefined;
}

interface RankKey {
  entry: AllocationEntry;
  mean: number | undefined;
  meanKey: number;
  minKey: number;
  count: number;
  receivedAt: number | undefined;
}

// Means are compared at a micro-point resolution: differences below that are
// floating-point noise of averaging, not a committee's judgement, and bucketing
// (unlike an epsilon) keeps the order transitive.
const RESOLUTION = 1e6;

function rankKey(entry: AllocationEntry): RankKey {
  const count = entry.scores.length;
  const mean = count === 0 ? undefined : (entry.combined ?? entry.scores.reduce((s, x) => s + x, 0) / count);
  return {
    entry,
    mean,
    meanKey: mean === undefined ? -Infinity : Math.round(mean * RESOLUTION),
    minKey: count === 0 ? -Infinity : Math.round(Math.min(...entry.scores) * RESOLUTION),
    count,
    receivedAt: entry.receivedAt?.getTime(),
  };
}

// Code-unit order, not localeCompare: the result must not depend on the runtime's locale.
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/*
 * The tie-break rule (published with the results), applied in order:
 *   1. higher mean of the members' weighted totals (with panels: the panels' means combined
 *      by weight, award-panels.ts);
 *   2. higher lowest member score (broad agreement beats one enthusiast);
 *   3. more member scores (a mean from more members is the surer one);
 *   4. earlier receivedAt, when known (an entry with it before one without);
 *   5. hospitalCode ascending, then submissionId ascending, so that the order is
 *      total and the same on every run whatever the input order.
 * Unscored entries come after all scored ones; they are never ranked into 'rank' or
 * 'special' places, but may hold a 'designated' place (the officers' decision).
 */
function compareKeys(a: RankKey, b: RankKey): number {
  if (a.meanKey !== b.meanKey) return b.meanKey > a.meanKey ? 1 : -1;
  if (a.minKey !== b.minKey) return b.minKey > a.minKey ? 1 : -1;
  if (a.count !== b.count) return b.count - a.count;
  if (a.receivedAt !== b.receivedAt) {
    if (a.receivedAt === undefined) return 1;
    if (b.receivedAt === undefined) return -1;
    return a.receivedAt - b.receivedAt;
  }
  return (
    compareStrings(a.entry.hospitalCode, b.entry.hospitalCode) ||
    compareStrings(a.entry.submissionId, b.entry.submissionId)
  );
}

function validateEntries(programme: Pick<AwardProgramme, 'categories'>, entries: readonly AllocationEntry[]): void {
  const designatable = new Set(programme.categories.filter((c) => c.allocation === 'designated').map((c) => c.id));
  const submissions = new Set<string>();
  entries.forEach((e, i) => {
    if (submissions.has(e.submissionId)) {
      throw new AllocationInputError('DUPLICATE_SUBMISSION', `entries[${i}].submissionId`, `submission "${e.submissionId}" appears twice`);
    }
    submissions.add(e.submissionId);
    e.scores.forEach((s, j) => {
      if (!Number.isFinite(s) || s < 0) {
        throw new AllocationInputError('INVALID_MEMBER_SCORE', `entries[${i}].scores[${j}]`, `member score must be a finite number ≥ 0, got ${s}`);
      }
    });
    if (e.designatedCategoryId !== undefined && !designatable.has(e.designatedCategoryId)) {
      throw new AllocationInputError(
        'UNKNOWN_DESIGNATED_CATEGORY',
        `entries[${i}].designatedCategoryId`,
        `"${e.designatedCategoryId}" is not a designated category of this programme`,
      );
    }
  });
}

/** All entries, best first, by the tie-break rule above. */
export function rankEntries(entries: readonly AllocationEntry[]): RankedEntry[] {
  return entries
    .map(rankKey)
    .sort(compareKeys)
    .map(({ entry, mean }) => ({ entry, mean }));
}

/**
 * Fills the programme's categories in their order. 'designated' takes the entries the
 * officers designated for it, 'rank' the best-ranked scored entries, 'special' the
 * best-ranked scored entries that support SSO work; each only among hospitals not yet
 * awarded, so a hospital gets at most one award (its best entry's). A designated
 * hospital that does not fit its category competes in the later ones like any other.
 * Places nobody qualifies for stay empty and are reported, never filled from elsewhere.
 */
export function allocateAwards(
  programme: Pick<AwardProgramme, 'categories'>,
  entries: readonly AllocationEntry[],
): AwardAllocation {
  validateEntries(programme, entries);
  const ranked = rankEntries(entries).map((r) => r.entry);
  const awardedHospitals = new Set<string>();
  const awards: Award[] = [];
  const unfilled: AwardAllocation['unfilled'] = [];

  for (const category of programme.categories) {
    const qualifies = (e: AllocationEntry): boolean => {
      switch (category.allocation) {
        case 'designated':
          return e.designatedCategoryId === category.id;
        case 'rank':
          return e.scores.length > 0;
        case 'special':
          return e.scores.length > 0 && e.supportsSsoWork;
      }
    };
    let place = 0;
    for (const e of ranked) {
      if (place === category.count) break;
      if (awardedHospitals.has(e.hospitalCode) || !qualifies(e)) continue;
      awardedHospitals.add(e.hospitalCode);
      place += 1;
      awards.push({
        categoryId: category.id,
        hospitalCode: e.hospitalCode,
        submissionId: e.submissionId,
        prizeThb: category.prizeThb,
        rank: place,
      });
    }
    if (place < category.count) unfilled.push({ categoryId: category.id, places: category.count - place });
  }

  return { awards, unfilled, totalPrizeThb: awards.reduce((s, a) => s + a.prizeThb, 0) };
}
