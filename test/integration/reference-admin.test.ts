// Reference data administration end to end against the emulators: the hospital registry import
// (all rows or none, dry runs, re-runs), hospitals named by hcode, the admins' edits of offices,
// topics, the SLA policy and calendars (each audited), notices and the holiday-list reminder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aComplaint, aCredentialRequest } from './support/builders';
import { startTestStack, type TestStack } from './support/test-stack';
import { lambdaContext } from '../../local/lambda-runtime';
import { finishedJob } from './support/jobs';

let stack: TestStack;
let admin: string;

beforeAll(async () => {
  stack = await startTestStack();
  admin = await stack.login('demo-admin');
});
afterAll(async () => {
  await stack?.stop();
});

const HEADER = 'code,hcode,nameTh,nameEn,provinceCode,kind,mainContractorCode,officeCode';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\r\n') + '\r\n';
const CLEAN = csv(
  '2000001,20001,โรงพยาบาลทดสอบนำเข้า (ข้อมูลตัวอย่าง),Import Test Hospital (sample),20,main,,PRV-20',
  '2000101,20101,คลินิกทดสอบนำเข้า (ข้อมูลตัวอย่าง),Import Test Clinic (sample),20,network,2000001,PRV-20',
  '๓๐๐๐๐๐๑,๓๐๐๐๑,โรงพยาบาลทดสอบกรุงเทพ (ข้อมูลตัวอย่าง),Import Test Bangkok Hospital (sample),10,main,,BKK-03',
);

type Problem = { status: number; code: string; title: string; errors: Array<{ line: number; field: string; code: string; message: string }> };
type ImportAnswer = { dryRun: boolean; rows: number; created: number; updated: number; unchanged: number; errors: Problem['errors'] };
type Change = { at: string; actor: string; action: string; target: string; before?: Record<string, unknown>; after?: Record<string, unknown> };

const importCsv = (body: string, dryRun: boolean, options: { token?: string; headers?: Record<string, string> } = {}) =>
  stack.call<ImportAnswer & Problem>('POST', `/admin/hospital-imports?dryRun=${dryRun}`, {
    token: options.token ?? admin,
    body: `\uFEFF${body}`,
    headers: { 'content-type': 'text/csv; charset=utf-8', ...options.headers },
  });
const hospitals = async (q: string) => (await stack.call<Array<{ code: string; hcode: string; officeCode: string; nameEn: string }>>('GET', `/hospitals?q=${encodeURIComponent(q)}`)).body;
const audit = async (target: string) => {
  const res = await stack.call<Change[]>('GET', `/admin/audit?target=${encodeURIComponent(target)}`, { token: admin });
  expect(res.status).toBe(200);
  return res.body;
};

