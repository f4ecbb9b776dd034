// The complaint defects an outside QA pass found, through the public API: units act only on cases
// passed to them, repeated actions record and mail nothing new, a reroute tells the unit that gets
// the case (the Information Center included), impossible or long-past dates are refused, a web
// complaint needs a way to report back, and names must be readable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aComplaint } from './support/builders';
import { eventually, startTestStack, type TestStack } from './support/test-stack';

let stack: TestStack;
let infoCenter: string;
let bureau: string;
let bkk01: string;
beforeAll(async () => {
  stack = await startTestStack();
  [infoCenter, bureau, bkk01] = await Promise.all([stack.login('demo-info-center'), stack.login('demo-medical-bureau'), stack.login('demo-area-office')]);
});
afterAll(async () => {
  await stack?.stop();
});

type Problem = { code: string; errors: Array<{ path: string; code: string }> };
const file = async (overrides: Record<string, unknown> = {}, token?: string) => {
  const res = await stack.call<{ complaintId: string }>('POST', '/complaints', { body: aComplaint(overrides), ...(token ? { token } : {}) });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.complaintId;
};
const act = (id: string, body: Record<string, unknown>, token: string) => stack.call<Problem & { status: string }>('POST', `/complaints/${id}/actions`, { token, body });
const timeline = async (id: string) => (await stack.call<{ timeline: Array<{ type: string }> }>('GET', `/complaints/${id}`, { token: infoCenter })).body.timeline.map((e) => e.type);

describe('who acts on a case', () => {
  it('the Medical Services Bureau sees every case but acts only once it is brought in', async () => {
    const id = await file();
    expect((await stack.call('GET', `/complaints/${id}`, { token: bureau })).status).toBe(200);
    const refused = await act(id, { action: 'close', outcome: 'resolved', note: 'ปิดเรื่อง' }, bureau);
    expect([refused.status, refused.body.code]).toEqual([403, 'NOT_ASSIGNED_TO_YOUR_UNIT']);
    expect((await act(id, { action: 'escalate', to: 'MSB', reason: 'ผู้ร้องขอพบผู้บริหาร' }, bkk01)).status).toBe(200);
    expect((await act(id, { action: 'note', note: 'สำนักฯ รับเรื่องแล้ว' }, bureau)).status).toBe(200);
  });
});

describe('repeating an action', () => {
  it('acknowledging twice writes one timeline entry and mails the complainant once', async () => {
    const email = `twice.${Date.now()}@example.com`;
    const id = await file({ complainant: { name: 'นางสาวรับทราบ สองครั้ง', email } });
    for (let i = 0; i < 2; i++) expect((await act(id, { action: 'acknowledge' }, bkk01)).status).toBe(200);
    expect((await timeline(id)).filter((t) => t === 'acknowledged')).toHaveLength(1);
    const mails = await eventually(async () => {
      const m = (await stack.mails()).filter((x) => x.destination.to.includes(email) && !!x.body.text?.includes('อยู่ระหว่างดำเนินการ'));
      return m.length ? m : undefined;
    });
    expect(mails).toHaveLength(1);
  });

  it('bringing in a unit already involved records nothing new', async () => {
    const id = await file();
    await act(id, { action: 'escalate', to: 'LEGAL', reason: 'ขอคำปรึกษาข้อกฎหมาย' }, bkk01);
    await act(id, { action: 'escalate', to: 'LEGAL', reason: 'ขอคำปรึกษาข้อกฎหมาย' }, bkk01);
    expect((await timeline(id)).filter((t) => t === 'escalated')).toHaveLength(1);
  });
});

describe('rerouting', () => {
  it('tells the Information Center when a case is rerouted to it', async () => {
    await stack.clearMails();
    const id = await file();
    expect((await act(id, { action: 'escalate', to: 'INFO', reason: 'ไม่ใช่พื้นที่รับผิดชอบ' }, infoCenter)).status).toBe(200);
    const told = await eventually(async () => (await stack.mails()).find((m) => m.destination.to.includes('info-center@sso.example') && m.body.text?.includes(id)));
    expect(told).toBeDefined();
    expect(await timeline(id)).not.toContain('office-not-notified');
  });
});

