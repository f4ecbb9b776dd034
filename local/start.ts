// `npm start`: the whole system on 127.0.0.1 with demo data; `DEMO_DATA=off npm start` starts as a
// deployed system does, with only the reference data that ships with the project (and the office
// mailboxes of `OFFICE_MAILBOXES=<file>`, if given). Ctrl-C stops everything.
import path from 'node:path';
import { build } from 'vite';
import { startLocalStack } from './local-stack';

const ROOT = path.resolve(import.meta.dirname, '..');
const env = process.env;
// the deployed runtime is Node 24; locally Node 20 is supported by the pinned SDK
env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const dataDir = path.resolve(env.LOCAL_DATA_DIR ?? path.join(ROOT, '.local'));
const demoPassword = env.DEMO_PASSWORD ?? 'demo-password-2569';
const port = Number(env.PORT ?? 3000);
const demo = env.DEMO_DATA !== 'off';
const officeMailboxes = env.OFFICE_MAILBOXES ? path.resolve(env.OFFICE_MAILBOXES) : undefined;

const log = (line: string) => console.log(`[local] ${line}`);

log('building the site (Vite)…');
await build({ root: path.join(ROOT, 'site'), logLevel: 'warn', configFile: path.join(ROOT, 'site/vite.config.ts') });

log('synthesizing the CDK app and starting the emulators…');
const stack = await startLocalStack({
  dataDir,
  port,
  ports: {
    dynamodb: Number(env.DYNAMODB_PORT ?? 4567),
    s3: Number(env.S3_PORT ?? 4569),
    ses: Number(env.SES_PORT ?? 8005),
    sfn: Number(env.SFN_PORT ?? 8083),
    secrets: Number(env.SECRETS_PORT ?? 8084),
  },
  siteDir: path.join(ROOT, 'site/dist'),
  demoPassword,
  seedDemo: demo,
  ...(officeMailboxes ? { officeMailboxes } : {}),
  scheduler: true,
  log,
});

console.log(`
  SSO hospital services — local stack is up (data in ${dataDir})

  Site            ${stack.siteUrl}/
  API             ${stack.apiUrl}   (health: ${stack.apiUrl}/health, OpenAPI: ${stack.apiUrl}/openapi.json)
  E-mail inbox    ${stack.sesUrl}/   (JSON: ${stack.sesUrl}/store)
  DynamoDB        ${stack.dynamodbUrl}   (table sso-local)
  S3              ${stack.s3Url}   (bucket sso-local-uploads)
  Step Functions  ${stack.sfnUrl}
  Secrets Manager ${stack.secretsUrl}   (the token signing keys)
  Schedules       ${stack.model.schedules.map((s) => `${s.handler} ${s.expression}`).join('; ') || 'none'}

  ${
    demo
      ? `Demo users: demo-<role> (hospital, info-center, area-office, medical-bureau, legal, committee,
  credentials-officer, awards-officer, admin), password: ${env.DEMO_PASSWORD ? '(DEMO_PASSWORD)' : demoPassword}`
      : `No demo data (DEMO_DATA=off): shipped reference data only, no users yet; create the first admin
  with npm run admin:bootstrap -- --user-id <id> --email <address>`
  }

  Ctrl-C to stop.
`);

let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  log('stopping…');
  await stack.stop();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
