// Complaints end to end against the emulators: intake from every channel, routing, the SLA clock
// (the state machine from the synthesized template, run locally), reminders, escalation, pause and
// resume, closure leaving no timer, access per office, tracking without personal data, reports.
import { ListExecutionsCommand, SFNClient } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aComplaint } from './support/builders';
import { eventually, startTestStack, type TestStack } from './support/test-stack';

let stack: TestStack;
let infoCenter: string;
let bkk01: string;
let sfn: SFNClient;

beforeAll(async () => {
  stack = await startTestStack();
  infoCenter = await stack.login('demo-info-center');
  bkk01 = await stack.login('demo-area-office');
  sfn = new SFNClient({});
});
afterAll(async () => {
  await stack?.stop();
});

type Filed = { complaintId: string; trackingCode: string; officeCode: string; deadlines: Array<{ stage: string; dueAt: string; provisional: boolean }> };
async function file(body: Record<string, unknown>, token?: string) {
  const res = await stack.call<Filed>('POST', '/complaints', { body, ...(token ? { token } : {}) });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}
const act = (id: string, body: Record<string, unknown>, token = infoCenter) => stack.call<{ status: string; code?: string }>('POST', `/complaints/${id}/actions`, { token, body });
const executionsOf = async (complaintId: string) => {
  const machine = stack.model.stateMachines[0]!;
  const { executions } = await sfn.send(new ListExecutionsCommand({ stateMachineArn: machine.arn }));
  return (executions ?? []).filter((e) => e.name?.startsWith(complaintId));
};

describe('intake and routing', () => {
  it('takes a web complaint without login, routes it to the hospital office and starts its clock', async () => {
    const filed = await file(aComplaint());
    expect(filed.officeCode).toBe('BKK-01');
    expect(filed.trackingCode).toMatch(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);
    expect(filed.deadlines.map((d) => d.stage)).toEqual(['route', 'acknowledge', 'report-back']);
    const running = await executionsOf(filed.complaintId);
    expect(running.map((e) => e.status)).toEqual(['RUNNING']);
  });

  it('routes a provincial hospital to its provincial office', async () => {
    expect((await file(aComplaint({ hospitalCode: '5000101' }))).officeCode).toBe('PRV-50');
  });

  it('needs staff for the hotline, e-mail, letter and walk-in channels', async () => {
    // without signing in it is an authentication failure, not a validation error
    const res = await stack.call<{ code: string }>('POST', '/complaints', { body: aComplaint({ channel: 'hotline' }) });
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('CHANNEL_NEEDS_STAFF');
    const hospital = await stack.login('demo-hospital');
    expect((await stack.call('POST', '/complaints', { token: hospital, body: aComplaint({ channel: 'letter' }) })).status).toBe(403);
    const ok = await file(aComplaint({ channel: 'walk-in', receivedAt: new Date(Date.now() - 3600_000).toISOString() }), infoCenter);
    expect(ok.officeCode).toBe('BKK-01');
  });

  it('refuses bad input field by field in Thai', async () => {
    const res = await stack.call<{ errors: Array<{ path: string; code: string }> }>('POST', '/complaints', {
      body: { channel: 'fax', hospitalCode: '12', topic: 'x', description: '', complainant: { name: '', email: 'a@yahoo.com' } },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['channel', 'hospitalCode', 'topic', 'description', 'complainant.name', 'complainant.email']));
    const future = await stack.call<{ code: string }>('POST', '/complaints', { token: infoCenter, body: aComplaint({ channel: 'hotline', receivedAt: new Date(Date.now() + 86400_000).toISOString() }) });
    expect(future.status).toBe(400);
    expect(future.body.code).toBe('RECEIVED_IN_FUTURE');
    const unknown = await stack.call<{ code: string }>('POST', '/complaints', { body: aComplaint({ hospitalCode: '9999999' }) });
    expect(unknown.status).toBe(422);
  });
});

