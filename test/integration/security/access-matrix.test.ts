// Issue 8, access matrix: every route of shared/http/routes/ × every role (the demo users), and
// without a token, with an expired, a tampered, an unsigned ("alg": "none") and a foreign-key
// token. A role the route does not allow gets 401/403 (never 2xx, never 5xx); bad or missing
// tokens on a non-public route get 401; public routes never answer 401/403; allowed roles never
// get 401 or 5xx. Then the data boundaries: a hospital never sees another hospital's award
// submission, an area office never sees another office's complaints, and the public tracking
// and status pages never show personal data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeList } from '../../../shared/http/routes';
import { ROLES, type Role } from '../../../shared/auth/roles';
import type { RouteDef } from '../../../shared/http/route';
import { startTestStack, type TestStack } from '../support/test-stack';
import { aComplaint, algNoneToken, credentialRequest, expectProblem, fillPath, forgeToken, pool, raw, signedInAs, tamperToken, type RawResponse } from './helpers';

let stack: TestStack;
const tokens = new Map<string, string | undefined>();
const values: Record<string, string> = {};
let filedComplaint: { complaintId: string; trackingCode: string; body: ReturnType<typeof aComplaint> };

beforeAll(async () => {
  stack = await startTestStack();
  for (const role of ROLES) tokens.set(role, await stack.login(`demo-${role}`));
  tokens.set('no token', undefined);
  tokens.set('expired', await forgeToken({ sub: 'demo-admin', roles: ['admin'] }, { expired: true }));
  tokens.set('tampered', tamperToken(tokens.get('hospital')!));
  tokens.set('alg none', algNoneToken());
  tokens.set('foreign key', await forgeToken({ sub: 'demo-admin', roles: ['admin'] }, { key: new TextEncoder().encode('not-the-key-not-the-key-not-the-key-0000') }));
  tokens.set('wrong issuer', await forgeToken({ sub: 'demo-admin', roles: ['admin'] }, { issuer: 'someone-else' }));

  const request = await credentialRequest(stack);
  const body = aComplaint();
  const filed = await stack.call<{ complaintId: string; trackingCode: string }>('POST', '/complaints', { body });
  expect(filed.status).toBe(201);
  filedComplaint = { ...filed.body, body };
  // a background job for GET /api/admin/jobs/{jobId} (written directly: starting one would change data)
  const { createJob } = await import('../../../shared/data/jobs-repository');
  const job = await createJob({ jobId: '00000000-0000-4000-8000-000000000014', kind: 'calendar-recompute', params: {}, actor: 'demo-admin', createdAt: new Date().toISOString() });
  Object.assign(values, {
    jobId: job.jobId,
    requestId: request.requestId,
    complaintId: filed.body.complaintId,
    trackingCode: filed.body.trackingCode,
    year: '2026',
    yearBE: '2570',
    submissionId: 'AW-2570-1000001',
    document: 'applicationForm',
    committeeUserId: 'demo-committee',
    userId: 'demo-hospital',
    officeCode: 'BKK-01',
    code: 'waiting-time',
  });
});
afterAll(async () => {
  await stack?.stop();
});

const BAD_TOKENS = ['no token', 'expired', 'tampered', 'alg none', 'foreign key', 'wrong issuer'] as const;
const isOpen = (r: RouteDef) => r.auth === 'public' || r.auth === 'optional';
const allows = (r: RouteDef, role: Role) => !isOpen(r) && (r.auth as readonly Role[]).includes(role);
const call = (route: RouteDef, token: string | undefined): Promise<RawResponse> =>
  raw(stack, route.method, fillPath(route, values), {
    ...(token ? { token } : {}),
    // a minimal body: every route with a body schema gets `{}` as JSON
    ...(route.body ? { headers: { 'content-type': 'application/json' }, body: '{}' } : {}),
  });

