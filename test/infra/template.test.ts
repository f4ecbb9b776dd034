// The synthesized CDK app: the real template (functions bundled with esbuild), cdk-nag
// AwsSolutions with every finding fixed or acknowledged, and least-privilege grants.
import { App } from 'aws-cdk-lib';
import { readFileSync } from 'node:fs';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp, staffMailboxes } from '../../infra/build-app';
import { routeList } from '../../shared/http/routes';
import { functionId } from '../../infra/stacks/stateless-stack';
import { TABLE_STREAM_ARN_EXPORT } from '../../infra/stacks/stateful-stack';
import { jobs } from '../../infra/jobs';
import { QUEUED_MAIL_STREAM_FILTER } from '../../shared/data/outbox-repository';

let stateful: Template;
let stateless: Template;
let api: Template;
let site: Template;

beforeAll(async () => {
  // the site stack deploys the built site, so build it first, as `npm run synth` does
  await build({ root: 'site', configFile: 'site/vite.config.ts', logLevel: 'silent' });
  // the same feature flags as `cdk synth` (cdk.json), so the test sees the template the CLI makes
  const { context } = JSON.parse(readFileSync('cdk.json', 'utf8')) as { context: Record<string, unknown> };
  // staff mailboxes as a deployer gives them (`-c mailboxes=…`)
  const app = new App({ context: { ...context, mailboxes: '{"infoCenter":"info-center@sso.go.th"}' } });
  const built = buildApp(app); // cdk-nag runs here: synth throws on any unacknowledged error
  app.synth();
  stateful = Template.fromStack(built.stateful);
  stateless = Template.fromStack(built.stateless);
  api = Template.fromStack(built.api);
  site = Template.fromStack(built.site);
});

type Statement = { Action: string | string[]; Resource: unknown; Effect: string };
function statementsOf(template: Template, functionLogicalPrefix: string): Statement[] {
  const policies = template.findResources('AWS::IAM::Policy');
  return Object.entries(policies)
    .filter(([id]) => id.startsWith(`${functionLogicalPrefix}ServiceRoleDefaultPolicy`))
    .flatMap(([, p]) => (p as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties.PolicyDocument.Statement);
}
const actionsOf = (statements: Statement[]) => statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));

