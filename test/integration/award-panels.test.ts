// The award programme's committee panels and invariants against the emulators: who
// scores what, how panel means combine, which panels have not finished, and every change that
// would make a programme contradict itself or its entries, refused with its own code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePdf, startTestStack, type TestStack } from './support/test-stack';

let stack: TestStack;
let hospital: string;
let officer: string;
let admin: string;
let headOffice: string;
let bkkOffice: string;
let insured: string;

beforeAll(async () => {
  stack = await startTestStack();
  hospital = await stack.login('demo-hospital');
  officer = await stack.login('demo-awards-officer');
  admin = await stack.login('demo-admin');
  headOffice = await stack.login('demo-committee');
  bkkOffice = await stack.login('demo-committee-bkk-01');
  insured = await stack.login('demo-committee-insured');
});
afterAll(async () => {
  await stack?.stop();
});

type Upload = { url: string; method: string; headers: Record<string, string> };
type Problem = { code: string; errors: Array<{ path: string; code: string }> };
type Programme = Record<string, unknown> & { panels: Array<{ id: string; members: string[]; scores: unknown; weight: number }>; criteria: Array<{ weight: number }> };
type Progress = {
  panels: Array<{ panelId: string; finished: boolean; unfinishedEntries: string[] }>;
  entries: Array<{ submissionId: string; score: number | null; unfinishedPanels: string[]; panels: Array<{ panelId: string; pendingMembers: string[] }> }>;
};
const ENTRY = 'AW-2570-1000001'; // the demo hospital, in the BKK-01 office's area
const sheet = (a: number, b: number) => ({ criteria: { 'service-system': a, 'health-promotion': b }, supportsSsoWork: false });
const score = (token: string, member: string, body = sheet(9, 8)) => stack.call<{ panel: string; weighted: number } & Problem>('PUT', `/award-submissions/${ENTRY}/scores/${member}`, { token, body });

/** The stored programme as a POST body (without the computed totals). */
async function programme(yearBE: number): Promise<Programme> {
  const body = (await stack.call<Programme>('GET', `/award-programmes/${yearBE}`, { token: admin })).body;
  delete body.totalAwards;
  delete body.totalPrizeThb;
  return body;
}
const save = (body: unknown) => stack.call<Problem>('POST', '/award-programmes', { token: admin, body });

