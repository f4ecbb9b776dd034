// Issue 8, faults: SES refusing or timing out (aws-sdk-client-mock on the one SES client, while
// everything else talks to the emulators), DynamoDB throttling (ProvisionedThroughputExceeded /
// Throttling errors injected into chosen commands of the one document client, and the SDK's own
// retry measured against a fake endpoint), and a failing state machine task (the stand-in for a
// Lambda timeout). What must hold: the business write is kept, mail is retried until sent or
// dead-lettered, the state machine retries with backoff, nothing is half-written.
import { DynamoDBClient, GetItemCommand, ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { ListExecutionsCommand, SFNClient } from '@aws-sdk/client-sfn';
import { SendEmailCommand } from '@aws-sdk/client-ses';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestStack, type TestStack } from '../support/test-stack';
import { aComplaint, credentialRequest, expectProblem, raw, uniq } from './helpers';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

const shared = async () => ({
  ...(await import('../../../shared/aws/ses')),
  ...(await import('../../../shared/aws/dynamodb')),
  ...(await import('../../../shared/mail/outbox')),
  ...(await import('../../../shared/data/table')),
});
const outboxItem = async (id: string) => {
  const { ddb, tableName } = await shared();
  return (await ddb.send(new GetCommand({ TableName: tableName(), Key: { pk: `MAIL#${id}`, sk: 'MAIL' }, ConsistentRead: true }))).Item as
    | { status: string; attempts: number; lastError?: string; nextAttemptAt?: string }
    | undefined;
};
const mailsAbout = async (text: string) => (await stack.mails()).filter((m) => m.subject.includes(text) || (m.body.text ?? '').includes(text));

/** Makes the one document client fail the first `times` commands that `match`, with `errorName`. */
async function injectDynamoFault(match: (command: { constructor: { name: string }; input: Record<string, unknown> }) => boolean, times = 1, errorName = 'ProvisionedThroughputExceededException') {
  const { ddb } = await shared();
  const original = ddb.send;
  let left = times;
  const hits: string[] = [];
  (ddb as { send: unknown }).send = function (this: unknown, command: never, ...rest: never[]) {
    if (left > 0 && match(command)) {
      left--;
      hits.push((command as { constructor: { name: string } }).constructor.name);
      const error =
        errorName === 'ProvisionedThroughputExceededException'
          ? new ProvisionedThroughputExceededException({ message: 'Throughput exceeds the current capacity of your table', $metadata: { httpStatusCode: 400 } })
          : Object.assign(new Error('Rate of requests exceeds the allowed throughput'), { name: errorName, $metadata: { httpStatusCode: 400 } });
      return Promise.reject(error);
    }
    return (original as (...a: unknown[]) => unknown).call(this, command, ...rest);
  };
  return {
    hits,
    restore: () => {
      (ddb as { send: unknown }).send = original;
    },
  };
}
let restoreFault: (() => void) | undefined;
afterEach(() => {
  restoreFault?.();
  restoreFault = undefined;
});

