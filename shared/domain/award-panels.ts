// Committee panels (seed 000): who may score which hospital, how panel means combine into a
// hospital's score, and which panels have not finished.
import type { AwardPanel, AwardProgramme } from './award-programme';

/** A panel as the rules use it; the default panel (programmes without panels) admits any committee member. */
export type EffectivePanel = Omit<AwardPanel, 'members'> & { members: readonly string[] | 'any-committee-member' };

export const DEFAULT_PANEL_ID = 'committee';

const DEFAULT_PANEL: EffectivePanel = {
  id: DEFAULT_PANEL_ID,
  nameTh: 'คณะกรรมการคัดเลือก',
  nameEn: 'Selection committee',
  members: 'any-committee-member',
  scores: { kind: 'all' },
  weight: 100,
};

/** The programme's panels, or one panel of every committee member with weight 100. */
export function panelsOf(programme: Pick<AwardProgramme, 'panels'>): EffectivePanel[] {
  return programme.panels?.length ? programme.panels : [DEFAULT_PANEL];
}

export interface PanelHospital {
  code: string;
  /** The SSO office whose area the hospital is in. */
  officeCode?: string;
}

export function panelCovers(panel: Pick<EffectivePanel, 'scores'>, hospital: PanelHospital): boolean {
  switch (panel.scores.kind) {
    case 'all':
      return true;
    case 'offices':
      return hospital.officeCode !== undefined && panel.scores.officeCodes.includes(hospital.officeCode);
    case 'hospitals':
      return panel.scores.hospitalCodes.includes(hospital.code);
  }
}

/** The panel a member sits on (one per programme), or undefined. */
export function panelOfMember(panels: readonly EffectivePanel[], memberId: string): EffectivePanel | undefined {
  return panels.find((p) => p.members === 'any-committee-member' || p.members.includes(memberId));
}

export interface PanelScore {
  memberId: string;
  panel: string;
  weighted: number;
}

export interface PanelMean {
  panelId: string;
  weight: number;
  mean: number;
  count: number;
}

export interface CombinedScore {
  /** Σ weight × panel mean ÷ Σ weight over the panels that cover the hospital and have scored it. */
  score: number | undefined;
  panels: PanelMean[];
  /** The member totals that counted (scores of panels that do not cover the hospital do not). */
  counted: number[];
}

// Scores of the default panel are every score of the entry, whatever panel label they were stored with.
function scoresOfPanel(panel: EffectivePanel, scores: readonly PanelScore[]): PanelScore[] {
  return panel.members === 'any-committee-member' ? [...scores] : scores.filter((s) => s.panel === panel.id);
}

/**
 * A hospital's score: each covering panel's mean of its members' weighted totals, combined by the
 * panels' weights renormalised over the panels that cover the hospital and have scored it. With
 * weights 50/30/20 a hospital outside every office panel's area is scored 50/20 → 5/7 and 2/7; a
 * panel that has not scored yet does not pull the score to 0. One panel of weight 100 gives the
 * plain mean of the members' totals, as before panels.
 */
export function combinedScore(panels: readonly EffectivePanel[], hospital: PanelHospital, scores: readonly PanelScore[]): CombinedScore {
  const means: PanelMean[] = [];
  const counted: number[] = [];
  for (const panel of panels) {
    if (!panelCovers(panel, hospital)) continue;
    const own = scoresOfPanel(panel, scores);
    if (!own.length) continue;
    counted.push(...own.map((s) => s.weighted));
    means.push({ panelId: panel.id, weight: panel.weight, mean: own.reduce((s, x) => s + x.weighted, 0) / own.length, count: own.length });
  }
  const weights = means.reduce((s, m) => s + m.weight, 0);
  return { score: weights ? means.reduce((s, m) => s + m.weight * m.mean, 0) / weights : undefined, panels: means, counted };
}

export interface PanelProgress {
  panelId: string;
  finished: boolean;
  /** Members expected to score this entry: the panel's members without those linked to the hospital. */
  pendingMembers: string[];
  scored: number;
}

/**
 * Whether each covering panel has finished an entry: every member not linked to the hospital
 * has scored it. The default panel has no roster; it has finished once anyone scored.
 */
export function panelProgress(panels: readonly EffectivePanel[], hospital: PanelHospital, scores: readonly PanelScore[], isLinked: (memberId: string) => boolean): PanelProgress[] {
  return panels
    .filter((p) => panelCovers(p, hospital))
    .map((panel) => {
      const own = scoresOfPanel(panel, scores);
      if (panel.members === 'any-committee-member') return { panelId: panel.id, finished: own.length > 0, pendingMembers: [], scored: own.length };
      const done = new Set(own.map((s) => s.memberId));
      const pendingMembers = panel.members.filter((m) => !done.has(m) && !isLinked(m));
      return { panelId: panel.id, finished: pendingMembers.length === 0, pendingMembers, scored: own.length };
    });
}

/**
 * Panels shaped as seed 000 describes the selection: the head-office working group scores every
 * hospital (weight 50), each office's panel the hospitals in its area (30), insured persons'
 * representatives every hospital (20). A hospital in an office's area is scored 50/30/20; one
 * outside every office panel 50/20, renormalised. Members are the deployment's committee ids.
 */
export function seedPanels(members: { headOffice: string[]; offices: Record<string, string[]>; insuredPersons: string[] }): AwardPanel[] {
  return [
    { id: 'head-office', nameTh: 'คณะทำงานสำนักงานประกันสังคม (ส่วนกลาง)', nameEn: 'Head-office working group', members: members.headOffice, scores: { kind: 'all' }, weight: 50 },
    ...Object.entries(members.offices).map(([officeCode, officeMembers]): AwardPanel => ({
      id: `office-${officeCode.toLowerCase()}`,
      nameTh: `สำนักงานประกันสังคม ${officeCode}`,
      nameEn: `SSO office ${officeCode}`,
      members: officeMembers,
      scores: { kind: 'offices', officeCodes: [officeCode] },
      weight: 30,
    })),
    { id: 'insured-persons', nameTh: 'ผู้แทนผู้ประกันตน', nameEn: "Insured persons' representatives", members: members.insuredPersons, scores: { kind: 'all' }, weight: 20 },
  ];
}
