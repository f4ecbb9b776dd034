// The Hospital of the Heart award programme as data: dates, categories, prizes and criteria (seed 000).
import * as z from 'zod/mini';
import { programmeIssues } from './award-invariants';

// Bangkok calendar dates travel as ISO `YYYY-MM-DD` strings, never as instants:
// a deadline is a day in Asia/Bangkok, and comparing such strings compares days.
// An impossible day (2026-02-30) is refused with its own code, never rolled over.
export const isoDateSchema = z.iso.date('INVALID_DATE');

const kebabId = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, single hyphens)'));

export const awardCategorySchema = z.object({
  id: kebabId,
  nameTh: z.string().check(z.trim(), z.minLength(1)),
  nameEn: z.string().check(z.trim(), z.minLength(1)),
  count: z.number().check(z.int(), z.gte(0)),
  prizeThb: z.number().check(z.int(), z.gte(0)),
  // How places are filled (see award-allocation.ts): by committee rank, by rank among
  // hospitals that support SSO work, or by the officers' designation.
  allocation: z.enum(['rank', 'special', 'designated']),
});

export const awardCriterionSchema = z.object({
  id: kebabId,
  nameTh: z.string().check(z.trim(), z.minLength(1)),
  nameEn: z.string().check(z.trim(), z.minLength(1)),
  weight: z.number().check(z.gt(0)),
  maxScore: z.number().check(z.gt(0)),
});

// A committee panel (seed 000: the head-office working group, the area and provincial offices
// and branches, insured persons' representatives): its members score the hospitals it covers,
// and its mean counts with its weight in a hospital's score (see award-panels.ts).
export const awardPanelSchema = z.object({
  id: kebabId,
  nameTh: z.string().check(z.trim(), z.minLength(1)),
  nameEn: z.string().check(z.trim(), z.minLength(1)),
  /** Committee user ids; a member sits on one panel of a programme. */
  members: z.array(z.string().check(z.minLength(3), z.maxLength(40))).check(z.minLength(1)),
  /** The hospitals it scores: all, those under some offices (an office's area), or a list. */
  scores: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('all') }),
    z.object({ kind: z.literal('offices'), officeCodes: z.array(z.string().check(z.minLength(1), z.maxLength(20))).check(z.minLength(1)) }),
    z.object({ kind: z.literal('hospitals'), hospitalCodes: z.array(z.string().check(z.regex(/^\d{7}$/))).check(z.minLength(1)) }),
  ]),
  weight: z.number().check(z.gt(0), z.lte(100)),
});

/** The programme's shape, field by field; its contradictions are award-invariants.ts's (422 at the API). */
export const awardProgrammeShape = z.object({
  yearBE: z.number().check(z.int(), z.gte(2500), z.lte(2700)),
  opensOn: isoDateSchema,
  deadline: isoDateSchema,
  announceOn: isoDateSchema,
  // Order matters: categories are filled in this order.
  categories: z.array(awardCategorySchema).check(z.minLength(1)),
  criteria: z.array(awardCriterionSchema).check(z.minLength(1)),
  // Absent: one panel of every committee member, weight 100 (programmes before panels).
  panels: z.optional(z.array(awardPanelSchema).check(z.minLength(1))),
});

/** Shape and invariants together, for data the code itself ships or imports. */
export const awardProgrammeSchema = awardProgrammeShape.check(
  z.superRefine((p, ctx) => {
    for (const issue of programmeIssues(p)) ctx.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.code });
  }),
);

export type AwardProgramme = z.infer<typeof awardProgrammeSchema>;
export type AwardCategory = z.infer<typeof awardCategorySchema>;
export type AwardCriterion = z.infer<typeof awardCriterionSchema>;
export type AwardPanel = z.infer<typeof awardPanelSchema>;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

export function totalAwards(p: Pick<AwardProgramme, 'categories'>): number {
  return p.categories.reduce((sum, c) => sum + c.count, 0);
}

