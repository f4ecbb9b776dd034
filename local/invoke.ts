// `npm run invoke -- <function> <event file>`: runs one handler with a fixture from events/,
// against the running local stack (`npm start`, default ports), e.g.
//   npm run invoke -- uploads.verify-upload events/s3/object-created.json
//   npm run invoke -- functions/mail/retry-outbox.ts events/scheduled/every-5-minutes.json
import { readFileSync } from 'node:fs';
import { jobs } from '../infra/jobs';
import { routeList } from '../shared/http/routes';
import { connectToLocalStack } from './connect';

const [name, eventFile] = process.argv.slice(2);
if (!name || !eventFile) {
  console.error('usage: npm run invoke -- <route id | job id | handler path> <event file>');
  console.error(`functions: ${[...routeList.map((r) => r.id), ...Object.values(jobs).map((j) => j.id)].join(', ')}`);
  process.exit(2);
}
const handler =
  routeList.find((r) => r.id === name)?.handler ?? Object.values(jobs).find((j) => j.id === name)?.handler ?? (name.endsWith('.ts') ? name : undefined);
if (!handler) {
  console.error(`unknown function: ${name}`);
  process.exit(2);
}

connectToLocalStack();

const event = JSON.parse(readFileSync(eventFile, 'utf8')) as { requestContext?: { http?: unknown }; headers?: Record<string, string> };
if (event.requestContext?.http) {
  // an API event: add the origin header CloudFront would, read from the running stack's secret
  const { GetSecretValueCommand } = await import('@aws-sdk/client-secrets-manager');
  const { secrets } = await import('../shared/aws/secrets');
  const { ORIGIN_VERIFY_HEADER } = await import('../shared/http/origin-check');
  const { SecretString } = await secrets.send(new GetSecretValueCommand({ SecretId: process.env.ORIGIN_VERIFY_SECRET_ID }));
  event.headers = { ...event.headers, [ORIGIN_VERIFY_HEADER]: (JSON.parse(SecretString ?? '{}') as { current: string }).current };
}
const { invokeHandler } = await import('./lambda-runtime');
const result = await invokeHandler(handler, event);
console.log(JSON.stringify(result, null, 2));
