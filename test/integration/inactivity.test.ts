// The inactivity sweep against the emulators: due ids only, warnings once, revocation, racing
// sign-ins, idempotent and overlapping runs, dry runs that change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './support/test-stack';
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

const BKK = (s: string) => new Date(`${s}+07:00`);
let seq = 0;
/** An active hospital id whose last sign-in was at `lastLoginAt` (Bangkok wall clock). */
async function anAccount(lastLoginAt: string, overrides: Record<string, unknown> = {}) {
  const { createAccount } = await import('../../shared/data/accounts-repository');
  const { hashPassword } = await import('../../shared/auth/passwords');
  const userId = `H1000001-T${String(++seq).padStart(3, '0')}`;
  const at = BKK(lastLoginAt).toISOString();
  await createAccount(
    { userId, kind: 'hospital', roles: ['hospital'], status: 'active', hospitalCode: '1000001', email: `${userId.toLowerCase()}@hospital.example`, passwordHash: await hashPassword('pass word 2569'), issuedAt: at, activatedAt: at, lastLoginAt: at, ...overrides },
    new Date(at),
  );
  return userId;
}
type SweepResult = { revoked: string[]; warned: Array<{ userId: string; warning: string }>; examined: number; cutoff: string };
/** A dry run answers at once; a real run is a background job (202 {jobId}), polled until it is done. */
const run = async (asOf: string, dryRun = false): Promise<{ status: number; body: SweepResult }> => {
  const res = await stack.call<SweepResult & { jobId: string }>('POST', '/admin/inactivity-revocations', { token: admin, body: { dryRun, asOf: BKK(asOf).toISOString() } });
  if (dryRun) return res;
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  const job = await finishedJob<SweepResult>(stack, res.body.jobId, admin);
  expect(job.status, JSON.stringify(job.error)).toBe('succeeded');
  return { status: 200, body: job.result! };
};
const mailsFor = async (userId: string) => (await stack.mails()).filter((m) => m.destination.to.includes(`${userId.toLowerCase()}@hospital.example`));