describe('the SLA clock', () => {
  it('first tells the responsible office of the new case, once, whatever happens to the clock after', async () => {
    const filed = await file(aComplaint());
    const newCase = async () => (await stack.mails()).filter((m) => m.subject.startsWith('เรื่องร้องเรียนใหม่') && m.subject.includes(filed.trackingCode));
    const [mail] = await eventually(async () => ((await newCase()).length ? newCase() : undefined), 10_000);
    expect(mail!.destination.to).toEqual(['bkk-01@sso.example']);
    expect(mail!.body.text).toContain('2569'); // the Buddhist Era
    expect(mail!.body.text).not.toContain(aComplaint().complainant.name);
    // pausing and resuming starts a new clock, which does not tell the office again
    expect((await act(filed.complaintId, { action: 'pause', reason: 'รอเอกสารจากโรงพยาบาล' }, bkk01)).status).toBe(200);
    expect((await act(filed.complaintId, { action: 'resume' }, bkk01)).status).toBe(200);
    await eventually(async () => ((await executionsOf(filed.complaintId)).some((e) => e.status === 'RUNNING' && e.name?.endsWith('-g3')) ? true : undefined), 10_000);
    // and the task itself, run again (a retry, a restarted clock), sends nothing new
    const { invokeHandler } = await import('../../local/lambda-runtime');
    expect(await invokeHandler('functions/complaints/sla/announce-case.ts', { complaintId: filed.complaintId })).toEqual({ action: 'announced', to: 'BKK-01' });
    await new Promise((r) => setTimeout(r, 200));
    expect(await newCase()).toHaveLength(1);
  });

  it('escalates each missed stage once, without a "due soon" for a stage already past due', async () => {
    // received 30 days ago by the hotline: every warning and target is already past
    const filed = await file(aComplaint({ channel: 'hotline', receivedAt: new Date(Date.now() - 30 * 86400_000).toISOString() }), infoCenter);
    await eventually(async () => ((await executionsOf(filed.complaintId))[0]?.status === 'SUCCEEDED' ? true : undefined), 20_000);
    const mails = (await stack.mails()).filter((m) => m.subject.includes(filed.trackingCode));
    const reminders = mails.filter((m) => m.subject.startsWith('ใกล้ครบกำหนด'));
    const escalations = mails.filter((m) => m.subject.startsWith('เกินกำหนด'));
    expect(reminders).toHaveLength(0); // entered after both deadlines: "due soon" would be noise
    // level 1 to the office head; level 2 to the office head and the Information Center
    expect(escalations.map((m) => m.destination.to[0]).sort()).toEqual(['bkk-01@sso.example', 'bkk-01@sso.example', 'info-center@sso.example']);
    const detail = await stack.call<{ breaches: string[]; sla: Array<{ stage: string; breached: boolean }> }>('GET', `/complaints/${filed.complaintId}`, { token: bkk01 });
    expect(detail.body.breaches.sort()).toEqual(['acknowledge', 'report-back']);
  });

  it('escalates every complaint entered after its deadlines passed: the case exists before its clock starts', async () => {
    const late = new Date(Date.now() - 30 * 86400_000).toISOString();
    const filed = await Promise.all([1, 2, 3, 4, 5].map(() => file(aComplaint({ channel: 'letter', receivedAt: late }), infoCenter)));
    for (const f of filed) {
      await eventually(async () => ((await executionsOf(f.complaintId))[0]?.status === 'SUCCEEDED' ? true : undefined), 30_000);
      const detail = await stack.call<{ breaches: string[] }>('GET', `/complaints/${f.complaintId}`, { token: infoCenter });
      expect(detail.body.breaches.sort()).toEqual(['acknowledge', 'report-back']);
    }
  });

  it('stops the clock when a case closes: no timer and no mail after closure', async () => {
    const filed = await file(aComplaint());
    await act(filed.complaintId, { action: 'acknowledge' }, bkk01);
    const closed = await act(filed.complaintId, { action: 'close', outcome: 'mediated', note: 'ไกล่เกลี่ยแล้ว' }, bkk01);
    expect(closed.status).toBe(200);
    const executions = await executionsOf(filed.complaintId);
    expect(executions.map((e) => e.status)).toEqual(['ABORTED']);
    const before = (await stack.mails()).filter((m) => m.subject.includes(filed.trackingCode)).length;
    const { invokeHandler } = await import('../../local/lambda-runtime');
    // a late task of the stopped execution does nothing
    const late = await invokeHandler('functions/complaints/sla/check-stage.ts', { complaintId: filed.complaintId, generation: 1, stage: 'report-back', kind: 'due' });
    expect(late).toEqual({ action: 'none', reason: 'stale-execution' });
    expect((await stack.mails()).filter((m) => m.subject.includes(filed.trackingCode)).length).toBe(before);
    expect((await act(filed.complaintId, { action: 'note', note: 'x' }, bkk01)).body.code).toBe('COMPLAINT_CLOSED');
  });

  it('pauses with a reason code and resumes with a new execution and later deadlines', async () => {
    const filed = await file(aComplaint());
    expect((await act(filed.complaintId, { action: 'pause', reason: 'awaiting-hospital-explanation' }, bkk01)).body.status).toBe('paused');
    expect((await executionsOf(filed.complaintId)).map((e) => e.status)).toEqual(['ABORTED']);
    await new Promise((r) => setTimeout(r, 50));
    const resumed = await stack.call<{ status: string; stages: Array<{ stage: string; dueAt: string }> }>('POST', `/complaints/${filed.complaintId}/actions`, { token: bkk01, body: { action: 'resume' } });
    expect(resumed.body.status).toBe('open');
    const executions = await executionsOf(filed.complaintId);
    expect(executions.map((e) => [e.name, e.status]).sort()).toEqual([[`${filed.complaintId}-g1`, 'ABORTED'], [`${filed.complaintId}-g3`, 'RUNNING']]);
  });

  it('tells the complainant at acknowledgement, report-back and closure', async () => {
    const body = aComplaint();
    const filed = await file(body);
    await act(filed.complaintId, { action: 'acknowledge' }, bkk01);
    await act(filed.complaintId, { action: 'report-to-complainant', note: 'โรงพยาบาลชี้แจงและปรับระบบนัดหมายแล้ว' }, bkk01);
    await act(filed.complaintId, { action: 'close', outcome: 'resolved' }, bkk01);
    const mine = (await stack.mails()).filter((m) => m.destination.to.includes(body.complainant.email));
    // the receipt at filing, then acknowledgement, report-back and closure
    expect(mine).toHaveLength(4);
    expect(mine[0]!.subject).toContain(filed.trackingCode);
    expect(mine[2]!.body.text).toContain('ปรับระบบนัดหมาย');
  });
});

