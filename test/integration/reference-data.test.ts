// An empty system, as a deployment starts: only the reference data that ships with the project
// (offices, complaint topics, SLA policy, calendars), loaded again without overwriting anything;
// office mailboxes from a deploy-time file, never over an admin's; and a complaint for an office
// with no mailbox, which still files while the admins hear of the missing address.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ListExecutionsCommand, SFNClient } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Office } from '../../shared/schemas/reference';
import { aComplaint } from './support/builders';
import { eventually, startTestStack, type TestStack } from './support/test-stack';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(path.join(tmpdir(), 'sso-reference-data-'));

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ seedDemo: false });
});
afterAll(async () => {
  await stack?.stop();
});

const offices = async () => (await stack.call<Office[]>('GET', '/offices')).body;
const officeRecord = async (code: string) => (await import('../../shared/data/reference-repository')).readOffice(code);
const load = async (mailboxes?: Record<string, string>) => {
  const { loadReferenceData } = await import('../../shared/use-cases/load-reference-data');
  return loadReferenceData(mailboxes ? { mailboxes: new Map(Object.entries(mailboxes)) } : {});
};
/** An admin's edit of an office, as PUT /api/offices/{officeCode} stores it. */
const adminSetsOffice = async (office: Office) => (await import('../../shared/data/reference-repository')).putOffice({ ...office, emailSource: 'admin' });

