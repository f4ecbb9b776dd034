// Least-privilege grants, written out: exact actions on exact resources (no action wildcards, the
// table's named indexes only), so readers cannot write and nothing reaches beyond our own data.
import { Validations } from 'aws-cdk-lib';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';

export const TABLE_INDEXES = ['gsi1', 'gsi2'] as const;

const TABLE_READ = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem', 'dynamodb:DescribeTable'];
const TABLE_WRITE = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];

export function bindTable(fn: IFunction, tableArn: string, mode: 'read' | 'readWrite'): void {
  fn.addToRolePolicy(
    new PolicyStatement({
      effect: Effect.ALLOW,
      actions: mode === 'read' ? TABLE_READ : [...TABLE_READ, ...TABLE_WRITE],
      resources: [tableArn, ...TABLE_INDEXES.map((index) => `${tableArn}/index/${index}`)],
    }),
  );
}

/**
 * Object access to the uploads bucket. `bucketArnImport` is the export name the ARN comes from,
 * which names the finding that cdk-nag reports for the `/*` object wildcard.
 */
export function bindUploads(fn: IFunction, bucketArn: string, bucketArnImport: string, mode: 'read' | 'readWrite'): void {
  fn.addToRolePolicy(
    new PolicyStatement({
      effect: Effect.ALLOW,
      actions: mode === 'read' ? ['s3:GetObject', 's3:GetObjectVersion'] : ['s3:GetObject', 's3:GetObjectVersion', 's3:PutObject'],
      resources: [`${bucketArn}/*`],
    }),
  );
  Validations.of(fn).acknowledge({
    id: `AwsSolutions-IAM5[Resource::${bucketArnImport}/*]`,
    reason: 'Objects of our own uploads bucket; each key is chosen by the API and checked after upload.',
  });
}

export function bindMail(fn: IFunction, identityArnPattern: string, configurationSetArn: string): void {
  fn.addToRolePolicy(
    new PolicyStatement({
      effect: Effect.ALLOW,
      actions: ['ses:SendEmail', 'ses:SendRawEmail'],
      resources: [identityArnPattern, configurationSetArn],
    }),
  );
}
