// The local API adapter and site server on one origin: `/api/*` requests become API Gateway HTTP API
// (payload v2) events for the handler the route table names; everything else is the built site.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { routeList } from '../shared/http/routes';
import type { RouteDef } from '../shared/http/route';
import { LOCAL_CONTENT_SECURITY_POLICY } from '../shared/http/content-security-policy';
import { AppError } from '../shared/http/errors';
import { ORIGIN_VERIFY_HEADER } from '../shared/http/origin-check';
import { problemBody } from '../shared/http/problem';
import { SECURITY_HEADERS } from '../shared/http/security-headers';
import { langFromAcceptLanguage } from '../shared/i18n/lang';
import { invokeHandler } from './lambda-runtime';

const MAX_BODY_BYTES = 10 * 1024 * 1024; // API Gateway's own limit

interface CompiledRoute {
  route: RouteDef;
  pattern: RegExp;
  names: string[];
}

/** API Gateway picks the most specific route: at the first segment where two paths differ, a literal beats `{param}`. */
export function bySpecificity(a: RouteDef, b: RouteDef): number {
  const as = a.path.split('/');
  const bs = b.path.split('/');
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const aParam = as[i]!.startsWith('{');
    const bParam = bs[i]!.startsWith('{');
    if (aParam !== bParam) return aParam ? 1 : -1;
  }
  return as.length - bs.length;
}

const compiled: CompiledRoute[] = [...routeList].sort(bySpecificity).map((route) => {
  const names: string[] = [];
  const pattern = new RegExp(
    `^${route.path.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '{' || c === '}' ? c : `\\${c}`)).replace(/\{(\w+)\}/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    })}$`,
  );
  return { route, pattern, names };
});

/** HEAD is answered wherever GET is (the API stack adds a HEAD route beside every GET route). */
export function matchRoute(method: string, pathname: string): { route: RouteDef; params: Record<string, string> } | 'method-not-allowed' | undefined {
  let pathMatched = false;
  const asMethod = method === 'HEAD' ? 'GET' : method;
  for (const { route, pattern, names } of compiled) {
    const m = pattern.exec(pathname);
    if (!m) continue;
    pathMatched = true;
    if (route.method !== asMethod) continue;
    return { route, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)])) };
  }
  return pathMatched ? 'method-not-allowed' : undefined;
}

const SITE_HEADERS = {
  'content-security-policy': LOCAL_CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.svg']);

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json',
};

/**
 * The adapter's own answers (no route, method not allowed, malformed path, too large): problem
 * JSON in the caller's language with the same security headers as every function's answer.
 */
function problem(req: http.IncomingMessage, res: http.ServerResponse, status: number, code: string, extraHeaders: Record<string, string> = {}) {
  const lang = langFromAcceptLanguage(req.headers['accept-language']);
  res
    .writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/problem+json; charset=utf-8', 'content-language': lang, ...extraHeaders })
    .end(JSON.stringify(problemBody(new AppError(status, code), lang)));
}

/** The methods a path answers to, for the Allow header of a 405. */
export function allowedMethods(pathname: string): string[] {
  const methods = compiled.filter(({ pattern }) => pattern.test(pathname)).map(({ route }) => route.method);
  return [...new Set(methods.flatMap((m) => (m === 'GET' ? ['GET', 'HEAD'] : [m])))].sort();
}

async function readBody(req: http.IncomingMessage): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function toApiGatewayEvent(req: http.IncomingMessage, url: URL, route: RouteDef, params: Record<string, string>, body: Buffer): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(',') : v;
  const query: Record<string, string> = {};
  for (const [k, v] of url.searchParams) query[k] = k in query ? `${query[k]},${v}` : v;
  const contentType = headers['content-type'] ?? '';
  const isText = body.length === 0 || /json|text|xml|x-www-form-urlencoded/.test(contentType);
  const now = new Date();
  return {
    version: '2.0',
    routeKey: `${req.method === 'HEAD' ? 'HEAD' : route.method} ${route.path}`,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
    ...(Object.keys(params).length ? { pathParameters: params } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers.host ?? '127.0.0.1',
      domainPrefix: 'local',
      http: {
        method: req.method === 'HEAD' ? 'HEAD' : route.method,
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: `${req.method === 'HEAD' ? 'HEAD' : route.method} ${route.path}`,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    ...(body.length ? { body: isText ? body.toString('utf8') : body.toString('base64') } : {}),
    isBase64Encoded: !isText,
  };
}

let originVerifyValue: string | undefined;

async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL) {
  let match: ReturnType<typeof matchRoute>;
  try {
    match = matchRoute(req.method ?? 'GET', url.pathname);
  } catch {
    // a malformed percent-escape; API Gateway refuses these before any function runs
    return problem(req, res, 400, 'INVALID_PATH');
  }
  if (match === undefined) return problem(req, res, 404, 'ROUTE_NOT_FOUND');
  if (match === 'method-not-allowed') return problem(req, res, 405, 'METHOD_NOT_ALLOWED', { allow: allowedMethods(url.pathname).join(', ') });
  const body = await readBody(req);
  if (body === 'too-large') return problem(req, res, 413, 'PAYLOAD_TOO_LARGE');
  const event = toApiGatewayEvent(req, url, match.route, match.params, body);
  // the adapter stands where CloudFront stands: it adds the origin header (a caller's own is replaced)
  if (originVerifyValue) event.headers = { ...event.headers, [ORIGIN_VERIFY_HEADER]: originVerifyValue };
  const result = (await invokeHandler(match.route.handler, event)) as APIGatewayProxyStructuredResultV2;
  const payload = result.body === undefined ? undefined : Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8');
  res.writeHead(result.statusCode ?? 200, { ...(result.headers as Record<string, string>) });
  res.end(req.method === 'HEAD' ? undefined : payload);
}

function serveSite(req: http.IncomingMessage, res: http.ServerResponse, url: URL, siteDir: string) {
  const requested = path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = path.join(siteDir, requested);
  if (!file.startsWith(siteDir) || !existsSync(file) || statSync(file).isDirectory()) file = path.join(siteDir, 'index.html');
  if (!existsSync(file)) return problem(req, res, 404, 'NOT_FOUND');
  const ext = path.extname(file);
  // text compressed as CloudFront compresses it (its default), so a phone's load measured here matches
  const gzip = COMPRESSED.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  res.writeHead(200, {
    ...SITE_HEADERS,
    'content-type': MIME[ext] ?? 'application/octet-stream',
    'cache-control': ext === '.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
    ...(COMPRESSED.has(ext) ? { vary: 'accept-encoding' } : {}),
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  const body = createReadStream(file);
  (gzip ? body.pipe(createGzip()) : body).pipe(res);
}

/**
 * The local API and site. `ready` holds requests back until the stack has finished starting (demo
 * data loaded): the server listens first so that its URL is known to the data and the mails.
 */
export async function startApiServer(options: { port: number; siteDir?: string; ready?: Promise<unknown>; originVerify?: string }): Promise<{ url: string; server: http.Server }> {
  originVerifyValue = options.originVerify;
  const ready = options.ready ?? Promise.resolve();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const work = ready.then(() =>
      url.pathname === '/api' || url.pathname.startsWith('/api/')
        ? handleApi(req, res, url)
        : options.siteDir ? serveSite(req, res, url, options.siteDir) : problem(req, res, 404, 'NOT_FOUND'),
    );
    work.catch((error: Error) => {
      console.error('local api error', error);
      if (!res.headersSent) problem(req, res, 500, 'INTERNAL');
      else res.end();
    });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
