import { describe, expect, it } from 'vitest';
import { extensionIssues, judgeEntry, misjudgedEntries, orphanedScoreIssues, programmeChangeIssues, programmeIssues, publishedIssues, publishIssues, resultsIssues, type JudgedEntry, type StoredScore } from '../../../shared/domain/award-invariants';
import { awardProgrammeSchema, programme2570, PROGRAMME_2562 } from '../../../shared/domain/award-programme';
import { seedPanels } from '../../../shared/domain/award-panels';

const codes = (issues: Array<{ code: string; path: string }>) => issues.map((i) => [i.code, i.path]);
const base = () => ({ ...programme2570(), panels: seedPanels({ headOffice: ['h1'], offices: { 'BKK-01': ['b1'] }, insuredPersons: ['i1'] }) });
const online = (status: 'received' | 'late', receivedAt: string): JudgedEntry => ({ submissionId: 'AW-2570-1000001', hospitalCode: '1000001', channel: 'online', status, receivedAt });

describe('programmeIssues', () => {
  it('finds nothing wrong with the shipped programmes', () => {
    expect(programmeIssues(PROGRAMME_2562)).toEqual([]);
    expect(programmeIssues(base())).toEqual([]);
  });

  it.each<[string, object, string, string]>([
    ['a deadline before the opening', { opensOn: '2027-07-11' }, 'DEADLINE_BEFORE_OPENING', 'deadline'],
    ['an announcement before the deadline', { announceOn: '2027-07-09' }, 'ANNOUNCEMENT_BEFORE_DEADLINE', 'announceOn'],
    ['a BE year that is not the announcement year + 543', { yearBE: 2571 }, 'YEAR_DATES_MISMATCH', 'announceOn'],
    ['criteria weights summing to 90', { criteria: programme2570().criteria.map((c, i) => ({ ...c, weight: i ? 30 : 60 })) }, 'CRITERIA_WEIGHTS_NOT_100', 'criteria'],
    ['no panel scoring every hospital', { panels: base().panels.filter((p) => p.scores.kind === 'offices') }, 'PANELS_DO_NOT_COVER_ALL', 'panels'],
    ['a member on two panels', { panels: base().panels.map((p) => ({ ...p, members: ['h1'] })) }, 'PANEL_MEMBER_TWICE', 'panels.1.members'],
    ['two panels with one id', { panels: [...base().panels, base().panels[0]!] }, 'DUPLICATE_ID', 'panels'],
  ])('refuses %s', (_, change, code, path) => {
    expect(codes(programmeIssues({ ...base(), ...change }))).toContainEqual([code, path]);
  });

  it('accepts criteria weights that sum to 100 in tenths', () => {
    const criteria = programme2570().criteria.map((c, i) => ({ ...c, weight: i ? 33.3 : 66.7 }));
    expect(programmeIssues({ ...base(), criteria })).toEqual([]);
  });

  it('refuses an impossible date in the programme schema with INVALID_DATE (never rolled over)', () => {
    const r = awardProgrammeSchema.safeParse({ ...base(), deadline: '2027-02-30' });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual(['deadline', 'INVALID_DATE']);
  });
});

describe('judgeEntry and misjudgedEntries', () => {
  it('judges each channel by its own rule', () => {
    expect(judgeEntry(online('received', '2027-07-10T16:59:59Z'), '2027-07-10')?.status).toBe('received');
    expect(judgeEntry(online('received', '2027-07-10T17:00:00Z'), '2027-07-10')?.status).toBe('late');
    expect(judgeEntry({ ...online('received', '2027-07-20T03:00:00Z'), channel: 'post', postmarkDate: '2027-07-10' }, '2027-07-10')?.status).toBe('received');
    expect(judgeEntry({ ...online('received', ''), channel: 'email', emailReceivedAt: '2027-07-11T01:00:00Z' }, '2027-07-10')?.status).toBe('late');
    expect(judgeEntry({ ...online('received', ''), status: 'draft' }, '2027-07-10')).toBeUndefined();
  });

  it('counts the hospital extension', () => {
    const late = online('late', '2027-07-12T03:00:00Z');
    expect(misjudgedEntries({ deadline: '2027-07-10' }, [late], [])).toEqual([]);
    expect(misjudgedEntries({ deadline: '2027-07-10' }, [late], [{ hospitalCode: '1000001', deadline: '2027-07-15' }])).toEqual([late]);
  });
});