describe('hospital registry import', () => {
  it('refuses a file with bad rows, listing each by line (header = 1) in Thai or English, and writes nothing', async () => {
    const bad = csv(
      '2100001,21001,โรงพยาบาลดี,Good Hospital,20,main,,PRV-20',
      '2100002,2100,โรงพยาบาลสอง,Two,20,main,,PRV-20',
      '2100003,21003,โรงพยาบาลสาม,Three,20,network,,PRV-20',
      '2100001,21004,ซ้ำ,Duplicate,20,main,,NOPE-01',
    );
    const res = await importCsv(bad, false);
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.code).toBe('IMPORT_HAS_ERRORS');
    expect(res.body.errors.map(({ line, field, code }) => [line, field, code])).toEqual([
      [3, 'hcode', 'HCODE_FORMAT'],
      [4, 'mainContractorCode', 'MAIN_CONTRACTOR_REQUIRED'],
      [5, 'code', 'DUPLICATE_CODE_IN_FILE'],
      [5, 'officeCode', 'UNKNOWN_OFFICE'],
    ]);
    expect(res.body.errors[0]!.message).toMatch(/[\u0E00-\u0E7F]/);
    expect(res.body.errors[2]!.message).toContain('2');

    const en = await importCsv(bad, false, { headers: { 'accept-language': 'en' } });
    expect(en.body.title).not.toMatch(/[\u0E00-\u0E7F]/);
    expect(en.body.errors[0]!.message).toMatch(/hcode/);

    expect(await hospitals('2100001')).toEqual([]);
    expect(await audit('HOSPITAL#2100001')).toEqual([]);
  });

  it('answers a dry run exactly as the real run, writes only on the real one, and finds a re-run all unchanged', async () => {
    const dry = await importCsv(CLEAN, true);
    expect(dry.status, JSON.stringify(dry.body)).toBe(200);
    expect(dry.body).toEqual({ dryRun: true, rows: 3, created: 3, updated: 0, unchanged: 0, errors: [] });
    expect(await hospitals('2000001')).toEqual([]);

    const real = await importCsv(CLEAN, false);
    expect(real.status).toBe(200);
    expect({ ...real.body, dryRun: true }).toEqual(dry.body);
    expect((await hospitals('Import Test')).map((h) => [h.code, h.hcode, h.officeCode])).toEqual([
      ['2000001', '20001', 'PRV-20'],
      ['2000101', '20101', 'PRV-20'],
      ['3000001', '30001', 'BKK-03'],
    ]);

    const again = await importCsv(CLEAN, false);
    expect(again.body).toEqual({ dryRun: false, rows: 3, created: 0, updated: 0, unchanged: 3, errors: [] });

    const moved = await importCsv(CLEAN.replace('BKK-03', 'BKK-04'), false);
    expect(moved.body).toMatchObject({ created: 0, updated: 1, unchanged: 2 });

    const [update, create] = await audit('HOSPITAL#3000001');
    expect(update).toMatchObject({ actor: 'demo-admin', action: 'hospital.update', before: { officeCode: 'BKK-03' }, after: { officeCode: 'BKK-04' } });
    expect(create).toMatchObject({ actor: 'demo-admin', action: 'hospital.create', after: { code: '3000001', hcode: '30001' } });
    expect(create!.before).toBeUndefined();
    const imports = await audit('HOSPITAL_REGISTRY');
    expect(imports.map((c) => [c.action, c.after?.created, c.after?.updated, c.after?.unchanged])).toEqual([
      ['hospital-import.apply', 0, 1, 2],
      ['hospital-import.apply', 0, 0, 3],
      ['hospital-import.apply', 3, 0, 0],
    ]);
  });

  it('takes text/csv only, and admins only', async () => {
    const json = await stack.call<Problem>('POST', '/admin/hospital-imports?dryRun=true', { token: admin, body: { rows: [] } });
    expect(json.status).toBe(415);
    expect(json.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const officer = await stack.login('demo-info-center');
    expect((await importCsv(CLEAN, true, { token: officer })).status).toBe(403);
    expect((await stack.call('POST', '/admin/hospital-imports?dryRun=true', { body: CLEAN, headers: { 'content-type': 'text/csv' } })).status).toBe(401);
  });
});

describe('a hospital named by its health service unit code (hcode)', () => {
  it('routes a complaint to that hospital’s office, and the case carries the 7-digit code', async () => {
    const filed = await stack.call<{ complaintId: string; hospitalCode: string; officeCode: string }>('POST', '/complaints', { body: aComplaint({ hospitalCode: '๕๐๐๐๒' }) });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    expect(filed.body).toMatchObject({ hospitalCode: '5000002', officeCode: 'PRV-50' });
    const infoCenter = await stack.login('demo-info-center');
    const stored = await stack.call<{ hospitalCode: string }>('GET', `/complaints/${filed.body.complaintId}`, { token: infoCenter });
    expect(stored.body.hospitalCode).toBe('5000002');
    const listed = await stack.call<Array<{ complaintId: string }>>('GET', '/complaints?hospitalCode=50002', { token: infoCenter });
    expect(listed.body.map((c) => c.complaintId)).toContain(filed.body.complaintId);
  });

  it('finds an imported hospital by its hcode at once', async () => {
    const filed = await stack.call<{ hospitalCode: string; officeCode: string }>('POST', '/complaints', { body: aComplaint({ hospitalCode: '20101' }) });
    expect(filed.body).toMatchObject({ hospitalCode: '2000101', officeCode: 'PRV-20' });
  });

  it('keeps the 7-digit codes of a credential request that names its hospitals by hcode', async () => {
    const created = await stack.call<{ requestId: string }>('POST', '/credential-requests', { body: aCredentialRequest({ hospitalCode: '10001', networkHospitalCode: '10101' }) });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const officer = await stack.login('demo-credentials-officer');
    const request = await stack.call<{ hospitalCode: string; networkHospitalCode: string }>('GET', `/credential-requests/${created.body.requestId}`, { token: officer });
    expect(request.body).toMatchObject({ hospitalCode: '1000001', networkHospitalCode: '1000101' });
  });

  it('refuses an hcode no hospital has', async () => {
    const res = await stack.call<Problem>('POST', '/complaints', { body: aComplaint({ hospitalCode: '99999' }) });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('UNKNOWN_HOSPITAL');
  });
});

