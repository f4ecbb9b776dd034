// The whole system on one machine: emulators, the Step Functions endpoint, S3 events, the table's
// stream, schedules, the API adapter and the site, all wired from the synthesized CDK template. The handlers are the
// same modules Lambda runs; only the environment differs (SDK endpoint settings).
import { mkdirSync } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { LOCAL_ACCOUNT, synthesizeCloudModel, type CloudModel } from './cloud-template';
import { ensureTable, startEmulators } from './emulators';
import { LOCAL_BUCKET, LOCAL_ORIGIN_SECRET, LOCAL_SIGNING_SECRET, LOCAL_TABLE, localEnvironment, newOriginSecret, newSigningSecret, REGION } from './local-environment';
import { SecretsManagerServer } from './secrets-manager-server';
import { StepFunctionsServer } from './step-functions-server';

export { LOCAL_BUCKET, LOCAL_TABLE, localEnvironment, REGION } from './local-environment';

export interface LocalStackOptions {
  /** Where all local state lives; omit for an in-memory stack (tests). */
  dataDir?: string;
  /** API + site port; 0 for any free port. */
  port?: number;
  ports?: { dynamodb?: number; s3?: number; ses?: number; sfn?: number; secrets?: number };
  siteDir?: string;
  demoPassword?: string;
  /**
   * Demo users, the sample hospital registry, the award programmes and the demo office mailboxes
   * (local/demo/). Without it the stack starts as a deployed system does: only the shipped
   * reference data (offices, complaint topics, SLA policy, calendars), loaded on every start.
   */
  seedDemo?: boolean;
  /** An office mailbox file, as given to a deployment; default: the demo's when `seedDemo`, else none. */
  officeMailboxes?: string;
  scheduler?: boolean;
  sfnWaitOverrides?: Record<string, number>;
  log?: (line: string) => void;
}

export interface LocalStack {
  apiUrl: string;
  siteUrl: string;
  dynamodbUrl: string;
  s3Url: string;
  sesUrl: string;
  sfnUrl: string;
  secretsUrl: string;
  model: CloudModel;
  stepFunctions: StepFunctionsServer;
  stop(): Promise<void>;
}

export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const log = options.log ?? (() => undefined);
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });

  const model = synthesizeCloudModel(REGION);
  const emulators = await startEmulators(options.dataDir, LOCAL_BUCKET, options.ports ?? {});
  const stepFunctions = new StepFunctionsServer({
    machines: model.stateMachines,
    ...(options.dataDir ? { stateFile: path.join(options.dataDir, 'step-functions-executions.json') } : {}),
    ...(options.sfnWaitOverrides ? { waitTimeOverrides: options.sfnWaitOverrides } : {}),
    ...(options.ports?.sfn !== undefined ? { port: options.ports.sfn } : {}),
  });

  // the token signing keys, as the stack's secret holds them on AWS
  const secretsManager = new SecretsManagerServer({
    region: REGION,
    account: LOCAL_ACCOUNT,
    ...(options.dataDir ? { stateFile: path.join(options.dataDir, 'secrets.json') } : {}),
    ...(options.ports?.secrets !== undefined ? { port: options.ports.secrets } : {}),
  });
  secretsManager.ensureSecret(LOCAL_SIGNING_SECRET, newSigningSecret);
  secretsManager.ensureSecret(LOCAL_ORIGIN_SECRET, newOriginSecret);
  const originVerify = (JSON.parse(secretsManager.valueOf(LOCAL_ORIGIN_SECRET)!) as { current: string }).current;
  const secretsUrl = await secretsManager.start();

  Object.assign(process.env, localEnvironment({ ...emulators, secretsUrl }));
  for (const fn of model.functions) Object.assign(process.env, fn.references);

  await ensureTable(emulators.dynamodbUrl, LOCAL_TABLE, model.table);
  const sfnUrl = await stepFunctions.start();
  process.env.AWS_ENDPOINT_URL_SFN = sfnUrl;

  // Loaded after the environment is set: these import the handlers and their SDK clients.
  const { startApiServer } = await import('./api-server');
  const { deliverS3Events } = await import('./s3-events');
  const { deliverStreamRecords } = await import('./dynamodb-stream');
  const { startScheduler } = await import('./scheduler');

  deliverS3Events(emulators.s3rver, model.uploadHandlers, log);
  if (model.streamSubscriptions.length > 0) {
    if (!model.table.StreamViewType) throw new Error('The template subscribes functions to the table stream, but the table has none');
    deliverStreamRecords(
      emulators.tableChanges,
      {
        tableName: LOCAL_TABLE,
        viewType: model.table.StreamViewType,
        region: REGION,
        streamArn: `arn:aws:dynamodb:${REGION}:${LOCAL_ACCOUNT}:table/${LOCAL_TABLE}/stream/local`,
        subscriptions: model.streamSubscriptions,
      },
      log,
    );
  }
  const stopScheduler = options.scheduler ? startScheduler(model.schedules, log) : () => undefined;
  // requests wait until the demo data is in (one that raced the seed would find, say, no hospital)
  let markStarted = () => {};
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const api = await startApiServer({ port: options.port ?? 0, ready: started, originVerify, ...(options.siteDir ? { siteDir: options.siteDir } : {}) });
  process.env.SITE_URL = api.url;

  try {
    // what a deployment loads after `cdk deploy`; idempotent, so every start runs it
    const { loadShippedData } = await import('./reference-data');
    const officeMailboxes = options.officeMailboxes ?? (options.seedDemo ? (await import('./demo/seed')).DEMO_OFFICE_MAILBOXES_FILE : undefined);
    log(await loadShippedData(officeMailboxes));
    if (options.seedDemo) {
      const { seedDemoData } = await import('./demo/seed');
      const seeded = await seedDemoData(options.demoPassword ?? 'demo-password');
      log(seeded ? 'demo data loaded' : 'existing data kept');
    }
  } finally {
    markStarted();
  }

  return {
    apiUrl: `${api.url}/api`,
    siteUrl: api.url,
    dynamodbUrl: emulators.dynamodbUrl,
    s3Url: emulators.s3Url,
    sesUrl: emulators.sesUrl,
    sfnUrl,
    secretsUrl,
    model,
    stepFunctions,
    async stop() {
      stopScheduler();
      await new Promise<void>((resolve) => {
        (api.server as http.Server).close(() => resolve());
        api.server.closeAllConnections();
      });
      await stepFunctions.stop();
      await secretsManager.stop();
      await emulators.stop();
    },
  };
}
