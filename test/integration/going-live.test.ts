// Going live, end to end through the public API and the operator's command: an empty system (only
// the shipped reference data), the first admin from `npm run admin:bootstrap`, activated from the
// mail; staff accounts; the hospital registry imported; a complaint that reaches the imported
// hospital's office; a password reset; and every earlier token refused.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aComplaint } from './support/builders';
import { eventually, startTestStack, type TestStack } from './support/test-stack';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ seedDemo: false });
});
afterAll(async () => {
  await stack?.stop();
});

const portOf = (url: string) => new URL(url).port;
/** `npm run admin:bootstrap -- …` against this test's stack (the CLI finds it by the usual port variables). */
const bootstrap = (...args: string[]) => operatorCommand('ops/admin-bootstrap.ts', ...args);

/** An operator command (ops/…) against this test's stack, as `npm run <command> -- …` runs it. */
async function operatorCommand(script: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        DYNAMODB_PORT: portOf(stack.dynamodbUrl),
        S3_PORT: portOf(stack.s3Url),
        SES_PORT: portOf(stack.sesUrl),
        SFN_PORT: portOf(stack.sfnUrl),
        SITE_URL: stack.siteUrl,
        LOCAL_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'sso-bootstrap-')),
      },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** The token of the newest link of a kind (`activate`, `reset-password`) mailed to an address. */
async function linkTokenMailedTo(address: string, kind: 'activate' | 'reset-password'): Promise<string> {
  return eventually(async () => {
    const mails = (await stack.mails()).filter((m) => m.destination.to.includes(address));
    const pattern = new RegExp(`#/${kind}\\?token=([A-Za-z0-9_-]+)`);
    const tokens = mails.map((m) => m.body.text?.match(pattern)?.[1]).filter((t): t is string => !!t);
    return tokens.at(-1);
  });
}

const ADMIN = { userId: 'first-admin', email: 'first.admin@sso.example.go.th' };
const STRONG = 'ลมหนาวมาเยือนเชียงใหม่ 2569';
let adminToken: string;

describe('an empty system', () => {
  it('holds only the shipped data: every office, no hospitals, no users', async () => {
    const offices = await stack.call<Array<{ officeCode: string }>>('GET', '/offices');
    expect(offices.body.map((o) => o.officeCode)).toEqual(expect.arrayContaining(['BKK-01', 'BKK-12', 'PRV-50', 'PRV-96', 'INFO']));
    expect((await stack.call<unknown[]>('GET', '/hospitals')).body).toEqual([]);
    const demo = await stack.call('POST', '/auth/login', { body: { userId: 'demo-admin', password: 'demo-password-2569' } });
    expect(demo.status).toBe(401);
  });
});

describe('the first admin', () => {
  it('is created by the bootstrap command and activated from the mailed link', async () => {
    const bad = await bootstrap('--user-id', ADMIN.userId, '--email', 'not-an-address');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('email');

    const created = await bootstrap('--user-id', ADMIN.userId, '--email', ADMIN.email);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain('pending-activation');
    const token = await linkTokenMailedTo(ADMIN.email, 'activate');

    // the password policy: length, common passwords, the user id itself
    for (const [password, code] of [
      ['short-pw', 'PASSWORD_TOO_SHORT'],
      ['qwerty123456', 'PASSWORD_TOO_COMMON'],
      ['my first-admin password', 'PASSWORD_CONTAINS_USER_ID'],
    ] as const) {
      const weak = await stack.call<{ errors: Array<{ path: string; code: string }> }>('POST', '/auth/activate', { body: { token, password } });
      expect(weak.status).toBe(400);
      expect(weak.body.errors).toEqual([expect.objectContaining({ path: 'password', code })]);
    }
    const activated = await stack.call('POST', '/auth/activate', { body: { token, password: STRONG } });
    expect(activated.status).toBe(200);
    const reused = await stack.call<{ code: string }>('POST', '/auth/activate', { body: { token, password: STRONG } });
    expect([reused.status, reused.body.code]).toEqual([422, 'ACTIVATION_INVALID']);
    adminToken = await stack.login(ADMIN.userId, STRONG);
  });

  it('cannot be bootstrapped a second time once an admin is active', async () => {
    const again = await bootstrap('--user-id', 'second-admin', '--email', 'second@sso.example.go.th');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('ADMIN_EXISTS');
    expect((await stack.call('GET', '/admin/accounts?role=admin', { token: adminToken })).body).toHaveLength(1);
  });
});