describe('SES refusing or timing out', () => {
  it('keeps the submitted request, keeps the mail pending, and sends it on the next retry run', async () => {
    const { ses, retryDueMail } = await shared();
    const sesMock = mockClient(ses);
    sesMock.on(SendEmailCommand).rejects(Object.assign(new Error('Daily message quota exceeded'), { name: 'Throttling' }));
    let requestId: string;
    try {
      ({ requestId } = await credentialRequest(stack)); // submit answers 202: its mails are only queued
      // the table stream's sender tries them off the request path, and SES refuses
      for (const id of [`credential-staff#${requestId}`, `credential-ack#${requestId}`]) {
        await eventually(async () => (await outboxItem(id))?.lastError);
      }
    } finally {
      sesMock.restore();
    }
    const status = await stack.call<{ status: string }>('GET', `/credential-requests/${requestId}/status`);
    expect(status.body.status).toBe('submitted');
    expect(await mailsAbout(requestId)).toEqual([]);
    for (const id of [`credential-staff#${requestId}`, `credential-ack#${requestId}`]) {
      expect(await outboxItem(id)).toMatchObject({ status: 'pending', attempts: 1, lastError: 'Throttling' });
    }
    // the scheduled retry run (every 5 minutes on AWS), once the backoff has passed
    const early = await retryDueMail(new Date(Date.now() + 30_000));
    expect(early.sent).toBe(0);
    const result = await retryDueMail(new Date(Date.now() + 3600_000));
    expect(result.sent).toBeGreaterThanOrEqual(2);
    expect(await mailsAbout(requestId)).toHaveLength(2);
    expect(await outboxItem(`credential-staff#${requestId}`)).toMatchObject({ status: 'sent', attempts: 2 });
    // and never again
    await retryDueMail(new Date(Date.now() + 7200_000));
    expect(await mailsAbout(requestId)).toHaveLength(2);
  });

  it('treats an SES timeout the same way, and a complaint is filed and its clock started regardless', async () => {
    const { ses, retryDueMail } = await shared();
    const sesMock = mockClient(ses);
    sesMock.on(SendEmailCommand).rejects(Object.assign(new Error('Connection timed out after 5000 ms'), { name: 'TimeoutError' }));
    const body = aComplaint();
    let filed;
    try {
      filed = await stack.call<{ complaintId: string; trackingCode: string }>('POST', '/complaints', { body });
      expect(filed.status).toBe(201);
      const info = await stack.login('demo-info-center');
      const ack = await stack.call('POST', `/complaints/${filed.body.complaintId}/actions`, { token: info, body: { action: 'acknowledge' } });
      expect(ack.status).toBe(200);
    } finally {
      sesMock.restore();
    }
    expect((await stack.call<{ status: string }>('GET', `/complaints/track/${filed.body.trackingCode}`)).body.status).toBe('open');
    expect((await stack.mails()).filter((m) => m.destination.to.includes(body.complainant.email))).toEqual([]);
    await retryDueMail(new Date(Date.now() + 3600_000));
    expect((await stack.mails()).filter((m) => m.destination.to.includes(body.complainant.email)).length).toBeGreaterThanOrEqual(1);
  });

  it('dead-letters a mail after MAX_ATTEMPTS refusals, and lists it for admins', async () => {
    const { ses, retryDueMail, listDeadMail, MAX_ATTEMPTS, sendMail } = await shared();
    const sesMock = mockClient(ses);
    sesMock.on(SendEmailCommand).rejects(Object.assign(new Error('Email address is not verified'), { name: 'MessageRejected' }));
    const id = `fault-test#${uniq()}`;
    try {
      expect(await sendMail({ id, kind: 'fault-test', to: ['nobody@hospital.example'], subject: `fault ${id}`, text: 'x', html: '<p>x</p>' })).toBe(true);
      for (let i = 1; i < MAX_ATTEMPTS; i++) await retryDueMail(new Date(Date.now() + i * 86400_000));
    } finally {
      sesMock.restore();
    }
    expect(await outboxItem(id)).toMatchObject({ status: 'dead', attempts: MAX_ATTEMPTS, lastError: 'MessageRejected' });
    expect((await listDeadMail()).map((m) => m.id)).toContain(id);
    // a dead mail is not retried any more, even once SES works again
    await retryDueMail(new Date(Date.now() + 30 * 86400_000));
    expect(await mailsAbout(id)).toEqual([]);
  });
});