describe('committee panels', () => {
  it('ships the demo programmes with seed 000 panels: head office, the BKK-01 office, insured persons', async () => {
    const p = await programme(2570);
    expect(p.panels.map((x) => [x.id, x.members, x.weight])).toEqual([
      ['head-office', ['demo-committee'], 50],
      ['office-bkk-01', ['demo-committee-bkk-01'], 30],
      ['insured-persons', ['demo-committee-insured'], 20],
    ]);
    expect(p.panels[1]!.scores).toEqual({ kind: 'offices', officeCodes: ['BKK-01'] });
  });

  it("shows anyone the panels and whom they score, but their members (user ids) only to admins and awards officers", async () => {
    const read = async (token?: string) => (await stack.call<Programme>('GET', '/award-programmes/2570', token ? { token } : {})).body.panels;
    for (const panels of [await read(), await read(hospital), await read(headOffice)]) {
      expect(panels.map((x) => x.id)).toEqual(['head-office', 'office-bkk-01', 'insured-persons']);
      expect(panels.every((x) => !('members' in x))).toBe(true);
    }
    expect((await read(officer)).map((x) => x.members)).toEqual([['demo-committee'], ['demo-committee-bkk-01'], ['demo-committee-insured']]);
  });

  it('lets the demo hospital enter 2570 online (a complete, on-time entry to score)', async () => {
    const started = await stack.call<{ submissionId: string; uploads: Record<string, Upload> }>('POST', '/award-programmes/2570/submissions', { token: hospital, body: {} });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    for (const [slot, upload] of Object.entries(started.body.uploads)) {
      expect((await fetch(upload.url, { method: upload.method, headers: upload.headers, body: new Uint8Array(samplePdf(5000, slot)) })).status).toBe(200);
    }
    const submitted = await stack.call<{ status: string }>('POST', `/award-submissions/${ENTRY}/submit`, { token: hospital });
    expect([submitted.status, submitted.body.status]).toEqual([200, 'received']);
  });

  it('refuses a member whose panel does not cover the hospital, and one on no panel, with 403 and a code', async () => {
    // before anyone scores: afterwards such a change would orphan stored scores (PANEL_CHANGE_ORPHANS_SCORES)
    const p = await programme(2570);
    // the BKK-01 member's panel now scores a list of hospitals without the demo hospital
    const moved = { ...p, panels: p.panels.map((x) => (x.id === 'office-bkk-01' ? { ...x, scores: { kind: 'hospitals', hospitalCodes: ['5000002'] } } : x)) };
    expect((await save(moved)).status).toBe(200);
    const outside = await score(bkkOffice, 'demo-committee-bkk-01');
    expect([outside.status, outside.body.code]).toEqual([403, 'PANEL_DOES_NOT_SCORE_HOSPITAL']);
    const withoutHead = { ...p, panels: p.panels.map((x) => (x.id === 'head-office' ? { ...x, members: ['another-member'] } : x)) };
    expect((await save(withoutHead)).status).toBe(200);
    const nowhere = await score(headOffice, 'demo-committee');
    expect([nowhere.status, nowhere.body.code]).toEqual([403, 'NOT_ON_A_PANEL']);
    expect((await save(p)).status).toBe(200);
  });

  it('records each score under the member panel and shows the officer which panels have not finished', async () => {
    const head = await score(headOffice, 'demo-committee');
    expect([head.status, head.body.panel, head.body.weighted]).toEqual([200, 'head-office', 86]);
    const draft = await stack.call<{ progress: Progress }>('POST', '/award-programmes/2570/results', { token: officer, body: {} });
    expect(draft.status, JSON.stringify(draft.body)).toBe(200);
    const entry = draft.body.progress.entries.find((e) => e.submissionId === ENTRY)!;
    expect(entry.unfinishedPanels).toEqual(['office-bkk-01', 'insured-persons']);
    expect(entry.panels.find((p) => p.panelId === 'insured-persons')!.pendingMembers).toEqual(['demo-committee-insured']);
    expect(draft.body.progress.panels.map((p) => [p.panelId, p.finished])).toEqual([
      ['head-office', true],
      ['office-bkk-01', false],
      ['insured-persons', false],
    ]);
    expect(draft.body.progress.panels[1]!.unfinishedEntries).toEqual([ENTRY]);
    // only the head office has scored: its mean is the score (renormalised over the panels that scored)
    expect(entry.score).toBe(86);
  });

  it('combines the panel means by weight, renormalised over the panels that have scored', async () => {
    expect((await score(insured, 'demo-committee-insured', sheet(10, 10))).body.panel).toBe('insured-persons');
    // (50 × 86 + 20 × 100) / 70 = 90
    const two = await stack.call<{ progress: Progress }>('GET', '/award-programmes/2570/results', { token: officer });
    expect(two.body.progress.entries[0]!.score).toBeCloseTo(90, 9);
    expect((await score(bkkOffice, 'demo-committee-bkk-01', sheet(5, 5))).body.panel).toBe('office-bkk-01');
    // (50 × 86 + 30 × 50 + 20 × 100) / 100 = 78; every panel has finished
    const all = await stack.call<{ progress: Progress }>('GET', '/award-programmes/2570/results', { token: officer });
    expect(all.body.progress.entries[0]).toMatchObject({ score: 78, unfinishedPanels: [] });
    expect(all.body.progress.panels.every((p) => p.finished)).toBe(true);
    // the public never sees the progress (nor a draft)
    expect((await stack.call('GET', '/award-programmes/2570/results')).status).toBe(404);
  });

  it("answers an entry's scores with its panel progress for awards officers, and the scores only for members", async () => {
    type Scores = { scores: Array<{ memberId: string; panel: string }>; progress?: Progress['entries'][number] };
    const asOfficer = await stack.call<Scores>('GET', `/award-submissions/${ENTRY}/scores`, { token: officer });
    expect(asOfficer.body.scores.map((x) => [x.memberId, x.panel])).toEqual(
      expect.arrayContaining([
        ['demo-committee', 'head-office'],
        ['demo-committee-bkk-01', 'office-bkk-01'],
        ['demo-committee-insured', 'insured-persons'],
      ]),
    );
    expect(asOfficer.body.progress).toMatchObject({ submissionId: ENTRY, score: 78, unfinishedPanels: [] });
    const asMember = await stack.call<Scores>('GET', `/award-submissions/${ENTRY}/scores`, { token: headOffice });
    expect(asMember.body.scores).toHaveLength(3);
    expect(asMember.body.progress).toBeUndefined();
  });
});

