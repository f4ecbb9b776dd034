// What anyone may read of the award programmes: dates, categories, prizes, criteria and which
// committee panels score whom; who sits on them (members are user ids, i.e. sign-in names) only
// admins and awards officers, who keep programmes.
import { listProgrammes } from '../data/awards-repository';
import { totalAwards, totalPrizeThb, type AwardPanel, type AwardProgramme } from '../domain/award-programme';
import { loadProgramme } from './load-programme';

export type PublicPanel = Omit<AwardPanel, 'members'>;
/** A programme as GET /api/award-programmes/{yearBE} answers it: with its totals, panels without members but for a keeper. */
export type ProgrammeView = Omit<AwardProgramme, 'panels'> & { panels?: Array<PublicPanel & { members?: string[] }>; totalAwards: number; totalPrizeThb: number };
/** One programme of GET /api/award-programmes: its dates and totals. */
export type ProgrammeSummaryView = Pick<ProgrammeView, 'yearBE' | 'opensOn' | 'deadline' | 'announceOn' | 'totalAwards' | 'totalPrizeThb'>;

export async function programmeView(yearBE: number, viewer: { keeper: boolean }): Promise<ProgrammeView> {
  const { panels, ...programme } = await loadProgramme(yearBE);
  return {
    ...programme,
    ...(panels ? { panels: viewer.keeper ? panels : panels.map(({ members: _members, ...panel }) => panel) } : {}),
    totalAwards: totalAwards(programme),
    totalPrizeThb: totalPrizeThb(programme),
  };
}

/** Every programme, newest first. */
export async function programmeSummaries(): Promise<ProgrammeSummaryView[]> {
  return (await listProgrammes())
    .sort((a, b) => b.yearBE - a.yearBE)
    .map((p) => ({ yearBE: p.yearBE, opensOn: p.opensOn, deadline: p.deadline, announceOn: p.announceOn, totalAwards: totalAwards(p), totalPrizeThb: totalPrizeThb(p) }));
}