describe('editing reference data', () => {
  it('edits an office: the public list shows it, the mailbox is the admin’s, the change is audited', async () => {
    const body = { nameTh: 'สำนักงานประกันสังคมจังหวัดชลบุรี (แก้ไข)', nameEn: 'SSO Chon Buri Provincial Office (edited)', kind: 'provincial', email: 'chonburi@SSO.example' };
    const res = await stack.call<Record<string, unknown>>('PUT', '/offices/PRV-20', { token: admin, body });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ officeCode: 'PRV-20', email: 'chonburi@sso.example', emailSource: 'admin' });
    const offices = (await stack.call<Array<Record<string, unknown>>>('GET', '/offices')).body;
    expect(offices.find((o) => o.officeCode === 'PRV-20')).toMatchObject({ nameEn: body.nameEn, email: 'chonburi@sso.example' });
    const [change] = await audit('OFFICE#PRV-20');
    expect(change).toMatchObject({ actor: 'demo-admin', action: 'office.update', after: { email: 'chonburi@sso.example', emailSource: 'admin' } });
    expect(change!.before?.email).toBeUndefined();

    // a deploy-time load never overwrites an admin's mailbox
    const { readOffice, setOfficeMailboxFromDeploy } = await import('../../shared/data/reference-repository');
    expect(await setOfficeMailboxFromDeploy('PRV-20', 'deploy@sso.example', { email: 'chonburi@sso.example' })).toBe(false);
    expect((await readOffice('PRV-20'))?.email).toBe('chonburi@sso.example');
  });

  it('refuses an unknown office (404) and a malformed address (400), and non-admins (403)', async () => {
    const body = { nameTh: 'ไม่มี', nameEn: 'None', kind: 'provincial', email: 'x@sso.example' };
    const unknown = await stack.call<Problem>('PUT', '/offices/PRV-99', { token: admin, body });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'OFFICE_NOT_FOUND']);
    const bad = await stack.call<Problem>('PUT', '/offices/PRV-21', { token: admin, body: { ...body, email: 'not-an-address' } });
    expect([bad.status, bad.body.errors[0]?.code]).toEqual([400, 'INVALID_EMAIL']);
    const officer = await stack.login('demo-area-office');
    expect((await stack.call('PUT', '/offices/BKK-01', { token: officer, body })).status).toBe(403);
  });

  it('adds and renames complaint topics, shown by the public list and audited', async () => {
    const added = await stack.call('PUT', '/complaint-topics/parking', { token: admin, body: { nameTh: 'ที่จอดรถ', nameEn: 'Parking' } });
    expect(added.status).toBe(200);
    const renamed = await stack.call('PUT', '/complaint-topics/waiting-time', { token: admin, body: { nameTh: 'ระยะเวลารอคอยตรวจ', nameEn: 'Waiting time for treatment' } });
    expect(renamed.status).toBe(200);
    const topics = (await stack.call<Array<{ code: string; nameEn: string }>>('GET', '/complaint-topics')).body;
    expect(topics.find((t) => t.code === 'parking')?.nameEn).toBe('Parking');
    expect(topics.find((t) => t.code === 'waiting-time')?.nameEn).toBe('Waiting time for treatment');
    expect(topics.length).toBeGreaterThanOrEqual(11);
    expect((await audit('TOPIC#parking'))[0]).toMatchObject({ action: 'topic.create', after: { code: 'parking', nameTh: 'ที่จอดรถ' } });
    expect((await audit('TOPIC#waiting-time'))[0]).toMatchObject({ action: 'topic.update', before: { nameEn: 'Waiting time' } });
    // the new topic can be chosen at once
    expect((await stack.call('POST', '/complaints', { body: aComplaint({ topic: 'parking' }) })).status).toBe(201);
    const bad = await stack.call<Problem>('PUT', '/complaint-topics/Bad%20Code!', { token: admin, body: { nameTh: 'x', nameEn: 'x' } });
    expect([bad.status, bad.body.errors[0]?.code]).toEqual([400, 'TOPIC_CODE_FORMAT']);
  });

  it('sets the SLA policy: the public GET shows it, new deadlines follow it, the change is audited', async () => {
    const before = await stack.call<{ stages: Array<{ stage: string; target: { amount: number } }> }>('GET', '/sla-policy');
    expect(before.body.stages.map((s) => s.stage)).toEqual(['route', 'acknowledge', 'report-back']);
    const policy = {
      stages: [
        { stage: 'route', target: { unit: 'working-days', amount: 1 }, warnBefore: { unit: 'working-days', amount: 1 } },
        { stage: 'acknowledge', target: { unit: 'working-days', amount: 2 }, warnBefore: { unit: 'working-days', amount: 1 } },
        { stage: 'report-back', target: { unit: 'days', amount: 15 }, warnBefore: { unit: 'working-days', amount: 1 } },
      ],
    };
    expect((await stack.call('PUT', '/sla-policy', { token: admin, body: policy })).status).toBe(200);
    expect((await stack.call('GET', '/sla-policy')).body).toEqual(policy);
    const [change] = await audit('CONFIG#SLA_POLICY');
    expect(change).toMatchObject({ action: 'sla-policy.update', after: policy });
    expect((change!.before as { stages: Array<{ target: { amount: number } }> }).stages[1]!.target.amount).toBe(3);

    const empty = await stack.call<Problem>('PUT', '/sla-policy', { token: admin, body: { stages: [] } });
    expect([empty.status, empty.body.errors[0]?.code]).toEqual([400, 'SLA_POLICY_EMPTY']);
    const twice = await stack.call<Problem>('PUT', '/sla-policy', { token: admin, body: { stages: [policy.stages[0], policy.stages[0]] } });
    expect([twice.status, twice.body.errors[0]?.code]).toEqual([400, 'SLA_STAGE_TWICE']);
    expect((await stack.call('PUT', '/sla-policy', { token: await stack.login('demo-info-center'), body: policy })).status).toBe(403);
  });
});

