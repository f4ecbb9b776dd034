// Issue 8, personal data (PDPA) in logs: with the log level at DEBUG, run the full credential
// request flow (file, upload, submit, decide, activate, sign in) and the complaint flow (file,
// act, SLA escalation), including a refused e-mail and a bad request, capture everything written
// to stdout/stderr and the console, and look for national IDs, phone numbers, e-mail addresses,
// names, passwords and tokens in clear.
import { SendEmailCommand } from '@aws-sdk/client-ses';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestStack, type TestStack } from '../support/test-stack';
import { aComplaint, credentialRequest } from './helpers';

let stack: TestStack;
const captured: string[] = [];
const restores: Array<() => void> = [];

function capture() {
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write.bind(stream);
    (stream as { write: unknown }).write = (chunk: unknown, ...rest: unknown[]) => {
      captured.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
      return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
    };
    restores.push(() => ((stream as { write: unknown }).write = original));
  }
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const original = console[method];
    console[method] = (...args: unknown[]) => {
      captured.push(args.map((a) => (typeof a === 'string' ? a : a instanceof Error ? `${a.name}: ${a.message}\n${a.stack}` : JSON.stringify(a))).join(' '));
      original(...args);
    };
    restores.push(() => (console[method] = original));
  }
}

beforeAll(async () => {
  process.env.POWERTOOLS_LOG_LEVEL = 'DEBUG';
  capture();
  stack = await startTestStack();
});
afterAll(async () => {
  for (const r of restores.reverse()) r();
  await stack?.stop();
});

const secrets: string[] = [];

describe('logs of the full flows', () => {
  it('run at DEBUG', async () => {
    const { logger } = await import('../../../shared/logger');
    expect(logger.getLevelName()).toBe('DEBUG');
  });

  it('credential request: file, upload, submit (one mail refused), decide, activate, sign in', async () => {
    const { ses } = await import('../../../shared/aws/ses');
    const officer = await stack.login('demo-credentials-officer');
    // the acknowledgement to the requester is refused by SES once: the failure is logged
    const sesMock = mockClient(ses);
    sesMock.on(SendEmailCommand).rejects(Object.assign(new Error('Address blacklisted: somying@hospital.example 0812345678'), { name: 'MessageRejected' }));
    let request;
    try {
      request = await credentialRequest(stack);
      // its mails are sent off the request path by the table stream's sender: wait for the refusals
      const { getMail } = await import('../../../shared/data/outbox-repository');
      for (const id of [`credential-staff#${request.requestId}`, `credential-ack#${request.requestId}`]) await eventually(async () => (await getMail(id))?.lastError);
    } finally {
      sesMock.restore();
    }
    const { retryDueMail } = await import('../../../shared/mail/outbox');
    await retryDueMail(new Date(Date.now() + 3600_000));
    secrets.push(request.body.email, request.body.firstNameTh, request.body.lastNameTh, request.body.firstNameEn, request.body.lastNameEn);
    const approved = await stack.call<{ userId: string }>('POST', `/credential-requests/${request.requestId}/decision`, { token: officer, body: { decision: 'approve' } });
    expect(approved.status).toBe(200);
    const mail = (await stack.mails()).find((m) => m.subject.includes(`${request.requestId}: approved`))!;
    const token = /#\/activate\?token=([\w-]+)/.exec(mail.body.text ?? '')![1]!;
    secrets.push(token);
    const password = 'ลับมาก password 2569';
    secrets.push(password);
    expect((await stack.call('POST', '/auth/activate', { body: { token, password } })).status).toBe(200);
    const login = await stack.call<{ token: string }>('POST', '/auth/login', { body: { userId: approved.body.userId, password } });
    expect(login.status).toBe(200);
    secrets.push(login.body.token);
    // a failed sign-in and a refused request carrying personal data
    await stack.call('POST', '/auth/login', { body: { userId: approved.body.userId, password: 'wrong password 1' } });
    await stack.call('POST', '/credential-requests', { body: { ...request.body, nationalId: '1101700230705', email: 'somying@yahoo.com' } });
  });

  it('complaint: web and hotline intake, actions, SLA reminders and escalation', async () => {
    const info = await stack.login('demo-info-center');
    const body = aComplaint({ complainant: { name: 'นางสาวลับเฉพาะ นามสกุลส่วนตัว', phone: '089-765-4321', email: 'secret.person@example.com' } });
    secrets.push(body.complainant.name, 'ลับเฉพาะ', body.complainant.email);
    const web = await stack.call<{ complaintId: string }>('POST', '/complaints', { body });
    expect(web.status).toBe(201);
    for (const action of [{ action: 'acknowledge' }, { action: 'note', note: `โทรหา ${body.complainant.name} ที่ ${body.complainant.phone}` }, { action: 'report-to-complainant', note: 'ชี้แจงแล้ว' }, { action: 'close', outcome: 'resolved' }]) {
      expect((await stack.call('POST', `/complaints/${web.body.complaintId}/actions`, { token: info, body: action })).status).toBe(200);
    }
    const hotline = await stack.call<{ complaintId: string; trackingCode: string }>('POST', '/complaints', {
      token: info,
      body: { ...body, channel: 'hotline', receivedAt: new Date(Date.now() - 30 * 86400_000).toISOString() },
    });
    expect(hotline.status).toBe(201);
    // the office's new-case mail and three escalations (the case came in after both deadlines)
    await eventually(async () => ((await stack.mails()).filter((m) => m.subject.includes(hotline.body.trackingCode)).length >= 4 ? true : undefined), 45_000);
    // a refused complaint with personal data in it
    await stack.call('POST', '/complaints', { body: { ...body, hospitalCode: '9999999' } });
  });

  it('contain no national ID, phone, e-mail, name, password or token in clear', () => {
    const text = captured.join('\n');
    // the capture works: the flows above logged something
    expect(text).toMatch(/upload checked|sla breached|mail send failed/);
    const found: string[] = [];
    const fixed = ['1101700230708', '1-1017-00230-70-8', '0812345678', '081-234-5678', '0897654321', '089-765-4321', 'somying@yahoo.com', ...secrets];
    for (const s of fixed) if (text.includes(s)) found.push(s);
    // metric documents (CloudWatch EMF) carry their time as epoch milliseconds, 13 digits that are no ID
    const withoutMetricTimes = text.replaceAll(/"Timestamp":\d{13}/g, '"Timestamp":0');
    for (const m of withoutMetricTimes.matchAll(/(?<![\d])\d{13}(?!\d)/g)) found.push(`13 digits: ${m[0]}`);
    for (const m of text.matchAll(/(?<![\d])0[689]\d-?\d{3}-?\d{4}(?!\d)/g)) found.push(`mobile number: ${m[0]}`);
    for (const m of text.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g)) found.push(`e-mail: ${m[0]}`);
    for (const m of text.matchAll(/eyJ[\w-]+\.[\w-]+\.[\w-]+/g)) found.push(`JWT: ${m[0].slice(0, 20)}…`);
    expect([...new Set(found)], `personal data in ${captured.length} captured log writes`).toEqual([]);
  });
});
