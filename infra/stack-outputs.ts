// The deployed stacks' outputs an operator command needs, by output key and the environment
// variable a function reads. The stacks write them; ops/connect-target.ts reads them back.
// Plain constants (no CDK import), so an operator command loads without aws-cdk-lib.

export const STATEFUL_STACK = 'SsoStateful';
export const STATELESS_STACK = 'SsoStateless';
/**
 * The region of every stack but the WAF's (cdk.json context `region`, which `-c region=…` overrides;
 * never the deploying shell's): Asia Pacific (Singapore), the nearest region with every service the
 * app uses, SES's CloudFormation resources included (docs/decisions.md, "Region").
 */
export const DEFAULT_REGION = 'ap-southeast-1';

/** Output key → environment variable, per stack. Output keys are stable and never exported. */
export const STATEFUL_OUTPUTS = {
  TableName: 'TABLE_NAME',
  UploadsBucketName: 'UPLOADS_BUCKET',
} as const;

export const STATELESS_OUTPUTS = {
  MailFrom: 'MAIL_FROM',
  SiteUrl: 'SITE_URL',
  SesConfigurationSet: 'SES_CONFIGURATION_SET',
  ComplaintSlaStateMachineArn: 'COMPLAINT_SLA_STATE_MACHINE_ARN',
  JwtSecretArn: 'JWT_SECRET_ID',
  CredentialsMailbox: 'CREDENTIALS_MAILBOX',
  AwardsMailbox: 'AWARDS_MAILBOX',
  InfoCenterMailbox: 'INFO_CENTER_MAILBOX',
  MedicalBureauMailbox: 'MEDICAL_BUREAU_MAILBOX',
  LegalMailbox: 'LEGAL_MAILBOX',
  AdminMailbox: 'ADMIN_MAILBOX',
} as const;

/** The output key of a staff mailbox environment variable (`ADMIN_MAILBOX` → `AdminMailbox`). */
export function mailboxOutputKey(variable: string): string | undefined {
  return Object.entries(STATELESS_OUTPUTS).find(([, v]) => v === variable)?.[0];
}