/** `npm run reference:load -- …` against this test's stack (found by the usual port variables). */
async function referenceLoad(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const port = (url: string) => new URL(url).port;
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'ops/load-reference-data.ts', ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        DYNAMODB_PORT: port(stack.dynamodbUrl),
        S3_PORT: port(stack.s3Url),
        SES_PORT: port(stack.sesUrl),
        SFN_PORT: port(stack.sfnUrl),
        LOCAL_DATA_DIR: scratch,
      },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function mailboxFile(name: string, content: unknown): string {
  const file = path.join(scratch, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

describe('an empty system (no demo data)', () => {
  it('lists every SSO office: 3 central units, 12 Bangkok areas, 76 provincial offices', async () => {
    const list = await offices();
    expect(list).toHaveLength(91);
    expect(list.filter((o) => o.kind === 'bangkok-area')).toHaveLength(12);
    expect(list.filter((o) => o.kind === 'provincial')).toHaveLength(76);
    expect(list.find((o) => o.officeCode === 'PRV-50')?.nameTh).toBe('สำนักงานประกันสังคมจังหวัดเชียงใหม่');
    expect(list.some((o) => o.email), 'no made-up mailboxes').toBe(false);
  });

  it('has no hospitals, no programmes and no demo users', async () => {
    expect((await stack.call('GET', '/hospitals')).body).toEqual([]);
    expect((await stack.call('GET', '/award-programmes')).body).toEqual([]);
    const login = await stack.call('POST', '/auth/login', { body: { userId: 'demo-admin', password: 'integration-demo-password' } });
    expect(login.status).toBe(401);
  });

  it('has the complaint topics and the official 2026 calendar', async () => {
    const topics = await stack.call<Array<{ code: string }>>('GET', '/complaint-topics');
    expect(topics.body.map((t) => t.code)).toContain('waiting-time');
    const calendar = await stack.call<{ year: number; holidays: unknown[] }>('GET', '/calendar/2026');
    expect(calendar.status).toBe(200);
    expect(calendar.body.holidays.length).toBeGreaterThan(10);
  });
});

describe('loading the shipped data again', () => {
  it('creates nothing the second time and keeps an operator’s edit', async () => {
    const original = (await offices()).find((o) => o.officeCode === 'PRV-11')!;
    await adminSetsOffice({ ...original, nameTh: 'สำนักงานประกันสังคมจังหวัดสมุทรปราการ (แก้ไข)' });
    const first = await load();
    const second = await load();
    expect(first).toEqual(second);
    expect(second).toEqual({
      offices: { created: 0, kept: 91 },
      calendars: { created: 0, kept: 1 },
      complaintTopics: { created: 0, kept: 1 },
      slaPolicy: { created: 0, kept: 1 },
    });
    expect((await offices()).find((o) => o.officeCode === 'PRV-11')?.nameTh).toBe('สำนักงานประกันสังคมจังหวัดสมุทรปราการ (แก้ไข)');
    expect(await offices()).toHaveLength(91);
  });
});

describe('office mailboxes from the deploy-time file', () => {
  it('sets an office without a mailbox, replaces one from an earlier load, never one an admin set', async () => {
    const bkk12 = (await offices()).find((o) => o.officeCode === 'BKK-12')!;
    await adminSetsOffice({ ...bkk12, email: 'bkk12.admin@sso.example' });

    const first = await load({ 'BKK-10': 'bkk10.first@sso.example', 'BKK-12': 'bkk12.deploy@sso.example' });
    expect(first.mailboxes).toEqual({ set: 1, unchanged: 0, kept: 1, missing: [] });
    expect(await officeRecord('BKK-10')).toMatchObject({ email: 'bkk10.first@sso.example', emailSource: 'deploy' });
    expect(await officeRecord('BKK-12')).toMatchObject({ email: 'bkk12.admin@sso.example', emailSource: 'admin' });

    const again = await load({ 'BKK-10': 'bkk10.first@sso.example' });
    expect(again.mailboxes).toEqual({ set: 0, unchanged: 1, kept: 0, missing: [] });
    const changed = await load({ 'BKK-10': 'bkk10.second@sso.example' });
    expect(changed.mailboxes).toEqual({ set: 1, unchanged: 0, kept: 0, missing: [] });
    expect((await officeRecord('BKK-10'))?.email).toBe('bkk10.second@sso.example');

    // an admin takes the office over: the next deploy leaves it alone
    await adminSetsOffice({ ...(await officeRecord('BKK-10'))!, email: 'bkk10.admin@sso.example' });
    expect((await load({ 'BKK-10': 'bkk10.third@sso.example' })).mailboxes).toEqual({ set: 0, unchanged: 0, kept: 1, missing: [] });
    expect((await officeRecord('BKK-10'))?.email).toBe('bkk10.admin@sso.example');
  });

  // each run of the command synthesizes the CDK app to find the local stack: slow on a busy machine
  it('loads through `npm run reference:load -- --office-mailboxes <file>`', { timeout: 180_000 }, async () => {
    const file = mailboxFile('ok.json', { 'PRV-96': 'narathiwat@sso.example', 'PRV-95': 'yala@sso.example' });
    await load({ 'PRV-95': 'yala@sso.example' });
    const loaded = await referenceLoad('--office-mailboxes', file);
    expect(loaded.code, loaded.stderr).toBe(0);
    expect(loaded.stdout).toMatch(/offices\s+0 created, 91 kept/);
    expect(loaded.stdout).toMatch(/office mailboxes\s+1 set, 1 unchanged, 0 kept/);
    expect((await officeRecord('PRV-96'))?.email).toBe('narathiwat@sso.example');
  });

  it('refuses a file with an unknown office or a malformed address, writing nothing (exit code 2)', { timeout: 180_000 }, async () => {
    const bad = await referenceLoad('--office-mailboxes', mailboxFile('bad.json', { 'PRV-10': 'bangkok@sso.example', 'PRV-95': 'yala(at)sso.example', 'PRV-94': 'pattani@sso.example' }));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"PRV-10" is not an office code');
    expect(bad.stderr).toContain('"PRV-95": "yala(at)sso.example" is not an e-mail address');
    expect((await officeRecord('PRV-94'))?.email, 'nothing written from a bad file').toBeUndefined();
  });
});

describe('a complaint for an office without a mailbox', () => {
  const sfn = () => new SFNClient({});
  const executionsOf = async (complaintId: string) => {
    const { executions } = await sfn().send(new ListExecutionsCommand({ stateMachineArn: stack.model.stateMachines[0]!.arn }));
    return (executions ?? []).filter((e) => e.name?.startsWith(complaintId));
  };
  const toAdmin = async (trackingCode: string) => (await stack.mails()).filter((m) => m.destination.to.includes('admin@sso.example') && m.subject.includes(trackingCode));

  it('still files, its clock runs, its timeline says the office was not told, and the admins hear of it once', async () => {
    const { putHospital } = await import('../../shared/data/reference-repository');
    await putHospital({ code: '3800001', hcode: '38001', nameTh: 'โรงพยาบาลทดสอบบึงกาฬ', nameEn: 'Bueng Kan Test Hospital', provinceCode: '38', kind: 'main', officeCode: 'PRV-38' });
    const res = await stack.call<{ complaintId: string; trackingCode: string; officeCode: string }>('POST', '/complaints', { body: aComplaint({ hospitalCode: '3800001' }) });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const filed = res.body;
    expect(filed.officeCode).toBe('PRV-38');

    const [alert] = await eventually(async () => ((await toAdmin(filed.trackingCode)).length ? toAdmin(filed.trackingCode) : undefined), 10_000);
    expect(alert!.subject).toContain('PRV-38');
    expect(alert!.body.text).toContain('สำนักงานประกันสังคมจังหวัดบึงกาฬ');
    expect((await stack.mails()).filter((m) => m.subject.startsWith('เรื่องร้องเรียนใหม่') && m.subject.includes(filed.trackingCode))).toHaveLength(0);
    expect((await executionsOf(filed.complaintId)).map((e) => e.status)).toEqual(['RUNNING']);

    const { getComplaint, listEvents } = await import('../../shared/data/complaints-repository');
    const events = await listEvents((await getComplaint(filed.complaintId))!);
    expect(events.filter((e) => e.type === 'office-not-notified')).toEqual([expect.objectContaining({ to: 'PRV-38', reason: 'no-mailbox' })]);

    // the task again (a retry, a restarted clock) and a reminder: no second alert, no second event
    const { invokeHandler } = await import('../../local/lambda-runtime');
    await invokeHandler('functions/complaints/sla/announce-case.ts', { complaintId: filed.complaintId });
    const { checkStage } = await import('../../shared/use-cases/complaint-sla');
    const c = (await getComplaint(filed.complaintId))!;
    const acknowledge = c.stages.find((s) => s.stage === 'acknowledge')!;
    const warn = await checkStage({ complaintId: c.complaintId, generation: c.slaGeneration, stage: 'acknowledge', kind: 'warn' }, new Date(new Date(acknowledge.warnAt).getTime() + 1000));
    expect(warn).toEqual({ action: 'none', reason: 'office-has-no-mailbox' });
    await new Promise((r) => setTimeout(r, 200));
    expect(await toAdmin(filed.trackingCode)).toHaveLength(1);
    expect((await listEvents(c)).filter((e) => e.type === 'office-not-notified')).toHaveLength(1);

    // a missed deadline still escalates: to the Information Center in the office's place
    const due = await checkStage({ complaintId: c.complaintId, generation: c.slaGeneration, stage: 'acknowledge', kind: 'due' }, new Date(new Date(acknowledge.dueAt).getTime() + 1000));
    expect(due).toMatchObject({ action: 'escalated', level: 1 });
    const escalation = await eventually(async () => (await stack.mails()).find((m) => m.subject.startsWith('เกินกำหนด') && m.subject.includes(filed.trackingCode)));
    expect(escalation.destination.to).toEqual(['info-center@sso.example']);
  });

  it('reaches the office once its mailbox is loaded', async () => {
    await load({ 'PRV-38': 'buengkan@sso.example' });
    const res = await stack.call<{ trackingCode: string }>('POST', '/complaints', { body: aComplaint({ hospitalCode: '3800001' }) });
    expect(res.status).toBe(201);
    const mail = await eventually(async () => (await stack.mails()).find((m) => m.subject.startsWith('เรื่องร้องเรียนใหม่') && m.subject.includes(res.body.trackingCode)), 10_000);
    expect(mail.destination.to).toEqual(['buengkan@sso.example']);
    expect(await toAdmin(res.body.trackingCode)).toHaveLength(0);
  });
});
