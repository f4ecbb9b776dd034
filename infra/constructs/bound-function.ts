// "Our function" bound to what its definition says it may touch (the route table's or the job's
// `access`): the table, the uploads bucket, SES. Used by both stacks that hold functions.
import { Duration, Stack } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { Access } from '../../shared/http/route';
import { bindMail, bindTable, bindUploads } from './bind';
import { SsoFunction } from './sso-function';
import { acknowledgeArnFinding } from '../nag';

export interface FunctionBindings {
  environment: Record<string, string>;
  tableArn: string;
  uploadsArn: string;
  /** The export name the uploads ARN comes from (names the cdk-nag finding of its `/*`). */
  uploadsArnExport: string;
  configurationSetName: string;
}

export interface FunctionSpec {
  entry: string;
  access: Access;
  timeoutSeconds?: number;
  memoryMb?: number;
}

export function boundFunction(scope: Construct, id: string, spec: FunctionSpec, bindings: FunctionBindings): SsoFunction {
  const stack = Stack.of(scope);
  const fn = new SsoFunction(scope, id, {
    entry: spec.entry,
    environment: bindings.environment,
    ...(spec.timeoutSeconds ? { timeout: Duration.seconds(spec.timeoutSeconds) } : {}),
    ...(spec.memoryMb ? { memorySize: spec.memoryMb } : {}),
  });
  if (spec.access.table) bindTable(fn, bindings.tableArn, spec.access.table);
  if (spec.access.uploads) bindUploads(fn, bindings.uploadsArn, bindings.uploadsArnExport, spec.access.uploads);
  if (spec.access.mail) {
    bindMail(
      fn,
      // the sending identity (domain or address) is verified at deploy time
      `arn:${stack.partition}:ses:${stack.region}:${stack.account}:identity/*`,
      `arn:${stack.partition}:ses:${stack.region}:${stack.account}:configuration-set/${bindings.configurationSetName}`,
    );
    acknowledgeArnFinding(fn, `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:ses:${stack.region}:<AWS::AccountId>:identity/*]`, 'Sending is limited to the SES identities verified in this account and region.');
  }
  return fn;
}
