import { describe, expect, it } from 'vitest';
import {
  AllocationInputError,
  allocateAwards,
  InvalidScoreError,
  rankEntries,
  weightedScore,
  type AllocationEntry,
} from '../../../shared/domain/award-allocation';
import { PROGRAMME_2562, type AwardCategory } from '../../../shared/domain/award-programme';

const anEntry = (hospitalCode: string, scores: number[], overrides: Partial<AllocationEntry> = {}): AllocationEntry => ({
  submissionId: `sub-${hospitalCode}`,
  hospitalCode,
  scores,
  supportsSsoWork: false,
  ...overrides,
});

const category = (
  id: string,
  count: number,
  allocation: AwardCategory['allocation'],
  prizeThb = 1_000,
): AwardCategory => ({ id, nameTh: id, nameEn: id, count, prizeThb, allocation });

const programmeOf = (...categories: AwardCategory[]) => ({ categories });
const winners = (result: ReturnType<typeof allocateAwards>, categoryId: string) =>
  result.awards.filter((a) => a.categoryId === categoryId).map((a) => a.hospitalCode);

describe('weightedScore', () => {
  const criteria = PROGRAMME_2562.criteria;

  it.each([
    ['full marks', { 'service-system': 10, 'health-promotion': 10 }, 100],
    ['zero marks', { 'service-system': 0, 'health-promotion': 0 }, 0],
    ['7 and 5 (60% of 7/10 plus 40% of 5/10)', { 'service-system': 7, 'health-promotion': 5 }, 62],
    ['fractional marks', { 'service-system': 8.5, 'health-promotion': 9.5 }, 89],
  ])('gives %s a weighted total of %d', (_, scores, expected) => {
    expect(weightedScore(criteria, scores)).toBeCloseTo(expected, 10);
  });

  it('normalises by each criterion’s maxScore, so scales may differ', () => {
    const mixed = [
      { id: 'a', nameTh: 'ก', nameEn: 'A', weight: 1, maxScore: 5 },
      { id: 'b', nameTh: 'ข', nameEn: 'B', weight: 3, maxScore: 100 },
    ];
    expect(weightedScore(mixed, { a: 5, b: 50 })).toBeCloseTo(1 + 1.5, 10);
  });

  it.each([
    ['a missing criterion', { 'service-system': 7 }, 'SCORE_MISSING', 'scores.health-promotion'],
    ['a score above maxScore', { 'service-system': 11, 'health-promotion': 5 }, 'SCORE_OUT_OF_RANGE', 'scores.service-system'],
    ['a negative score', { 'service-system': 7, 'health-promotion': -1 }, 'SCORE_OUT_OF_RANGE', 'scores.health-promotion'],
    ['a NaN score', { 'service-system': Number.NaN, 'health-promotion': 5 }, 'SCORE_OUT_OF_RANGE', 'scores.service-system'],
    ['an unknown criterion', { 'service-system': 7, 'health-promotion': 5, kindness: 3 }, 'UNKNOWN_CRITERION', 'scores.kindness'],
  ])('refuses %s with a typed error', (_, scores, code, path) => {
    let caught: unknown;
    try {
      weightedScore(criteria, scores);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidScoreError);
    expect(caught).toMatchObject({ name: 'InvalidScoreError', code, path });
  });

  it('does not take an inherited property for a score', () => {
    const scores = Object.create({ 'health-promotion': 5 }) as Record<string, number>;
    scores['service-system'] = 7;
    expect(() => weightedScore(criteria, scores)).toThrow(InvalidScoreError);
  });
});

