// Issue 14, "a deployment that survives its first day on AWS": the synthesized stacks with and
// without a site domain (no bundling here, like the local stack: none of this depends on the
// functions' code; cdk-nag runs on both). What only AWS can show is in docs/operations.md.
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuiltApp, buildApp } from '../../infra/build-app';
import { type JobDef, jobs } from '../../infra/jobs';
import { routeList } from '../../shared/http/routes';
import { DEFAULT_REGION } from '../../infra/stack-outputs';
import { PUBLIC_POST_RATE_LIMIT, publicPostPathPattern } from '../../infra/stacks/edge-security-stack';
import { ORIGIN_VERIFY_HEADER } from '../../infra/stacks/site-stack';
import { functionId } from '../../infra/stacks/stateless-stack';
import { CONTENT_SECURITY_POLICY } from '../../shared/http/content-security-policy';
import { METRIC } from '../../shared/metric-names';
import viteConfig from '../../site/vite.config';

const cdkJson = JSON.parse(readFileSync('cdk.json', 'utf8')) as { context: Record<string, unknown> };
const DOMAIN = { siteDomain: 'hospital.sso.go.th', siteCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0f2c1a9e-1111-2222-3333-444455556666' };

interface Synth {
  built: BuiltApp;
  edge: Template;
  site: Template;
  stateful: Template;
  stateless: Template;
  api: Template;
}
function synth(extra: Record<string, unknown> = {}, nag = true): Synth {
  const app = new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [], ...extra } });
  const built = buildApp(app, { nag });
  app.synth();
  return {
    built,
    edge: Template.fromStack(built.edgeSecurity),
    site: Template.fromStack(built.site),
    stateful: Template.fromStack(built.stateful),
    stateless: Template.fromStack(built.stateless),
    api: Template.fromStack(built.api),
  };
}

/** A template resource (or any part of one) as the assertions library gives it: loosely typed JSON. */
type Resource = ReturnType<Template['findResources']>[string];
const resources = (t: Template, type: string) => Object.entries(t.findResources(type)) as Array<[string, Resource]>;
const onlyOne = (t: Template, type: string) => {
  const found = resources(t, type);
  expect(found, type).toHaveLength(1);
  return found[0]!;
};
const envOf = (t: Template) =>
  resources(t, 'AWS::Lambda::Function')
    .filter(([, r]) => r.Properties.Environment?.Variables?.TABLE_NAME)
    .map(([id, r]) => [id, r.Properties.Environment.Variables as Record<string, unknown>] as const);

let plain: Synth;
let withDomain: Synth;
beforeAll(() => {
  plain = synth({ alarmEmail: 'ops@sso.go.th' });
  withDomain = synth(DOMAIN);
});

describe('a first deploy', () => {
  it('creates the API stage after every route its throttling settings name', () => {
    const [, stage] = onlyOne(plain.api, 'AWS::ApiGatewayV2::Stage');
    const throttled = Object.keys(stage.Properties.RouteSettings as object);
    expect(throttled.length).toBe(routeList.filter((r) => r.throttle === 'public').length);
    const routeIds = new Map(resources(plain.api, 'AWS::ApiGatewayV2::Route').map(([id, r]) => [r.Properties.RouteKey as string, id]));
    for (const key of throttled) {
      expect(routeIds.get(key), key).toBeDefined();
      expect(stage.DependsOn, key).toContain(routeIds.get(key));
    }
  });

  it('never turns an API error into 200 index.html (the site uses hash routes)', () => {
    for (const s of [plain, withDomain]) {
      const [, distribution] = onlyOne(s.site, 'AWS::CloudFront::Distribution');
      const rewrites = (distribution.Properties.DistributionConfig.CustomErrorResponses ?? []) as Array<{ ResponseCode?: number }>;
      expect(rewrites.filter((r) => r.ResponseCode === 200)).toEqual([]);
    }
  });
});