describe('programme invariants', () => {
  it.each<[string, (p: Programme) => Programme, number, string, string]>([
    ['criteria weights that do not sum to 100', (p) => ({ ...p, criteria: p.criteria.map((c) => ({ ...c, weight: 30 })) }), 422, 'CRITERIA_WEIGHTS_NOT_100', 'criteria'],
    ['a BE year that does not match its dates', (p) => ({ ...p, yearBE: 2575 }), 422, 'YEAR_DATES_MISMATCH', 'announceOn'],
    ['a member on two panels', (p) => ({ ...p, panels: p.panels.map((x) => ({ ...x, members: ['demo-committee'] })) }), 422, 'PANEL_MEMBER_TWICE', 'panels.1.members'],
    ['panels none of which scores every hospital', (p) => ({ ...p, panels: p.panels.filter((x) => x.id === 'office-bkk-01') }), 422, 'PANELS_DO_NOT_COVER_ALL', 'panels'],
    ['a deadline moved earlier than an entry received on time', (p) => ({ ...p, deadline: '2026-11-30' }), 409, 'DEADLINE_CHANGE_REJUDGES_ENTRIES', `entries.${ENTRY}`],
    ['an opening moved past an entry already in', (p) => ({ ...p, opensOn: '2027-01-15' }), 409, 'OPENING_AFTER_ENTRY', `entries.${ENTRY}`],
  ])('refuses a programme with %s', async (_, change, status, code, path) => {
    const res = await save(change(await programme(2570)));
    expect([res.status, res.body.code], JSON.stringify(res.body)).toEqual([status, code]);
    expect(res.body.errors).toContainEqual(expect.objectContaining({ path, code }));
  });

  it('refuses an impossible date (2026-02-30) with INVALID_DATE rather than rolling it over', async () => {
    const res = await save({ ...(await programme(2570)), opensOn: '2026-02-30' });
    expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(res.body.errors).toContainEqual(expect.objectContaining({ path: 'opensOn', code: 'INVALID_DATE' }));
  });

  it('refuses an extension past the announcement date', async () => {
    const res = await stack.call<Problem>('POST', '/award-programmes/2570/extensions', { token: officer, body: { hospitalCode: '1000002', deadline: '2027-09-04', reason: 'น้ำท่วม' } });
    expect([res.status, res.body.code]).toEqual([422, 'EXTENSION_AFTER_ANNOUNCEMENT']);
  });

  it('refuses an announcement moved before a granted extension ends', async () => {
    const granted = await stack.call('POST', '/award-programmes/2570/extensions', { token: officer, body: { hospitalCode: '1000002', deadline: '2027-08-31', reason: 'น้ำท่วม' } });
    expect(granted.status).toBe(200);
    const res = await save({ ...(await programme(2570)), announceOn: '2027-08-01' });
    expect([res.status, res.body.code]).toEqual([409, 'ANNOUNCEMENT_BEFORE_EXTENSION']);
  });

  it('judges again, in the same change, an entry left late by a retroactive extension', async () => {
    // a late e-mail entry of 2562, then an extension that covers the time it arrived
    const late = await stack.call<{ status: string }>('POST', '/award-programmes/2562/email-submissions', { token: officer, body: { hospitalCode: '4000001', emailReceivedAt: '2019-07-12T10:00:00+07:00' } });
    expect(late.body.status).toBe('late');
    const ext = await stack.call<{ rejudged: unknown }>('POST', '/award-programmes/2562/extensions', { token: officer, body: { hospitalCode: '4000001', deadline: '2019-07-15', reason: 'ระบบอีเมลขัดข้อง' } });
    expect(ext.status).toBe(200);
    expect(ext.body.rejudged).toEqual({ submissionId: 'AW-2562-4000001', from: 'late', to: 'received' });
    const listed = await stack.call<Array<{ submissionId: string; status: string; lateReason: string | null }>>('GET', '/award-programmes/2562/submissions', { token: officer });
    expect(listed.body.find((s) => s.submissionId === 'AW-2562-4000001')).toMatchObject({ status: 'received', lateReason: null });
  });

  it('refuses to rank a programme that drifted into a contradiction before these rules (409, its own code)', async () => {
    // written around the API, as a programme saved before the invariants were checked could be
    const { putProgramme } = await import('../../shared/data/awards-repository');
    const stored = await programme(2570);
    await putProgramme({ ...stored, criteria: stored.criteria.map((c) => ({ ...c, weight: 40 })) } as never);
    const res = await stack.call<Problem>('POST', '/award-programmes/2570/results', { token: officer, body: {} });
    expect([res.status, res.body.code]).toEqual([409, 'CRITERIA_WEIGHTS_NOT_100']);
    await putProgramme(stored as never);
    expect((await stack.call('POST', '/award-programmes/2570/results', { token: officer, body: {} })).status).toBe(200);
  });

  it('freezes a programme once its results are published: no entry, score, extension or change', async () => {
    const onTime = await stack.call('POST', '/award-programmes/2562/email-submissions', { token: officer, body: { hospitalCode: '5000002', emailReceivedAt: '2019-07-10T10:00:00+07:00' } });
    expect(onTime.status).toBe(201);
    const published = await stack.call<{ status: string }>('POST', '/award-programmes/2562/results', { token: officer, body: { publish: true } });
    expect(published.body.status).toBe('published');
    const refused = [
      await stack.call<Problem>('POST', '/award-programmes/2562/email-submissions', { token: officer, body: { hospitalCode: '9000001', emailReceivedAt: '2019-07-09T10:00:00+07:00' } }),
      await stack.call<Problem>('POST', '/award-programmes/2562/postal-submissions', { token: officer, body: { hospitalCode: '1200001', postmarkDate: '2019-07-09', receivedDate: '2019-07-11' } }),
      await stack.call<Problem>('POST', '/award-programmes/2562/submissions', { token: hospital, body: {} }),
      await stack.call<Problem>('PUT', '/award-submissions/AW-2562-5000002/scores/demo-committee', { token: headOffice, body: sheet(9, 9) }),
      await stack.call<Problem>('POST', '/award-programmes/2562/extensions', { token: officer, body: { hospitalCode: '1000003', deadline: '2019-08-01', reason: 'ไฟดับ' } }),
      await save(await programme(2562)),
    ];
    expect(refused.map((r) => [r.status, r.body.code])).toEqual(Array(6).fill([409, 'RESULTS_PUBLISHED']));
  });
});

