// Issue 8, bad input: fast-check sends generated bodies, query strings and path values to every
// public route (auth 'public' or 'optional' in shared/http/routes/): random JSON, objects with the
// route's own field names and hostile values (Thai, mixed scripts, emoji, control characters,
// huge strings), wrong content types, malformed JSON, bodies over 64 KB. No answer may be a 5xx,
// and every 4xx is problem JSON with a stable UPPER_SNAKE code, the status, a title and errors[].
// Then the uploads: random bytes as the signed PDF are refused with a 4xx problem, never a 5xx.
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeList } from '../../../shared/http/routes';
import type { RouteDef } from '../../../shared/http/route';
import { startTestStack, type TestStack } from '../support/test-stack';
import { aComplaint, credentialRequest, expectProblem, pathParamNames, raw, type RawResponse } from './helpers';

let stack: TestStack;
let sent = 0;
const statuses = new Map<string, number>();
const real: Record<string, string> = {};

beforeAll(async () => {
  stack = await startTestStack();
  const request = await credentialRequest(stack, { submit: false });
  const filed = await stack.call<{ trackingCode: string }>('POST', '/complaints', { body: aComplaint() });
  Object.assign(real, { requestId: request.requestId, trackingCode: filed.body.trackingCode, year: '2026', yearBE: '2570' });
});
afterAll(async () => {
  console.info(`bad input: ${sent} requests; answers by status: ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
  await stack?.stop();
});

const publicRoutes = routeList.filter((r) => r.auth === 'public' || r.auth === 'optional');

// ---- generators -------------------------------------------------------------------------------
const thaiChar = fc.integer({ min: 0x0e01, max: 0x0e5b }).map((c) => String.fromCharCode(c));
const emoji = fc.constantFrom('😡', '👍🏽', '👨‍👩‍👧', '🇹🇭', '🏥', '\u{1F9EA}', '❤️');
const control = fc.oneof(fc.integer({ min: 0, max: 31 }).map((c) => String.fromCharCode(c)), fc.constantFrom('\u007f', '\u200b', '\u202e', '\ufeff', '\u2028', '\ud800', '\udfff'));
const hostile = fc.constantFrom(
  "' OR '1'='1",
  '<script>alert(1)</script>',
  '${jndi:ldap://x}',
  '../../../etc/passwd',
  '%00',
  '__proto__',
  'constructor',
  '1-1017-00230-70-8',
  '๑๐๐๐๐๐๑',
  '2570-02-30',
  'NaN',
  '-0',
  '1e309',
  'H1000001-K7QX',
  'AAAAA-AAAAA',
  'CR-0000000000000000',
);
const mixed = fc.string({ unit: fc.oneof(thaiChar, emoji, control, fc.constantFrom('a', 'Z', '0', '-', ' ', '.', '@', 'é', 'ж', '中', 'ع')), maxLength: 60 });
const huge = fc.tuple(fc.oneof(thaiChar, emoji, fc.constant('x')), fc.integer({ min: 1_000, max: 20_000 })).map(([c, n]) => c.repeat(n));
const aString = fc.oneof(
  { weight: 3, arbitrary: mixed },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: hostile },
  { weight: 1, arbitrary: huge },
  { weight: 1, arbitrary: fc.stringMatching(/^\d{1,20}$/) },
);
const aValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: aString },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(aString, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

/** The route's own field names (top level and one level down), read from its zod schemas. */
function fieldNames(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  if (!shape) return [];
  return Object.entries(shape).flatMap(([k, v]) => [k, ...fieldNames(unwrap(v)).map((n) => `${k}.${n}`)]);
}
function unwrap(schema: unknown): unknown {
  let s = schema as { shape?: unknown; def?: { innerType?: unknown; in?: unknown } } | undefined;
  for (let i = 0; i < 5 && s && !s.shape; i++) s = (s.def?.innerType ?? s.def?.in) as typeof s;
  return s;
}
function withFields(names: string[]): fc.Arbitrary<Record<string, unknown>> {
  if (names.length === 0) return fc.dictionary(aString.filter((s) => s.length < 50), aValue, { maxKeys: 4 });
  const top = [...new Set(names.map((n) => n.split('.')[0]!))];
  return fc
    .record(Object.fromEntries(top.map((k) => [k, aValue])), { requiredKeys: [] })
    .chain((o) => {
      const nested = names.filter((n) => n.includes('.'));
      if (nested.length === 0) return fc.constant(o);
      const parent = nested[0]!.split('.')[0]!;
      const kids = nested.filter((n) => n.startsWith(`${parent}.`)).map((n) => n.slice(parent.length + 1));
      return fc.record(Object.fromEntries(kids.map((k) => [k, aValue])), { requiredKeys: [] }).map((inner) => ({ ...o, [parent]: inner }));
    });
}

type Body = { contentType?: string; body?: string };
const jsonBody = (v: unknown): Body => ({ contentType: 'application/json', body: JSON.stringify(v) ?? 'null' });
function bodies(route: RouteDef): fc.Arbitrary<Body> {
  return fc.oneof(
    { weight: 4, arbitrary: withFields(fieldNames(route.body)).map(jsonBody) },
    // a top-level `null` body is its own test below (it finds a 5xx); kept out here so the
    // property explores the rest instead of stopping at it
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).filter((v) => v !== null).map(jsonBody) },
    { weight: 1, arbitrary: fc.constant<Body>({}) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/pdf', 'application/json; charset=tis-620', 'application/jsonx'), withFields(fieldNames(route.body)))
        .map(([contentType, v]) => ({ contentType, body: contentType.includes('urlencoded') ? new URLSearchParams(Object.entries(v).map(([k, x]) => [k, typeof x === 'string' ? x : (JSON.stringify(x) ?? '')])).toString() : JSON.stringify(v) })),
    },
    {
      weight: 1,
      arbitrary: fc
        .oneof(fc.constantFrom('{', '{"a":', '[1,2', '{"a":1,}', "{'a':1}", 'nul', '{"a":"\\x"}', '\u0000', '{"__proto__":{"x":1}}'), fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => `{${s}`))
        .map((body) => ({ contentType: 'application/json', body })),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.integer({ min: 64 * 1024 + 1, max: 300_000 }), fc.oneof(thaiChar, fc.constant('a'))).map(([bytes, c]) => ({ contentType: 'application/json', body: JSON.stringify({ description: c.repeat(Math.ceil(bytes / Buffer.byteLength(c))) }) })),
    },
  );
}

/** A path value: a real one, a plausible shape, hostile text, or raw (possibly malformed) escapes. */
const pathValue = (name: string): fc.Arbitrary<{ encoded: string }> =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant({ encoded: encodeURIComponent(real[name] ?? 'x') }) },
    // URLs stay under 8 KB: Node's own HTTP parser answers longer ones with a bare 431 before any of our code runs
    { weight: 4, arbitrary: aString.filter((s) => s.length > 0).map((s) => ({ encoded: safeEncode(s) })).filter((p) => p.encoded.length < 4000) },
    // well-formed escapes only: malformed ones (%ZZ, cut UTF-8) have their own test below
    { weight: 1, arbitrary: fc.constantFrom('%2e%2e', '%00', '..', '.', '%2F', '%252F', '+', '%20').map((encoded) => ({ encoded })) },
  );
function safeEncode(s: string): string {
  return Array.from(s).map((ch) => {
    try {
      return encodeURIComponent(ch);
    } catch {
      return '%EF%BF%BD'; // a lone surrogate cannot be sent as UTF-8: what a browser sends instead (U+FFFD)
    }
  }).join('');
}
function queryString(route: RouteDef): fc.Arbitrary<string> {
  const names = fieldNames(route.query);
  const key = names.length ? fc.oneof(fc.constantFrom(...names), aString.filter((s) => s.length < 30)) : aString.filter((s) => s.length < 30);
  return fc
    .array(fc.tuple(key, aString), { maxLength: 4 })
    .map((pairs) => pairs.map(([k, v]) => `${safeEncode(k)}=${safeEncode(v)}`).join('&'))
    .filter((q) => q.length < 3500);
}

function record(route: RouteDef, res: RawResponse, input: unknown) {
  sent++;
  const key = `${res.status}`;
  statuses.set(key, (statuses.get(key) ?? 0) + 1);
  const where = `${route.method} ${route.path} ← ${JSON.stringify(input).slice(0, 400)}`;
  expect(res.status, `${where}\n→ ${res.text.slice(0, 300)}`).toBeLessThan(500);
  if (res.status >= 400) expectProblem(res, where);
}

const RUNS = 70;

describe.each(publicRoutes.map((r) => [r.id, r] as const))('%s', (_id, route) => {
  it(`survives ${RUNS} generated requests: no 5xx, every 4xx is problem JSON`, async () => {
    const params = pathParamNames(route);
    const arb = fc.record({
      path: fc.tuple(...params.map((p) => pathValue(p))),
      query: queryString(route),
      // fetch cannot send a body with GET; API Gateway drops it too
      body: route.method === 'GET' ? fc.constant<Body>({}) : bodies(route),
      lang: fc.constantFrom(undefined, 'en', 'th', 'zz', 'en;q=0.1, th;q=0.9', '*'),
    });
    await fc.assert(
      fc.asyncProperty(arb, async (input) => {
        let i = 0;
        const path = route.path.replace(/\{\w+\}/g, () => (input.path as Array<{ encoded: string }>)[i++]!.encoded);
        const headers: Record<string, string> = {};
        if (input.body.contentType) headers['content-type'] = input.body.contentType;
        if (input.lang) headers['accept-language'] = input.lang;
        const res = await raw(stack, route.method, `${path}${input.query ? `?${input.query}` : ''}`, { headers, ...(input.body.body !== undefined ? { body: input.body.body } : {}) });
        record(route, res, { path, query: input.query.slice(0, 200), contentType: input.body.contentType, body: input.body.body?.slice(0, 200), bodyBytes: input.body.body ? Buffer.byteLength(input.body.body) : 0 });
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  });
});

describe('edges of the HTTP layer', () => {
  it('answers problem JSON for an unknown route, a wrong method, and a 3 MB body', async () => {
    const cases: Array<[string, string, Record<string, string>, string | undefined]> = [
      ['GET', '/api/no-such-route', {}, undefined],
      ['DELETE', '/api/complaints', {}, undefined],
      ['PATCH', '/api/auth/login', {}, undefined],
      ['POST', '/api/complaints', { 'content-type': 'application/json' }, JSON.stringify({ description: 'ก'.repeat(1024 * 1024) })],
      ['POST', '/api/complaints', { 'content-type': 'application/json' }, ''],
      ['POST', '/api/complaints', {}, JSON.stringify(aComplaint())],
    ];
    for (const [method, path, headers, body] of cases) {
      const res = await raw(stack, method, path, { headers, ...(body !== undefined ? { body } : {}) });
      sent++;
      expect(res.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
      expect(res.status, `${method} ${path}`).toBeLessThan(500);
      expectProblem(res, `${method} ${path}`);
    }
  });

  it('answers 4xx problem JSON for malformed percent-escapes in a path or query (never 5xx)', async () => {
    const failures: string[] = [];
    const escapes = ['%E0%B8', '%ZZ', '%', '%F0%9F%98', '%C0%AF', '%ED%A0%80'];
    const paths = publicRoutes.filter((r) => pathParamNames(r).length > 0).flatMap((r) => escapes.map((e) => ({ route: r, path: r.path.replace(/\{\w+\}/g, e) })));
    paths.push(...escapes.map((e) => ({ route: publicRoutes.find((r) => r.id === 'reference.list-hospitals')!, path: `/api/hospitals?q=${e}` })));
    for (const { route, path } of paths) {
      const res = await raw(stack, route.method, path);
      sent++;
      if (res.status >= 500) failures.push(`${route.method} ${path} → ${res.status} ${res.text.slice(0, 120)}`);
      else if (res.status >= 400) expectProblem(res, path);
    }
    expect(failures).toEqual([]);
  });

  it('answers 400 problem JSON, not 5xx, for a JSON body that is null, a number, a string or an array', async () => {
    const failures: string[] = [];
    for (const route of publicRoutes.filter((r) => r.body)) {
      for (const body of ['null', '0', '"x"', '[]', 'true']) {
        const res = await raw(stack, route.method, route.path.replace(/\{\w+\}/g, (m) => encodeURIComponent(real[m.slice(1, -1)] ?? 'x')), { headers: { 'content-type': 'application/json' }, body });
        sent++;
        if (res.status >= 500) failures.push(`${route.method} ${route.path} body ${body} → ${res.status} ${res.text.slice(0, 160)}`);
        else if (res.status >= 400) expectProblem(res, `${route.path} ${body}`);
      }
    }
    // the same for every staff route with a body (each with a role it allows)
    const staffToken = new Map<string, string>();
    for (const route of routeList.filter((r) => r.body && Array.isArray(r.auth))) {
      const role = (route.auth as readonly string[])[0]!;
      if (!staffToken.has(role)) staffToken.set(role, await stack.login(`demo-${role}`));
      const path = route.path.replace(/\{\w+\}/g, (m) => ({ complaintId: 'C-000000000000', requestId: 'CR-0000000000000000', yearBE: '2570', year: '2026', userId: 'demo-hospital', submissionId: 'AW-2570-1000001', committeeUserId: 'demo-committee' })[m.slice(1, -1)] ?? 'x');
      const res = await raw(stack, route.method, path, { token: staffToken.get(role)!, headers: { 'content-type': 'application/json' }, body: 'null' });
      sent++;
      if (res.status >= 500) failures.push(`${route.method} ${route.path} (as ${role}) body null → ${res.status} ${res.text.slice(0, 160)}`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses random bytes as the signed PDF with a 4xx problem and a stable code, never a 5xx', async () => {
    const files = fc.oneof(
      fc.uint8Array({ maxLength: 3000 }),
      fc.uint8Array({ maxLength: 200 }).map((b) => new Uint8Array([...Buffer.from('%PDF'), ...b])),
      fc.string({ unit: 'grapheme', maxLength: 200 }).map((s) => new Uint8Array(Buffer.from(s))),
      fc.constant(new Uint8Array(0)),
    );
    await fc.assert(
      fc.asyncProperty(files, fc.boolean(), async (bytes, declare) => {
        const created = await stack.call<{ requestId: string; upload: { url: string; method: string; headers: Record<string, string> } }>('POST', '/credential-requests', {
          body: (await import('./helpers')).aCredentialRequest(),
        });
        expect(created.status).toBe(201);
        const put = await fetch(created.body.upload.url, { method: created.body.upload.method, headers: created.body.upload.headers, body: bytes });
        expect(put.status).toBe(200);
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        const res = await raw(stack, 'POST', `/api/credential-requests/${created.body.requestId}/submit`, {
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(declare ? { sha256 } : {}),
        });
        sent += 2;
        const isPdf = Buffer.from(bytes).subarray(0, 5).toString('latin1') === '%PDF-';
        if (isPdf) expect([202, 422]).toContain(res.status);
        else {
          expect(res.status, res.text).toBe(422);
          expectProblem(res);
          expect(['NOT_A_PDF', 'FILE_EMPTY']).toContain((res.json as { code: string }).code);
        }
      }),
      { numRuns: 25 },
    );
  });

  it(`sent at least 1,000 generated requests in all`, () => {
    expect(sent).toBeGreaterThanOrEqual(1000);
  });
});