describe('the complainant’s receipt', () => {
  it('mails a receipt with the tracking code, the office and the report-back deadline when an address is given', async () => {
    const email = `receipt.${Date.now()}@example.com`;
    const res = await stack.call<{ trackingCode: string; deadlines: Array<{ stage: string; dueAt: string }> }>('POST', '/complaints', { body: aComplaint({ complainant: { name: 'นางใบรับ เรื่อง', email } }) });
    expect(res.status).toBe(201);
    const receipt = await eventually(async () => (await stack.mails()).find((m) => m.destination.to.includes(email)));
    expect(receipt.subject).toContain(res.body.trackingCode);
    expect(receipt.body.text).toContain('สำนักงานประกันสังคมกรุงเทพมหานครพื้นที่');
    expect(receipt.body.text).toContain('แจ้งผลให้ท่านทราบภายใน');
    expect(receipt.body.text).toContain(`#/complaints/track/${res.body.trackingCode}`);
  });
});

describe('dates and people', () => {
  it.each(['2026-02-30T10:00:00+07:00', '2026-04-31T09:00:00+07:00', '2026-12-01T24:00:00+07:00'])('refuses the impossible instant %s', async (receivedAt) => {
    const res = await stack.call<Problem>('POST', '/complaints', { token: infoCenter, body: aComplaint({ channel: 'letter', receivedAt }) });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'receivedAt', code: 'INVALID_INSTANT' })]);
  });

  it('refuses a staff entry dated more than 60 days back', async () => {
    const res = await stack.call<Problem>('POST', '/complaints', { token: infoCenter, body: aComplaint({ channel: 'letter', receivedAt: '1999-01-04T10:00:00+07:00' }) });
    expect([res.status, res.body.code]).toEqual([400, 'RECEIVED_TOO_LONG_AGO']);
  });

  it('needs a phone or an e-mail on a web complaint', async () => {
    const res = await stack.call<Problem>('POST', '/complaints', { body: aComplaint({ complainant: { name: 'นายไม่มี ช่องทาง' } }) });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'complainant.phone', code: 'CONTACT_REQUIRED' })]);
    // staff may enter one without (a walk-in who gives none)
    await file({ channel: 'walk-in', receivedAt: new Date().toISOString(), complainant: { name: 'นายไม่มี ช่องทาง' } }, infoCenter);
  });

  it.each([
    ['only invisible characters', '\u200b\u200b\u2060', 'NAME_NOT_VISIBLE'],
    ['a line break inside', 'นายสมชาย\nใจดี', 'CONTROL_CHARACTERS'],
  ])('refuses a name of %s', async (_, name, code) => {
    const res = await stack.call<Problem>('POST', '/complaints', { body: aComplaint({ complainant: { name, phone: '0812345678' } }) });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'complainant.name', code })]);
  });
});

describe('Thai digits wherever digits are typed', () => {
  const thai = (s: string) => s.replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]!);

  it('reads a tracking code, a report month, a registry search and an office filter written in Thai digits', async () => {
    const filed = await stack.call<{ trackingCode: string }>('POST', '/complaints', { body: aComplaint() });
    const tracked = await stack.call('GET', `/complaints/track/${encodeURIComponent(thai(filed.body.trackingCode))}`);
    expect(tracked.status).toBe(200);
    const month = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7);
    const beMonth = `${Number(month.slice(0, 4)) + 543}${month.slice(4)}`;
    const inThai = await stack.call<{ total: { total: number } }>('GET', `/reports/complaints?month=${encodeURIComponent(thai(beMonth))}`, { token: infoCenter });
    const inArabic = await stack.call<{ total: { total: number } }>('GET', `/reports/complaints?month=${month}`, { token: infoCenter });
    expect([inThai.status, inThai.body.total.total]).toEqual([200, inArabic.body.total.total]);
    const found = await stack.call<Array<{ code: string }>>('GET', `/hospitals?q=${encodeURIComponent(thai('1000002'))}`);
    expect(found.body.map((h) => h.code)).toEqual(['1000002']);
    const listed = await stack.call('GET', `/complaints?officeCode=${encodeURIComponent(thai('BKK-01'))}`, { token: infoCenter });
    expect(listed.status).toBe(200);
  });
});