const REGISTRY = [
  'code,hcode,nameTh,nameEn,provinceCode,kind,mainContractorCode,officeCode',
  '2100001,21001,โรงพยาบาลนำเข้าพระนคร,Phra Nakhon Imported Hospital,10,main,,BKK-01',
  '2100101,21101,คลินิกนำเข้าบางลำพู,Bang Lamphu Imported Clinic,10,network,2100001,BKK-01',
  '5100001,51001,โรงพยาบาลนำเข้าลำพูน,Lamphun Imported Hospital,51,main,,PRV-51',
].join('\r\n');

describe('taking it live', () => {
  let officerToken: string;
  const OFFICER = { userId: 'officer.bkk01', email: 'officer.bkk01@sso.example.go.th' };

  it('imports the hospital registry: a dry run answers as the real run, a bad row changes nothing', async () => {
    const csv = { 'content-type': 'text/csv; charset=utf-8' };
    const badRows = `${REGISTRY}\r\n9999999,99999,โรงพยาบาลผิด,Wrong,10,main,,NO-SUCH-OFFICE`;
    const bad = await stack.call<{ code: string; errors: Array<{ line: number; field: string }> }>('POST', '/admin/hospital-imports?dryRun=false', { token: adminToken, headers: csv, body: badRows });
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe('IMPORT_HAS_ERRORS');
    expect(bad.body.errors).toEqual([expect.objectContaining({ line: 5, field: 'officeCode' })]);
    expect((await stack.call<unknown[]>('GET', '/hospitals')).body).toEqual([]);

    const dry = await stack.call('POST', '/admin/hospital-imports?dryRun=true', { token: adminToken, headers: csv, body: REGISTRY });
    const real = await stack.call('POST', '/admin/hospital-imports?dryRun=false', { token: adminToken, headers: csv, body: REGISTRY });
    expect(dry.status).toBe(200);
    expect({ ...(real.body as object), dryRun: true }).toEqual(dry.body);
    expect(real.body).toMatchObject({ rows: 3, created: 3, updated: 0, unchanged: 0, errors: [] });
    expect((await stack.call<unknown[]>('GET', '/hospitals')).body).toHaveLength(3);
  });

  it('creates a staff account that its owner activates from the mail', async () => {
    const body = { ...OFFICER, nameTh: 'นางสาวสมใจ ตรวจการ', roles: ['area-office'], officeCode: 'BKK-01' };
    const created = await stack.call<{ userId: string; status: string }>('POST', '/admin/accounts', { token: adminToken, body });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ userId: OFFICER.userId, status: 'pending-activation' });

    const taken = await stack.call<{ code: string }>('POST', '/admin/accounts', { token: adminToken, body });
    expect([taken.status, taken.body.code]).toEqual([409, 'USER_ID_TAKEN']);
    const unknownOffice = await stack.call<{ code: string }>('POST', '/admin/accounts', { token: adminToken, body: { ...body, userId: 'officer.x', officeCode: 'BKK-99' } });
    expect([unknownOffice.status, unknownOffice.body.code]).toEqual([422, 'UNKNOWN_OFFICE']);
    const noOffice = await stack.call<{ errors: Array<{ path: string; code: string }> }>('POST', '/admin/accounts', { token: adminToken, body: { ...body, userId: 'officer.y', officeCode: undefined } });
    expect(noOffice.status).toBe(400);
    expect(noOffice.body.errors).toEqual([expect.objectContaining({ path: 'officeCode', code: 'OFFICE_REQUIRED' })]);

    // a fresh link replaces the first one
    const first = await linkTokenMailedTo(OFFICER.email, 'activate');
    expect((await stack.call('POST', `/admin/accounts/${OFFICER.userId}/activation`, { token: adminToken })).status).toBe(202);
    const second = await eventually(async () => {
      const latest = await linkTokenMailedTo(OFFICER.email, 'activate');
      return latest !== first ? latest : undefined;
    });
    const stale = await stack.call<{ code: string }>('POST', '/auth/activate', { body: { token: first, password: STRONG } });
    expect([stale.status, stale.body.code]).toEqual([422, 'ACTIVATION_INVALID']);
    expect((await stack.call('POST', '/auth/activate', { body: { token: second, password: STRONG } })).status).toBe(200);
    officerToken = await stack.login(OFFICER.userId, STRONG);

    const listed = await stack.call<Array<{ userId: string; status: string; officeCode: string }>>('GET', '/admin/accounts?officeCode=BKK-01', { token: adminToken });
    expect(listed.body).toEqual([expect.objectContaining({ userId: OFFICER.userId, status: 'active', officeCode: 'BKK-01' })]);
    const one = await stack.call<Record<string, unknown>>('GET', `/admin/accounts/${OFFICER.userId}`, { token: adminToken });
    expect(one.body).toEqual({ ...listed.body[0], email: OFFICER.email, nameTh: 'นางสาวสมใจ ตรวจการ', roles: ['area-office'], hospitalCode: null, lastLoginAt: expect.any(String) });
    expect(JSON.stringify(one.body)).not.toMatch(/passwordHash|sessionEpoch/);
    expect((await stack.call('GET', '/admin/accounts/nobody.here', { token: adminToken })).status).toBe(404);
  });

  it('binds a hospital account to a hospital named by its 5-digit hcode, stored as the 7-digit code', async () => {
    const created = await stack.call('POST', '/admin/accounts', { token: adminToken, body: { userId: 'clerk.2100001', email: 'clerk@phranakhon.example', nameTh: 'นายเสมียน นำเข้า', roles: ['hospital'], hospitalCode: '21001' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await stack.call<{ hospitalCode: string }>('GET', '/admin/accounts/clerk.2100001', { token: adminToken })).body.hospitalCode).toBe('2100001');
  });

  it('routes a complaint about an imported hospital to its office, where the new officer sees it', async () => {
    const filed = await stack.call<{ complaintId: string; officeCode: string }>('POST', '/complaints', { body: aComplaint({ hospitalCode: '2100101' }) });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    expect(filed.body.officeCode).toBe('BKK-01');
    const queue = await stack.call<Array<{ complaintId: string }>>('GET', '/complaints?officeCode=BKK-01', { token: officerToken });
    expect(queue.status).toBe(200);
    expect(queue.body.map((c) => c.complaintId)).toContain(filed.body.complaintId);
  });

  it('resets a forgotten password by mail; every earlier token and the used link stop working', async () => {
    const known = await stack.call<unknown>('POST', '/auth/password-reset', { body: { userId: OFFICER.userId } });
    const unknown = await stack.call<unknown>('POST', '/auth/password-reset', { body: { userId: 'nobody.here' } });
    expect(known.status).toBe(202);
    expect([unknown.status, unknown.body]).toEqual([known.status, known.body]);

    const token = await linkTokenMailedTo(OFFICER.email, 'reset-password');
    const weak = await stack.call<{ errors: Array<{ code: string }> }>('POST', '/auth/password-reset/confirm', { body: { token, password: 'password' } });
    expect(weak.status).toBe(400);
    const newPassword = 'ฝนตกที่กรุงเทพ ตอนเย็นวันศุกร์';
    expect((await stack.call('POST', '/auth/password-reset/confirm', { body: { token, password: newPassword } })).status).toBe(200);

    const old = await stack.call<{ code: string }>('GET', '/complaints?officeCode=BKK-01', { token: officerToken });
    expect([old.status, old.body.code]).toEqual([401, 'SESSION_ENDED']);
    const again = await stack.call<{ code: string }>('POST', '/auth/password-reset/confirm', { body: { token, password: `${newPassword} อีกครั้ง` } });
    expect([again.status, again.body.code]).toEqual([422, 'RESET_LINK_INVALID']);
    expect((await stack.call('POST', '/auth/login', { body: { userId: OFFICER.userId, password: STRONG } })).status).toBe(401);
    officerToken = await stack.login(OFFICER.userId, newPassword);
  });

  it('changes a password while signed in: the answer carries the new session, the old one ends', async () => {
    const changed = await stack.call<{ token: string }>('POST', '/auth/password', {
      token: officerToken,
      body: { currentPassword: 'ฝนตกที่กรุงเทพ ตอนเย็นวันศุกร์', newPassword: 'แดดออกที่ภูเก็ต ตอนเช้าวันเสาร์' },
    });
    expect(changed.status).toBe(200);
    expect((await stack.call('GET', '/complaints?officeCode=BKK-01', { token: officerToken })).status).toBe(401);
    expect((await stack.call('GET', '/complaints?officeCode=BKK-01', { token: changed.body.token })).status).toBe(200);
    officerToken = changed.body.token;
  });

  it('disables a leaver at once, keeps the last admin, and audits every change', async () => {
    const disabled = await stack.call<{ status: string }>('PATCH', `/admin/accounts/${OFFICER.userId}`, { token: adminToken, body: { status: 'disabled' } });
    expect([disabled.status, disabled.body.status]).toEqual([200, 'disabled']);
    expect((await stack.call('GET', '/complaints?officeCode=BKK-01', { token: officerToken })).status).toBe(401);
    const login = await stack.call<{ code: string }>('POST', '/auth/login', { body: { userId: OFFICER.userId, password: 'แดดออกที่ภูเก็ต ตอนเช้าวันเสาร์' } });
    expect([login.status, login.body.code]).toEqual([403, 'ACCOUNT_DISABLED']);

    for (const body of [{ status: 'disabled' }, { roles: ['info-center'] }]) {
      const last = await stack.call<{ code: string }>('PATCH', `/admin/accounts/${ADMIN.userId}`, { token: adminToken, body });
      expect([last.status, last.body.code]).toEqual([409, 'LAST_ADMIN']);
    }

    const audit = await stack.call<Array<{ actor: string; action: string; target: string; before?: { status: string }; after?: { status: string } }>>('GET', `/admin/audit?target=USER%23${OFFICER.userId}`, { token: adminToken });
    expect(audit.status).toBe(200);
    expect(audit.body.map((a) => a.action)).toEqual(['account.update', 'account.resend-activation', 'account.create']);
    expect(audit.body[0]).toMatchObject({ actor: ADMIN.userId, before: { status: 'active' }, after: { status: 'disabled' } });
    const byAdmin = await stack.call<Array<{ action: string }>>('GET', `/admin/audit?actor=${ADMIN.userId}`, { token: adminToken });
    expect(byAdmin.body.map((a) => a.action)).toContain('account.create');
  });
});