describe('access and privacy', () => {
  it('shows an area office only its own cases, and the Information Center all', async () => {
    const other = await file(aComplaint({ hospitalCode: '1000003' })); // BKK-02
    const mine = await file(aComplaint());
    const list = await stack.call<Array<{ complaintId: string; officeCode: string }>>('GET', '/complaints', { token: bkk01 });
    expect(list.body.every((c) => c.officeCode === 'BKK-01')).toBe(true);
    expect(list.body.map((c) => c.complaintId)).toContain(mine.complaintId);
    expect((await stack.call('GET', `/complaints/${other.complaintId}`, { token: bkk01 })).status).toBe(403);
    expect((await stack.call('GET', '/complaints?officeCode=BKK-02', { token: bkk01 })).status).toBe(403);
    const all = await stack.call<Array<{ complaintId: string }>>('GET', '/complaints', { token: infoCenter });
    expect(all.body.map((c) => c.complaintId)).toEqual(expect.arrayContaining([other.complaintId, mine.complaintId]));
  });

  it('lets a walk-in case bring in the Legal Division, who then see it', async () => {
    const filed = await file(aComplaint({ channel: 'walk-in', receivedAt: new Date().toISOString() }), infoCenter);
    const legal = await stack.login('demo-legal');
    expect((await stack.call('GET', `/complaints/${filed.complaintId}`, { token: legal })).status).toBe(403);
    expect((await act(filed.complaintId, { action: 'escalate', to: 'LEGAL', reason: 'ผู้ร้องไม่พอใจคำชี้แจง ขอพบผู้บริหาร' })).status).toBe(200);
    expect((await stack.call('GET', `/complaints/${filed.complaintId}`, { token: legal })).status).toBe(200);
    const told = (await stack.mails()).filter((m) => m.subject.includes(filed.trackingCode) && m.destination.to.includes('legal@sso.example'));
    expect(told.map((m) => m.subject)).toEqual([`ขอให้ร่วมดำเนินการเรื่องร้องเรียน ${filed.trackingCode} / Please join complaint ${filed.trackingCode}`]);
  });

  it('lets only the Information Center reroute, with a reason', async () => {
    const filed = await file(aComplaint());
    expect((await act(filed.complaintId, { action: 'escalate', to: 'BKK-02', reason: 'x' }, bkk01)).status).toBe(403);
    const rerouted = await stack.call<{ officeCode: string }>('POST', `/complaints/${filed.complaintId}/actions`, { token: infoCenter, body: { action: 'escalate', to: 'BKK-02', reason: 'โรงพยาบาลอยู่ในเขตพื้นที่ 2' } });
    expect(rerouted.body.officeCode).toBe('BKK-02');
    // the new office hears of its case
    const told = (await stack.mails()).filter((m) => m.subject.startsWith('เรื่องร้องเรียนใหม่') && m.subject.includes(filed.trackingCode) && m.destination.to.includes('bkk-02@sso.example'));
    expect(told).toHaveLength(1);
  });

  it('tracks a case by code with status and dates and no personal data', async () => {
    const body = aComplaint();
    const filed = await file(body);
    const res = await stack.call<Record<string, unknown>>('GET', `/complaints/track/${filed.trackingCode.toLowerCase()}`);
    expect(res.status).toBe(200);
    const text = JSON.stringify(res.body);
    for (const secret of [body.complainant.name, body.complainant.email, body.complainant.phone, body.description]) expect(text).not.toContain(secret);
    expect(res.body.status).toBe('open');
    expect((await stack.call('GET', '/complaints/track/AAAAA-AAAAA')).status).toBe(404);
  });
});

