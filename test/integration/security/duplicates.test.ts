// Issue 8, duplicates: the same S3 event delivered twice, `submit` sent twice at once, the
// inactivity sweep fired twice at once, a Step Functions check task retried: one verdict, one
// record, one e-mail each.
import type { S3Event } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, samplePdf, startTestStack, type SentMail, type TestStack } from '../support/test-stack';
import { aComplaint, credentialRequest } from './helpers';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const s3Event = (key: string): S3Event =>
  ({
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'ap-southeast-1',
        eventTime: new Date().toISOString(),
        eventName: 'ObjectCreated:Put',
        s3: { s3SchemaVersion: '1.0', configurationId: 'uploads', bucket: { name: 'sso-local-uploads', arn: 'arn:aws:s3:::sso-local-uploads' }, object: { key: key.split('/').map((s) => encodeURIComponent(s).replace(/%20/g, '+')).join('/'), size: 4096, eTag: 'x', sequencer: '0' } },
      },
    ],
  }) as unknown as S3Event;

const mailsAbout = async (text: string): Promise<SentMail[]> => (await stack.mails()).filter((m) => m.subject.includes(text) || (m.body.text ?? '').includes(text));
const runtime = () => import('../../../local/lambda-runtime');
/** A submission's two mails, sent off its path by the table stream's sender, once both are in (and a moment for any third). */
async function mailsSent(requestId: string): Promise<SentMail[]> {
  await eventually(async () => (await mailsAbout(requestId)).length >= 2);
  await new Promise((r) => setTimeout(r, 300));
  return mailsAbout(requestId);
}

describe('the same S3 event delivered twice', () => {
  it('gives one verdict, leaves it unchanged on redelivery, and sends no mail', async () => {
    const { getUploadSlot } = await import('../../../shared/data/upload-slots-repository');
    const request = await credentialRequest(stack, { submit: false });
    // the emulator delivered the event once already
    const first = await eventually(async () => {
      const slot = await getUploadSlot(request.key);
      return slot && slot.status !== 'awaiting-upload' ? slot : undefined;
    });
    expect(first.status).toBe('verified');
    const before = (await stack.mails()).length;
    const { invokeHandler } = await runtime();
    // two more deliveries, at once, and one later
    const results = await Promise.all([invokeHandler('functions/uploads/verify-upload.ts', s3Event(request.key)), invokeHandler('functions/uploads/verify-upload.ts', s3Event(request.key))]);
    expect(results).toEqual([{ verified: 1, rejected: 0, unknown: 0 }, { verified: 1, rejected: 0, unknown: 0 }]);
    await invokeHandler('functions/uploads/verify-upload.ts', s3Event(request.key));
    const after = await getUploadSlot(request.key);
    expect(after).toEqual(first); // same verdict, same verifiedAt: nothing was rewritten
    expect((await stack.mails()).length).toBe(before);
    // submitting afterwards still sends exactly one staff mail and one acknowledgement
    const res = await stack.call('POST', `/credential-requests/${request.requestId}/submit`, { body: { sha256: request.sha256 } });
    expect(res.status).toBe(202);
    expect(await mailsSent(request.requestId)).toHaveLength(2);
  });

  it('two deliveries racing on a fresh object agree on one verdict', async () => {
    const { openUploadSlot } = await import('../../../shared/uploads/upload-slots');
    const { getUploadSlot } = await import('../../../shared/data/upload-slots-repository');
    // a slot opened in a test, and an object written straight to S3 (its own event races ours)
    const key = `test/duplicates/${Date.now()}.pdf`;
    const upload = await openUploadSlot({ key, owner: 'credential-request', ownerId: 'CR-TEST', slot: 'signedForm', maxBytes: 1024 * 1024 });
    const put = await fetch(upload.url, { method: 'PUT', headers: upload.headers, body: new Uint8Array(samplePdf(2048, key)) });
    expect(put.status).toBe(200);
    const { invokeHandler } = await runtime();
    const results = (await Promise.all([1, 2, 3].map(() => invokeHandler('functions/uploads/verify-upload.ts', s3Event(key))))) as Array<{ verified: number }>;
    expect(results.every((r) => r.verified === 1)).toBe(true);
    const slot = await getUploadSlot(key);
    expect(slot).toMatchObject({ status: 'verified', size: 2048 });
  });
});