describe('every route × every principal', () => {
  it('answers each as the route table says', async () => {
    const cases = routeList.flatMap((route) => [...tokens.keys()].map((who) => ({ route, who })));
    const results = await pool(cases, 4, async ({ route, who }) => ({ route, who, res: await call(route, tokens.get(who)) }));
    const failures: string[] = [];
    const table: Record<string, Record<string, number>> = {};
    for (const { route, who, res } of results) {
      const id = `${route.method} ${route.path}`;
      (table[id] ??= {})[who] = res.status;
      const fail = (why: string) => failures.push(`${id} as ${who}: ${why} (got ${res.status} ${res.text.slice(0, 160)})`);
      if (res.status >= 500) fail('5xx');
      if (res.status >= 400 && res.status < 600 && res.contentType.includes('json')) expectProblem(res, `${id} as ${who}`);
      const isBad = (BAD_TOKENS as readonly string[]).includes(who);
      if (isOpen(route)) {
        if (res.status === 401 || res.status === 403) fail('public route refused the caller');
      } else if (isBad) {
        if (res.status !== 401) fail('expected 401');
      } else if (allows(route, who as Role)) {
        if (res.status === 401) fail('allowed role got 401');
      } else if (res.status !== 401 && res.status !== 403) fail('role not allowed but not refused');
    }
    // the matrix, for the report in docs/reliability.md
    console.info(`access matrix (${results.length} calls):\n${Object.entries(table).map(([id, row]) => `${id.padEnd(62)} ${Object.values(row).join(' ')}`).join('\n')}`);
    expect(failures).toEqual([]);
    expect(results.length).toBe(routeList.length * tokens.size);
  });

  it('lets every allowed role read what its GET routes serve (200), with the documented exceptions', async () => {
    const month = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7);
    const queries: Record<string, string> = { 'reports.complaints': `?month=${month}` };
    // by design: the Legal Division sees a case only once brought into it, and has no report scope;
    // the entry these calls name was started but never submitted, so it has no receipt and no
    // received document yet (409), and the committee does not see it at all (404)
    const byDesign = new Map([
      ['complaints.get legal', 403],
      ['reports.complaints legal', 403],
      ['awards.receipt hospital', 409],
      ['awards.receipt awards-officer', 409],
      ['awards.document awards-officer', 409],
      ['awards.document committee', 404],
    ]);
    const cases = routeList.filter((r) => r.method === 'GET' && !isOpen(r)).flatMap((route) => (route.auth as readonly Role[]).map((role) => ({ route, role })));
    const failures: string[] = [];
    await pool(cases, 4, async ({ route, role }) => {
      const res = await raw(stack, 'GET', `${fillPath(route, values)}${queries[route.id] ?? ''}`, { token: tokens.get(role)! });
      const expected = byDesign.get(`${route.id} ${role}`) ?? 200;
      if (res.status !== expected) failures.push(`${route.id} as ${role}: expected ${expected}, got ${res.status} ${res.text.slice(0, 160)}`);
    });
    expect(failures).toEqual([]);
  });
});