describe('the synthesized app', () => {
  it('has every kind of resource the design card names', () => {
    stateful.resourceCountIs('AWS::DynamoDB::Table', 1);
    expect(Object.keys(stateful.findResources('AWS::S3::Bucket')).length).toBeGreaterThanOrEqual(2);
    // the API's identity is the site stack's (CloudFront's origin); its stage and routes are the API stack's
    site.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    api.resourceCountIs('AWS::ApiGatewayV2::Stage', 1);
    // the complaint SLA clock and, when the background-job runner is wired, its state machine
    expect(Object.keys(stateless.findResources('AWS::StepFunctions::StateMachine')).length).toBeGreaterThanOrEqual(1);
    expect(Object.keys(api.findResources('AWS::Lambda::Function')).length).toBeGreaterThanOrEqual(routeList.length);
    expect(Object.keys(stateless.findResources('AWS::Events::Rule')).length).toBeGreaterThanOrEqual(1);
    site.resourceCountIs('AWS::CloudFront::Distribution', 1);
    site.resourceCountIs('Custom::CDKBucketDeployment', 1);
  });

  it('protects the data: PITR, deletion protection, retained table and buckets', () => {
    stateful.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      Properties: { PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }, DeletionProtectionEnabled: true },
    });
    const buckets = stateful.findResources('AWS::S3::Bucket');
    for (const bucket of Object.values(buckets)) {
      expect(bucket.DeletionPolicy).toBe('Retain');
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(bucket.Properties.BucketEncryption).toBeDefined();
    }
    stateful.hasResourceProperties('AWS::S3::Bucket', { VersioningConfiguration: { Status: 'Enabled' } });
  });

  it('keeps S3 access logs 3 months and drops abandoned multipart uploads', () => {
    stateful.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: { Rules: [Match.objectLike({ Id: 'logs-3-months', ExpirationInDays: 90, Status: 'Enabled' })] },
    });
    stateful.hasResourceProperties('AWS::S3::Bucket', {
      VersioningConfiguration: { Status: 'Enabled' },
      LifecycleConfiguration: { Rules: Match.arrayWith([Match.objectLike({ Id: 'abandoned-multipart', AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 } })]) },
    });
  });

  it('runs every function on Node 24+ ARM with its handler recorded for the local stack', () => {
    for (const fn of [stateless, api].flatMap((t) => Object.values(t.findResources('AWS::Lambda::Function')))) {
      if (!fn.Metadata?.['sso:handler']) continue; // CDK's own custom-resource handlers
      expect(fn.Properties.Runtime).toMatch(/^nodejs(2[4-9]|[3-9]\d)\.x$/);
      expect(fn.Properties.Architectures).toEqual(['arm64']);
      expect(fn.Properties.TracingConfig).toEqual({ Mode: 'Active' });
    }
  });

  it('routes /api/* through CloudFront to the HTTP API, with strict security headers', () => {
    site.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: { CacheBehaviors: [{ PathPattern: '/api/*' }] },
    });
    const policies = Object.values(site.findResources('AWS::CloudFront::ResponseHeadersPolicy'));
    const csp = JSON.stringify(policies[0]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('sends staff mail where the deployer said, and refuses a mailbox it does not know', () => {
    const envs = Object.values(api.findResources('AWS::Lambda::Function')).map((f) => (f as { Properties: { Environment?: { Variables?: Record<string, unknown> } } }).Properties.Environment?.Variables ?? {});
    expect(envs.filter((v) => v.INFO_CENTER_MAILBOX === 'info-center@sso.go.th').length).toBeGreaterThanOrEqual(routeList.length);
    expect(() => staffMailboxes('{"infocenter":"x@y.z"}')).toThrow(/Unknown mailbox/);
    expect(() => staffMailboxes({ legal: 'not an address' })).toThrow(/not an e-mail address/);
    expect(staffMailboxes(undefined)).toEqual({});
  });

  it('lets every signed-in route read the account behind its token (sessions end with their account)', () => {
    for (const route of routeList.filter((r) => r.auth !== 'public')) {
      expect(actionsOf(statementsOf(api, functionId(route.id))), route.id).toContain('dynamodb:GetItem');
    }
  });

  it('grants no action wildcards on data and no writes to read-only handlers', () => {
    for (const route of routeList) {
      const statements = statementsOf(api, functionId(route.id));
      const actions = actionsOf(statements);
      for (const action of actions) {
        if (/^(dynamodb|s3|ses|states):/.test(action)) expect(action, `${route.id}: ${action}`).not.toMatch(/\*/);
      }
      if (route.access.table !== 'readWrite') {
        expect(actions.filter((a) => /dynamodb:(Put|Update|Delete|BatchWrite)/.test(a)), route.id).toEqual([]);
      }
      if (!route.access.table) expect(actions.filter((a) => a.startsWith('dynamodb:')), route.id).toEqual([]);
      if (!route.access.mail) expect(actions.filter((a) => a.startsWith('ses:')), route.id).toEqual([]);
      // upload links are signed under the upload prefixes only; only the routes that freeze received files write under received/
      const putTargets = statements.filter((st) => actionsOf([st]).includes('s3:PutObject')).map((st) => JSON.stringify(st.Resource));
      if (route.access.uploads === 'readWrite') expect(putTargets.every((r) => /\/(awards|credential-requests)\/\*/.test(r) && !r.includes('received/')), `${route.id}: ${putTargets.join(' ')}`).toBe(true);
      else if (route.access.uploads === 'readAndFreeze') expect(putTargets.length > 0 && putTargets.every((r) => r.includes('/received/*')), `${route.id}: ${putTargets.join(' ')}`).toBe(true);
      else expect(actions).not.toContain('s3:PutObject');
      // a route that starts background jobs may start that state machine's executions, nothing more
      const jobStart = (route.access as { jobs?: boolean }).jobs ? ['states:StartExecution'] : [];
      if (!route.access.sla) expect(actions.filter((a) => a.startsWith('states:') && !jobStart.includes(a)), route.id).toEqual([]);
      else expect(actions).toEqual(expect.arrayContaining(['states:StartExecution', 'states:StopExecution']));
    }
  });

  it('runs the inactivity sweep daily at 02:00 Bangkok and alarms after 48 hours without a successful run', () => {
    stateless.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'cron(0 19 * * ? *)' });
    stateless.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'InactivitySweepSucceeded',
      Namespace: 'SsoHospitalServices',
      Period: 86400,
      EvaluationPeriods: 2,
      ComparisonOperator: 'LessThanThreshold',
      TreatMissingData: 'breaching',
    });
  });

  it('wires every route in the route table to API Gateway', () => {
    const routes = Object.values(api.findResources('AWS::ApiGatewayV2::Route')).map((r) => r.Properties.RouteKey as string);
    for (const route of routeList) expect(routes).toContain(`${route.method} ${route.path}`);
    // HEAD wherever GET works, answered by the same function
    for (const route of routeList.filter((r) => r.method === 'GET')) expect(routes).toContain(`HEAD ${route.path}`);
  });

  it('throttles public routes harder than the default', () => {
    const stage = Object.values(api.findResources('AWS::ApiGatewayV2::Stage'))[0]!;
    const settings = stage.Properties.RouteSettings as Record<string, { ThrottlingRateLimit: number }>;
    for (const route of routeList.filter((r) => r.throttle === 'public')) {
      expect(settings[`${route.method} ${route.path}`]!.ThrottlingRateLimit).toBeLessThan(stage.Properties.DefaultRouteSettings.ThrottlingRateLimit);
    }
  });
});