describe('submit sent twice at once', () => {
  it('submits once: one staff mail and one acknowledgement', async () => {
    const request = await credentialRequest(stack, { submit: false });
    const calls = await Promise.all([1, 2, 3].map(() => stack.call<{ status: string }>('POST', `/credential-requests/${request.requestId}/submit`, { body: { sha256: request.sha256 } })));
    expect(calls.map((c) => c.status)).toEqual([202, 202, 202]);
    const mails = await mailsSent(request.requestId);
    const staff = mails.filter((m) => m.destination.to.includes('credentials@sso.example'));
    const ack = mails.filter((m) => m.destination.to.includes(request.email));
    expect(staff).toHaveLength(1);
    expect(ack).toHaveLength(1);
    const detail = await stack.call<{ audit: Array<{ action: string }> }>('GET', `/credential-requests/${request.requestId}`, { token: await stack.login('demo-credentials-officer') });
    expect(detail.body.audit.map((a) => a.action)).toEqual(['created', 'submitted']);
  });

  it('an award submission submitted twice at once is received once, with one receipt', async () => {
    const hospital = await stack.login('demo-hospital');
    const started = await stack.call<{ submissionId: string; uploads: Record<string, { url: string; method: string; headers: Record<string, string> }> }>('POST', '/award-programmes/2570/submissions', { token: hospital, body: {} });
    expect(started.status).toBe(201);
    for (const [slot, u] of Object.entries(started.body.uploads)) {
      expect((await fetch(u.url, { method: u.method, headers: u.headers, body: new Uint8Array(samplePdf(3000, slot)) })).status).toBe(200);
    }
    await stack.clearMails();
    const calls = await Promise.all([1, 2].map(() => stack.call<{ status: string; receivedAt: string }>('POST', `/award-submissions/${started.body.submissionId}/submit`, { token: hospital })));
    expect(calls.map((c) => c.status).sort()).toEqual([200, 200]);
    expect(calls[0]!.body.receivedAt).toBe(calls[1]!.body.receivedAt);
    // the receipt is queued with the entry and sent by the table's stream: wait for it, then a moment for any second one
    const receiptsSent = async () => (await stack.mails()).filter((m) => m.destination.to.includes('h1000001@hospital.example'));
    await eventually(async () => (await receiptsSent()).length >= 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(await receiptsSent()).toHaveLength(1);
    const mine = await stack.call<{ history: unknown[] }>('GET', '/award-programmes/2570/my-submission', { token: hospital });
    expect(mine.body.history).toHaveLength(1);
  });
});

describe('the inactivity sweep fired twice at once', () => {
  it('revokes once and mails once', async () => {
    const { createAccount, getAccount } = await import('../../../shared/data/accounts-repository');
    const userId = `H1000001-D${Math.floor(Math.random() * 90 + 10)}`;
    const lastLogin = new Date(Date.now() - 200 * 86400_000).toISOString();
    await createAccount({ userId, kind: 'hospital', roles: ['hospital'], status: 'active', hospitalCode: '1000001', email: `${userId.toLowerCase()}@hospital.example`, issuedAt: lastLogin, activatedAt: lastLogin, lastLoginAt: lastLogin } as never, new Date(lastLogin));
    const { invokeHandler } = await runtime();
    const event = { time: new Date().toISOString(), source: 'aws.events', 'detail-type': 'Scheduled Event' };
    const runs = (await Promise.all([invokeHandler('functions/accounts/inactivity-sweep.ts', event), invokeHandler('functions/accounts/inactivity-sweep.ts', event)])) as Array<{ revoked: number; errors: number }>;
    expect(runs.map((r) => r.errors)).toEqual([0, 0]);
    expect((await getAccount(userId))!.status).toBe('revoked');
    // a third run later changes nothing
    await invokeHandler('functions/accounts/inactivity-sweep.ts', { ...event, time: new Date(Date.now() + 60_000).toISOString() });
    const mails = (await stack.mails()).filter((m) => m.destination.to.includes(`${userId.toLowerCase()}@hospital.example`));
    expect(mails.filter((m) => m.subject.includes('ถูกยกเลิก'))).toHaveLength(1);
    expect(mails).toHaveLength(1);
  });
});

describe('a Step Functions check task retried', () => {
  it('escalates an overdue stage once (one mail, one breach) and reminds once', async () => {
    const { getComplaint, listEvents } = await import('../../../shared/data/complaints-repository');
    const { checkStage } = await import('../../../shared/use-cases/complaint-sla');
    const filed = await stack.call<{ complaintId: string; trackingCode: string }>('POST', '/complaints', { body: aComplaint() });
    expect(filed.status).toBe(201);
    const { complaintId, trackingCode } = filed.body;
    // the task as the execution runs it, at the stage's warning time and after its target (the
    // execution itself still waits, hours ahead, so only these calls act)
    const c = (await getComplaint(complaintId))!;
    const ack = c.stages.find((s) => s.stage === 'acknowledge')!;
    const minuteAfter = (iso: string) => new Date(Date.parse(iso) + 60_000);
    const task = (kind: 'warn' | 'due') => checkStage({ complaintId, generation: c.slaGeneration, stage: 'acknowledge', kind }, minuteAfter(kind === 'warn' ? ack.warnAt : ack.dueAt));

    const warns = await Promise.all([task('warn'), task('warn')]);
    expect(warns).toEqual([{ action: 'reminded', stage: 'acknowledge' }, { action: 'reminded', stage: 'acknowledge' }]);
    const dues = await Promise.all([task('due'), task('due')]);
    expect(dues).toContainEqual({ action: 'escalated', stage: 'acknowledge', level: 1 });
    expect(dues).toContainEqual({ action: 'none', reason: 'already-escalated' });
    expect(await task('due')).toEqual({ action: 'none', reason: 'already-escalated' }); // a late retry

    const mails = (await stack.mails()).filter((m) => m.subject.includes(trackingCode));
    expect(mails.filter((m) => m.subject.startsWith('ใกล้ครบกำหนด'))).toHaveLength(1);
    expect(mails.filter((m) => m.subject.startsWith('เกินกำหนด'))).toHaveLength(1);
    expect((await getComplaint(complaintId))!.breaches).toEqual(['acknowledge']);
    const events = await listEvents((await getComplaint(complaintId))!);
    expect(events.filter((e) => e.type === 'breached')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'reminded')).toHaveLength(1);
  });
});
