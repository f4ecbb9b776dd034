// SES bounce and complaint events reach staff: the handler the SNS topic invokes marks the address,
// and the credential request's detail shows that the requester's mail bounced.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEvent } from '../support/events';
import { aCredentialRequest } from './support/builders';
import { samplePdf, startTestStack, type TestStack } from './support/test-stack';

let stack: TestStack;
let officer: string;

beforeAll(async () => {
  stack = await startTestStack();
  officer = await stack.login('demo-credentials-officer');
});
afterAll(async () => {
  await stack?.stop();
});

type Upload = { url: string; method: string; headers: Record<string, string> };

async function submittedRequest(email: string): Promise<string> {
  const created = await stack.call<{ requestId: string; upload: Upload }>('POST', '/credential-requests', { body: aCredentialRequest({ email }) });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const pdf = samplePdf(2048, created.body.requestId);
  const put = await fetch(created.body.upload.url, { method: 'PUT', headers: created.body.upload.headers, body: new Uint8Array(pdf) });
  expect(put.status).toBe(200);
  const submitted = await stack.call('POST', `/credential-requests/${created.body.requestId}/submit`, { body: { sha256: createHash('sha256').update(pdf).digest('hex') } });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(202);
  return created.body.requestId;
}

describe('SES bounces and complaints', () => {
  it('shows officers that the requester\'s mail bounced, once SES reported it', async () => {
    const requestId = await submittedRequest('requester.bounced@hospital.example');
    const before = await stack.call<{ mailBounced: boolean }>('GET', `/credential-requests/${requestId}`, { token: officer });
    expect(before.status).toBe(200);
    expect(before.body.mailBounced).toBe(false);

    const { invokeHandler } = await import('../../local/lambda-runtime');
    expect(await invokeHandler('functions/mail/record-mail-event.ts', loadEvent('sns/ses-bounce'))).toEqual({ recorded: 1, ignored: 0 });

    const after = await stack.call<{ mailBounced: boolean; mailStatus: { kind: string; bounceType: string } }>('GET', `/credential-requests/${requestId}`, { token: officer });
    expect(after.body).toMatchObject({ mailBounced: true, mailComplained: false, mailStatus: { kind: 'bounce', bounceType: 'Permanent' } });
  });

  it('lists dead mail with the flag (an empty list is still well formed)', async () => {
    const admin = await stack.login('demo-admin');
    const res = await stack.call<Array<{ mailBounced: boolean }>>('GET', '/admin/dead-mail', { token: admin });
    expect(res.status).toBe(200);
    for (const m of res.body) expect(typeof m.mailBounced).toBe('boolean');
  });
});