describe('the award programme', () => {
  const example = path.join(ROOT, 'config/award-programme.example.json');

  it('is set up by an operator from a file, panels included: a dry run writes nothing, a broken rule is refused by its code', async () => {
    const dry = await operatorCommand('ops/put-award-programme.ts', '--file', example, '--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    expect((await stack.call('GET', '/award-programmes/2570')).status).toBe(404);

    const broken = JSON.parse(readFileSync(example, 'utf8')) as { criteria: Array<{ weight: number }> };
    broken.criteria[0]!.weight += 5;
    const brokenFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'sso-programme-')), 'programme.json');
    writeFileSync(brokenFile, JSON.stringify(broken));
    const refused = await operatorCommand('ops/put-award-programme.ts', '--file', brokenFile);
    expect([refused.code, refused.stderr]).toEqual([1, expect.stringContaining('CRITERIA_WEIGHTS_NOT_100')]);
    expect((await stack.call('GET', '/award-programmes/2570')).status).toBe(404);

    const saved = await operatorCommand('ops/put-award-programme.ts', '--file', example);
    expect(saved.code, saved.stderr).toBe(0);
    const programme = await stack.call<{ panels: Array<{ id: string; weight: number }> }>('GET', '/award-programmes/2570');
    expect(programme.status).toBe(200);
    expect(programme.body.panels.map((p) => [p.id, p.weight])).toEqual([['head-office', 50], ['office-bkk-01', 30], ['insured-persons', 20]]);

    expect((await operatorCommand('ops/put-award-programme.ts', '--file', path.join(ROOT, 'no-such-file.json'))).code).toBe(2);
  });
});
