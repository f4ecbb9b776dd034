// The wiring, end to end: API adapter → handler → DynamoDB; a presigned upload → S3 event → handler;
// the mailer → SES; and a state machine from the synthesized template running a local handler.
import { DescribeExecutionCommand, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, samplePdf, startTestStack, type TestStack } from './support/test-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

describe('local stack wiring', () => {
  it('answers health through the API adapter', async () => {
    const res = await stack.call('GET', '/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves the demo data written to DynamoDB', async () => {
    const hospitals = await stack.call<Array<{ code: string; kind: string; officeCode: string }>>('GET', '/hospitals');
    expect(hospitals.status).toBe(200);
    expect(hospitals.body.filter((h) => h.kind === 'main').length).toBeGreaterThanOrEqual(10);
    expect(hospitals.body.filter((h) => h.kind === 'network').length).toBeGreaterThanOrEqual(10);
    expect(new Set(hospitals.body.map((h) => h.officeCode)).size).toBeGreaterThanOrEqual(3);
    const token = await stack.login('demo-area-office');
    expect(token).toMatch(/^ey/);
  });

  it('refuses an API request that did not come through CloudFront (no origin header), as the execute-api URL would', async () => {
    const { invokeHandler } = await import('../../local/lambda-runtime');
    const { apiEvent } = await import('../support/events');
    const direct = (await invokeHandler('functions/system/health.ts', apiEvent({ method: 'GET', path: '/api/health' }))) as { statusCode: number; body: string };
    expect([direct.statusCode, (JSON.parse(direct.body) as { code: string }).code]).toEqual([403, 'ORIGIN_NOT_ALLOWED']);
    const forged = await stack.call('GET', '/health', { headers: { 'x-origin-verify': 'a guess' } });
    expect(forged.status).toBe(200); // the adapter, like CloudFront, replaces whatever the caller sent
  });

  it("answers the adapter's own 404 and 405 in the caller's language, with Allow and the security headers", async () => {
    const missing = await stack.call<{ code: string; title: string }>('GET', '/no-such-route', { headers: { 'accept-language': 'en' } });
    expect([missing.status, missing.body.code, missing.body.title]).toEqual([404, 'ROUTE_NOT_FOUND', 'No such route']);
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff');
    const wrongMethod = await stack.call<{ code: string; title: string }>('DELETE', '/complaint-topics');
    expect([wrongMethod.status, wrongMethod.body.code, wrongMethod.body.title]).toEqual([405, 'METHOD_NOT_ALLOWED', 'ไม่รองรับวิธีการเรียกนี้']);
    expect(wrongMethod.headers.get('allow')).toBe('GET, HEAD');
    expect(wrongMethod.headers.get('content-language')).toBe('th');
  });

  it('answers HEAD wherever GET works: the same status and headers, no body', async () => {
    for (const path of ['/health', '/complaint-topics', '/hospitals']) {
      const [get, head] = await Promise.all([fetch(`${stack.apiUrl}${path}`), fetch(`${stack.apiUrl}${path}`, { method: 'HEAD' })]);
      expect([head.status, head.headers.get('content-type')], path).toEqual([get.status, get.headers.get('content-type')]);
      expect(head.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(await head.text(), path).toBe('');
    }
    const headMissing = await fetch(`${stack.apiUrl}/calendar/2031`, { method: 'HEAD' });
    expect([headMissing.status, await headMissing.text()]).toEqual([404, '']);
    // HEAD on a path that only takes POST is a wrong method, as GET would be
    expect((await fetch(`${stack.apiUrl}/auth/login`, { method: 'HEAD' })).status).toBe(405);
  });

  it('answers problem JSON in Thai, or English on request, for bad input', async () => {
    const th = await stack.call<{ code: string; errors: Array<{ path: string; code: string }> }>('POST', '/auth/login', { body: { userId: 'x' } });
    expect(th.status).toBe(400);
    expect(th.headers.get('content-type')).toContain('application/problem+json');
    expect(th.body.errors).toEqual([{ path: 'password', code: 'REQUIRED', message: 'กรุณากรอกข้อมูลช่องนี้' }]);
    const en = await stack.call<{ title: string }>('GET', '/calendar/2031', { headers: { 'accept-language': 'en' } });
    expect(en.status).toBe(404);
    expect(en.body.title).toBe('The official holiday list for this year is not loaded');
    const malformed = await stack.call<{ code: string }>('POST', '/auth/login', { body: '{"userId":' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('INVALID_JSON');
  });

  it('checks an upload after it lands in S3, through the S3 event', async () => {
    const { openUploadSlot } = await import('../../shared/uploads/upload-slots');
    const { getUploadSlot } = await import('../../shared/data/upload-slots-repository');
    const key = `smoke/${Date.now()}/signed form.pdf`;
    const upload = await openUploadSlot({ key, owner: 'credential-request', ownerId: 'smoke', slot: 'signedForm', maxBytes: 1_000_000 });
    const put = await fetch(upload.url, { method: 'PUT', headers: upload.headers, body: new Uint8Array(samplePdf()) });
    expect(put.status).toBe(200);
    const slot = await eventually(async () => {
      const s = await getUploadSlot(key);
      return s?.status === 'verified' ? s : undefined;
    });
    expect(slot.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('sends mail through SES once per idempotency key', async () => {
    const { sendMail } = await import('../../shared/mail/outbox');
    const mail = { id: `smoke-${Date.now()}`, kind: 'smoke', to: ['someone@example.com'], subject: 'ทดสอบ', text: 'ทดสอบ', html: '<p>ทดสอบ</p>' };
    expect(await sendMail(mail)).toBe(true);
    expect(await sendMail(mail)).toBe(false);
    const sent = (await stack.mails()).filter((m) => m.subject === 'ทดสอบ');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.destination.to).toEqual(['someone@example.com']);
  });

  it('runs the SLA state machine from the synthesized template against the local handler', async () => {
    const { invocations } = await import('../../local/lambda-runtime');
    const machine = stack.model.stateMachines.find((m) => m.logicalId.startsWith('ComplaintSla'));
    expect(machine).toBeDefined();
    const before = invocations.get('functions/complaints/sla/check-stage.ts') ?? 0;
    const past = new Date(Date.now() - 60_000).toISOString();
    const sfn = new SFNClient({});
    const { executionArn } = await sfn.send(
      new StartExecutionCommand({
        stateMachineArn: machine!.arn,
        name: `smoke-${Date.now()}`,
        input: JSON.stringify({ complaintId: 'no-such-case', generation: 1, stages: [{ stage: 'route', warnAt: past, dueAt: past }] }),
      }),
    );
    const done = await eventually(async () => {
      const d = await sfn.send(new DescribeExecutionCommand({ executionArn }));
      return d.status !== 'RUNNING' ? d : undefined;
    });
    expect(done.status).toBe('SUCCEEDED');
    expect((invocations.get('functions/complaints/sla/check-stage.ts') ?? 0) - before).toBe(2);
  });
});