describe('rankEntries: the tie-break rule', () => {
  it.each<[string, AllocationEntry, AllocationEntry]>([
    ['a higher mean', anEntry('B', [80, 80]), anEntry('A', [70, 70])],
    ['at an equal mean, a higher lowest member score', anEntry('B', [75, 75]), anEntry('A', [60, 90])],
    ['at an equal mean and minimum, more member scores', anEntry('B', [70, 70, 70]), anEntry('A', [70, 70])],
    [
      'at equal scores, the earlier receivedAt',
      anEntry('B', [70], { receivedAt: new Date('2019-07-01T00:00:00Z') }),
      anEntry('A', [70], { receivedAt: new Date('2019-07-02T00:00:00Z') }),
    ],
    ['at equal scores, a known receivedAt over an unknown one', anEntry('B', [70], { receivedAt: new Date('2019-07-09T00:00:00Z') }), anEntry('A', [70])],
    ['at equal scores and no receivedAt, the lower hospitalCode', anEntry('A', [70]), anEntry('B', [70])],
    ['any scored entry over an unscored one', anEntry('B', [1]), anEntry('A', [])],
    ['the lower hospitalCode when means differ only by floating-point noise', anEntry('A', [0.3]), anEntry('B', [0.1 + 0.2])],
  ])('puts first %s', (_, first, second) => {
    expect(rankEntries([second, first]).map((r) => r.entry)).toEqual([first, second]);
    expect(rankEntries([first, second]).map((r) => r.entry)).toEqual([first, second]);
  });

  it('orders two submissions of one hospital by submissionId when all else is equal', () => {
    const a = anEntry('H', [70], { submissionId: 'a' });
    const b = anEntry('H', [70], { submissionId: 'b' });
    expect(rankEntries([b, a]).map((r) => r.entry.submissionId)).toEqual(['a', 'b']);
  });

  it('reports the mean, or undefined when nobody has scored', () => {
    expect(rankEntries([anEntry('A', [60, 90]), anEntry('B', [])]).map((r) => r.mean)).toEqual([75, undefined]);
  });
});