export function totalPrizeThb(p: Pick<AwardProgramme, 'categories'>): number {
  return p.categories.reduce((sum, c) => sum + c.count * c.prizeThb, 0);
}

// Seed 000, in the order it lists them. Honour is the officers' designation (the seed
// gives no ranking rule for it), the three placings follow the committee's ranking,
// and "special" is only for hospitals that support SSO work. The seed writes the
// fourth category as "รางวัลชนะเลิศอันดับ 2"; it is the second runner-up (the amount
// and the sequence say so), named here as SPEC §1 names it.
const CATEGORIES_2562: AwardCategory[] = [
  { id: 'honour', nameTh: 'รางวัลเกียรติยศ', nameEn: 'Honour award', count: 2, prizeThb: 100_000, allocation: 'designated' },
  { id: 'winner', nameTh: 'รางวัลชนะเลิศ', nameEn: 'Winner', count: 4, prizeThb: 200_000, allocation: 'rank' },
  { id: 'first-runner-up', nameTh: 'รางวัลรองชนะเลิศอันดับ 1', nameEn: 'First runner-up', count: 4, prizeThb: 100_000, allocation: 'rank' },
  { id: 'second-runner-up', nameTh: 'รางวัลรองชนะเลิศอันดับ 2', nameEn: 'Second runner-up', count: 4, prizeThb: 50_000, allocation: 'rank' },
  {
    id: 'special',
    nameTh: 'รางวัลพิเศษ (สถานพยาบาลที่ให้การสนับสนุนงานประกันสังคม)',
    nameEn: 'Special award (hospitals that support SSO work)',
    count: 6,
    prizeThb: 50_000,
    allocation: 'special',
  },
];

// The seed names two criteria ("เช่น … ฯลฯ": the full list is in the downloadable
// form, which we do not have). Each is scored 0–10 per member; weights 60/40 make a
// member's weighted total a 0–100 score, the quality service system weighing more
// because raising the quality of care is the programme's stated aim (the headline).
// Admins edit criteria per programme.
const CRITERIA_2562: AwardCriterion[] = [
  {
    id: 'service-system',
    nameTh: 'การจัดระบบบริการที่มีคุณภาพที่เอื้อประโยชน์ให้กับผู้ประกันตน',
    nameEn: 'A quality service system that benefits insured persons',
    weight: 60,
    maxScore: 10,
  },
  {
    id: 'health-promotion',
    nameTh: 'การจัดกิจกรรมส่งเสริมสุขภาพให้กับผู้ประกันตนอย่างสม่ำเสมอ',
    nameEn: 'Regular health promotion activities for insured persons',
    weight: 40,
    maxScore: 10,
  },
];

// The seed states no opening date. A programme's cycle opens the day after the
// previous year's award ceremony (3 September), so opensOn is 4 September of the
// year before: early enough that no genuine postmark is refused as "before opening".
// Frozen: it is the historical record, shared by every importer.
export const PROGRAMME_2562: AwardProgramme = deepFreeze(
  awardProgrammeSchema.parse({
    yearBE: 2562,
    opensOn: '2018-09-04',
    deadline: '2019-07-10',
    announceOn: '2019-09-03', // SSO founding anniversary, every year
    categories: CATEGORIES_2562,
    criteria: CRITERIA_2562,
  }),
);

// The demo year: same categories and criteria as 2562, same calendar shape
// (open from 4 September 2026, deadline 10 July, announced 3 September).
// A function so that callers who edit it get their own copy.
export function programme2570(): AwardProgramme {
  return awardProgrammeSchema.parse({
    yearBE: 2570,
    opensOn: '2026-09-04',
    deadline: '2027-07-10',
    announceOn: '2027-09-03',
    categories: structuredClone(CATEGORIES_2562),
    criteria: structuredClone(CRITERIA_2562),
  });
}
