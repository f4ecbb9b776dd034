// The middy stack every handler shares: validation, problem JSON, language, auth, body limits.
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { issueToken } from '../../../shared/auth/tokens';
import { RuleError } from '../../../shared/http/errors';
import { httpHandler } from '../../../shared/http/http-handler';
import { defineRoute } from '../../../shared/http/route';
import { apiEvent } from '../../support/events';
import { lambdaContext } from '../../../local/lambda-runtime';

const route = defineRoute({
  id: 'test.echo',
  method: 'POST',
  path: '/api/echo',
  handler: 'unused',
  auth: ['admin'],
  summary: 'echo',
  access: {},
  body: z.strictObject({ name: z.string().check(z.minLength(1)), age: z.number().check(z.int(), z.gte(0)) }),
});

const echo = httpHandler(route, async ({ body, principal }) => {
  if (body.name === 'refuse') throw new RuleError('SOMETHING_REFUSED', 'name');
  if (body.name === 'crash') throw new Error('database password is hunter2');
  return { status: 201, body: { hello: body.name, by: principal.userId } };
});

const call = async (body: unknown, headers: Record<string, string> = {}) => {
  const res = await echo(apiEvent({ method: 'POST', path: '/api/echo', body, headers }), lambdaContext('test'));
  return { ...res, json: res.body ? JSON.parse(res.body) : undefined };
};
// the accounts behind the tokens (a signed-in request reads its account's status)
const ddb = mockClient(DynamoDBDocumentClient);
const statuses: Record<string, string> = { u1: 'active', h: 'active', gone: 'revoked', quit: 'cancelled', reset: 'active' };
// `reset` changed its password once: its sessions are in epoch 1
const epochs: Record<string, number> = { reset: 1 };
beforeEach(() => {
  ddb.reset();
  ddb.on(GetCommand).callsFake((input: { Key: { pk: string } }) => {
    const userId = input.Key.pk.replace(/^USER#/, '');
    return statuses[userId] ? { Item: { pk: input.Key.pk, sk: 'ACCOUNT', userId, status: statuses[userId], roles: ['admin'], ...(epochs[userId] ? { sessionEpoch: epochs[userId] } : {}) } } : {};
  });
});

const adminToken = async () => `Bearer ${(await issueToken({ userId: 'u1', roles: ['admin'] }, 0)).token}`;

describe('the HTTP handler stack', () => {
  it('answers 401 without a token and 403 for the wrong role', async () => {
    expect((await call({ name: 'a', age: 1 })).statusCode).toBe(401);
    const hospital = `Bearer ${(await issueToken({ userId: 'h', roles: ['hospital'] }, 0)).token}`;
    const res = await call({ name: 'a', age: 1 }, { authorization: hospital });
    expect(res.statusCode).toBe(403);
    expect(res.json.code).toBe('FORBIDDEN');
  });

  it('ends a session when its account is revoked, cancelled or gone, whatever the token says', async () => {
    const as = async (userId: string, epoch = 0) => call({ name: 'a', age: 1 }, { authorization: `Bearer ${(await issueToken({ userId, roles: ['admin'] }, epoch)).token}` });
    expect((await as('u1')).statusCode).toBe(201);
    expect([(await as('gone')).statusCode, (await as('gone')).json.code]).toEqual([403, 'ACCOUNT_REVOKED']);
    expect([(await as('quit')).statusCode, (await as('quit')).json.code]).toEqual([403, 'ACCOUNT_CANCELLED']);
    expect([(await as('nobody')).statusCode, (await as('nobody')).json.code]).toEqual([401, 'SESSION_ENDED']);
  });

  it('refuses a token of an earlier session epoch (issued before a password change) with 401', async () => {
    const as = async (userId: string, epoch: number) => call({ name: 'a', age: 1 }, { authorization: `Bearer ${(await issueToken({ userId, roles: ['admin'] }, epoch)).token}` });
    expect([(await as('reset', 0)).statusCode, (await as('reset', 0)).json.code]).toEqual([401, 'SESSION_ENDED']);
    expect((await as('reset', 1)).statusCode).toBe(201);
  });

  it("answers with a correlation id: the caller's own when well-formed, else API Gateway's request id", async () => {
    const given = await call({ name: 'a', age: 1 }, { authorization: await adminToken(), 'x-correlation-id': 'case-filing-1234' });
    expect(given.headers?.['x-correlation-id']).toBe('case-filing-1234');
    const event = apiEvent({ method: 'POST', path: '/api/echo', body: { name: 'a' }, headers: { 'x-correlation-id': 'no spaces allowed here' } });
    const fallback = await echo(event, lambdaContext('test'));
    expect(fallback.headers?.['x-correlation-id']).toBe(event.requestContext.requestId);
    // a problem answer carries it too
    expect(fallback.statusCode).toBe(401);
  });

  it('rejects a tampered token', async () => {
    const token = await adminToken();
    const tampered = `${token.slice(0, -4)}AAAA`;
    const res = await call({ name: 'a', age: 1 }, { authorization: tampered });
    expect(res.statusCode).toBe(401);
    expect(res.json.code).toBe('TOKEN_INVALID');
  });

  it('lists one error per bad field with a Thai message by default', async () => {
    const res = await call({ age: -1, extra: true }, { authorization: await adminToken() });
    expect(res.statusCode).toBe(400);
    expect(res.headers?.['content-type']).toContain('application/problem+json');
    expect(res.json.errors).toEqual([
      { path: 'name', code: 'REQUIRED', message: 'กรุณากรอกข้อมูลช่องนี้' },
      { path: 'age', code: 'TOO_SMALL', message: 'ค่าน้อยเกินไป' },
      { path: 'extra', code: 'UNKNOWN_FIELD', message: 'มีช่องข้อมูลที่ระบบไม่รู้จัก' },
    ]);
  });

  it('tells a wrong type from a missing value, and gives each field one error', async () => {
    const res = await call({ name: 42, age: '5' }, { authorization: await adminToken() });
    expect(res.statusCode).toBe(400);
    expect(res.json.errors).toEqual([
      { path: 'name', code: 'INVALID_TYPE', message: 'รูปแบบข้อมูลไม่ถูกต้อง' },
      { path: 'age', code: 'INVALID_TYPE', message: 'รูปแบบข้อมูลไม่ถูกต้อง' },
    ]);
    const twice = await call({ name: '', age: -1.5 }, { authorization: await adminToken() });
    expect(twice.json.errors.map((e: { path: string }) => e.path)).toEqual(['name', 'age']);
  });

  it('speaks English when asked', async () => {
    const res = await call({ name: 'a' }, { authorization: await adminToken(), 'accept-language': 'en-GB,en;q=0.9' });
    expect(res.json.title).toBe('Some fields are invalid; see the list of errors');
    expect(res.json.errors[0]).toEqual({ path: 'age', code: 'REQUIRED', message: 'This field is required' });
  });

  it('maps a business rule to 422 with its own code and field', async () => {
    const res = await call({ name: 'refuse', age: 1 }, { authorization: await adminToken() });
    expect(res.statusCode).toBe(422);
    expect(res.json.code).toBe('SOMETHING_REFUSED');
    expect(res.json.errors[0].path).toBe('name');
  });

  it('never leaks the internals of an unexpected error', async () => {
    const res = await call({ name: 'crash', age: 1 }, { authorization: await adminToken() });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('hunter2');
    expect(res.json.code).toBe('INTERNAL');
  });

  it('refuses malformed JSON, a wrong content type and an oversized body with 4xx problems', async () => {
    const auth = { authorization: await adminToken() };
    expect((await call('{"name":', auth)).json.code).toBe('INVALID_JSON');
    const wrongType = await call('name=a', { ...auth, 'content-type': 'text/plain' });
    expect(wrongType.statusCode).toBe(415);
    const huge = await call(JSON.stringify({ name: 'x'.repeat(70_000), age: 1 }), auth);
    expect(huge.statusCode).toBe(413);
  });

  it('answers a valid request with the handler result and security headers', async () => {
    const res = await call({ name: 'สมชาย', age: 30 }, { authorization: await adminToken() });
    expect(res.statusCode).toBe(201);
    expect(res.json).toEqual({ hello: 'สมชาย', by: 'u1' });
    expect(res.headers?.['x-content-type-options']).toBe('nosniff');
    expect(res.headers?.['cache-control']).toBe('no-store');
  });
});

describe('faults from AWS', () => {
  it('answers 503 with Retry-After when DynamoDB throttles, not a bare 500', async () => {
    const throttled = httpHandler({ ...route, auth: 'public' as const, body: undefined }, async () => {
      throw Object.assign(new Error('Rate exceeded'), { name: 'ProvisionedThroughputExceededException', $retryable: { throttling: true } });
    });
    const res = await throttled(apiEvent({ method: 'POST', path: '/api/echo' }), lambdaContext('test'));
    expect(res.statusCode).toBe(503);
    expect(res.headers?.['retry-after']).toBe('2');
    expect(JSON.parse(res.body!).code).toBe('TEMPORARILY_UNAVAILABLE');
  });
});

describe('media types', () => {
  it('reads a JSON body whatever the letter case of its media type', async () => {
    const res = await echo(apiEvent({ method: 'POST', path: '/api/echo', body: { name: 'a', age: 1 }, headers: { 'content-type': 'Application/JSON; Charset=UTF-8', authorization: await adminToken() } }), lambdaContext('test'));
    expect(res.statusCode).toBe(201);
  });
});

describe('the access log', () => {
  it("records the caller's address from what CloudFront forwarded, not a spoofed one or CloudFront's", async () => {
    const { clientIpOf } = await import('../../../shared/http/http-handler');
    const event = apiEvent({ method: 'GET', path: '/api/health', headers: { 'x-forwarded-for': '6.6.6.6, 203.0.113.7, 130.176.0.1' } });
    event.requestContext.http.sourceIp = '130.176.0.1';
    expect(clientIpOf(event)).toBe('203.0.113.7');
    event.headers['x-forwarded-for'] = '203.0.113.7';
    expect(clientIpOf(event)).toBe('203.0.113.7');
  });
});

describe('HEAD', () => {
  const getRoute = defineRoute({ id: 'test.read', method: 'GET', path: '/api/read', handler: 'unused', auth: 'public', summary: 'read', access: {} });
  const read = httpHandler(getRoute, async () => ({ status: 200, body: { hello: 'สวัสดี' } }));

  it('answers as GET would, with the length of the body it leaves out', async () => {
    const get = await read(apiEvent({ method: 'GET', path: '/api/read' }), lambdaContext('test'));
    const head = await read(apiEvent({ method: 'HEAD', path: '/api/read' }), lambdaContext('test'));
    expect(head.statusCode).toBe(get.statusCode);
    expect(head.body).toBeUndefined();
    expect(head.headers?.['content-type']).toBe(get.headers?.['content-type']);
    expect(head.headers?.['content-length']).toBe(String(Buffer.byteLength(get.body!, 'utf8')));
  });
});
