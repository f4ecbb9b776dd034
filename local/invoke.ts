// `npm run invoke -- <function> <event file>`: runs one handler with a fixture from events/,
// against the running local stack (`npm start`, default ports), e.g.
//   npm run invoke -- uploads.verify-upload events/s3/object-created.json
//   npm run invoke -- functions/mail/retry-outbox.ts events/scheduled/daily.json
import { readFileSync } from 'node:fs';
import { jobs } from '../infra/jobs';
import { routeList } from '../infra/routes';
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

const event = JSON.parse(readFileSync(eventFile, 'utf8')) as unknown;
const { invokeHandler } = await import('./lambda-runtime');
const result = await invokeHandler(handler, event);
console.log(JSON.stringify(result, null, 2));