describe('programmeChangeIssues', () => {
  const stored = (entries: JudgedEntry[] = [], extensions: Array<{ hospitalCode: string; deadline: string }> = [], results?: { status: 'draft' | 'published' }) => ({ entries, extensions, ...(results ? { results } : {}) });

  it('refuses a deadline moved earlier than an entry received on time (409)', () => {
    const issues = programmeChangeIssues({ ...base(), deadline: '2027-07-01' }, stored([online('received', '2027-07-05T03:00:00Z')]));
    expect(issues).toEqual([{ code: 'DEADLINE_CHANGE_REJUDGES_ENTRIES', path: 'entries.AW-2570-1000001', status: 409 }]);
  });

  it('refuses a deadline moved later past an entry marked late', () => {
    expect(codes(programmeChangeIssues({ ...base(), deadline: '2027-07-20' }, stored([online('late', '2027-07-12T03:00:00Z')])))).toEqual([['DEADLINE_CHANGE_REJUDGES_ENTRIES', 'entries.AW-2570-1000001']]);
  });

  it('lets the deadline move when no judged entry changes (a draft is not judged)', () => {
    expect(programmeChangeIssues({ ...base(), deadline: '2027-07-01' }, stored([{ ...online('received', ''), status: 'draft', receivedAt: undefined } as JudgedEntry]))).toEqual([]);
  });

  it('refuses an opening moved past an entry already in, counted by its own date', () => {
    const post: JudgedEntry = { submissionId: 'AW-2570-1000002', hospitalCode: '1000002', channel: 'post', status: 'received', postmarkDate: '2026-10-01', receivedAt: '2026-10-05T00:00:00+07:00' };
    expect(codes(programmeChangeIssues({ ...base(), opensOn: '2026-10-02' }, stored([post])))).toEqual([['OPENING_AFTER_ENTRY', 'entries.AW-2570-1000002']]);
    expect(programmeChangeIssues({ ...base(), opensOn: '2026-10-01' }, stored([post]))).toEqual([]);
    // an online entry submitted at 23:30 Bangkok time on 1 October counts from that Bangkok day
    expect(programmeChangeIssues({ ...base(), opensOn: '2026-10-01' }, stored([online('received', '2026-10-01T16:30:00Z')]))).toEqual([]);
  });

  it('refuses an announcement before a granted extension ends', () => {
    expect(codes(programmeChangeIssues({ ...base(), announceOn: '2027-08-01' }, stored([], [{ hospitalCode: '1000002', deadline: '2027-08-15' }])))).toEqual([['ANNOUNCEMENT_BEFORE_EXTENSION', 'announceOn']]);
  });

  it('refuses any change once results are published, and reports its own contradictions first', () => {
    expect(codes(programmeChangeIssues(base(), stored([], [], { status: 'published' })))).toEqual([['RESULTS_PUBLISHED', '']]);
    expect(programmeChangeIssues(base(), stored([], [], { status: 'draft' }))).toEqual([]);
    expect(programmeChangeIssues({ ...base(), yearBE: 2571 }, stored([], [], { status: 'published' }))[0]).toMatchObject({ code: 'YEAR_DATES_MISMATCH', status: 422 });
  });
});

describe('extensionIssues', () => {
  const p = programme2570();
  it.each<[string, string, string | undefined]>([
    ['on the deadline', '2027-07-10', 'EXTENSION_BEFORE_DEADLINE'],
    ['after the deadline', '2027-07-20', undefined],
    ['on the announcement date', '2027-09-03', undefined],
    ['past the announcement date', '2027-09-04', 'EXTENSION_AFTER_ANNOUNCEMENT'],
  ])('judges an extension %s', (_, deadline, code) => {
    expect(extensionIssues(p, deadline)[0]?.code).toBe(code);
  });

  it('refuses every extension once results are published', () => {
    expect(extensionIssues(p, '2027-07-20', { status: 'published' })).toEqual(publishedIssues({ status: 'published' }));
  });
});

describe('resultsIssues', () => {
  it('refuses to rank a stored programme that contradicts itself or misjudges an entry, all as 409', () => {
    const drifted = { ...base(), criteria: programme2570().criteria.map((c) => ({ ...c, weight: 40 })) };
    const misjudged = online('received', '2027-07-12T03:00:00Z');
    expect(resultsIssues(drifted, [misjudged], []).map((i) => [i.code, i.path, i.status])).toEqual([
      ['CRITERIA_WEIGHTS_NOT_100', 'criteria', 409],
      ['ENTRY_MISJUDGED', 'entries.AW-2570-1000001', 409],
    ]);
    expect(resultsIssues(base(), [online('late', '2027-07-12T03:00:00Z')], [])).toEqual([]);
  });
});

