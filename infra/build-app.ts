// Wires the stacks. Used by `cdk synth` (infra/app.ts), the infra tests and the local stack,
// which reads the state machines and schedules out of this very template.
// Order: SsoEdgeSecurity (us-east-1: the WAF web ACL) → SsoSite (CloudFront, the HTTP API's id)
// → SsoStateful (table, uploads: CORS for the site URL) → SsoStateless (jobs, state machines, alarms)
// → SsoApi (the API's stage, routes and their functions).
import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import * as z from 'zod';
import { DEFAULT_REGION } from './stack-outputs';
import { routeList } from '../shared/http/routes';
import { EdgeSecurityStack } from './stacks/edge-security-stack';
import { type SiteDomain, SiteStack } from './stacks/site-stack';
import { StatefulStack } from './stacks/stateful-stack';
import { StatelessStack } from './stacks/stateless-stack';
import { ApiStack } from './stacks/api-stack';

export interface BuiltApp {
  app: App;
  edgeSecurity: EdgeSecurityStack;
  stateful: StatefulStack;
  stateless: StatelessStack;
  api: ApiStack;
  site: SiteStack;
}

/** CloudFront only takes certificates, and CLOUDFRONT-scope web ACLs, from us-east-1. */
const CLOUDFRONT_REGION = 'us-east-1';

/**
 * The deployment settings a deployer gives with `-c name=value` (or in cdk.json), checked before
 * anything is built: the region is never taken from the deploying shell.
 */
const deploymentContext = z
  .object({
    region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'an AWS region such as ap-southeast-1').default(DEFAULT_REGION),
    siteDomain: z.string().regex(/^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'a host name such as hospital.sso.go.th').optional(),
    siteCertificateArn: z
      .string()
      .regex(new RegExp(`^arn:aws:acm:${CLOUDFRONT_REGION}:\\d{12}:certificate/[0-9a-f-]+$`), `an ACM certificate ARN in ${CLOUDFRONT_REGION}`)
      .optional(),
    alarmEmail: z.email().optional(),
    mailFrom: z.email().default('no-reply@sso-hospital-services.example'),
  })
  .refine((c) => (c.siteDomain === undefined) === (c.siteCertificateArn === undefined), 'siteDomain and siteCertificateArn go together');

export type DeploymentContext = z.infer<typeof deploymentContext>;

export function readDeploymentContext(app: App): DeploymentContext {
  const names = ['region', 'siteDomain', 'siteCertificateArn', 'alarmEmail', 'mailFrom'] as const;
  const given = Object.fromEntries(names.map((n) => [n, app.node.tryGetContext(n) as unknown]).filter(([, v]) => v !== undefined && v !== ''));
  if (app.node.tryGetContext('siteUrl') !== undefined) {
    throw new Error('Context "siteUrl" is gone: the site URL is the CloudFront name, or -c siteDomain=… with -c siteCertificateArn=… (docs/operations.md 1.4)');
  }
  const parsed = deploymentContext.safeParse(given);
  if (!parsed.success) throw new Error(`Deployment context: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'context'}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** Where staff mail goes: `-c mailboxes='{"credentials":"…","infoCenter":"…"}'` (JSON or an object in cdk.json). */
const MAILBOX_ENV = {
  credentials: 'CREDENTIALS_MAILBOX',
  awards: 'AWARDS_MAILBOX',
  infoCenter: 'INFO_CENTER_MAILBOX',
  medicalBureau: 'MEDICAL_BUREAU_MAILBOX',
  legal: 'LEGAL_MAILBOX',
  admin: 'ADMIN_MAILBOX',
} as const;

export function staffMailboxes(context: unknown): Record<string, string> {
  if (context === undefined) return {};
  const given = (typeof context === 'string' ? JSON.parse(context) : context) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(given).map(([name, address]) => {
      const variable = MAILBOX_ENV[name as keyof typeof MAILBOX_ENV];
      if (!variable) throw new Error(`Unknown mailbox "${name}"; known: ${Object.keys(MAILBOX_ENV).join(', ')}`);
      const parsed = z.email().safeParse(address);
      if (!parsed.success) throw new Error(`Mailbox "${name}" is not an e-mail address: ${String(address)}`);
      return [variable, parsed.data];
    }),
  );
}

export function buildApp(app: App, options: { nag?: boolean } = {}): BuiltApp {
  const settings = readDeploymentContext(app);
  // The account comes from the deployer's credentials; the region only from the context.
  const account = process.env.CDK_DEFAULT_ACCOUNT;
  const env = { account, region: settings.region };
  const domain: SiteDomain | undefined =
    settings.siteDomain && settings.siteCertificateArn ? { name: settings.siteDomain, certificateArn: settings.siteCertificateArn } : undefined;
  const mailboxes = staffMailboxes(app.node.tryGetContext('mailboxes'));

  const edgeSecurity = new EdgeSecurityStack(app, 'SsoEdgeSecurity', { env: { account, region: CLOUDFRONT_REGION }, crossRegionReferences: true, routes: routeList });
  const site = new SiteStack(app, 'SsoSite', { env, crossRegionReferences: true, domain, webAclArn: edgeSecurity.webAcl.attrArn });
  const stateful = new StatefulStack(app, 'SsoStateful', { env, uploadOrigins: [site.siteUrl] });
  const stateless = new StatelessStack(app, 'SsoStateless', {
    env,
    table: stateful.table,
    uploadsBucket: stateful.uploadsBucket,
    api: site.api,
    siteUrl: site.siteUrl,
    originVerifySecret: site.originVerifySecret,
    alarmEmail: settings.alarmEmail,
    mailFrom: settings.mailFrom,
    mailboxes,
  });
  const api = new ApiStack(app, 'SsoApi', {
    env,
    api: site.api,
    bindings: stateless.bindings,
    jwtSecret: stateless.jwtSecret,
    originVerifySecret: site.originVerifySecret,
    backgroundJobs: stateless.backgroundJobs,
  });
  // the functions' grants name the SLA state machine by its export (Fn::ImportValue, no automatic dependency)
  api.addStackDependency(stateless);
  Tags.of(app).add('project', 'sso-hospital-services');

  // cdk-nag AwsSolutions; each acknowledgement sits next to its cause, with its reason.
  if (options.nag !== false) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, edgeSecurity, stateful, stateless, api, site };
}