describe('the region', () => {
  it('comes from the context (cdk.json), never from the deploying shell', () => {
    expect(cdkJson.context.region).toBe(DEFAULT_REGION);
    const before = process.env.CDK_DEFAULT_REGION;
    process.env.CDK_DEFAULT_REGION = 'us-west-2';
    try {
      const { built } = synth({}, false);
      for (const stack of [built.site, built.stateful, built.stateless, built.api]) expect(stack.region, stack.stackName).toBe(DEFAULT_REGION);
      const moved = synth({ region: 'ap-southeast-7' }, false).built;
      for (const stack of [moved.site, moved.stateful, moved.stateless, moved.api]) expect(stack.region, stack.stackName).toBe('ap-southeast-7');
    } finally {
      if (before === undefined) delete process.env.CDK_DEFAULT_REGION;
      else process.env.CDK_DEFAULT_REGION = before;
    }
  });

  it('puts the web ACL in us-east-1, where CloudFront reads it', () => {
    expect(plain.built.edgeSecurity.region).toBe('us-east-1');
  });

  it('refuses the old siteUrl context, a domain without its certificate, and a certificate outside us-east-1', () => {
    expect(() => synth({ siteUrl: 'https://x.example' }, false)).toThrow(/siteUrl" is gone/);
    expect(() => synth({ siteDomain: DOMAIN.siteDomain }, false)).toThrow(/go together/);
    expect(() => synth({ ...DOMAIN, siteCertificateArn: DOMAIN.siteCertificateArn.replace('us-east-1', 'ap-southeast-1') }, false)).toThrow(/us-east-1/);
  });
});

describe('the site URL', () => {
  it('with a domain: CloudFront answers to it with its certificate, and mail links and upload CORS use it', () => {
    const [, distribution] = onlyOne(withDomain.site, 'AWS::CloudFront::Distribution');
    expect(distribution.Properties.DistributionConfig.Aliases).toEqual([DOMAIN.siteDomain]);
    expect(distribution.Properties.DistributionConfig.ViewerCertificate).toMatchObject({
      AcmCertificateArn: DOMAIN.siteCertificateArn,
      MinimumProtocolVersion: 'TLSv1.2_2021',
      SslSupportMethod: 'sni-only',
    });
    for (const [id, env] of [...envOf(withDomain.stateless), ...envOf(withDomain.api)]) expect(env.SITE_URL, id).toBe(`https://${DOMAIN.siteDomain}`);
    withDomain.stateful.hasResourceProperties('AWS::S3::Bucket', { CorsConfiguration: { CorsRules: [{ AllowedOrigins: [`https://${DOMAIN.siteDomain}`] }] } });
  });

  it('without a domain: mail links and upload CORS use the distribution\'s own name', () => {
    const [distributionId, distribution] = onlyOne(plain.site, 'AWS::CloudFront::Distribution');
    expect(distribution.Properties.DistributionConfig.Aliases).toBeUndefined();
    const outputs = plain.site.toJSON().Outputs as Record<string, { Value: unknown; Export?: { Name: string } }>;
    const exported = Object.values(outputs).find((o) => JSON.stringify(o.Value) === JSON.stringify({ 'Fn::GetAtt': [distributionId, 'DomainName'] }) && o.Export);
    expect(exported).toBeDefined();
    const siteUrl = { 'Fn::Join': ['', ['https://', { 'Fn::ImportValue': exported!.Export!.Name }]] };
    const functions = [...envOf(plain.stateless), ...envOf(plain.api)];
    expect(functions.length).toBeGreaterThanOrEqual(routeList.length);
    for (const [id, env] of functions) expect(env.SITE_URL, id).toEqual(siteUrl);
    plain.stateful.hasResourceProperties('AWS::S3::Bucket', { CorsConfiguration: { CorsRules: [{ AllowedOrigins: [siteUrl] }] } });
  });
});

describe('operators are told', () => {
  const alarms = () => resources(plain.stateless, 'AWS::CloudWatch::Alarm');
  const topicId = () => resources(plain.stateless, 'AWS::SNS::Topic').find(([id]) => id.startsWith('OperationsAlarmTopic'))![0];

  it('by e-mail, at the address given at deploy time, of every alarm', () => {
    plain.stateless.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@sso.go.th', TopicArn: { Ref: topicId() } });
    expect(resources(withDomain.stateless, 'AWS::SNS::Subscription').filter(([, r]) => r.Properties.Protocol === 'email')).toEqual([]);
    expect(alarms().length).toBeGreaterThanOrEqual(12);
    for (const [id, alarm] of alarms()) {
      expect(alarm.Properties.AlarmActions, id).toEqual([{ Ref: topicId() }]);
      expect(alarm.Properties.OKActions, id).toEqual([{ Ref: topicId() }]);
    }
  });

  it('of Lambda errors and throttles, API 5xx and p99 latency, failed executions, dead mail, sign-in locks and SES reputation', () => {
    const watched = alarms().map(([, a]) => `${a.Properties.Namespace}/${a.Properties.MetricName}/${a.Properties.ExtendedStatistic ?? a.Properties.Statistic}`);
    expect(watched).toEqual(
      expect.arrayContaining([
        'AWS/Lambda/Errors/Sum',
        'AWS/Lambda/Throttles/Sum',
        'AWS/ApiGateway/5xx/Sum',
        'AWS/ApiGateway/Latency/p99',
        'AWS/States/ExecutionsFailed/Sum',
        'AWS/States/ExecutionsTimedOut/Sum',
        `SsoHospitalServices/${METRIC.mailDead}/Sum`,
        `SsoHospitalServices/${METRIC.loginThrottled}/Sum`,
        'AWS/SES/Reputation.BounceRate/Maximum',
        'AWS/SES/Reputation.ComplaintRate/Maximum',
      ]),
    );
  });

  it('on one dashboard: the business view and the technical one', () => {
    const [, dashboard] = onlyOne(plain.stateless, 'AWS::CloudWatch::Dashboard');
    const body = JSON.stringify(dashboard.Properties.DashboardBody);
    for (const name of [METRIC.complaintFiled, METRIC.slaBreached, METRIC.awardSubmissionReceived, METRIC.credentialRequestSubmitted, METRIC.mailDead]) expect(body).toContain(name);
    // the body is JSON inside a CloudFormation string: metric names appear as \"Name\"
    for (const name of ['Errors', 'Throttles', 'Latency', '5xx', 'ExecutionsFailed', 'ApproximateNumberOfMessagesVisible']) expect(body).toContain(`\\"${name}\\"`);
  });
});

describe('asynchronous work', () => {
  const asyncJobs = (Object.values(jobs) as JobDef[]).filter((j) => j.uploadsEvents || j.schedule || j.mailEvents);

  it('sends an S3-event, scheduled or mail-event invocation that failed its retries to a queue that is watched', () => {
    const queues = new Set(resources(plain.stateless, 'AWS::SQS::Queue').map(([id]) => id));
    const configs = resources(plain.stateless, 'AWS::Lambda::EventInvokeConfig');
    for (const job of asyncJobs) {
      const config = configs.find(([, c]) => JSON.stringify(c.Properties.FunctionName).includes(`"${functionId(job.id)}`));
      expect(config, job.id).toBeDefined();
      const destination = config![1].Properties.DestinationConfig.OnFailure.Destination as { 'Fn::GetAtt': [string, string] };
      expect(queues.has(destination['Fn::GetAtt'][0]), job.id).toBe(true);
      expect(config![1].Properties.MaximumRetryAttempts).toBe(2);
      const depthAlarm = resources(plain.stateless, 'AWS::CloudWatch::Alarm').find(
        ([, a]) => a.Properties.MetricName === 'ApproximateNumberOfMessagesVisible' && JSON.stringify(a.Properties.Dimensions).includes(destination['Fn::GetAtt'][0]),
      );
      expect(depthAlarm, job.id).toBeDefined();
    }
  });

  it('gives every schedule target a dead-letter queue and a retry policy', () => {
    const rules = resources(plain.stateless, 'AWS::Events::Rule').filter(([, r]) => r.Properties.ScheduleExpression);
    expect(rules.length).toBe(asyncJobs.filter((j) => j.schedule).length);
    for (const [id, rule] of rules) {
      for (const target of rule.Properties.Targets as Resource[]) {
        expect(target.DeadLetterConfig?.Arn, id).toBeDefined();
        expect(target.RetryPolicy, id).toEqual({ MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 });
      }
    }
  });
});

describe('the edge', () => {
  it('puts a CLOUDFRONT web ACL with a per-IP rate rule for the public POST routes and the AWS common rules in front of the distribution', () => {
    const [aclId, acl] = onlyOne(plain.edge, 'AWS::WAFv2::WebACL');
    expect(acl.Properties.Scope).toBe('CLOUDFRONT');
    const rules = acl.Properties.Rules as Resource[];
    const rate = rules.find((r) => r.Statement.RateBasedStatement)!.Statement.RateBasedStatement;
    expect(rate).toMatchObject({ Limit: PUBLIC_POST_RATE_LIMIT, AggregateKeyType: 'IP' });
    const scope = JSON.stringify(rate.ScopeDownStatement);
    expect(scope).toContain('"SearchString":"POST"');
    expect(scope).toContain(JSON.stringify(publicPostPathPattern(routeList)).slice(1, -1));
    expect(rules.some((r) => r.Statement.ManagedRuleGroupStatement?.Name === 'AWSManagedRulesCommonRuleSet')).toBe(true);
    expect(aclId).toBeTruthy();
    const [, distribution] = onlyOne(plain.site, 'AWS::CloudFront::Distribution');
    expect(distribution.Properties.DistributionConfig.WebACLId).toBeDefined();
  });

  it('rate-limits exactly the public POST paths', () => {
    const pattern = new RegExp(publicPostPathPattern(routeList));
    for (const route of routeList.filter((r) => r.throttle === 'public' && r.method === 'POST')) {
      expect(pattern.test(route.path.replace(/\{[^}]+\}/g, 'CR-2569-0001')), route.path).toBe(true);
    }
    expect(pattern.test('/api/complaints/track/ABC')).toBe(false);
    expect(pattern.test('/api/admin/accounts')).toBe(false);
    expect(pattern.test('/api/auth/login/x')).toBe(false);
  });

  it('adds the origin-verify header from a secret (never a literal) and tells every API function where that secret is', () => {
    const [secretId] = resources(plain.site, 'AWS::SecretsManager::Secret').find(([id]) => id.startsWith('OriginVerifySecret'))!;
    const [, distribution] = onlyOne(plain.site, 'AWS::CloudFront::Distribution');
    const apiOrigin = (distribution.Properties.DistributionConfig.Origins as Resource[]).find((o) => o.CustomOriginConfig)!;
    expect(apiOrigin.OriginCustomHeaders).toEqual([
      { HeaderName: ORIGIN_VERIFY_HEADER, HeaderValue: { 'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: secretId }, ':SecretString:current::}}']] } },
    ]);
    for (const route of routeList) {
      const fn = envOf(plain.api).find(([id]) => id.startsWith(functionId(route.id)));
      expect(fn?.[1].ORIGIN_VERIFY_SECRET_ID, route.id).toBeDefined();
    }
  });

  it('labels the address in the API access log as the CloudFront edge it is', () => {
    const [, stage] = onlyOne(plain.api, 'AWS::ApiGatewayV2::Stage');
    const format = JSON.parse(stage.Properties.AccessLogSettings.Format as string) as Record<string, string>;
    expect(format.edgeIp).toBe('$context.identity.sourceIp');
    expect(format).not.toHaveProperty('ip');
  });
});

