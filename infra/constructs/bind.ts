// Least-privilege grants, written out: exact actions on exact resources (no action wildcards, the
// table's named indexes only), so readers cannot write and nothing reaches beyond our own data.
import { Validations } from 'aws-cdk-lib';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { Access } from '../../shared/http/route';
import { RECEIVED_PREFIX, UPLOAD_PREFIXES } from '../../shared/uploads/prefixes';

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
 * which names the finding that cdk-nag reports for each object wildcard. Every mode reads; the
 * functions that presign upload slots write under the upload prefixes only, and only the functions
 * that freeze what was received write under `received/` (a CopyObject is a read of the source and a
 * write of the copy), so no upload link can ever be signed for a received file.
 */
export function bindUploads(fn: IFunction, bucketArn: string, bucketArnImport: string, mode: NonNullable<Access['uploads']>): void {
  const grant = (actions: string[], prefixes: readonly string[], reason: string) => {
    fn.addToRolePolicy(new PolicyStatement({ effect: Effect.ALLOW, actions, resources: prefixes.map((p) => `${bucketArn}/${p}*`) }));
    for (const p of prefixes) Validations.of(fn).acknowledge({ id: `AwsSolutions-IAM5[Resource::${bucketArnImport}/${p}*]`, reason });
  };
  grant(['s3:GetObject', 's3:GetObjectVersion'], [''], 'Objects of our own uploads bucket; each key is chosen by the API and checked after upload.');
  if (mode === 'readWrite') grant(['s3:PutObject'], UPLOAD_PREFIXES, 'Upload slots of our own uploads bucket (one prefix per kind of file); each key is chosen by the API and checked after upload.');
  if (mode === 'readAndFreeze') grant(['s3:PutObject'], [RECEIVED_PREFIX], 'Write-once copies of received files; each key is chosen by the API, one per receipt.');
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