describe('publishIssues', () => {
  it('refuses to publish while a panel has not finished, one issue per unfinished panel', () => {
    const panels = [{ panelId: 'head-office', finished: true }, { panelId: 'office-bkk-01', finished: false }, { panelId: 'insured-persons', finished: false }];
    expect(publishIssues(panels).map((i) => [i.code, i.path, i.status])).toEqual([
      ['PANELS_UNFINISHED', 'panels.office-bkk-01', 409],
      ['PANELS_UNFINISHED', 'panels.insured-persons', 409],
    ]);
  });

  it('lets results be published once every panel has finished (or when nothing is eligible)', () => {
    expect(publishIssues([{ panelId: 'committee', finished: true }])).toEqual([]);
    expect(publishIssues([])).toEqual([]);
  });
});

describe('orphanedScoreIssues', () => {
  // seed panels: h1 head office (all), b1 the BKK-01 office, i1 insured persons (all)
  const inBkk = { code: '1000001', officeCode: 'BKK-01' };
  const scores: StoredScore[] = [
    { submissionId: 'AW-2570-1000001', memberId: 'h1', panel: 'head-office', hospital: inBkk },
    { submissionId: 'AW-2570-1000001', memberId: 'b1', panel: 'office-bkk-01', hospital: inBkk },
  ];
  const paths = (issues: Array<{ code: string; path: string; status: number }>) => issues.map((i) => [i.code, i.path, i.status]);
  const change = (edit: (panels: ReturnType<typeof base>['panels']) => ReturnType<typeof base>['panels']) => ({ panels: edit(base().panels) });

  it('keeps every change that leaves each stored score counting', () => {
    expect(orphanedScoreIssues(base(), base(), scores)).toEqual([]);
    // a new member, a wider area, another weight: no score is dropped
    const wider = change((ps) => ps.map((p) => (p.id === 'office-bkk-01' ? { ...p, members: ['b1', 'b2'], scores: { kind: 'offices', officeCodes: ['BKK-01', 'BKK-02'] }, weight: 25 } : p)));
    expect(orphanedScoreIssues(base(), wider, scores)).toEqual([]);
    // going back to one default panel counts every score
    expect(orphanedScoreIssues(base(), { panels: undefined }, scores)).toEqual([]);
  });

  it.each<[string, (ps: ReturnType<typeof base>['panels']) => ReturnType<typeof base>['panels']]>([
    ['moves a member to another panel', (ps) => ps.map((p) => (p.id === 'office-bkk-01' ? { ...p, members: ['b2'] } : p.id === 'insured-persons' ? { ...p, members: ['i1', 'b1'] } : p))],
    ['removes the panel', (ps) => ps.filter((p) => p.id !== 'office-bkk-01')],
    ['narrows what the panel scores past the hospital', (ps) => ps.map((p) => (p.id === 'office-bkk-01' ? { ...p, scores: { kind: 'hospitals' as const, hospitalCodes: ['1000002'] } } : p))],
  ])('refuses a change that %s after its member scored (409, the score named)', (_, edit) => {
    expect(paths(orphanedScoreIssues(base(), change(edit), scores))).toEqual([['PANEL_CHANGE_ORPHANS_SCORES', 'entries.AW-2570-1000001.scores.b1', 409]]);
  });

  it('refuses giving panels to a programme scored by its one default panel, and ignores scores that counted for nothing', () => {
    const legacy: StoredScore = { submissionId: 'AW-2570-1000001', memberId: 'h1', panel: 'committee', hospital: inBkk };
    expect(paths(orphanedScoreIssues({ panels: undefined }, base(), [legacy]))).toEqual([['PANEL_CHANGE_ORPHANS_SCORES', 'entries.AW-2570-1000001.scores.h1', 409]]);
    // a score under a panel that never covered the hospital already counted for nothing: it blocks no change
    const stray: StoredScore = { ...legacy, memberId: 'b1', panel: 'office-bkk-01', hospital: { code: '5000002', officeCode: 'PRV-50' } };
    expect(orphanedScoreIssues(base(), change((ps) => ps.filter((p) => p.id !== 'office-bkk-01')), [stray])).toEqual([]);
  });

  it('is one of the programme change checks', () => {
    const next = { ...base(), panels: base().panels.filter((p) => p.id !== 'office-bkk-01') };
    expect(paths(programmeChangeIssues(next, { entries: [], extensions: [], programme: base(), scores }))).toEqual([['PANEL_CHANGE_ORPHANS_SCORES', 'entries.AW-2570-1000001.scores.b1', 409]]);
  });
});
