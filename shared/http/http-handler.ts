// The middy stack every API handler is built from: problem errors outermost, then headers,
// body parsing, authentication, zod validation, and the handler itself.
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import middy from '@middy/core';
import { randomUUID } from 'node:crypto';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import * as z from 'zod/mini';
import type { Principal } from '../auth/roles';
import { hasAnyRole } from '../auth/roles';
import { verifyToken } from '../auth/tokens';
import { getAccount, sessionEpochOf } from '../data/account-lookup';
import type { Account } from '../data/accounts-repository';
import { langFromAcceptLanguage, type Lang } from '../i18n/lang';
import { logger } from '../logger';
import { metrics } from '../metrics';
import { tracer } from '../tracer';
import { AppError, ForbiddenError, UnauthenticatedError } from './errors';
import { cameThroughCloudFront, ORIGIN_VERIFY_HEADER } from './origin-check';
import { problemResponse, toAppError } from './problem';
import type { RouteDef, TextBody } from './route';
import { zodToFieldErrors } from './zod-errors';
import { ValidationError } from './errors';
import { SECURITY_HEADERS } from './security-headers';

const MAX_BODY_BYTES = 64 * 1024;

type Out<T> = T extends z.core.$ZodType ? z.output<T> : undefined;

export interface HttpRequest<R extends RouteDef> {
  body: Out<R['body']>;
  /** The decoded UTF-8 text of a route that takes a text body (`textBody`), e.g. a CSV file. */
  text: R['textBody'] extends object ? string : undefined;
  query: Out<R['query']>;
  params: Out<R['params']>;
  /** Present on every route that is not public. */
  principal: R['auth'] extends 'public' | 'optional' ? Principal | undefined : Principal;
  /** The signed-in principal's account, as read for this request (its status was checked). */
  account: R['auth'] extends 'public' | 'optional' ? Account | undefined : Account;
  lang: Lang;
  headers: Record<string, string | undefined>;
  event: APIGatewayProxyEventV2;
}

export interface HttpReply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Raw text body (e.g. CSV); `body` is serialised as JSON otherwise. */
  text?: string;
  /** Raw bytes (e.g. a PDF), sent base64-encoded with `isBase64Encoded` as API Gateway expects. */
  binary?: Buffer;
}

interface ParsedEvent extends APIGatewayProxyEventV2 {
  caller?: { principal?: Principal; account?: Account };
  parsed?: { body: unknown; text?: string; query: unknown; params: unknown; principal?: Principal; account?: Account; lang: Lang };
}

function parseWith(schema: z.core.$ZodType | undefined, value: unknown, prefix: string): { ok: true; value: unknown } | { ok: false; errors: ReturnType<typeof zodToFieldErrors> } {
  if (!schema) return { ok: true, value: undefined };
  // reportInput: an issue then says whether a value was missing or of the wrong type
  const result = z.safeParse(schema, value, { reportInput: true });
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: zodToFieldErrors(result.error, prefix) };
}

function dropBodyOfHead(request: { event: APIGatewayProxyEventV2; response: APIGatewayProxyStructuredResultV2 | null }): void {
  if (request.event?.requestContext?.http?.method !== 'HEAD' || !request.response) return;
  const { body, isBase64Encoded, ...rest } = request.response;
  const length = body === undefined ? 0 : Buffer.byteLength(body, isBase64Encoded ? 'base64' : 'utf8');
  request.response = { ...rest, headers: { ...rest.headers, 'content-length': String(length) } };
}

