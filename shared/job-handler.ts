// The middy stack of every function no HTTP route calls (schedules, S3 events, workflow tasks):
// the Lambda context on every log line, the X-Ray segment, metrics flushed by their middleware, and
// a correlation id taken from the event when it carries one (else the invocation's request id).
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { logger } from './logger';
import { metrics } from './metrics';
import { tracer } from './tracer';

export function jobHandler<E, R>(fn: (event: E, context: Context) => Promise<R>, options: { correlationIdOf?: (event: E) => string | undefined } = {}) {
  return middy<E, R, Error, Context>()
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(captureLambdaHandler(tracer, { captureResponse: false }))
    .use(logMetrics(metrics))
    .use({
      before: async (request) => {
        logger.setCorrelationId(options.correlationIdOf?.(request.event) ?? request.context.awsRequestId);
      },
    })
    .handler(fn);
}