describe('what each member sees, and panels once scored', () => {
  const OTHER = 'AW-2570-5000002'; // an e-mail entry from Chiang Mai (PRV-50): no office panel covers it

  it('lists to a committee member only the entries their panel covers', async () => {
    const recorded = await stack.call<{ uploads: Record<string, Upload> }>('POST', '/award-programmes/2570/email-submissions', { token: officer, body: { hospitalCode: '5000002', emailReceivedAt: '2026-11-20T10:00:00+07:00' } });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    for (const [slot, upload] of Object.entries(recorded.body.uploads)) {
      expect((await fetch(upload.url, { method: upload.method, headers: upload.headers, body: new Uint8Array(samplePdf(3000, `${OTHER} ${slot}`)) })).status).toBe(200);
    }
    expect((await stack.call('POST', `/award-submissions/${OTHER}/scans`, { token: officer })).status).toBe(200);
    const listed = async (token: string) => (await stack.call<Array<{ submissionId: string }>>('GET', '/award-programmes/2570/submissions', { token })).body.map((s) => s.submissionId).sort();
    expect(await listed(headOffice)).toEqual([ENTRY, OTHER]);
    expect(await listed(insured)).toEqual([ENTRY, OTHER]);
    // the BKK-01 office's panel covers the demo hospital only: the other entry would answer 403
    expect(await listed(bkkOffice)).toEqual([ENTRY]);
    expect((await stack.call<Problem>('PUT', `/award-submissions/${OTHER}/scores/demo-committee-bkk-01`, { token: bkkOffice, body: sheet(5, 5) })).body.code).toBe('PANEL_DOES_NOT_SCORE_HOSPITAL');
    // nor are its documents opened (a link would be audited as read by a member who may not judge it)
    const link = await stack.call<Problem>('GET', `/award-submissions/${OTHER}/documents/applicationForm`, { token: bkkOffice });
    expect([link.status, link.body.code]).toEqual([403, 'PANEL_DOES_NOT_SCORE_HOSPITAL']);
    expect((await stack.call('GET', `/award-submissions/${OTHER}/documents/applicationForm`, { token: headOffice })).status).toBe(200);
  });

  it('refuses a panel change that would drop stored scores (409, each score named), and keeps the programme', async () => {
    const p = await programme(2570);
    const bkkScore = { path: `entries.${ENTRY}.scores.demo-committee-bkk-01`, code: 'PANEL_CHANGE_ORPHANS_SCORES' };
    const moved = { ...p, panels: p.panels.map((x) => (x.id === 'office-bkk-01' ? { ...x, members: ['another-member'] } : x.id === 'insured-persons' ? { ...x, members: [...x.members, 'demo-committee-bkk-01'] } : x)) };
    const narrowed = { ...p, panels: p.panels.map((x) => (x.id === 'office-bkk-01' ? { ...x, scores: { kind: 'hospitals', hospitalCodes: ['1000002'] } } : x)) };
    const removed = { ...p, panels: p.panels.filter((x) => x.id !== 'office-bkk-01') };
    for (const change of [moved, narrowed, removed]) {
      const res = await save(change);
      expect([res.status, res.body.code], JSON.stringify(res.body)).toEqual([409, 'PANEL_CHANGE_ORPHANS_SCORES']);
      expect(res.body.errors).toEqual([expect.objectContaining(bkkScore)]);
    }
    expect(await programme(2570)).toEqual(p);
    // a change that keeps every score counting is saved: a second member on the BKK-01 panel
    const grown = { ...p, panels: p.panels.map((x) => (x.id === 'office-bkk-01' ? { ...x, members: [...x.members, 'another-member'] } : x)) };
    expect((await save(grown)).status).toBe(200);
    expect((await save(p)).status).toBe(200);
  });
});
