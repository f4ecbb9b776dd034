// `npm run invoke -- <function> <event file>`: runs one handler with a fixture from events/,
// against the running local stack (`npm start`, default ports), e.g.
//   npm run invoke -- uploads.verify-upload events/s3/object-created.json
//   npm run invoke -- functions/mail/retry-outbox.ts events/scheduled/daily.json
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { jobs } from '../infra/jobs';
import { routeList } from '../infra/routes';
import { synthesizeCloudModel } from './cloud-template';
import { localEnvironment, REGION } from './local-stack';

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

const env = process.env;
const dataDir = path.resolve(env.LOCAL_DATA_DIR ?? '.local');
Object.assign(
  env,
  localEnvironment({
    dynamodbUrl: `http://127.0.0.1:${env.DYNAMODB_PORT ?? 4567}`,
    s3Url: `http://127.0.0.1:${env.S3_PORT ?? 4569}`,
    sesUrl: `http://127.0.0.1:${env.SES_PORT ?? 8005}`,
    sfnUrl: `http://127.0.0.1:${env.SFN_PORT ?? 8083}`,
    dataDir,
  }),
);
for (const fn of synthesizeCloudModel(REGION).functions) Object.assign(env, fn.references);

const event = JSON.parse(readFileSync(eventFile, 'utf8')) as unknown;
const { invokeHandler } = await import('./lambda-runtime');
const result = await invokeHandler(handler, event);
console.log(JSON.stringify(result, null, 2));