describe('calendars, notices and the holiday-list reminder', () => {
  it('lists an office without a mailbox until an admin gives it one', async () => {
    const notices = async () => (await stack.call<Array<{ code: string; message: string; params?: Record<string, unknown> }>>('GET', '/admin/notices', { token: admin })).body;
    const missing = (await notices()).filter((n) => n.code === 'OFFICE_HAS_NO_MAILBOX');
    const prv21 = missing.find((n) => n.params?.officeCode === 'PRV-21');
    expect(prv21?.message).toContain('PRV-21');
    expect(missing.some((n) => n.params?.officeCode === 'BKK-01')).toBe(false);
    await stack.call('PUT', '/offices/PRV-21', { token: admin, body: { nameTh: 'สำนักงานประกันสังคมจังหวัดระยอง', nameEn: 'SSO Rayong Provincial Office', kind: 'provincial', email: 'rayong@sso.example' } });
    expect((await notices()).some((n) => n.params?.officeCode === 'PRV-21')).toBe(false);
    expect((await stack.call('GET', '/admin/notices', { token: await stack.login('demo-info-center') })).status).toBe(403);
  });

  it('mails the admins from 1 October while next year’s list is missing, once a week', async () => {
    const { handler } = await import('../../functions/reference/calendar-reminder');
    await stack.clearMails();
    expect(await handler({ time: '2026-09-30T16:59:00Z' }, lambdaContext('reference.calendar-reminder'))).toEqual({ due: 0, sent: 0 }); // 23:59 on 30 Sep in Bangkok
    expect(await handler({ time: '2026-09-30T17:00:00Z' }, lambdaContext('reference.calendar-reminder'))).toEqual({ due: 1, sent: 1 }); // 00:00 on 1 Oct
    expect(await handler({ time: '2026-10-07T01:00:00Z' }, lambdaContext('reference.calendar-reminder'))).toEqual({ due: 1, sent: 0 }); // the same week
    expect(await handler({ time: '2026-10-08T01:00:00Z' }, lambdaContext('reference.calendar-reminder'))).toEqual({ due: 1, sent: 1 }); // a week later
    const mails = (await stack.mails()).filter((m) => m.subject.includes('2570'));
    expect(mails.map((m) => m.destination.to)).toEqual([['admin@sso.example'], ['admin@sso.example']]);
  });

  it('refuses an empty holiday list and writes nothing; a real list is loaded and audited', async () => {
    const empty = await stack.call<Problem>('PUT', '/calendar/2027', { token: admin, body: { holidays: [] } });
    expect([empty.status, empty.body.code]).toEqual([422, 'CALENDAR_EMPTY']);
    expect((await stack.call('GET', '/calendar/2027')).status).toBe(404);
    expect(await audit('CALENDAR#2027')).toEqual([]);

    const holidays = [{ date: '2027-01-01', nameTh: 'วันขึ้นปีใหม่', nameEn: "New Year's Day", source: 'test' }];
    const loaded = await stack.call<{ jobId: string }>('PUT', '/calendar/2027', { token: admin, body: { holidays } });
    expect(loaded.status).toBe(202);
    expect((await finishedJob(stack, loaded.body.jobId, admin)).status).toBe('succeeded');
    const [change] = await audit('CALENDAR#2027');
    expect(change).toMatchObject({ actor: 'demo-admin', action: 'calendar.load', after: { year: 2027, holidays } });

    const { handler } = await import('../../functions/reference/calendar-reminder');
    expect(await handler({ time: '2026-10-15T01:00:00Z' }, lambdaContext('reference.calendar-reminder'))).toEqual({ due: 0, sent: 0 });
  });
});