export function httpHandler<R extends RouteDef>(route: R, fn: (req: HttpRequest<R>) => Promise<HttpReply>) {
  return middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, Context>()
    // Powertools outermost: the Lambda context and the correlation id on every log line, the
    // X-Ray segment around the whole request, metrics flushed after it (or after an error)
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(captureLambdaHandler(tracer, { captureResponse: false }))
    .use(logMetrics(metrics))
    .use({
      // HEAD answers as GET would, headers only (the API stack routes HEAD beside every GET)
      after: async (request) => dropBodyOfHead(request),
      onError: async (request) => dropBodyOfHead(request),
    })
    .use({
      // the access log the API's own log cannot be: behind CloudFront, API Gateway only sees the
      // edge's address, so each function logs the caller's (from X-Forwarded-For) with the outcome
      after: async (request) => logAccess(route, request.event, request.response?.statusCode),
      onError: async (request) => logAccess(route, request.event, request.response?.statusCode),
    })
    .use({
      // outermost: every error becomes problem JSON; unknown errors are logged and never leak
      onError: async (request) => {
        const appError = toAppError(request.error);
        if (appError.status >= 500) logger.error('unhandled error', { route: route.id, error: request.error as Error });
        const lang = langFromAcceptLanguage(request.event?.headers?.['accept-language']);
        const response = problemResponse(appError, lang);
        const correlationId = logger.getCorrelationId();
        request.response = { ...response, headers: { ...SECURITY_HEADERS, ...response.headers, ...(correlationId ? { 'x-correlation-id': String(correlationId) } : {}) } };
      },
    })
    .use(httpHeaderNormalizer())
    .use({
      // one id follows a request from the API into the workflow and the mail it causes
      before: async (request) => {
        logger.setCorrelationId(correlationIdOf(request.event));
      },
      after: async (request) => {
        request.response = { ...request.response, headers: { ...request.response?.headers, 'x-correlation-id': String(logger.getCorrelationId()) } };
      },
    })
    .use({
      // who is calling comes first: a caller who may not use the route learns nothing about
      // what it takes (media type, size, fields); and only through CloudFront, never around it
      before: async (request) => {
        const event = request.event as ParsedEvent;
        if (!(await cameThroughCloudFront(event.headers[ORIGIN_VERIFY_HEADER]))) throw new ForbiddenError('ORIGIN_NOT_ALLOWED');
        event.caller = await authenticate(route, event.headers.authorization);
      },
    })
    .use({
      before: async (request) => {
        // media types are case-insensitive (RFC 9110): `Application/JSON; charset=UTF-8` is JSON
        const contentType = request.event.headers['content-type'];
        if (contentType) request.event.headers['content-type'] = normalizeMediaType(contentType);
        const body = request.event.body;
        if (body && Buffer.byteLength(body, request.event.isBase64Encoded ? 'base64' : 'utf8') > (route.textBody?.maxBytes ?? MAX_BODY_BYTES)) {
          throw new AppError(413, 'PAYLOAD_TOO_LARGE');
        }
        // A text route takes its own media type (UTF-8), decoded here; no JSON parsing.
        if (route.textBody) {
          request.event.body = readTextBody(route.textBody, request.event);
          request.event.isBase64Encoded = false;
        }
        // A route without a body schema takes no body; a route with one needs JSON.
        else if (!route.body) request.event.body = undefined;
        else if (!body) request.event.body = '{}';
      },
    })
    .use(route.body ? [httpJsonBodyParser()] : [])
    .use({
      before: async (request) => {
        const event = request.event as ParsedEvent;
        const lang = langFromAcceptLanguage(event.headers['accept-language']);
        const { principal, account } = event.caller ?? {};
        const body = parseWith(route.body, event.body, '');
        const query = parseWith(route.query, event.queryStringParameters ?? {}, 'query');
        const params = parseWith(route.params, event.pathParameters ?? {}, 'path');
        const errors = [body, query, params].flatMap((r) => (r.ok ? [] : r.errors));
        if (errors.length > 0) throw new ValidationError(errors);
        event.parsed = {
          body: body.ok ? body.value : undefined,
          ...(route.textBody ? { text: event.body ?? '' } : {}),
          query: query.ok ? query.value : undefined,
          params: params.ok ? params.value : undefined,
          ...(principal ? { principal } : {}),
          ...(account ? { account } : {}),
          lang,
        };
      },
    })
    .handler(async (event) => {
      const parsed = (event as ParsedEvent).parsed!;
      const reply = await fn({
        ...parsed,
        headers: event.headers,
        event,
      } as HttpRequest<R>);
      return toResponse(reply, parsed.lang);
    });
}