describe('allocateAwards', () => {
  it('fills rank categories in programme order from the best mean down', () => {
    const programme = programmeOf(category('winner', 1, 'rank', 200), category('runner-up', 2, 'rank', 100));
    const result = allocateAwards(programme, [
      anEntry('D', [60]),
      anEntry('A', [90]),
      anEntry('C', [70]),
      anEntry('B', [80]),
    ]);
    expect(result.awards).toEqual([
      { categoryId: 'winner', hospitalCode: 'A', submissionId: 'sub-A', prizeThb: 200, rank: 1 },
      { categoryId: 'runner-up', hospitalCode: 'B', submissionId: 'sub-B', prizeThb: 100, rank: 1 },
      { categoryId: 'runner-up', hospitalCode: 'C', submissionId: 'sub-C', prizeThb: 100, rank: 2 },
    ]);
    expect(result.unfilled).toEqual([]);
    expect(result.totalPrizeThb).toBe(400);
  });

  it('gives the winner place to the tied entry the rule puts first, whatever the input order', () => {
    const programme = programmeOf(category('winner', 1, 'rank'), category('runner-up', 1, 'rank'));
    const tied = [anEntry('B', [80, 80]), anEntry('A', [70, 90])];
    expect(winners(allocateAwards(programme, tied), 'winner')).toEqual(['B']);
    expect(winners(allocateAwards(programme, [...tied].reverse()), 'winner')).toEqual(['B']);
  });

  it('gives a hospital at most one award, even with several submissions', () => {
    const programme = programmeOf(category('winner', 1, 'rank'), category('runner-up', 2, 'rank'));
    const result = allocateAwards(programme, [
      anEntry('A', [95], { submissionId: 'a1' }),
      anEntry('A', [90], { submissionId: 'a2' }),
      anEntry('B', [80]),
    ]);
    expect(result.awards.map((a) => [a.categoryId, a.submissionId])).toEqual([
      ['winner', 'a1'],
      ['runner-up', 'sub-B'],
    ]);
    expect(result.unfilled).toEqual([{ categoryId: 'runner-up', places: 1 }]);
  });

  it('gives special awards only to hospitals that support SSO work', () => {
    const programme = programmeOf(category('winner', 1, 'rank'), category('special', 2, 'special'));
    const result = allocateAwards(programme, [
      anEntry('A', [95], { supportsSsoWork: true }),
      anEntry('B', [90]),
      anEntry('C', [50], { supportsSsoWork: true }),
      anEntry('D', [40], { supportsSsoWork: true }),
    ]);
    expect(winners(result, 'winner')).toEqual(['A']);
    expect(winners(result, 'special')).toEqual(['C', 'D']);
  });

  it('leaves special places empty, not filled by non-supporters, when too few supporters remain', () => {
    const programme = programmeOf(category('special', 3, 'special'));
    const result = allocateAwards(programme, [anEntry('A', [95]), anEntry('B', [30], { supportsSsoWork: true })]);
    expect(winners(result, 'special')).toEqual(['B']);
    expect(result.unfilled).toEqual([{ categoryId: 'special', places: 2 }]);
  });

  it('fills designated categories with the officers’ designees in rank order, unscored ones last', () => {
    const programme = programmeOf(category('honour', 2, 'designated'), category('winner', 2, 'rank'));
    const result = allocateAwards(programme, [
      anEntry('A', [99]),
      anEntry('X', [], { designatedCategoryId: 'honour' }),
      anEntry('Y', [60], { designatedCategoryId: 'honour' }),
      anEntry('Z', [70], { designatedCategoryId: 'honour' }),
    ]);
    expect(winners(result, 'honour')).toEqual(['Z', 'Y']);
    // X, designated but unplaced and unscored, is not ranked; Y and Z hold an award already.
    expect(winners(result, 'winner')).toEqual(['A']);
    expect(result.unfilled).toEqual([{ categoryId: 'winner', places: 1 }]);
  });

  it('gives an unscored designee a designated place', () => {
    const result = allocateAwards(programmeOf(category('honour', 1, 'designated')), [
      anEntry('X', [], { designatedCategoryId: 'honour' }),
    ]);
    expect(winners(result, 'honour')).toEqual(['X']);
  });

  it('never ranks an entry with no scores into rank or special places', () => {
    const programme = programmeOf(category('winner', 1, 'rank'), category('special', 1, 'special'));
    const result = allocateAwards(programme, [anEntry('A', []), anEntry('B', [], { supportsSsoWork: true })]);
    expect(result.awards).toEqual([]);
    expect(result.unfilled).toEqual([
      { categoryId: 'winner', places: 1 },
      { categoryId: 'special', places: 1 },
    ]);
    expect(result.totalPrizeThb).toBe(0);
  });

  it('reports every empty place when there are no entries, and nothing for zero-award categories', () => {
    const result = allocateAwards(PROGRAMME_2562, []);
    expect(result.awards).toEqual([]);
    expect(result.unfilled).toEqual(PROGRAMME_2562.categories.map((c) => ({ categoryId: c.id, places: c.count })));
    expect(allocateAwards(programmeOf(category('none', 0, 'rank')), [anEntry('A', [1])]).unfilled).toEqual([]);
  });

  it('allocates the whole 2562 programme: 20 awards, 1,900,000 THB', () => {
    const entries: AllocationEntry[] = Array.from({ length: 30 }, (_, i) => {
      const code = `H${String(i).padStart(2, '0')}`;
      return anEntry(code, [100 - i, 99 - i], {
        supportsSsoWork: i % 2 === 0,
        designatedCategoryId: i >= 28 ? 'honour' : undefined,
      });
    });
    const result = allocateAwards(PROGRAMME_2562, entries);
    expect(result.awards).toHaveLength(20);
    expect(result.unfilled).toEqual([]);
    expect(result.totalPrizeThb).toBe(1_900_000);
    expect(new Set(result.awards.map((a) => a.hospitalCode)).size).toBe(20);
    expect(winners(result, 'honour')).toEqual(['H28', 'H29']);
    expect(winners(result, 'winner')).toEqual(['H00', 'H01', 'H02', 'H03']);
    expect(winners(result, 'special')).toEqual(['H12', 'H14', 'H16', 'H18', 'H20', 'H22']);
  });

  it.each<[string, AllocationEntry[], string, string]>([
    ['a designation to an unknown category', [anEntry('A', [1], { designatedCategoryId: 'gold' })], 'UNKNOWN_DESIGNATED_CATEGORY', 'entries[0].designatedCategoryId'],
    ['a designation to a rank category', [anEntry('A', [1], { designatedCategoryId: 'winner' })], 'UNKNOWN_DESIGNATED_CATEGORY', 'entries[0].designatedCategoryId'],
    ['a negative member score', [anEntry('A', [50, -1])], 'INVALID_MEMBER_SCORE', 'entries[0].scores[1]'],
    ['an infinite member score', [anEntry('A', [Number.POSITIVE_INFINITY])], 'INVALID_MEMBER_SCORE', 'entries[0].scores[0]'],
    ['the same submission twice', [anEntry('A', [1]), anEntry('B', [2], { submissionId: 'sub-A' })], 'DUPLICATE_SUBMISSION', 'entries[1].submissionId'],
  ])('refuses %s with a typed error', (_, entries, code, path) => {
    expect(() => allocateAwards(PROGRAMME_2562, entries)).toThrow(AllocationInputError);
    expect(() => allocateAwards(PROGRAMME_2562, entries)).toThrow(expect.objectContaining({ code, path }));
  });
});
