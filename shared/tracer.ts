// The one X-Ray tracer (Powertools). It traces only inside Lambda (with active tracing on every
// function); locally it switches itself off, so the same code runs everywhere.
import { Tracer } from '@aws-lambda-powertools/tracer';
import { METRICS_SERVICE } from './metric-names';

export const tracer = new Tracer({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? METRICS_SERVICE });