describe('the inactivity sweep', () => {
  it('lists an id in a dry run only once it is due, and changes and sends nothing', async () => {
    const userId = await anAccount('2026-03-31T10:00:00');
    const before = (await run('2026-09-30T09:59:59', true)).body;
    expect(before.revoked).not.toContain(userId);
    const due = (await run('2026-09-30T10:00:00', true)).body;
    expect(due.revoked).toContain(userId);
    const account = await stack.call<{ status: string }>('GET', `/accounts/${userId}`, { token: admin });
    expect(account.body.status).toBe('active');
    expect(await mailsFor(userId)).toEqual([]);
  });

  it('warns 30 and 7 days ahead, each once, then revokes and tells the user how to come back', async () => {
    const userId = await anAccount('2026-01-15T09:00:00'); // due 2026-07-15 09:00 Bangkok
    expect((await run('2026-06-15T09:00:00')).body.warned).toContainEqual({ userId, warning: 'warn30' });
    expect((await run('2026-06-16T09:00:00')).body.warned.map((w) => w.userId)).not.toContain(userId);
    expect((await run('2026-07-08T09:00:00')).body.warned).toContainEqual({ userId, warning: 'warn7' });
    expect((await run('2026-07-15T08:59:00')).body.revoked).not.toContain(userId);
    expect((await run('2026-07-15T09:00:00')).body.revoked).toEqual(expect.arrayContaining([userId]));
    const subjects = (await mailsFor(userId)).map((m) => m.subject);
    expect(subjects).toHaveLength(3);
    expect(subjects[0]).toContain('30 วัน');
    expect(subjects[1]).toContain('7 วัน');
    expect(subjects[2]).toContain('ถูกยกเลิก');
    const login = await stack.call<{ code: string }>('POST', '/auth/login', { body: { userId, password: 'pass word 2569' } });
    expect(login.status).toBe(403);
    expect(login.body.code).toBe('ACCOUNT_REVOKED');
    const account = await stack.call<{ status: string; revokedReason: string }>('GET', `/accounts/${userId}`, { token: admin });
    expect(account.body).toMatchObject({ status: 'revoked', revokedReason: 'inactivity' });
  });

  it('revokes and mails nothing twice, even when two runs overlap', async () => {
    const userId = await anAccount('2026-02-01T12:00:00');
    const [a, b] = await Promise.all([run('2026-08-02T00:00:00'), run('2026-08-02T00:00:00')]);
    const revokedBy = [a.body.revoked, b.body.revoked].filter((r) => r.includes(userId));
    expect(revokedBy).toHaveLength(1);
    expect((await run('2026-08-03T00:00:00')).body.revoked).not.toContain(userId);
    expect((await mailsFor(userId)).filter((m) => m.subject.includes('ถูกยกเลิก'))).toHaveLength(1);
  });

  it('lets a sign-in cancel what is pending', async () => {
    const { getAccount, recordLogin } = await import('../../shared/data/accounts-repository');
    const userId = await anAccount('2026-04-10T08:00:00');
    expect((await run('2026-09-12T08:00:00')).body.warned).toContainEqual({ userId, warning: 'warn30' });
    await recordLogin((await getAccount(userId))!, BKK('2026-09-20T08:00:00'));
    expect((await run('2026-10-10T08:00:00')).body.revoked).not.toContain(userId);
    const account = await stack.call<{ status: string; revocableFrom: string }>('GET', `/accounts/${userId}`, { token: admin });
    expect(account.body.status).toBe('active');
    expect(account.body.revocableFrom).toBe(BKK('2027-03-20T08:00:00').toISOString());
  });

  it('leaves staff accounts and excluded ids alone', async () => {
    const staff = await anAccount('2025-01-01T08:00:00', { kind: 'staff', roles: ['area-office'] });
    const excluded = await anAccount('2026-01-01T08:00:00');
    const exclusion = await stack.call('PUT', `/admin/accounts/${excluded}/inactivity-exclusion`, { token: admin, body: { excluded: true, reason: 'ผู้ดูแลระบบของโรงพยาบาล ใช้งานไม่บ่อย' } });
    expect(exclusion.status).toBe(200);
    const result = (await run('2026-11-01T00:00:00')).body;
    expect(result.revoked).not.toContain(staff);
    expect(result.revoked).not.toContain(excluded);
  });

  it('refuses a real run that looks ahead (it would revoke ids still in use); a dry run may', async () => {
    const userId = await anAccount(new Date(Date.now() - 86400_000 + 7 * 3600_000).toISOString().slice(0, 19)); // yesterday, Bangkok time
    const ahead = new Date(Date.now() + 200 * 86400_000).toISOString();
    const real = await stack.call<{ code: string; errors: Array<{ path: string; code: string }> }>('POST', '/admin/inactivity-revocations', { token: admin, body: { dryRun: false, asOf: ahead } });
    expect(real.status).toBe(422);
    expect(real.body.code).toBe('AS_OF_IN_FUTURE');
    expect(real.body.errors).toEqual([expect.objectContaining({ path: 'asOf', code: 'AS_OF_IN_FUTURE' })]);
    const dry = await stack.call<{ revoked: string[] }>('POST', '/admin/inactivity-revocations', { token: admin, body: { dryRun: true, asOf: ahead } });
    // a dry run stays synchronous (it reads only what is due)
    expect(dry.status).toBe(200);
    expect(dry.body.revoked).toContain(userId);
    const account = await stack.call<{ status: string }>('GET', `/accounts/${userId}`, { token: admin });
    expect(account.body.status).toBe('active');
  });

  it('counts a never-activated id from its issue date', async () => {
    const issued = BKK('2026-02-10T10:00:00').toISOString();
    const userId = await anAccount('2026-02-10T10:00:00', { status: 'pending-activation', lastLoginAt: undefined, activatedAt: undefined, issuedAt: issued, passwordHash: undefined });
    expect((await run('2026-08-10T09:59:00', true)).body.revoked).not.toContain(userId);
    expect((await run('2026-08-10T10:00:00', true)).body.revoked).toContain(userId);
  });

  it('keeps a record of every run for the staff console', async () => {
    const officer = await stack.login('demo-credentials-officer');
    const overview = await stack.call<{ runs: Array<{ asOf: string; dryRun: boolean; ok: boolean }> }>('GET', '/admin/inactivity-revocations', { token: officer });
    expect(overview.status).toBe(200);
    expect(overview.body.runs.length).toBeGreaterThanOrEqual(5);
    expect(overview.body.runs[0]).toMatchObject({ ok: true });
  });

  it('runs the same code from the schedule handler', async () => {
    const { invokeHandler } = await import('../../local/lambda-runtime');
    const result = (await invokeHandler('functions/accounts/inactivity-sweep.ts', { time: new Date().toISOString() })) as { errors: number };
    expect(result.errors).toBe(0);
  });
});
