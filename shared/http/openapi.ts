// Builds the OpenAPI 3.1 document from the route table: the same zod schemas that validate requests.
import * as z from 'zod';
import type { ZodType } from 'zod';
import type { RouteDef, TextBody } from './route';

const jsonSchema = (schema: ZodType, io: 'input' | 'output') =>
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
        default: { description: 'Problem (RFC 9457)', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
      },
    };
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: { title: 'SSO hospital services API', version: '1.0.0', description: 'Thai by default; send Accept-Language: en for English messages.' },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: { Problem: problem },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
    security: [{ bearer: [] }],
  };
}
