// Typed access to the fixtures in events/, cloned per use so tests can change them freely.
import type { APIGatewayProxyEventV2, DynamoDBStreamEvent, S3Event, SNSEvent } from 'aws-lambda';
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface Fixtures {
  'api/health': APIGatewayProxyEventV2;
  'api/login-missing-password': APIGatewayProxyEventV2;
  'dynamodb/queued-mail-insert': DynamoDBStreamEvent;
  's3/object-created': S3Event;
  'scheduled/every-5-minutes': Record<string, unknown>;
  'sns/ses-bounce': SNSEvent;
  'sns/ses-complaint': SNSEvent;
  'sfn/check-stage-warn': { complaintId: string; generation: number; stage: string; kind: 'warn' | 'due' };
}

export function loadEvent<K extends keyof Fixtures>(name: K): Fixtures[K] {
  return structuredClone(JSON.parse(readFileSync(path.join(import.meta.dirname, '../../events', `${name}.json`), 'utf8')) as Fixtures[K]);
}

/** An API event for a route, built from the health fixture. */
export function apiEvent(overrides: { method: string; path: string; routePath?: string; body?: unknown; headers?: Record<string, string>; query?: Record<string, string>; params?: Record<string, string> }): APIGatewayProxyEventV2 {
  const event = loadEvent('api/health');
  const routeKey = `${overrides.method} ${overrides.routePath ?? overrides.path}`;
  event.routeKey = routeKey;
  event.rawPath = overrides.path;
  event.requestContext.routeKey = routeKey;
  event.requestContext.http.method = overrides.method;
  event.requestContext.http.path = overrides.path;
  event.headers = { ...event.headers, ...(overrides.body !== undefined ? { 'content-type': 'application/json' } : {}), ...overrides.headers };
  if (overrides.body !== undefined) event.body = typeof overrides.body === 'string' ? overrides.body : JSON.stringify(overrides.body);
  if (overrides.query) event.queryStringParameters = overrides.query;
  if (overrides.params) event.pathParameters = overrides.params;
  return event;
}
