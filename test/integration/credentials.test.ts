// Credential requests end to end against the emulators: validation, registry rules, the signed
// PDF straight to S3 and checked after landing, submit (once), the officer's decision, e-mail
// recipients, activation, sign-in, reuse and cancel.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCredentialRequest } from './support/builders';
import { eventually, samplePdf, startTestStack, type SentMail, type TestStack } from './support/test-stack';

let stack: TestStack;
let officer: string;

beforeAll(async () => {
  stack = await startTestStack();
  officer = await stack.login('demo-credentials-officer');
});
afterAll(async () => {
  await stack?.stop();
});

const aRequest = aCredentialRequest;

type Upload = { url: string; method: string; headers: Record<string, string> };
type Created = { requestId: string; status: string; upload: Upload };

async function create(overrides: Record<string, unknown> = {}) {
  const body = aRequest(overrides);
  const res = await stack.call<Created>('POST', '/credential-requests', { body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { ...res.body, email: body.email as string };
}
async function put(upload: Upload, bytes: Buffer) {
  const res = await fetch(upload.url, { method: upload.method, headers: upload.headers, body: new Uint8Array(bytes) });
  expect(res.status).toBe(200);
}
const mailsTo = async (address: string): Promise<SentMail[]> => (await stack.mails()).filter((m) => [...m.destination.to, ...m.destination.cc, ...m.destination.bcc].includes(address));
const activationToken = (mail: SentMail) => /#\/activate\?token=([\w-]+)/.exec(mail.body.text ?? '')![1]!;

async function submitted(overrides: Record<string, unknown> = {}) {
  const created = await create(overrides);
  const pdf = samplePdf(4096, created.requestId);
  await put(created.upload, pdf);
  const res = await stack.call('POST', `/credential-requests/${created.requestId}/submit`, { body: { sha256: createHash('sha256').update(pdf).digest('hex') } });
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  return created;
}

describe('filing a request', () => {
  it('refuses bad fields with one Thai error per field', async () => {
    const res = await stack.call<{ status: number; errors: Array<{ path: string; code: string; message: string }> }>('POST', '/credential-requests', {
      body: aRequest({ nationalId: '1101700230705', firstNameTh: 'Somying', lastNameEn: 'ใจดี', email: 'me@YAHOO.co.th', phone: '1506', purpose: 'reuse' }),
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e) => [e.path, e.code])).toEqual([
      ['nationalId', 'NATIONAL_ID_CHECKSUM'],
      ['firstNameTh', 'THAI_SCRIPT_REQUIRED'],
      ['lastNameEn', 'LATIN_SCRIPT_REQUIRED'],
      ['phone', 'PHONE_INVALID'],
      ['email', 'EMAIL_DOMAIN_NOT_ALLOWED'],
      ['userId', 'USER_ID_REQUIRED'],
    ]);
    expect(res.body.errors.find((e) => e.path === 'email')!.message).toContain('Yahoo');
  });

  it.each([
    [{ hospitalCode: '1000101', networkHospitalCode: undefined }, 'MUST_REQUEST_VIA_MAIN_CONTRACTOR', 'hospitalCode'],
    [{ hospitalCode: '1000001', networkHospitalCode: '1000103' }, 'NOT_IN_MAIN_CONTRACTOR_NETWORK', 'networkHospitalCode'],
    [{ hospitalCode: '9999999', networkHospitalCode: undefined }, 'UNKNOWN_HOSPITAL', 'hospitalCode'],
  ])('refuses %j with 422 %s', async (overrides, code, path) => {
    const res = await stack.call<{ code: string; errors: Array<{ path: string }> }>('POST', '/credential-requests', { body: aRequest(overrides) });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe(code);
    expect(res.body.errors[0]!.path).toBe(path);
  });

  it('needs the signed PDF before it can be submitted, and refuses a non-PDF after it lands', async () => {
    const created = await create();
    const early = await stack.call<{ code: string }>('POST', `/credential-requests/${created.requestId}/submit`, { body: {} });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('UPLOAD_MISSING');
    await put(created.upload, Buffer.from('this is a text file, not a PDF'));
    const res = await stack.call<{ code: string }>('POST', `/credential-requests/${created.requestId}/submit`, { body: {} });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('NOT_A_PDF');
  });

  it('refuses a file whose SHA-256 is not the one declared', async () => {
    const created = await create();
    await put(created.upload, samplePdf());
    const res = await stack.call<{ code: string }>('POST', `/credential-requests/${created.requestId}/submit`, { body: { sha256: 'a'.repeat(64) } });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('SHA256_MISMATCH');
  });

  it('refuses a file over 5 MB after it lands', async () => {
    const created = await create();
    await put(created.upload, samplePdf(5 * 1024 * 1024 + 10));
    const res = await stack.call<{ code: string }>('POST', `/credential-requests/${created.requestId}/submit`, { body: {} });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('FILE_TOO_LARGE');
  });

  it('e-mails staff (ID masked) and acknowledges the requester, once, however often it is submitted', async () => {
    const { requestId, email } = await submitted();
    const again = await Promise.all([1, 2].map(() => stack.call('POST', `/credential-requests/${requestId}/submit`, { body: {} })));
    expect(again.map((r) => r.status)).toEqual([202, 202]);
    // queued with the submission, sent off the request path by the table's stream
    const staff = await eventually(async () => {
      const found = (await mailsTo('credentials@sso.example')).filter((m) => m.subject.includes(requestId));
      return found.length > 0 && (await mailsTo(email)).length > 0 && found;
    });
    expect(staff).toHaveLength(1);
    expect(staff[0]!.body.text).toContain('1-xxxx-xxxxx-x0-8');
    expect(staff[0]!.body.text).not.toContain('1101700230708');
    expect(staff[0]!.body.text).toContain(`/#/staff/credentials/${requestId}`);
    const ack = await mailsTo(email);
    expect(ack).toHaveLength(1);
    expect(ack[0]!.destination).toEqual({ to: [email], cc: [], bcc: [] });
    const status = await stack.call<{ status: string; submittedAt: string }>('GET', `/credential-requests/${requestId}/status`);
    expect(status.body.status).toBe('submitted');
    expect(JSON.stringify(status.body)).not.toContain('สมหญิง');
  });
});

describe('deciding and activating', () => {
  it('lets only credentials officers see the queue and the signed PDF', async () => {
    const { requestId } = await submitted();
    const hospital = await stack.login('demo-hospital');
    expect((await stack.call('GET', '/credential-requests', { token: hospital })).status).toBe(403);
    const queue = await stack.call<Array<{ requestId: string; nationalId: string }>>('GET', '/credential-requests?status=submitted', { token: officer });
    expect(queue.status).toBe(200);
    expect(queue.body.find((r) => r.requestId === requestId)!.nationalId).toBe('1-xxxx-xxxxx-x0-8');
    const detail = await stack.call<{ signedFormUrl: string; audit: Array<{ action: string }> }>('GET', `/credential-requests/${requestId}`, { token: officer });
    expect(detail.body.audit.map((a) => a.action)).toEqual(['created', 'submitted']);
    const pdf = await fetch(detail.body.signedFormUrl);
    expect((await pdf.text()).startsWith('%PDF-')).toBe(true);
  });

  it('freezes the signed form at submit: no new upload link, and bytes PUT through the old one change nothing the officer sees', async () => {
    const created = await create();
    const signed = samplePdf(4096, `${created.requestId} signed`);
    await put(created.upload, signed);
    expect((await stack.call('POST', `/credential-requests/${created.requestId}/submit`, { body: {} })).status).toBe(202);
    const renew = await stack.call<{ code: string }>('POST', `/credential-requests/${created.requestId}/upload`);
    expect([renew.status, renew.body.code]).toEqual([409, 'NOT_A_DRAFT']);
    // the upload link is still valid for a while; the local S3 keeps no versions
    await put(created.upload, samplePdf(4096, 'another form'));
    const detail = await stack.call<{ signedFormUrl: string }>('GET', `/credential-requests/${created.requestId}`, { token: officer });
    expect(Buffer.from(await (await fetch(detail.body.signedFormUrl)).arrayBuffer()).equals(signed)).toBe(true);
  });

  it('approves a new id: the requester alone gets a single-use activation link, then signs in', async () => {
    const { requestId, email } = await submitted();
    const res = await stack.call<{ status: string; userId: string }>('POST', `/credential-requests/${requestId}/decision`, { token: officer, body: { decision: 'approve' } });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('approved');
    expect(res.body.userId).toMatch(/^H1000101-[2-9A-HJ-NP-Z]{4}$/);
    const twice = await stack.call<{ code: string }>('POST', `/credential-requests/${requestId}/decision`, { token: officer, body: { decision: 'reject', reason: 'x' } });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('ALREADY_DECIDED');

    const result = (await stack.mails()).filter((m) => m.subject.includes(`${requestId}: approved`));
    expect(result).toHaveLength(1);
    expect(result[0]!.destination).toEqual({ to: [email], cc: [], bcc: [] });
    const token = activationToken(result[0]!);
    expect(token.length).toBeGreaterThanOrEqual(43); // 256 bits, base64url

    expect((await stack.call('POST', '/auth/login', { body: { userId: res.body.userId, password: 'whatever123' } })).status).toBe(401);
    const weak = await stack.call<{ errors: Array<{ code: string }> }>('POST', '/auth/activate', { body: { token, password: 'short' } });
    expect(weak.body.errors[0]!.code).toBe('PASSWORD_TOO_SHORT');
    expect((await stack.call('POST', '/auth/activate', { body: { token, password: 'ใหม่ password 2569' } })).status).toBe(200);
    expect((await stack.call('POST', '/auth/activate', { body: { token, password: 'another pass 2569' } })).status).toBe(422);
    const login = await stack.call<{ user: { hospitalCode: string } }>('POST', '/auth/login', { body: { userId: res.body.userId, password: 'ใหม่ password 2569' } });
    expect(login.status).toBe(200);
    expect(login.body.user.hospitalCode).toBe('1000101');
    const account = await stack.call<{ status: string; lastLoginAt: string }>('GET', `/accounts/${res.body.userId}`, { token: officer });
    expect(account.body.status).toBe('active');
    expect(account.body.lastLoginAt).toBeTruthy();
  });

  it('rejects only with a reason, and tells the requester why', async () => {
    const { requestId, email } = await submitted();
    const noReason = await stack.call<{ errors: Array<{ path: string; code: string }> }>('POST', `/credential-requests/${requestId}/decision`, { token: officer, body: { decision: 'reject' } });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ path: 'reason', code: 'REASON_REQUIRED' })]);
    const res = await stack.call('POST', `/credential-requests/${requestId}/decision`, { token: officer, body: { decision: 'reject', reason: 'ลายมือชื่อผู้อำนวยการไม่ชัดเจน' } });
    expect(res.status).toBe(200);
    const mail = (await mailsTo(email)).find((m) => m.subject.includes('ไม่อนุมัติ'))!;
    expect(mail.body.text).toContain('ลายมือชื่อผู้อำนวยการไม่ชัดเจน');
    expect(mail.destination).toEqual({ to: [email], cc: [], bcc: [] });
  });

  it('answers the public form the same for any well-formed user id; the officer sees the mismatch and cannot approve it', async () => {
    // an id that does not exist, and the demo hospital's active id named for another hospital
    const unknown = await submitted({ purpose: 'cancel', userId: 'H1000101-ZZZZ' });
    const foreign = await submitted({ purpose: 'reuse', userId: 'demo-hospital', hospitalCode: '1000002', networkHospitalCode: undefined });
    for (const { requestId } of [unknown, foreign]) expect(requestId).toMatch(/^CR-/);
    const seen = await stack.call<{ accountCheck: { code: string; message: string } | null }>('GET', `/credential-requests/${unknown.requestId}`, { token: officer });
    expect(seen.body.accountCheck).toMatchObject({ code: 'USER_ID_NOT_FOUND' });
    expect((await stack.call<{ accountCheck: { code: string } }>('GET', `/credential-requests/${foreign.requestId}`, { token: officer })).body.accountCheck.code).toBe('USER_ID_NOT_IN_HOSPITAL');
    const approve = await stack.call<{ code: string }>('POST', `/credential-requests/${unknown.requestId}/decision`, { token: officer, body: { decision: 'approve' } });
    expect([approve.status, approve.body.code]).toEqual([422, 'USER_ID_NOT_FOUND']);
    expect((await stack.call('POST', `/credential-requests/${unknown.requestId}/decision`, { token: officer, body: { decision: 'reject', reason: 'ไม่พบรหัสผู้ใช้นี้ในระบบ' } })).status).toBe(200);
  });

  it("shows the officer a person's earlier requests and the ids issued to them (a second new id at one hospital)", async () => {
    const person = { nationalId: '3509900123450' };
    const first = await submitted(person);
    const approved = await stack.call<{ userId: string }>('POST', `/credential-requests/${first.requestId}/decision`, { token: officer, body: { decision: 'approve' } });
    const second = await submitted(person);
    type Detail = { earlierRequests: Array<{ requestId: string; purpose: string; status: string; sameHospital: boolean }>; userIdsOfPerson: Array<{ userId: string; status: string }> };
    const detail = await stack.call<Detail>('GET', `/credential-requests/${second.requestId}`, { token: officer });
    expect(detail.body.earlierRequests).toEqual([expect.objectContaining({ requestId: first.requestId, purpose: 'new', status: 'approved', sameHospital: true })]);
    expect(detail.body.userIdsOfPerson).toEqual([{ userId: approved.body.userId, status: 'pending-activation', hospitalCode: expect.any(String) }]);
  });

  it('cancels an id that was approved but never activated: its activation link stops working', async () => {
    const { requestId } = await submitted();
    const approved = await stack.call<{ userId: string }>('POST', `/credential-requests/${requestId}/decision`, { token: officer, body: { decision: 'approve' } });
    const token = activationToken((await stack.mails()).find((m) => m.subject.includes(`${requestId}: approved`))!);
    const cancel = await submitted({ purpose: 'cancel', userId: approved.body.userId });
    const seen = await stack.call<{ accountCheck: unknown }>('GET', `/credential-requests/${cancel.requestId}`, { token: officer });
    expect(seen.body.accountCheck).toBeNull();
    expect((await stack.call('POST', `/credential-requests/${cancel.requestId}/decision`, { token: officer, body: { decision: 'approve' } })).status).toBe(200);
    const late = await stack.call<{ code: string }>('POST', '/auth/activate', { body: { token, password: 'too late to activate 2569' } });
    expect([late.status, late.body.code]).toEqual([422, 'ACTIVATION_INVALID']);
  });

  it('cancels an id on request: it can no longer sign in, and its open session ends at once', async () => {
    const { requestId } = await submitted();
    const approved = await stack.call<{ userId: string }>('POST', `/credential-requests/${requestId}/decision`, { token: officer, body: { decision: 'approve' } });
    const token = activationToken((await stack.mails()).find((m) => m.subject.includes(`${requestId}: approved`))!);
    await stack.call('POST', '/auth/activate', { body: { token, password: 'cancel me 2569' } });
    const session = await stack.call<{ token: string }>('POST', '/auth/login', { body: { userId: approved.body.userId, password: 'cancel me 2569' } });
    expect((await stack.call('GET', '/award-programmes/2570/my-submission', { token: session.body.token })).status).not.toBe(401);
    const cancel = await submitted({ purpose: 'cancel', userId: approved.body.userId });
    expect((await stack.call('POST', `/credential-requests/${cancel.requestId}/decision`, { token: officer, body: { decision: 'approve' } })).status).toBe(200);
    const login = await stack.call<{ code: string; title: string }>('POST', '/auth/login', { body: { userId: approved.body.userId, password: 'cancel me 2569' } });
    expect(login.status).toBe(403);
    expect(login.body.code).toBe('ACCOUNT_CANCELLED');
    // the token issued before the cancellation no longer opens anything: its session has ended
    const after = await stack.call<{ code: string }>('GET', '/award-programmes/2570/my-submission', { token: session.body.token });
    expect([after.status, after.body.code]).toEqual([401, 'SESSION_ENDED']);
  });

  it('reuses an id revoked for inactivity with a new activation link', async () => {
    const { getAccount, replaceAccount } = await import('../../shared/data/accounts-repository');
    const { requestId } = await submitted();
    const approved = await stack.call<{ userId: string }>('POST', `/credential-requests/${requestId}/decision`, { token: officer, body: { decision: 'approve' } });
    const userId = approved.body.userId;
    const account = (await getAccount(userId))!;
    await replaceAccount({ ...account, status: 'revoked', revokedReason: 'inactivity', revokedAt: new Date().toISOString() }, { status: account.status });

    const reuse = await submitted({ purpose: 'reuse', userId });
    expect((await stack.call('POST', `/credential-requests/${reuse.requestId}/decision`, { token: officer, body: { decision: 'approve' } })).status).toBe(200);
    const token = activationToken((await stack.mails()).find((m) => m.subject.includes(`${reuse.requestId}: approved`))!);
    expect((await stack.call('POST', '/auth/activate', { body: { token, password: 'back again 2569' } })).status).toBe(200);
    expect((await stack.call('POST', '/auth/login', { body: { userId, password: 'back again 2569' } })).status).toBe(200);
  });
});
