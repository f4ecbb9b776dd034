// Wires the three stacks. Used by `cdk synth` (infra/app.ts), the infra tests and the local stack,
// which reads the state machines and schedules out of this very template.
import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import * as z from 'zod';
import { SiteStack } from './stacks/site-stack';
import { StatefulStack } from './stacks/stateful-stack';
import { StatelessStack } from './stacks/stateless-stack';

export interface BuiltApp {
  app: App;
  stateful: StatefulStack;
  stateless: StatelessStack;
  site: SiteStack;
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
  const env = { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION ?? 'ap-southeast-1' };
  const siteUrl = (app.node.tryGetContext('siteUrl') as string | undefined) ?? 'https://sso-hospital-services.example';
  const mailFrom = (app.node.tryGetContext('mailFrom') as string | undefined) ?? 'no-reply@sso-hospital-services.example';
  const mailboxes = staffMailboxes(app.node.tryGetContext('mailboxes'));

  const stateful = new StatefulStack(app, 'SsoStateful', { env, uploadOrigins: [siteUrl] });
  const stateless = new StatelessStack(app, 'SsoStateless', {
    env,
    table: stateful.table,
    uploadsBucket: stateful.uploadsBucket,
    siteUrl,
    mailFrom,
    mailboxes,
  });
  const site = new SiteStack(app, 'SsoSite', { env, api: stateless.api, accessLogsBucket: stateful.accessLogsBucket });
  Tags.of(app).add('project', 'sso-hospital-services');

  // cdk-nag AwsSolutions; each acknowledgement sits next to its cause, with its reason.
  if (options.nag !== false) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stateful, stateless, site };
}
