// Bundled in place of @aws-lambda-powertools/tracer and its middleware (infra/constructs/bundling.ts)
// unless a deployment asks for per-call traces (-c xrayCallTracing=true): the Tracer as it behaves
// when tracing is off (clients returned as they are, a middleware that adds nothing), without
// importing the X-Ray SDK. The functions keep Lambda's active tracing, which records each
// invocation's own segment. test/unit/infra/tracer-off.test.ts keeps these names in step with
// what the application imports from the real modules.
import type { MiddlewareObj } from '@middy/core';

export class Tracer {
  constructor(_options?: unknown) {}

  captureAWSv3Client<T>(client: T): T {
    return client;
  }
}

export function captureLambdaHandler(_tracer: Tracer, _options?: unknown): MiddlewareObj {
  // middy takes a middleware only with at least one phase
  return { before: () => undefined };
}
