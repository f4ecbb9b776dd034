// The printable documents end to end through the local API adapter: the form link of a new request,
// the receipt of a submitted award entry (and who may fetch it), the complaint report as PDF;
// bytes through the adapter as API Gateway passes them (base64 in the Lambda response).
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../support/pdf';
import { aCredentialRequest } from './support/builders';
import { samplePdf, startTestStack, type TestStack } from './support/test-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack?.stop();
});

type Upload = { url: string; method: string; headers: Record<string, string> };
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const squash = (text: string) => text.replace(/\s+/g, ' ');

async function fetchPdf(url: string, headers: Record<string, string> = {}) {
  const started = performance.now();
  const res = await fetch(url, { headers });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { res, bytes, ms: performance.now() - started };
}

describe('the request form', () => {
  it('is linked from the 201 of a new request and holds its fields', async () => {
    const body = aCredentialRequest();
    const created = await stack.call<{ requestId: string; form: { url: string; expiresAt: string } }>('POST', '/credential-requests', { body });
    expect(created.status).toBe(201);
    const link = new URL(created.body.form.url);
    expect(link.pathname).toBe(`/api/credential-requests/${created.body.requestId}/form.pdf`);
    const { res, bytes, ms } = await fetchPdf(`${stack.apiUrl.replace(/\/api$/, '')}${link.pathname}${link.search}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const { text, pages } = await readPdf(bytes);
    expect(pages).toHaveLength(1);
    for (const expected of [created.body.requestId, 'นางสาวสมหญิง ใจดี', 'Somying Jaidee', '1-1017-00230-70-8', body.email, 'ขอมี User-ID ใหม่', 'รหัส ๗ หลัก 1000001', 'รหัส ๗ หลัก 1000101']) {
      expect(squash(text)).toContain(expected);
    }
    console.info(`request form through the local API: ${bytes.length} bytes, ${ms.toFixed(0)} ms`);
    const tampered = await fetch(`${stack.apiUrl}/credential-requests/${created.body.requestId}/form.pdf?token=${link.searchParams.get('token')!.slice(0, -2)}xx`);
    expect(tampered.status).toBe(403);
  });
});

describe('the award receipt', () => {
  it('holds each file\'s SHA-256 for the owning hospital and awards officers; others 403, anonymous 401', async () => {
    const hospital = await stack.login('demo-hospital');
    const application = samplePdf(120_000, 'application');
    const assessment = samplePdf(90_000, 'self-assessment');
    const started = await stack.call<{ submissionId: string; uploads: Record<string, Upload> }>('POST', '/award-programmes/2570/submissions', { token: hospital, body: {} });
    expect(started.status).toBe(201);
    for (const [slot, bytes] of [['applicationForm', application], ['selfAssessment', assessment]] as const) {
      const u = started.body.uploads[slot]!;
      expect((await fetch(u.url, { method: u.method, headers: u.headers, body: new Uint8Array(bytes) })).status).toBe(200);
    }
    const submitted = await stack.call('POST', `/award-submissions/${started.body.submissionId}/submit`, { token: hospital });
    expect(submitted.status).toBe(200);

    const url = `${stack.apiUrl}/award-submissions/${started.body.submissionId}/receipt.pdf`;
    const own = await fetchPdf(url, { authorization: `Bearer ${hospital}` });
    expect(own.res.status).toBe(200);
    const text = squash((await readPdf(own.bytes)).text);
    expect(text).toContain(`SHA-256 ${sha(application)}`);
    expect(text).toContain(`SHA-256 ${sha(assessment)}`);
    expect(text).toContain(`ขนาด ${application.length.toLocaleString('en-US')} ไบต์`);
    expect(text).toContain('ทางออนไลน์');
    console.info(`award receipt through the local API: ${own.bytes.length} bytes, ${own.ms.toFixed(0)} ms`);

    const officer = await fetch(url, { headers: { authorization: `Bearer ${await stack.login('demo-awards-officer')}` } });
    expect(officer.status).toBe(200);
    expect((await fetch(url, { headers: { authorization: `Bearer ${await stack.login('demo-committee')}` } })).status).toBe(403);
    expect((await fetch(url)).status).toBe(401);
  });
});

describe('the complaint report', () => {
  it('answers Accept: application/pdf with the report on A4 landscape', async () => {
    const token = await stack.login('demo-info-center');
    const month = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7);
    const { res, bytes, ms } = await fetchPdf(`${stack.apiUrl}/reports/complaints?month=${month}`, { authorization: `Bearer ${token}`, accept: 'application/pdf' });
    expect(res.status).toBe(200);
    const { pages, text } = await readPdf(bytes);
    expect(pages[0]!.width).toBeGreaterThan(pages[0]!.height);
    expect(text).toContain('รายงานเรื่องร้องเรียนสถานพยาบาล');
    console.info(`complaint report through the local API: ${bytes.length} bytes, ${ms.toFixed(0)} ms`);
  });
});
