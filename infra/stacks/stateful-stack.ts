// Stateful resources: the table, its backups and the buckets. Everything here is RETAIN and protected.
import { CfnOutput, Duration, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { BackupPlan, BackupPlanRule, BackupResource, BackupVault } from 'aws-cdk-lib/aws-backup';
import { Schedule } from 'aws-cdk-lib/aws-events';
import { AttributeType, BillingMode, StreamViewType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { STATEFUL_OUTPUTS } from '../stack-outputs';

/** Export names the stateless stack imports (stable, so IAM findings can name them). */
export const TABLE_ARN_EXPORT = 'SsoStateful-TableArn';
export const UPLOADS_ARN_EXPORT = 'SsoStateful-UploadsBucketArn';
export const TABLE_STREAM_ARN_EXPORT = 'SsoStateful-TableStreamArn';

export interface StatefulStackProps extends StackProps {
  /** Origins allowed to PUT presigned uploads from the browser: the site URL (SiteStack.siteUrl). */
  uploadOrigins: string[];
}

export class StatefulStack extends Stack {
  readonly table: Table;
  readonly uploadsBucket: Bucket;
  readonly accessLogsBucket: Bucket;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);

    this.table = new Table(this, 'Table', {
      partitionKey: { name: 'pk', type: AttributeType.STRING },
      sortKey: { name: 'sk', type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      encryption: TableEncryption.AWS_MANAGED,
      timeToLiveAttribute: 'expiresAtEpoch',
      // new images only: the queued-mail sender reads a new item's key and state (the filter of
      // infra/stacks/stateless-stack.ts picks queued mail); nothing needs an item's old image
      stream: StreamViewType.NEW_IMAGE,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of ['gsi1', 'gsi2']) {
      this.table.addGlobalSecondaryIndex({
        indexName: index,
        partitionKey: { name: `${index}pk`, type: AttributeType.STRING },
        sortKey: { name: `${index}sk`, type: AttributeType.STRING },
      });
    }

    // AWS Backup besides PITR: daily snapshots kept 35 days in a vault of their own, so a restore
    // does not depend on the table (or its PITR window) still existing (docs/operations.md 3.2).
    const vault = new BackupVault(this, 'BackupVault', { removalPolicy: RemovalPolicy.RETAIN });
    const plan = new BackupPlan(this, 'TableBackupPlan', {
      backupVault: vault,
      backupPlanRules: [
        new BackupPlanRule({
          ruleName: 'daily-35-days',
          // 03:00 Asia/Bangkok, after the 02:00 inactivity sweep
          scheduleExpression: Schedule.cron({ minute: '0', hour: '20' }),
          deleteAfter: Duration.days(35),
        }),
      ],
    });
    const selection = plan.addSelection('Table', { resources: [BackupResource.fromDynamoDbTable(this.table)] });
    Validations.of(selection).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
      reason: 'The AWS managed policy AWS Backup documents for its backup role; the selection limits it to the table.',
    });

    this.accessLogsBucket = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      removalPolicy: RemovalPolicy.RETAIN,
      // logs are kept 3 months, like the functions' CloudWatch logs (docs/security.md, retention)
      lifecycleRules: [{ id: 'logs-3-months', expiration: Duration.days(90) }],
    });

    this.uploadsBucket = new Bucket(this, 'Uploads', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: this.accessLogsBucket,
      serverAccessLogsPrefix: 'uploads/',
      removalPolicy: RemovalPolicy.RETAIN,
      // The current version of each file is kept until SSO confirms its records policy (the checked,
      // submitted files are always current). A version replaced by a later upload is kept 90 days;
      // a file the check refused (tagged upload-verdict=rejected by the verifier) 7 days; an upload
      // that never completed holds parts nobody can see: dropped after a day.
      lifecycleRules: [
        { id: 'abandoned-multipart', abortIncompleteMultipartUploadAfter: Duration.days(1) },
        { id: 'replaced-versions', noncurrentVersionExpiration: Duration.days(90), expiredObjectDeleteMarker: true },
        { id: 'rejected-uploads', tagFilters: { 'upload-verdict': 'rejected' }, expiration: Duration.days(7), noncurrentVersionExpiration: Duration.days(1) },
      ],
      cors: [
        {
          allowedMethods: [HttpMethods.PUT],
          allowedOrigins: props.uploadOrigins,
          allowedHeaders: ['content-type', 'x-amz-*'],
          maxAge: 3000,
        },
      ],
    });

    new CfnOutput(this, 'TableArn', { value: this.table.tableArn, exportName: TABLE_ARN_EXPORT });
    new CfnOutput(this, 'UploadsBucketArn', { value: this.uploadsBucket.bucketArn, exportName: UPLOADS_ARN_EXPORT });
    new CfnOutput(this, 'TableStreamArn', { value: this.table.tableStreamArn!, exportName: TABLE_STREAM_ARN_EXPORT });
    // read by the operator commands (ops/connect-target.ts); keys from infra/stack-outputs.ts
    const outputs: Record<keyof typeof STATEFUL_OUTPUTS, string> = { TableName: this.table.tableName, UploadsBucketName: this.uploadsBucket.bucketName };
    for (const [key, value] of Object.entries(outputs)) new CfnOutput(this, key, { value });
  }
}