describe('DynamoDB throttling', () => {
  it('the SDK retries a throttled call with backoff (maxAttempts in all), then gives up with the throttling error', async () => {
    // a fake DynamoDB endpoint: throttles the first `throttle` requests, then answers an empty GetItem
    let requests = 0;
    let throttle = 2;
    const server = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        requests++;
        if (requests <= throttle) {
          res.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' }).end(JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException', message: 'slow down' }));
        } else res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' }).end('{}');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    // built like shared/aws/dynamodb.ts (no retry settings of our own): the SDK defaults apply
    const client = new DynamoDBClient({ endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, region: 'ap-southeast-1' });
    try {
      const maxAttempts = await client.config.maxAttempts();
      expect(maxAttempts).toBeGreaterThanOrEqual(3);
      const started = Date.now();
      await client.send(new GetItemCommand({ TableName: 't', Key: { pk: { S: 'x' } } }));
      expect(requests).toBe(3); // two throttled, the third went through
      expect(Date.now() - started).toBeGreaterThan(100); // backed off between attempts
      requests = 0;
      throttle = 99;
      await expect(client.send(new GetItemCommand({ TableName: 't', Key: { pk: { S: 'x' } } }))).rejects.toMatchObject({ name: 'ProvisionedThroughputExceededException' });
      expect(requests).toBe(maxAttempts);
      console.info(`DynamoDB client: maxAttempts ${maxAttempts}`);
    } finally {
      client.destroy();
      server.close();
    }
  });

  it('a read throttled past the SDK retries answers 503 TEMPORARILY_UNAVAILABLE with Retry-After, leaking nothing', async () => {
    for (const errorName of ['ProvisionedThroughputExceededException', 'ThrottlingException']) {
      const fault = await injectDynamoFault((c) => c.constructor.name === 'QueryCommand' || c.constructor.name === 'ScanCommand', 1, errorName);
      restoreFault = fault.restore;
      const res = await raw(stack, 'GET', '/api/hospitals');
      fault.restore();
      expect(fault.hits.length).toBe(1);
      expect(res.status).toBe(503);
      expectProblem(res);
      expect((res.json as { code: string }).code).toBe('TEMPORARILY_UNAVAILABLE');
      expect(res.retryAfter).toBe('2');
      expect(res.text).not.toContain(errorName);
      expect(res.text).not.toMatch(/at .*\.ts:\d+/);
    }
    expect((await raw(stack, 'GET', '/api/hospitals')).status).toBe(200);
  });

  it('a credential request whose submission write is throttled is submitted whole by the client\'s retry, and mailed once', async () => {
    const { retryDueMail } = await shared();
    const request = await credentialRequest(stack, { submit: false });
    // the submission's one write: the move, its audit record and both mails queued, in one transaction
    const queuesStaffMail = (c: { input: Record<string, unknown> }) => JSON.stringify(c.input.TransactItems ?? []).includes(`MAIL#credential-staff#${request.requestId}`);
    const fault = await injectDynamoFault((c) => c.constructor.name === 'TransactWriteCommand' && queuesStaffMail(c));
    restoreFault = fault.restore;
    const first = await raw(stack, 'POST', `/api/credential-requests/${request.requestId}/submit`, { headers: { 'content-type': 'application/json' }, body: '{}' });
    fault.restore();
    expect(fault.hits).toEqual(['TransactWriteCommand']);
    expect(first.status).toBe(503); // TEMPORARILY_UNAVAILABLE: the client is told to retry
    expectProblem(first);
    // nothing half-written: still a draft, nothing queued, nothing sent
    expect((await stack.call<{ status: string }>('GET', `/credential-requests/${request.requestId}/status`)).body.status).toBe('draft');
    expect(await outboxItem(`credential-staff#${request.requestId}`)).toBeUndefined();
    // the client (or the user, pressing again) retries; the stream sends the mails, a retry run sends nothing more
    const again = await stack.call('POST', `/credential-requests/${request.requestId}/submit`, { body: {} });
    expect(again.status).toBe(202);
    await eventually(async () => (await mailsAbout(request.requestId)).length >= 2);
    await retryDueMail(new Date(Date.now() + 3600_000));
    const mails = await mailsAbout(request.requestId);
    expect(mails.filter((m) => m.destination.to.includes('credentials@sso.example')), 'staff mail after a throttled submission').toHaveLength(1);
    expect(mails.filter((m) => m.destination.to.includes(request.email)), 'acknowledgement after a throttled submission').toHaveLength(1);
  });

  it('a complaint whose filing write is throttled leaves no half-written case behind', async () => {
    const { ddb, tableName, GSI2 } = await shared();
    const body = aComplaint({ description: `ทดสอบการเขียนไม่ครบ ${uniq()}` });
    // the filing's one write: the case, its tracking, its marker and receipt mail, all in one transaction
    const fault = await injectDynamoFault((c) => c.constructor.name === 'TransactWriteCommand');
    restoreFault = fault.restore;
    const first = await raw(stack, 'POST', '/api/complaints', { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    fault.restore();
    expect(fault.hits).toEqual(['TransactWriteCommand']);
    expect(first.status).toBe(503); // TEMPORARILY_UNAVAILABLE: the client is told to retry
    expectProblem(first);
    // the complainant tries again, and this time it works
    const retry = await stack.call<{ complaintId: string; trackingCode: string }>('POST', '/complaints', { body });
    expect(retry.status).toBe(201);
    // what the store holds now: exactly one case with this description, trackable, with its clock
    const month = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7);
    const { Items } = await ddb.send(new QueryCommand({ TableName: tableName(), IndexName: GSI2, KeyConditionExpression: 'gsi2pk = :pk', ExpressionAttributeValues: { ':pk': `COMPLAINT_MONTH#${month}` } }));
    const cases = (Items ?? []).filter((i) => i.description === body.description) as Array<{ complaintId: string; trackingCode: string; executionArn?: string }>;
    const described = cases.map((c) => `${c.complaintId} tracking=${c.trackingCode} clock=${c.executionArn ? 'yes' : 'none'}`);
    expect(described, 'cases stored for one complaint filed once (after a throttled first attempt)').toEqual([`${retry.body.complaintId} tracking=${retry.body.trackingCode} clock=yes`]);
  });
});