describe('password hashing on AWS', () => {
  type Fn = { Properties: { MemorySize?: number; Environment?: { Variables?: Record<string, unknown> } } };
  const functions = () => [stateless, api].flatMap((t) => Object.entries(t.findResources('AWS::Lambda::Function'))) as Array<[string, Fn]>;

  it("keeps OWASP's scrypt cost: no deployed function lowers it", () => {
    for (const [, fn] of functions()) expect(Object.keys(fn.Properties.Environment?.Variables ?? {})).not.toContain('PASSWORD_SCRYPT_LOG2_N');
  });

  it('gives the functions that hash passwords a whole vCPU, the others the default', () => {
    const memoryOf = (routeId: string) => functions().find(([id]) => id.startsWith(functionId(routeId)))?.[1].Properties.MemorySize;
    for (const id of ['auth.login', 'auth.activate', 'auth.confirm-password-reset', 'auth.change-password']) expect(memoryOf(id), id).toBe(1769);
    expect(memoryOf('system.health')).toBe(512);
  });
});

describe('sign-in throttling', () => {
  it('alarms when many ids are locked within an hour (password guessing at scale)', () => {
    stateless.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'LoginThrottled',
      Namespace: 'SsoHospitalServices',
      Period: 3600,
      Threshold: 20,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });
});

describe('queued mail, sent from the table stream', () => {
  const sender = functionId(jobs.deliverQueued.id);
  const mapping = () => Object.values(stateless.findResources('AWS::Lambda::EventSourceMapping')).map((r) => r.Properties as Record<string, unknown>);

  it('streams the table\'s new images, and exports the stream for the stateless stack', () => {
    stateful.hasResourceProperties('AWS::DynamoDB::Table', { StreamSpecification: { StreamViewType: 'NEW_IMAGE' } });
    stateful.hasOutput('TableStreamArn', { Export: { Name: TABLE_STREAM_ARN_EXPORT } });
  });

  it('invokes the sender only for new queued mail, reporting failed records alone', () => {
    expect(mapping()).toHaveLength(1);
    const [m] = mapping();
    expect(m).toMatchObject({
      EventSourceArn: { 'Fn::ImportValue': TABLE_STREAM_ARN_EXPORT },
      StartingPosition: 'LATEST',
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      FilterCriteria: { Filters: [{ Pattern: JSON.stringify(QUEUED_MAIL_STREAM_FILTER) }] },
    });
    expect((m!.FunctionName as { Ref: string }).Ref).toMatch(new RegExp(`^${sender}[0-9A-F]{8}$`));
    // a batch that failed its retries is described in a failure queue an alarm watches
    const queue = ((m!.DestinationConfig as { OnFailure: { Destination: { 'Fn::GetAtt': [string, string] } } }).OnFailure.Destination['Fn::GetAtt'])[0];
    expect(queue).toMatch(new RegExp(`^${sender}Failures`));
    stateless.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'ApproximateNumberOfMessagesVisible', Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queue, 'QueueName'] } }] });
    stateless.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'IteratorAge', Namespace: 'AWS/Lambda', Threshold: 300_000 });
  });

  it('lets the sender read this one stream, send mail and write the table, nothing more', () => {
    const statements = statementsOf(stateless, sender);
    const streamStatement = statements.find((st) => actionsOf([st]).includes('dynamodb:GetRecords'));
    expect(streamStatement).toMatchObject({ Effect: 'Allow', Resource: { 'Fn::ImportValue': TABLE_STREAM_ARN_EXPORT } });
    expect(actionsOf([streamStatement!]).sort()).toEqual(['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams']);
    const actions = actionsOf(statements);
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:UpdateItem', 'ses:SendEmail', 'sqs:SendMessage']));
    for (const action of actions) if (/^(dynamodb|ses|sqs):/.test(action)) expect(action).not.toMatch(/\*/);
    expect(actions.filter((a) => /^(s3|states):/.test(a))).toEqual([]);
  });
});

describe('CloudFormation limits', () => {
  it('keeps every stack well under 500 resources (a function per route adds about six)', () => {
    for (const [name, template] of [['SsoStateful', stateful], ['SsoStateless', stateless], ['SsoApi', api], ['SsoSite', site]] as const) {
      const count = Object.keys(template.toJSON().Resources ?? {}).length;
      expect(count, `${name} has ${count} resources`).toBeLessThan(460);
    }
  });

  it('gives the functions of one capability one log group, not one each', () => {
    const groups = Object.keys(api.findResources('AWS::Logs::LogGroup'));
    const functions = Object.keys(api.findResources('AWS::Lambda::Function'));
    expect(groups.length).toBeLessThan(functions.length / 3);
  });
});
