// Routes that take a text body (a CSV file) instead of JSON: their own media type and size limit.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { httpHandler } from '../../../shared/http/http-handler';
import { buildOpenApi } from '../../../shared/http/openapi';
import { defineRoute } from '../../../shared/http/route';
import { apiEvent } from '../../support/events';
import { lambdaContext } from '../../../local/lambda-runtime';

const route = defineRoute({
  id: 'test.upload-csv',
  method: 'POST',
  path: '/api/upload',
  handler: 'unused',
  auth: 'public',
  summary: 'upload a CSV',
  access: {},
  textBody: { mediaType: 'text/csv', maxBytes: 200 * 1024, description: 'Columns a,b.' },
  query: z.object({ dryRun: z.optional(z.enum(['true', 'false'])) }),
});
const upload = httpHandler(route, async ({ text, query }) => ({ body: { text, dryRun: query.dryRun } }));

const call = async (body: string | undefined, headers: Record<string, string>, base64 = false) => {
  const event = apiEvent({ method: 'POST', path: '/api/upload', headers, query: { dryRun: 'true' } });
  if (body !== undefined) event.body = base64 ? Buffer.from(body, 'utf8').toString('base64') : body;
  event.isBase64Encoded = base64;
  const res = await upload(event, lambdaContext('test'));
  return { status: res.statusCode, json: res.body ? JSON.parse(res.body) : undefined };
};

describe('a route with a text body', () => {
  it('hands the handler the text, as sent or base64-encoded by API Gateway', async () => {
    const csv = 'a,b\r\nหนึ่ง,๒\r\n';
    expect(await call(csv, { 'content-type': 'text/csv; charset=utf-8' })).toEqual({ status: 200, json: { text: csv, dryRun: 'true' } });
    expect(await call(csv, { 'content-type': 'Text/CSV' }, true)).toEqual({ status: 200, json: { text: csv, dryRun: 'true' } });
    expect(await call(undefined, { 'content-type': 'text/csv' })).toEqual({ status: 200, json: { text: '', dryRun: 'true' } });
  });

  it('refuses another media type or charset with 415, naming the one it takes', async () => {
    for (const contentType of ['application/json', 'text/plain', 'text/csv; charset=windows-874']) {
      const res = await call('a,b\n', { 'content-type': contentType });
      expect(res.status, contentType).toBe(415);
      expect(res.json).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', errors: [{ path: 'content-type', code: 'MEDIA_TYPE_TEXT_CSV' }] });
    }
    expect((await call('a,b\n', {})).status).toBe(415);
  });

  it('has its own size limit, above the 64 KB of JSON routes', async () => {
    const row = 'x'.repeat(99) + '\n';
    expect((await call(row.repeat(1000), { 'content-type': 'text/csv' })).status).toBe(200);
    expect((await call(row.repeat(2100), { 'content-type': 'text/csv' })).json).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('is documented in the OpenAPI document as text/csv', () => {
    const doc = buildOpenApi([route]) as unknown as { paths: Record<string, { post: { requestBody: { description: string; content: Record<string, unknown> } } }> };
    const body = doc.paths['/api/upload']!.post.requestBody;
    expect(Object.keys(body.content)).toEqual(['text/csv']);
    expect(body.description).toContain('Columns a,b.');
    expect(body.description).toContain('204800 bytes');
  });
});