describe('a failing state machine task (stand-in for a Lambda timeout)', () => {
  it('declares Retry with backoff on every check task', () => {
    const machine = stack.model.stateMachines[0]!;
    type Retry = { ErrorEquals: string[]; IntervalSeconds: number; BackoffRate: number; MaxAttempts: number };
    const retries: Retry[][] = [];
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      const n = node as { Type?: string; Retry?: Retry[] };
      if (n.Type === 'Task') retries.push(n.Retry ?? []);
      for (const v of Object.values(node)) walk(v);
    };
    walk(machine.definition);
    expect(retries.length).toBeGreaterThanOrEqual(2);
    // only errors worth retrying (transient AWS failures, Lambda's own, an early check), never States.ALL
    for (const r of retries) {
      expect(r).toContainEqual(expect.objectContaining({ BackoffRate: 2, MaxAttempts: 6 }));
      expect(r.flatMap((x) => x.ErrorEquals)).toContain('TransientError');
      expect(r.flatMap((x) => x.ErrorEquals)).not.toContain('States.ALL');
    }
  });

  it('retries the failed check and escalates once: no lost and no second mail', async () => {
    const { invocations } = await import('../../../local/lambda-runtime');
    const before = invocations.get('functions/complaints/sla/check-stage.ts') ?? 0;
    // the first two event-log reads of check tasks fail (as a timed-out invocation would)
    const fault = await injectDynamoFault((c) => c.constructor.name === 'QueryCommand' && String((c.input.ExpressionAttributeValues as Record<string, string> | undefined)?.[':e']) === 'EVENT#', 2, 'TimeoutError');
    restoreFault = fault.restore;
    const info = await stack.login('demo-info-center');
    const filed = await stack.call<{ complaintId: string; trackingCode: string }>('POST', '/complaints', {
      token: info,
      body: aComplaint({ channel: 'hotline', receivedAt: new Date(Date.now() - 30 * 86400_000).toISOString() }),
    });
    expect(filed.status).toBe(201);
    const sfn = new SFNClient({});
    const machine = stack.model.stateMachines[0]!;
    const status = await eventually(async () => {
      const { executions } = await sfn.send(new ListExecutionsCommand({ stateMachineArn: machine.arn }));
      const mine = (executions ?? []).find((e) => e.name?.startsWith(filed.body.complaintId));
      return mine && mine.status !== 'RUNNING' ? mine.status : undefined;
    }, 45_000, 250);
    fault.restore();
    expect(fault.hits).toHaveLength(2);
    expect(status).toBe('SUCCEEDED');
    // 4 checks (warn and due for two open stages) + the 2 failed attempts, retried
    expect((invocations.get('functions/complaints/sla/check-stage.ts') ?? 0) - before).toBeGreaterThanOrEqual(6);
    const mails = (await stack.mails()).filter((m) => m.subject.includes(filed.body.trackingCode));
    expect(mails.filter((m) => m.subject.startsWith('ใกล้ครบกำหนด'))).toHaveLength(0); // entered after both deadlines
    expect(mails.filter((m) => m.subject.startsWith('เกินกำหนด'))).toHaveLength(3); // level 1 to the office; level 2 to the office and the Information Center
    const detail = await stack.call<{ breaches: string[] }>('GET', `/complaints/${filed.body.complaintId}`, { token: info });
    expect(detail.body.breaches.sort()).toEqual(['acknowledge', 'report-back']);
  });
});