describe('reports', () => {
  it('counts the month per hospital and office, reading only that month, as JSON and CSV', async () => {
    const month = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7);
    const res = await stack.call<{ itemsRead: number; total: { total: number }; hospitals: Array<{ key: string; total: number; byTopic: Record<string, number> }> }>('GET', `/reports/complaints?month=${month}`, { token: infoCenter });
    expect(res.status).toBe(200);
    expect(res.body.total.total).toBe(res.body.itemsRead);
    expect(res.body.hospitals.find((h) => h.key === '1000002')!.byTopic['waiting-time']).toBeGreaterThan(0);
    const csv = await stack.call<string>('GET', `/reports/complaints?month=${month}`, { token: infoCenter, headers: { accept: 'text/csv' } });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    // Excel reads UTF-8 only with a BOM; Thai headers, each with its machine name; Thai names beside codes
    const raw = await fetch(`${stack.apiUrl}/reports/complaints?month=${month}`, { headers: { accept: 'text/csv', authorization: `Bearer ${infoCenter}` } });
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...lines] = csv.body.replace(/^\uFEFF/, '').trim().split('\n');
    expect(header).toContain('ระดับ (level),รหัส (code),ชื่อ (name),จำนวนเรื่อง (total)');
    expect(header).toContain('ประเด็น: ระยะเวลารอคอย (topic:waiting-time)');
    // topics are columns of numbers, not JSON in a cell
    expect(csv.body).not.toContain('{');
    const col = header!.split(',').indexOf('ประเด็น: ระยะเวลารอคอย (topic:waiting-time)');
    const hospitalRow = lines.find((l) => l.startsWith('สถานพยาบาล,1000002,'))!.split(',');
    expect(hospitalRow[2]).toBe('โรงพยาบาลตัวอย่างเจ้าพระยา (ข้อมูลตัวอย่าง)');
    expect(Number(hospitalRow[col])).toBe(res.body.hospitals.find((h) => h.key === '1000002')!.byTopic['waiting-time']);
    expect(lines.find((l) => l.startsWith('สำนักงาน,BKK-01,'))).toContain('สำนักงานประกันสังคมกรุงเทพมหานครพื้นที่');
    const scoped = await stack.call<{ officeCode: string; offices: Array<{ key: string }> }>('GET', `/reports/complaints?month=${month}`, { token: bkk01 });
    expect(scoped.body.offices.map((o) => o.key)).toEqual(['BKK-01']);
    // asking for another office's report is refused, not answered with one's own
    const other = await stack.call<{ code: string }>('GET', `/reports/complaints?month=${month}&officeCode=BKK-02`, { token: bkk01 });
    expect([other.status, other.body.code]).toEqual([403, 'REPORT_OTHER_OFFICE']);
    expect((await stack.call('GET', '/reports/complaints', { token: infoCenter })).status).toBe(400);
    // the same month written in the Buddhist Era, as users write it
    const be = `${Number(month.slice(0, 4)) + 543}${month.slice(4)}`;
    const inBe = await stack.call<{ total: { total: number } }>('GET', `/reports/complaints?month=${be}`, { token: infoCenter });
    expect([inBe.status, inBe.body.total.total]).toEqual([200, res.body.total.total]);
  });

  it('answers the media type Accept prefers: q-values, wildcards and letter case honoured, 406 when none fits', async () => {
    const month = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7);
    const typeFor = async (accept: string) => {
      const res = await fetch(`${stack.apiUrl}/reports/complaints?month=${month}`, { headers: { accept, authorization: `Bearer ${infoCenter}` } });
      return [res.status, (res.headers.get('content-type') ?? '').split(';')[0]];
    };
    // a lower q for CSV than JSON: JSON (the report used to answer CSV whenever the header named it)
    expect(await typeFor('text/csv;q=0.5, application/json')).toEqual([200, 'application/json']);
    expect(await typeFor('application/pdf;q=0, Text/CSV')).toEqual([200, 'text/csv']);
    expect(await typeFor('application/pdf;q=0.9, text/csv;q=0.8')).toEqual([200, 'application/pdf']);
    expect(await typeFor('*/*')).toEqual([200, 'application/json']);
    expect(await typeFor('image/png')).toEqual([406, 'application/problem+json']);
  });
});
