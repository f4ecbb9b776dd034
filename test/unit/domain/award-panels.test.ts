import { describe, expect, it } from 'vitest';
import { combinedScore, panelCovers, panelOfMember, panelProgress, panelsOf, seedPanels, type PanelScore } from '../../../shared/domain/award-panels';
import { programme2570 } from '../../../shared/domain/award-programme';

const panels = seedPanels({ headOffice: ['h1', 'h2'], offices: { 'BKK-01': ['b1'], 'PRV-50': ['c1'] }, insuredPersons: ['i1'] });
const inBkk = { code: '1000001', officeCode: 'BKK-01' };
const outside = { code: '4000001', officeCode: 'PRV-40' };
const s = (memberId: string, panel: string, weighted: number): PanelScore => ({ memberId, panel, weighted });

describe('panelsOf', () => {
  it('gives a programme without panels one panel of every committee member, weight 100', () => {
    const [only, ...rest] = panelsOf(programme2570());
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ id: 'committee', members: 'any-committee-member', scores: { kind: 'all' }, weight: 100 });
    expect(panelOfMember([only!], 'anyone')?.id).toBe('committee');
  });
});

describe('who scores what', () => {
  it('puts each member on their own panel and nobody else on any', () => {
    expect(panelOfMember(panels, 'b1')?.id).toBe('office-bkk-01');
    expect(panelOfMember(panels, 'i1')?.id).toBe('insured-persons');
    expect(panelOfMember(panels, 'stranger')).toBeUndefined();
  });

  it('lets an office panel score only the hospitals in its area, a list panel only its list', () => {
    const office = panelOfMember(panels, 'b1')!;
    expect(panelCovers(office, inBkk)).toBe(true);
    expect(panelCovers(office, outside)).toBe(false);
    expect(panelCovers(office, { code: '1000009' })).toBe(false);
    expect(panelCovers({ scores: { kind: 'hospitals', hospitalCodes: ['4000001'] } }, outside)).toBe(true);
  });
});

describe('combinedScore', () => {
  it('weighs the panel means 50/30/20 for a hospital every panel covers', () => {
    const r = combinedScore(panels, inBkk, [s('h1', 'head-office', 80), s('h2', 'head-office', 90), s('b1', 'office-bkk-01', 50), s('i1', 'insured-persons', 100)]);
    expect(r.score).toBeCloseTo((50 * 85 + 30 * 50 + 20 * 100) / 100, 9);
    expect(r.counted).toEqual([80, 90, 50, 100]);
  });

  it('renormalises over the panels that cover the hospital: 50/20 → 5/7 and 2/7', () => {
    const r = combinedScore(panels, outside, [s('h1', 'head-office', 70), s('i1', 'insured-persons', 100)]);
    expect(r.score).toBeCloseTo((50 * 70 + 20 * 100) / 70, 9);
  });

  it('does not pull a score to 0 for a panel that has not scored yet', () => {
    expect(combinedScore(panels, inBkk, [s('h1', 'head-office', 86)]).score).toBe(86);
  });

  it('ignores a score of a panel that does not cover the hospital', () => {
    const r = combinedScore(panels, outside, [s('h1', 'head-office', 60), s('c1', 'office-prv-50', 100)]);
    expect([r.score, r.counted]).toEqual([60, [60]]);
  });

  it('is the plain mean of every score for the default panel, whatever panel a score was stored with', () => {
    expect(combinedScore(panelsOf({}), outside, [s('a', 'head-office', 60), s('b', 'unassigned', 90)]).score).toBe(75);
  });

  it('is undefined when no covering panel has scored', () => {
    expect(combinedScore(panels, inBkk, []).score).toBeUndefined();
  });
});

describe('panelProgress', () => {
  it('names the members still to score, leaving out a member linked to the hospital', () => {
    const progress = panelProgress(panels, inBkk, [s('h1', 'head-office', 80)], (m) => m === 'h2');
    expect(progress.map((p) => [p.panelId, p.finished, p.pendingMembers])).toEqual([
      ['head-office', true, []],
      ['office-bkk-01', false, ['b1']],
      ['insured-persons', false, ['i1']],
    ]);
  });

  it('reports only the panels that cover the hospital', () => {
    expect(panelProgress(panels, outside, [], () => false).map((p) => p.panelId)).toEqual(['head-office', 'insured-persons']);
  });

  it('counts the default panel finished once anyone has scored', () => {
    expect(panelProgress(panelsOf({}), inBkk, [], () => false)[0]!.finished).toBe(false);
    expect(panelProgress(panelsOf({}), inBkk, [s('x', 'committee', 1)], () => false)[0]!.finished).toBe(true);
  });
});