describe('data boundaries', () => {
  it('a hospital never sees or submits another hospital’s award submission', async () => {
    const hospitalB = await signedInAs({ sub: 'H1000002-TEST', roles: ['hospital'], hospitalCode: '1000002' });
    const hospitalA = tokens.get('hospital')!;
    const startedB = await stack.call<{ submissionId: string }>('POST', '/award-programmes/2570/submissions', { token: hospitalB, body: {} });
    expect(startedB.status, JSON.stringify(startedB.body)).toBe(201);
    expect(startedB.body.submissionId).toBe('AW-2570-1000002');
    await stack.call('POST', '/award-programmes/2570/submissions', { token: hospitalA, body: {} });

    const mineA = await stack.call<{ submissionId: string; hospitalCode: string }>('GET', '/award-programmes/2570/my-submission', { token: hospitalA });
    expect(mineA.status).toBe(200);
    expect(mineA.body).toMatchObject({ submissionId: 'AW-2570-1000001', hospitalCode: '1000001' });
    expect(JSON.stringify(mineA.body)).not.toContain('1000002');
    const mineB = await stack.call<{ submissionId: string }>('GET', '/award-programmes/2570/my-submission', { token: hospitalB });
    expect(mineB.body.submissionId).toBe('AW-2570-1000002');

    const steal = await raw(stack, 'POST', '/api/award-submissions/AW-2570-1000002/submit', { token: hospitalA });
    expect(steal.status).toBe(403);
    expectProblem(steal);
    expect((steal.json as { code: string }).code).toBe('NOT_YOUR_HOSPITAL');
    // and the submission of B was not touched
    const afterB = await stack.call<{ status: string; history: unknown[] }>('GET', '/award-programmes/2570/my-submission', { token: hospitalB });
    expect(afterB.body).toEqual(mineB.body);
    // a hospital token without a hospital code sees nothing
    const noCode = await signedInAs({ sub: 'H0000000-NONE', roles: ['hospital'] });
    expect((await raw(stack, 'GET', '/api/award-programmes/2570/my-submission', { token: noCode })).status).toBe(403);
    // the other award routes are closed to hospitals altogether
    for (const path of ['/api/award-submissions/AW-2570-1000002/scores', '/api/award-programmes/2570/submissions']) {
      expect((await raw(stack, 'GET', path, { token: hospitalA })).status, path).toBe(403);
    }
  });

  it('an area office never sees or acts on another office’s complaints', async () => {
    const bkk01 = tokens.get('area-office')!;
    const bkk02 = await signedInAs({ sub: 'demo-bkk-02', roles: ['area-office'], officeCode: 'BKK-02' });
    const noOffice = await signedInAs({ sub: 'demo-no-office', roles: ['area-office'] });
    const other = await stack.call<{ complaintId: string; officeCode: string }>('POST', '/complaints', { body: aComplaint({ hospitalCode: '1000003' }) });
    expect(other.body.officeCode).toBe('BKK-02');
    const mine = filedComplaint.complaintId; // hospital 1000002 → BKK-01

    expect((await raw(stack, 'GET', `/api/complaints/${other.body.complaintId}`, { token: bkk01 })).status).toBe(403);
    expect((await raw(stack, 'GET', `/api/complaints/${mine}`, { token: bkk02 })).status).toBe(403);
    const act = await raw(stack, 'POST', `/api/complaints/${other.body.complaintId}/actions`, { token: bkk01, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'note', note: 'ไม่ควรทำได้' }) });
    expect(act.status).toBe(403);
    expect((await raw(stack, 'GET', '/api/complaints?officeCode=BKK-02', { token: bkk01 })).status).toBe(403);

    const list01 = (await stack.call<Array<{ complaintId: string; officeCode: string; complainant: string }>>('GET', '/complaints', { token: bkk01 })).body;
    expect(list01.map((c) => c.complaintId)).toContain(mine);
    expect(list01.every((c) => c.officeCode === 'BKK-01')).toBe(true);
    // even the queue shows only a masked name
    expect(JSON.stringify(list01)).not.toContain(filedComplaint.body.complainant.name);
    expect(JSON.stringify(list01)).not.toContain(filedComplaint.body.complainant.phone);
    const list02 = (await stack.call<Array<{ complaintId: string; officeCode: string }>>('GET', '/complaints', { token: bkk02 })).body;
    expect(list02.map((c) => c.complaintId)).toContain(other.body.complaintId);
    expect(list02.every((c) => c.officeCode === 'BKK-02')).toBe(true);
    for (const status of ['open', 'paused', 'closed']) {
      const filtered = (await stack.call<Array<{ officeCode: string }>>('GET', `/complaints?status=${status}&hospitalCode=1000003`, { token: bkk01 })).body;
      expect(filtered).toEqual([]);
    }
    expect((await stack.call<unknown[]>('GET', '/complaints', { token: noOffice })).body).toEqual([]);
    expect((await raw(stack, 'GET', `/api/complaints/${mine}`, { token: noOffice })).status).toBe(403);

    // reports: an area office is held to its own office
    const month = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7);
    const report = await raw(stack, 'GET', `/api/reports/complaints?month=${month}&officeCode=BKK-02`, { token: bkk01 });
    if (report.status === 200) {
      const offices = (report.json as { offices: Array<{ key: string }> }).offices.map((o) => o.key);
      expect(offices.every((k) => k === 'BKK-01')).toBe(true);
    } else expect(report.status).toBe(403);
    // the Legal Division sees only the cases it was brought into
    const legal = (await stack.call<Array<{ complaintId: string }>>('GET', '/complaints', { token: tokens.get('legal')! })).body;
    expect(legal.map((c) => c.complaintId)).not.toContain(mine);
  });

  it('the public tracking page never shows the complainant’s name, phone, e-mail or description', async () => {
    const { trackingCode, body } = filedComplaint;
    for (const code of [trackingCode, trackingCode.toLowerCase(), trackingCode.replace('-', '')]) {
      const res = await raw(stack, 'GET', `/api/complaints/track/${code}`);
      expect(res.status, code).toBe(200);
      const c = body.complainant;
      for (const secret of [c.name, c.phone, '081-234-5678', c.email, body.description, 'นายประกันตน', 'complainant']) expect(res.text, secret).not.toContain(secret);
      expect(Object.keys(res.json as object).sort()).toEqual(expect.arrayContaining(['office', 'receivedAt', 'stages', 'status', 'trackingCode']));
      for (const key of Object.keys(res.json as object)) expect(['trackingCode', 'status', 'receivedAt', 'office', 'stages', 'closedAt', 'outcome']).toContain(key);
    }
    // also after the office has written to the complainant and closed the case
    const bkk01 = tokens.get('area-office')!;
    const act = (b: object) => stack.call('POST', `/complaints/${filedComplaint.complaintId}/actions`, { token: bkk01, body: b });
    expect((await act({ action: 'report-to-complainant', note: `แจ้งคุณ ${body.complainant.name} ที่ ${body.complainant.phone}` })).status).toBe(200);
    expect((await act({ action: 'close', outcome: 'resolved' })).status).toBe(200);
    const closed = await raw(stack, 'GET', `/api/complaints/track/${trackingCode}`);
    for (const secret of [body.complainant.name, body.complainant.phone, body.complainant.email, body.description]) expect(closed.text).not.toContain(secret);
  });

  it('the public credential-request status never shows personal data', async () => {
    const request = await credentialRequest(stack);
    const res = await raw(stack, 'GET', `/api/credential-requests/${request.requestId}/status`);
    expect(res.status).toBe(200);
    const b = request.body;
    for (const secret of ['1101700230708', '1-1017-00230-70-8', b.firstNameTh, b.lastNameTh, b.firstNameEn, b.lastNameEn, b.phone, '0812345678', b.email, b.position]) {
      expect(res.text, secret).not.toContain(secret);
    }
    // the officer's view carries the signed PDF only as a short-lived link
    const detail = await stack.call<{ signedFormUrl: string }>('GET', `/credential-requests/${request.requestId}`, { token: tokens.get('credentials-officer')! });
    const expires = Number(new URL(detail.body.signedFormUrl).searchParams.get('X-Amz-Expires'));
    expect(expires).toBeGreaterThan(0);
    expect(expires).toBeLessThanOrEqual(900);
  });
});
