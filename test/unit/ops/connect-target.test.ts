import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectTarget } from '../../../ops/connect-target';

const cloudFormation = mockClient(CloudFormationClient);
const saved = { ...process.env };

const outputs = (pairs: Record<string, string>) => ({
  Stacks: [{ StackName: 'x', CreationTime: new Date(), StackStatus: 'UPDATE_COMPLETE' as const, Outputs: Object.entries(pairs).map(([OutputKey, OutputValue]) => ({ OutputKey, OutputValue })) }],
});

function deployedStacks(stateless: Record<string, string> = {}) {
  cloudFormation.on(DescribeStacksCommand, { StackName: 'SsoStateful' }).resolves(outputs({ TableArn: 'arn:aws:dynamodb:…', TableName: 'SsoStateful-Table-ABC', UploadsBucketName: 'ssostateful-uploads-xyz' }));
  cloudFormation.on(DescribeStacksCommand, { StackName: 'SsoStateless' }).resolves(
    outputs({
      ApiUrl: 'https://abc.execute-api.ap-southeast-1.amazonaws.com',
      MailFrom: 'no-reply@sso.go.th',
      SiteUrl: 'https://hospital.sso.go.th',
      SesConfigurationSet: 'MailConfiguration123',
      ComplaintSlaStateMachineArn: 'arn:aws:states:ap-southeast-1:1:stateMachine:Sla',
      JwtSecretArn: 'arn:aws:secretsmanager:ap-southeast-1:1:secret:JwtSecret-abc',
      ...stateless,
    }),
  );
}

describe('connectTarget with --aws', () => {
  beforeEach(() => {
    cloudFormation.reset();
    process.env.AWS_ENDPOINT_URL_DYNAMODB = 'http://127.0.0.1:4567';
    process.env.S3_FORCE_PATH_STYLE = 'true';
    delete process.env.ADMIN_MAILBOX;
  });
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  });

  it('sets the functions’ environment from the stacks’ outputs', async () => {
    deployedStacks({ AdminMailbox: 'it-admin@sso.go.th', LegalMailbox: 'legal@sso.go.th' });
    const target = await connectTarget({ aws: true });
    expect(target.target).toBe('aws');
    expect(target.describe).toContain('SsoStateful-Table-ABC');
    expect(process.env).toMatchObject({
      TABLE_NAME: 'SsoStateful-Table-ABC',
      UPLOADS_BUCKET: 'ssostateful-uploads-xyz',
      MAIL_FROM: 'no-reply@sso.go.th',
      SITE_URL: 'https://hospital.sso.go.th',
      SES_CONFIGURATION_SET: 'MailConfiguration123',
      COMPLAINT_SLA_STATE_MACHINE_ARN: 'arn:aws:states:ap-southeast-1:1:stateMachine:Sla',
      ADMIN_MAILBOX: 'it-admin@sso.go.th',
      LEGAL_MAILBOX: 'legal@sso.go.th',
    });
    // the signing keys stay in Secrets Manager: the command gets the secret's ARN, never a key
    expect(process.env.JWT_SECRET_ID).toBe('arn:aws:secretsmanager:ap-southeast-1:1:secret:JwtSecret-abc');
  });

  it('drops the local emulator endpoints so the SDK talks to AWS', async () => {
    deployedStacks();
    await connectTarget({ aws: true });
    expect(process.env.AWS_ENDPOINT_URL_DYNAMODB).toBeUndefined();
    expect(process.env.S3_FORCE_PATH_STYLE).toBeUndefined();
  });

  it('leaves a mailbox the deployment did not set to the functions’ default', async () => {
    deployedStacks();
    await connectTarget({ aws: true });
    expect(process.env.ADMIN_MAILBOX).toBeUndefined();
  });

  it('asks for the region in AWS_REGION', async () => {
    process.env.AWS_REGION = 'ap-southeast-7';
    deployedStacks();
    const target = await connectTarget({ aws: true });
    expect(target.describe).toContain('ap-southeast-7');
    expect(await cloudFormation.call(0).thisValue.config.region()).toBe('ap-southeast-7');
  });

  it('names the stack when an output is missing (an older deployment)', async () => {
    cloudFormation.on(DescribeStacksCommand, { StackName: 'SsoStateful' }).resolves(outputs({ TableArn: 'arn' }));
    cloudFormation.on(DescribeStacksCommand, { StackName: 'SsoStateless' }).resolves(outputs({}));
    await expect(connectTarget({ aws: true })).rejects.toThrow(/SsoStateful has no output "TableName"/);
  });

  it('says which stack it could not read', async () => {
    cloudFormation.on(DescribeStacksCommand).rejects(new Error('Stack with id SsoStateful does not exist'));
    await expect(connectTarget({ aws: true })).rejects.toThrow(/Cannot read stack SsoState/);
  });
});