/** The body of a text route as a string; another media type or charset is a 415 that names the one expected. */
function readTextBody(textBody: TextBody, event: APIGatewayProxyEventV2): string {
  const [mediaType, ...parameters] = (event.headers['content-type'] ?? '').split(';').map((p) => p.trim().toLowerCase());
  const charset = parameters.find((p) => p.startsWith('charset='))?.slice('charset='.length).replaceAll('"', '');
  if (mediaType !== textBody.mediaType || (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')) {
    throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', [{ path: 'content-type', code: 'MEDIA_TYPE_TEXT_CSV' }]);
  }
  if (!event.body) return '';
  return event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
}

async function authenticate(route: RouteDef, authorization: string | undefined): Promise<{ principal?: Principal; account?: Account }> {
  const bearer = authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
  if (route.auth === 'public') return {};
  const principal = bearer ? await verifyToken(bearer) : undefined;
  if (route.auth === 'optional') {
    const account = principal ? await getAccount(principal.userId) : undefined;
    return account?.status === 'active' && sessionEpochOf(account) === principal?.sessionEpoch ? { principal: withoutEpoch(principal), account } : {};
  }
  if (!bearer) throw new UnauthenticatedError();
  if (!principal) throw new UnauthenticatedError('TOKEN_INVALID');
  if (!hasAnyRole(principal, route.auth)) throw new ForbiddenError();
  // a session ends when its account says so: a token issued before a password change, a
  // revocation, a cancellation, a disable or new roles stops working at once, not when it
  // expires (one read per signed-in request, handed on to the handler)
  const account = await getAccount(principal.userId);
  if (!account || sessionEpochOf(account) !== principal.sessionEpoch) throw new UnauthenticatedError('SESSION_ENDED');
  if (account.status === 'revoked') throw new ForbiddenError('ACCOUNT_REVOKED');
  if (account.status === 'cancelled') throw new ForbiddenError('ACCOUNT_CANCELLED');
  if (account.status !== 'active') throw new UnauthenticatedError('SESSION_ENDED');
  return { principal: withoutEpoch(principal), account };
}

/**
 * The caller's address: the last X-Forwarded-For entry, which CloudFront appends (a caller may
 * put anything before it), skipping the address API Gateway saw (CloudFront's) if it was added too.
 */
export function clientIpOf(event: APIGatewayProxyEventV2): string | undefined {
  const seen = event.requestContext?.http?.sourceIp;
  const forwarded = (event.headers?.['x-forwarded-for'] ?? '').split(',').map((p) => p.trim()).filter(Boolean);
  if (forwarded.length > 1 && forwarded.at(-1) === seen) forwarded.pop();
  return forwarded.at(-1) ?? seen;
}

function logAccess(route: RouteDef, event: APIGatewayProxyEventV2, status: number | undefined): void {
  logger.info('request', { route: route.id, status, clientIp: clientIpOf(event), userAgent: event.headers?.['user-agent']?.slice(0, 200) });
}

/** A Content-Type with its type, subtype and parameter names in lower case (values kept). */
export function normalizeMediaType(contentType: string): string {
  const [type = '', ...parameters] = contentType.split(';');
  return [type.trim().toLowerCase(), ...parameters.map((p) => p.trim().replace(/^[^=]+/, (name) => name.toLowerCase()))].join('; ');
}

/** A caller's own `x-correlation-id` when it looks like one, else API Gateway's request id. */
export function correlationIdOf(event: APIGatewayProxyEventV2): string {
  const given = event.headers?.['x-correlation-id'];
  return given && /^[A-Za-z0-9._:-]{8,100}$/.test(given) ? given : (event.requestContext?.requestId ?? randomUUID());
}

const withoutEpoch = ({ sessionEpoch: _epoch, ...principal }: Principal & { sessionEpoch: number }): Principal => principal;

function toResponse(reply: HttpReply, lang: Lang): APIGatewayProxyStructuredResultV2 {
  const status = reply.status ?? 200;
  if (reply.binary !== undefined) {
    return { statusCode: status, headers: { ...SECURITY_HEADERS, 'content-language': lang, ...reply.headers }, body: reply.binary.toString('base64'), isBase64Encoded: true };
  }
  if (reply.text !== undefined) {
    return { statusCode: status, headers: { ...SECURITY_HEADERS, 'content-language': lang, ...reply.headers }, body: reply.text };
  }
  return {
    statusCode: status,
    headers: {
      ...SECURITY_HEADERS,
      'content-type': 'application/json; charset=utf-8',
      'content-language': lang,
      ...reply.headers,
    },
    ...(reply.body === undefined ? {} : { body: JSON.stringify(reply.body) }),
  };
}
