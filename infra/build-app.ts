// Wires the three stacks. Used by `cdk synth` (infra/app.ts), the infra tests and the local stack,
// which reads the state machines and schedules out of this very template.
import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { SiteStack } from './stacks/site-stack';
import { StatefulStack } from './stacks/stateful-stack';
import { StatelessStack } from './stacks/stateless-stack';

export interface BuiltApp {
  app: App;
  stateful: StatefulStack;
  stateless: StatelessStack;
  site: SiteStack;
}

export function buildApp(app: App, options: { nag?: boolean } = {}): BuiltApp {
  const env = { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION ?? 'ap-southeast-1' };
  const siteUrl = (app.node.tryGetContext('siteUrl') as string | undefined) ?? 'https://sso-hospital-services.example';
  const mailFrom = (app.node.tryGetContext('mailFrom') as string | undefined) ?? 'no-reply@sso-hospital-services.example';

  const stateful = new StatefulStack(app, 'SsoStateful', { env, uploadOrigins: [siteUrl] });
  const stateless = new StatelessStack(app, 'SsoStateless', {
    env,
    table: stateful.table,
    uploadsBucket: stateful.uploadsBucket,
    siteUrl,
    mailFrom,
  });
  const site = new SiteStack(app, 'SsoSite', { env, api: stateless.api, accessLogsBucket: stateful.accessLogsBucket });
  Tags.of(app).add('project', 'sso-hospital-services');

  // cdk-nag AwsSolutions; each acknowledgement sits next to its cause, with its reason.
  if (options.nag !== false) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stateful, stateless, site };
}
