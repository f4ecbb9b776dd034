// Builds the OpenAPI 3.1 document from the route table: the same zod schemas that validate requests.
import * as z from 'zod/mini';
import type { RouteDef, TextBody } from './route';

const jsonSchema = (schema: z.core.$ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });

const problem = {
  type: 'object',
  required: ['type', 'title', 'status', 'code', 'errors'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    code: { type: 'string', description: 'Stable UPPER_SNAKE machine code' },
    detail: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          path: { type: 'string' },
          code: { type: 'string' },
          message: { type: 'string' },
          line: { type: 'integer', description: 'For a file upload (e.g. CSV): the line of the file, the header being line 1' },
          field: { type: 'string', description: 'For a file upload: the column' },
        },
      },
    },
  },
};

/** A text body (e.g. CSV): UTF-8, with its own size limit. */
const textRequestBody = (textBody: TextBody) => ({
  required: true,
  description: [textBody.description, `UTF-8 (a byte order mark is accepted), at most ${textBody.maxBytes} bytes.`].filter(Boolean).join(' '),
  content: { [textBody.mediaType]: { schema: { type: 'string', contentMediaType: textBody.mediaType } } },
});

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad input: one entry per field in `errors`',
  401: 'Not signed in, or the session has ended',
  403: 'Signed in, but not allowed',
  404: 'Not found',
  406: 'None of the media types the route answers in is acceptable (Accept)',
  409: 'Conflicts with the current state',
  413: 'Body too large',
  415: 'Wrong media type',
  422: 'Well-formed, but a business rule refuses it',
  429: 'Too many attempts: retry after `Retry-After` seconds',
};

/**
 * The problem answers an operation may give, by status, each with the stable `code`s it may carry:
 * those every route of its kind may answer, and the route's own (`RouteDef.problems`). 500
 * `INTERNAL` and 503 `TEMPORARILY_UNAVAILABLE` (retry) may come from any operation: `default`.
 */
export function problemCodes(route: RouteDef): Map<number, string[]> {
  const codes = new Map<number, Set<string>>();
  const add = (status: number, ...c: readonly string[]) => c.forEach((code) => (codes.get(status) ?? codes.set(status, new Set()).get(status)!).add(code));
  if (route.body || route.query || route.params || route.textBody) add(400, 'VALIDATION_FAILED');
  if (route.body) add(400, 'INVALID_JSON');
  if (route.body || route.textBody) {
    add(413, 'PAYLOAD_TOO_LARGE');
    add(415, 'UNSUPPORTED_MEDIA_TYPE');
  }
  if (route.auth !== 'public' && route.auth !== 'optional') {
    add(401, 'UNAUTHENTICATED', 'TOKEN_INVALID', 'SESSION_ENDED');
    add(403, 'FORBIDDEN', 'ACCOUNT_REVOKED', 'ACCOUNT_CANCELLED');
  }
  for (const [status, own] of Object.entries(route.problems ?? {})) add(Number(status), ...(own ?? []));
  // a path that names something answers 404 when it does not exist
  if (route.params && !codes.has(404)) add(404, 'NOT_FOUND');
  return new Map([...codes].sort(([a], [b]) => a - b).map(([status, set]) => [status, [...set].sort()]));
}

function problemResponses(route: RouteDef): Record<string, unknown> {
  const responses: Record<string, unknown> = {};
  const problemContent = (codes?: string[]) => ({
    'application/problem+json': {
      schema: codes ? { allOf: [{ $ref: '#/components/schemas/Problem' }, { type: 'object', properties: { code: { enum: codes } } }] } : { $ref: '#/components/schemas/Problem' },
    },
  });
  for (const [status, codes] of problemCodes(route)) {
    responses[String(status)] = { description: `${STATUS_TEXT[status] ?? 'Problem'} (codes: ${codes.join(', ')})`, content: problemContent(codes) };
  }
  // no input and no roles: only what API Gateway or a busy service may answer
  if (!Object.keys(responses).some((status) => status.startsWith('4'))) {
    responses['4XX'] = { description: 'A problem of the request as a whole (e.g. throttled by API Gateway)', content: problemContent() };
  }
  responses.default = { description: 'Problem (RFC 9457): 500 INTERNAL, or 503 TEMPORARILY_UNAVAILABLE (retry)', content: problemContent() };
  return responses;
}

export function buildOpenApi(routes: RouteDef[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const parameters: unknown[] = [];
    for (const [where, schema] of [['path', route.params], ['query', route.query]] as const) {
      if (!schema) continue;
      const js = jsonSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, s] of Object.entries(js.properties ?? {})) {
        parameters.push({ name, in: where, required: where === 'path' || (js.required ?? []).includes(name), schema: s });
      }
    }
    const operation: Record<string, unknown> = {
      operationId: route.id,
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: [route.id.split('.')[0]],
      ...(parameters.length ? { parameters } : {}),
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } } } : {}),
      ...(route.textBody ? { requestBody: textRequestBody(route.textBody) } : {}),
      ...(route.auth === 'public' ? { security: [] } : { 'x-roles': route.auth }),
      responses: {
        [String(route.response?.status ?? 200)]: {
          description: 'Success',
          ...(route.response?.schema ? { content: { 'application/json': { schema: jsonSchema(route.response.schema, 'output') } } } : {}),
        },
        ...problemResponses(route),
      },
    };
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'SSO hospital services API',
      version: '1.0.0',
      description: 'Thai by default; send Accept-Language: en for English messages. Errors are RFC 9457 problem JSON with a stable `code`.',
      license: { name: 'Proprietary: Social Security Office, Thailand', identifier: 'LicenseRef-SSO-Proprietary' },
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: { Problem: problem },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
    security: [{ bearer: [] }],
  };
}