describe('the data', () => {
  it('keeps the table (PITR, deletion protection, retained) with daily AWS Backup snapshots for 35 days in a retained vault', () => {
    const [tableId, table] = onlyOne(plain.stateful, 'AWS::DynamoDB::Table');
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(table.Properties.DeletionProtectionEnabled).toBe(true);
    const [, plan] = onlyOne(plain.stateful, 'AWS::Backup::BackupPlan');
    expect(plan.Properties.BackupPlan.BackupPlanRule).toEqual([
      expect.objectContaining({ RuleName: 'daily-35-days', ScheduleExpression: 'cron(0 20 * * ? *)', Lifecycle: { DeleteAfterDays: 35 } }),
    ]);
    const [, selection] = onlyOne(plain.stateful, 'AWS::Backup::BackupSelection');
    expect(JSON.stringify(selection.Properties.BackupSelection.Resources)).toContain(tableId);
    expect(onlyOne(plain.stateful, 'AWS::Backup::BackupVault')[1].DeletionPolicy).toBe('Retain');
  });

  it('retains every bucket, the uploads bucket versioned', () => {
    for (const t of [plain.stateful, plain.site]) for (const [id, bucket] of resources(t, 'AWS::S3::Bucket')) expect(bucket.DeletionPolicy, id).toBe('Retain');
  });

  it('lets the log delivery service write only for this account', () => {
    for (const t of [plain.stateful, plain.site]) {
      for (const [id, policy] of resources(t, 'AWS::S3::BucketPolicy')) {
        const statements = policy.Properties.PolicyDocument.Statement as Resource[];
        const logging = statements.filter((s) => s.Principal?.Service === 'logging.s3.amazonaws.com');
        for (const statement of logging) expect(statement.Condition?.StringEquals?.['aws:SourceAccount'], `${id} ${JSON.stringify(statement.Resource)}`).toEqual({ Ref: 'AWS::AccountId' });
      }
    }
  });
});

