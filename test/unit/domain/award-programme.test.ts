import { describe, expect, it } from 'vitest';
import {
  awardProgrammeSchema,
  PROGRAMME_2562,
  programme2570,
  totalAwards,
  totalPrizeThb,
  type AwardProgramme,
} from '../../../shared/domain/award-programme';

const aProgramme = (overrides: Partial<AwardProgramme> = {}): AwardProgramme => ({
  ...structuredClone(programme2570()),
  ...overrides,
});

describe('PROGRAMME_2562 (seed 000)', () => {
  it('has 20 awards worth 1,900,000 THB in all', () => {
    expect(totalAwards(PROGRAMME_2562)).toBe(20);
    expect(totalPrizeThb(PROGRAMME_2562)).toBe(1_900_000);
  });

  it('closes on 10 July 2562 and is announced on 3 September, the SSO anniversary', () => {
    expect(PROGRAMME_2562).toMatchObject({ yearBE: 2562, deadline: '2019-07-10', announceOn: '2019-09-03' });
    expect(PROGRAMME_2562.opensOn <= PROGRAMME_2562.deadline).toBe(true);
  });

  it.each([
    ['honour', 2, 100_000, 'designated'],
    ['winner', 4, 200_000, 'rank'],
    ['first-runner-up', 4, 100_000, 'rank'],
    ['second-runner-up', 4, 50_000, 'rank'],
    ['special', 6, 50_000, 'special'],
  ] as const)('lists %s in seed order with %i awards of %i THB by %s', (id, count, prizeThb, allocation) => {
    const index = ['honour', 'winner', 'first-runner-up', 'second-runner-up', 'special'].indexOf(id);
    expect(PROGRAMME_2562.categories[index]).toMatchObject({ id, count, prizeThb, allocation });
  });

  it('scores the two criteria the seed names, with weights summing to 100', () => {
    expect(PROGRAMME_2562.criteria.map((c) => c.id)).toEqual(['service-system', 'health-promotion']);
    expect(PROGRAMME_2562.criteria.reduce((s, c) => s + c.weight, 0)).toBe(100);
  });

  it('is frozen, so no importer can rewrite the record', () => {
    expect(() => {
      (PROGRAMME_2562.categories[0] as { count: number }).count = 99;
    }).toThrow(TypeError);
  });

  it('passes its own schema', () => {
    expect(awardProgrammeSchema.safeParse(PROGRAMME_2562).success).toBe(true);
  });
});

describe('programme2570', () => {
  it('is open on 2026-11-23 and closes on 2027-07-10, announced 2027-09-03', () => {
    const p = programme2570();
    expect(p.yearBE).toBe(2570);
    expect(p.opensOn <= '2026-11-23').toBe(true);
    expect(p).toMatchObject({ deadline: '2027-07-10', announceOn: '2027-09-03' });
  });

  it('reuses the 2562 categories and criteria', () => {
    const p = programme2570();
    expect(p.categories).toEqual(PROGRAMME_2562.categories);
    expect(p.criteria).toEqual(PROGRAMME_2562.criteria);
    expect(totalPrizeThb(p)).toBe(1_900_000);
  });

  it('returns a fresh copy each call, so editing one leaves the next untouched', () => {
    const first = programme2570();
    first.categories[0]!.count = 0;
    expect(programme2570().categories[0]!.count).toBe(2);
  });
});

describe('totals', () => {
  it('count zero-award categories as nothing', () => {
    const p = aProgramme({
      categories: [
        { id: 'a', nameTh: 'ก', nameEn: 'A', count: 0, prizeThb: 1_000, allocation: 'rank' },
        { id: 'b', nameTh: 'ข', nameEn: 'B', count: 3, prizeThb: 0, allocation: 'rank' },
      ],
    });
    expect(totalAwards(p)).toBe(3);
    expect(totalPrizeThb(p)).toBe(0);
  });
});

describe('awardProgrammeSchema', () => {
  const base = programme2570();
  const category = base.categories[0]!;
  const criterion = base.criteria[0]!;

  it.each<[string, Partial<AwardProgramme>, string]>([
    ['a year before 2500 BE', { yearBE: 2499 }, 'yearBE'],
    ['a year after 2700 BE', { yearBE: 2701 }, 'yearBE'],
    ['a CE year', { yearBE: 2027 }, 'yearBE'],
    ['a fractional year', { yearBE: 2570.5 }, 'yearBE'],
    ['a date not in YYYY-MM-DD', { deadline: '10/07/2027' }, 'deadline'],
    ['an impossible date', { opensOn: '2027-02-30' }, 'opensOn'],
    ['a deadline before the opening', { opensOn: '2027-07-11' }, 'deadline'],
    ['an announcement before the deadline', { announceOn: '2027-07-09' }, 'announceOn'],
    ['no categories', { categories: [] }, 'categories'],
    ['no criteria', { criteria: [] }, 'criteria'],
    ['a category id that is not kebab-case', { categories: [{ ...category, id: 'First_Runner' }] }, 'categories.0.id'],
    ['a negative count', { categories: [{ ...category, count: -1 }] }, 'categories.0.count'],
    ['a fractional count', { categories: [{ ...category, count: 1.5 }] }, 'categories.0.count'],
    ['a negative prize', { categories: [{ ...category, prizeThb: -1 }] }, 'categories.0.prizeThb'],
    ['a fractional prize', { categories: [{ ...category, prizeThb: 0.5 }] }, 'categories.0.prizeThb'],
    ['an unknown allocation', { categories: [{ ...category, allocation: 'lottery' as never }] }, 'categories.0.allocation'],
    ['an empty Thai name', { categories: [{ ...category, nameTh: ' ' }] }, 'categories.0.nameTh'],
    ['duplicate category ids', { categories: [category, { ...category }] }, 'categories'],
    ['duplicate criterion ids', { criteria: [criterion, { ...criterion }] }, 'criteria'],
    ['a zero weight', { criteria: [{ ...criterion, weight: 0 }] }, 'criteria.0.weight'],
    ['a zero maxScore', { criteria: [{ ...criterion, maxScore: 0 }] }, 'criteria.0.maxScore'],
  ])('refuses %s', (_, overrides, path) => {
    const result = awardProgrammeSchema.safeParse({ ...base, ...overrides });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('accepts a programme that opens, closes and announces on the same day', () => {
    const result = awardProgrammeSchema.safeParse({
      ...base,
      opensOn: '2027-07-10',
      deadline: '2027-07-10',
      announceOn: '2027-07-10',
    });
    expect(result.success).toBe(true);
  });
});
