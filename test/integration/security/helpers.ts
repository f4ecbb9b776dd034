// Helpers shared by the security and reliability tests: raw HTTP calls, the problem JSON
// contract, forged tokens, sample bodies and a small concurrency pool. Not a test file itself.
import { SignJWT } from 'jose';
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import type { RouteDef } from '../../../shared/http/route';
import { samplePdf, type TestStack } from '../support/test-stack';

export const ISSUER = 'sso-hospital-services';
export const UPPER_SNAKE = /^[A-Z][A-Z0-9_]*$/;

export interface RawResponse {
  status: number;
  contentType: string;
  text: string;
  json: unknown;
  retryAfter: string | null;
}

/** One request with full control over headers and the raw body. */
export async function raw(stack: TestStack, method: string, path: string, options: { headers?: Record<string, string>; body?: string; token?: string } = {}): Promise<RawResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  // stack.apiUrl ends in /api; route paths start with /api
  const url = `${stack.siteUrl}${path}`;
  const res = await fetch(url, { method, headers, ...(options.body !== undefined ? { body: options.body } : {}) });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text, json, retryAfter: res.headers.get('retry-after') };
}

/** The RFC 9457 problem contract every 4xx/5xx answer keeps. */
export function problemViolations(res: RawResponse): string[] {
  const out: string[] = [];
  if (!res.contentType.includes('application/problem+json')) out.push(`content-type ${res.contentType}`);
  const body = res.json as { code?: unknown; status?: unknown; title?: unknown; errors?: unknown } | undefined;
  if (!body || typeof body !== 'object') return [...out, `body not JSON: ${res.text.slice(0, 200)}`];
  if (typeof body.code !== 'string' || !UPPER_SNAKE.test(body.code)) out.push(`code ${JSON.stringify(body.code)}`);
  if (body.status !== res.status) out.push(`status ${JSON.stringify(body.status)} != ${res.status}`);
  if (typeof body.title !== 'string' || body.title.length === 0) out.push(`title ${JSON.stringify(body.title)}`);
  if (!Array.isArray(body.errors)) out.push('errors not an array');
  else
    for (const e of body.errors as Array<{ path?: unknown; code?: unknown }>) {
      if (typeof e?.path !== 'string') out.push(`errors[].path ${JSON.stringify(e?.path)}`);
      if (typeof e?.code !== 'string' || !UPPER_SNAKE.test(e.code)) out.push(`errors[].code ${JSON.stringify(e?.code)}`);
    }
  return out;
}

export function expectProblem(res: RawResponse, context = ''): void {
  expect(problemViolations(res), `${context} ${res.status} ${res.text.slice(0, 300)}`).toEqual([]);
}

/** A token signed with the stack's own key (so: valid unless `expired`), for principals the demo data lacks. */
export async function forgeToken(claims: { sub: string; roles: string[]; hospitalCode?: string; officeCode?: string }, options: { expired?: boolean; key?: Uint8Array; issuer?: string } = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const iat = options.expired ? now - 10 * 3600 : now;
  const exp = options.expired ? now - 2 * 3600 : now + 3600;
  const { sub, ...rest } = claims;
  const { signingKeys } = await import('../../../shared/auth/signing-keys');
  const { current } = await signingKeys();
  return new SignJWT({ sep: 0, ...rest })
    .setProtectedHeader({ alg: 'HS256', kid: current.id })
    .setSubject(sub)
    .setIssuer(options.issuer ?? ISSUER)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(options.key ?? current.key);
}

/** A signed-in principal the demo data lacks: its account is created (active), then its token forged. */
export async function signedInAs(claims: { sub: string; roles: string[]; hospitalCode?: string; officeCode?: string }): Promise<string> {
  const { createAccount } = await import('../../../shared/data/accounts-repository');
  const at = new Date().toISOString();
  await createAccount({
    userId: claims.sub,
    kind: claims.roles.includes('hospital') ? 'hospital' : 'staff',
    roles: claims.roles as never,
    status: 'active',
    ...(claims.hospitalCode ? { hospitalCode: claims.hospitalCode } : {}),
    ...(claims.officeCode ? { officeCode: claims.officeCode } : {}),
    email: `${claims.sub.toLowerCase()}@example.org`,
    issuedAt: at,
    activatedAt: at,
    lastLoginAt: at,
  });
  return forgeToken(claims);
}

const b64url = (s: string) => Buffer.from(s).toString('base64url');

/** A real token whose payload was edited (roles raised to admin) while the signature was kept. */
export function tamperToken(token: string): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
  return [header, b64url(JSON.stringify({ ...claims, roles: ['admin'] })), signature].join('.');
}

/** An unsigned token ("alg": "none") claiming admin. */
export function algNoneToken(): string {
  const now = Math.floor(Date.now() / 1000);
  return [b64url(JSON.stringify({ alg: 'none', typ: 'JWT' })), b64url(JSON.stringify({ sub: 'demo-admin', roles: ['admin'], iss: ISSUER, iat: now, exp: now + 3600 })), ''].join('.');
}

/** Path of a route with its `{params}` filled in (URL-encoded). */
export function fillPath(route: RouteDef, values: Record<string, string>): string {
  return route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`no value for {${name}} in ${route.path}`);
    return encodeURIComponent(v);
  });
}

export const pathParamNames = (route: RouteDef): string[] => [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

/** Runs `fn` over `items` with at most `n` in flight, in order of the results. */
export async function pool<T, R>(items: T[], n: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

export { aComplaint, aCredentialRequest, uniq } from '../support/builders';
import { aCredentialRequest } from '../support/builders';

type Upload = { url: string; method: string; headers: Record<string, string> };

/** Files a credential request, uploads its signed PDF and (unless `submit` is false) submits it. */
export async function credentialRequest(stack: TestStack, options: { submit?: boolean; overrides?: Record<string, unknown> } = {}) {
  const body = aCredentialRequest(options.overrides);
  const created = await stack.call<{ requestId: string; upload: Upload & { key: string } }>('POST', '/credential-requests', { body });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const pdf = samplePdf(4096, created.body.requestId);
  const put = await fetch(created.body.upload.url, { method: created.body.upload.method, headers: created.body.upload.headers, body: new Uint8Array(pdf) });
  expect(put.status).toBe(200);
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  if (options.submit !== false) {
    const res = await stack.call('POST', `/credential-requests/${created.body.requestId}/submit`, { body: { sha256 } });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
  }
  return { requestId: created.body.requestId, key: created.body.upload.key, email: body.email, sha256, body };
}