describe('small things', () => {
  it('allows no local origin in the Content-Security-Policy CloudFront sends', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/127\.0\.0\.1|localhost|http:/);
    const [, policy] = onlyOne(plain.site, 'AWS::CloudFront::ResponseHeadersPolicy');
    expect(JSON.stringify(policy)).not.toMatch(/127\.0\.0\.1|localhost/);
  });

  it('builds the site without source maps', () => {
    expect((viteConfig as { build?: { sourcemap?: unknown } }).build?.sourcemap).toBe(false);
  });

  it('acknowledges every cdk-nag wildcard finding for a named resource or action, never wholesale', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
    for (const file of files('infra')) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/['"`]AwsSolutions-IAM5['"`]/);
    }
  });
});

describe('the uploads bucket keeps what was received, and only that', () => {
  it('expires replaced versions after 90 days and refused uploads after 7, keeping current files', () => {
    const { context } = JSON.parse(readFileSync('cdk.json', 'utf8')) as { context: Record<string, unknown> };
    const app = new App({ context: { ...context, 'aws:cdk:bundling-stacks': [] } });
    const built = buildApp(app, { nag: false });
    const rules = Object.values(Template.fromStack(built.stateful).findResources('AWS::S3::Bucket'))
      .flatMap((b) => ((b as { Properties: { LifecycleConfiguration?: { Rules: Array<Record<string, unknown>> } } }).Properties.LifecycleConfiguration?.Rules ?? []));
    expect(rules).toContainEqual(expect.objectContaining({ Id: 'replaced-versions', NoncurrentVersionExpiration: { NoncurrentDays: 90 }, Status: 'Enabled' }));
    expect(rules).toContainEqual(expect.objectContaining({ Id: 'rejected-uploads', ExpirationInDays: 7, TagFilters: [{ Key: 'upload-verdict', Value: 'rejected' }] }));
    expect(rules.some((r) => r.ExpirationInDays !== undefined && !r.TagFilters && r.Id !== 'logs-3-months')).toBe(false);
  });
});
