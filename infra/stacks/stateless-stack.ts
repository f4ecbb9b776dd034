// Stateless resources other than the API's routes: the token signing keys, the jobs (S3 events,
// schedules, state machine tasks) with their failure queues, the SLA and background-job state
// machines, the SES sending configuration, and what operators watch (alarms, dashboard). The
// stage, routes and route functions are the API stack's (infra/stacks/api-stack.ts).
import { CfnOutput, Duration, Fn, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Bucket, EventType } from 'aws-cdk-lib/aws-s3';
import { LambdaDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { type ISecret, Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { ConfigurationSet } from 'aws-cdk-lib/aws-ses';
import type { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { jobs, type JobDef } from '../jobs';
import { boundFunction, type FunctionBindings } from '../constructs/bound-function';
import { businessMetric, Monitoring } from '../constructs/monitoring';
import { METRIC } from '../../shared/metric-names';
import { TABLE_ARN_EXPORT, TABLE_STREAM_ARN_EXPORT, UPLOADS_ARN_EXPORT } from './stateful-stack';
import { arnRef, complaintSlaStateMachine, grantSlaExecutions, SLA_STATE_MACHINE_ARN_EXPORT } from '../workflows/complaint-sla';
import { grantRejectedUploadTagging, subscribeToQueuedMail, wireBackgroundJobs, wireMailEvents } from '../workflows/jobs-and-mail-events';
import { mailboxOutputKey } from '../stack-outputs';

export interface StatelessStackProps extends StackProps {
  table: ITable;
  uploadsBucket: IBucket;
  /** The HTTP API created by the site stack (CloudFront's origin); watched here, its stage and routes are the API stack's. */
  api: IHttpApi;
  /** `https://<site domain or CloudFront name>` (SiteStack.siteUrl), for links in mail. */
  siteUrl: string;
  /** The value CloudFront sends in the origin-verify header (SiteStack.originVerifySecret). */
  originVerifySecret: ISecret;
  /** Subscribed to the alarm topic (`-c alarmEmail=…`). */
  alarmEmail?: string;
  mailFrom: string;
  /** Staff mailboxes by environment variable (CREDENTIALS_MAILBOX, …); the functions' defaults otherwise. */
  mailboxes?: Record<string, string>;
}

export class StatelessStack extends Stack {
  readonly slaStateMachine: StateMachine;
  readonly backgroundJobs: StateMachine;
  readonly jwtSecret: ISecret;
  /** What the API stack's functions are bound with: the same environment and grants as the jobs'. */
  readonly bindings: FunctionBindings;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);

    // The token signing keys: {"current": …} and, after a rotation, {"previous": …}. Functions read
    // the secret at run time (shared/auth/signing-keys.ts); only its ARN is in their environment.
    const jwtSecret = new Secret(this, 'JwtSecret', {
      description: 'Session token signing keys (JSON: current, previous, rotatedAt); rotate with npm run signing-key:rotate',
      generateSecretString: { secretStringTemplate: '{}', generateStringKey: 'current', passwordLength: 64, excludePunctuation: true },
    });
    const configurationSet = new ConfigurationSet(this, 'MailConfiguration', {});

    const environment: Record<string, string> = {
      TABLE_NAME: props.table.tableName,
      UPLOADS_BUCKET: props.uploadsBucket.bucketName,
      MAIL_FROM: props.mailFrom,
      SITE_URL: props.siteUrl,
      // the API functions refuse requests whose x-origin-verify header is not this secret's value
      ORIGIN_VERIFY_SECRET_ID: props.originVerifySecret.secretArn,
      JWT_SECRET_ID: jwtSecret.secretArn,
      SES_CONFIGURATION_SET: configurationSet.configurationSetName,
      ...props.mailboxes,
    };

    Validations.of(jwtSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason: 'Rotated by the operator command npm run signing-key:rotate (docs/operations.md), which keeps the previous key for the 8 hours a session lasts; no rotation Lambda needed.',
    });
    // Stateful resources come in by export name, so grants name them without hashed tokens.
    const tableArn = Fn.importValue(TABLE_ARN_EXPORT);
    const uploadsArn = Fn.importValue(UPLOADS_ARN_EXPORT);
    this.bindings = {
      environment,
      tableArn,
      uploadsArn,
      uploadsArnExport: UPLOADS_ARN_EXPORT,
      configurationSetName: configurationSet.configurationSetName,
    };
    this.jwtSecret = jwtSecret;
    const jobFunctions = Object.fromEntries(
      Object.values(jobs).map((job) => [
        job.id,
        boundFunction(this, functionId(job.id), { entry: job.handler, access: job.access, timeoutSeconds: 'timeoutSeconds' in job ? job.timeoutSeconds : undefined }, this.bindings),
      ]),
    );

    // State machines
    this.slaStateMachine = complaintSlaStateMachine(this, jobFunctions[jobs.slaCheckStage.id]!, jobFunctions[jobs.slaAnnounceCase.id]!);

    for (const job of Object.values(jobs) as JobDef[]) {
      if (job.access.sla) grantSlaExecutions(this.slaStateMachine, jobFunctions[job.id]!, arnRef(this.slaStateMachine));
    }

    // Jobs: S3 events, schedules and SES mail events (through SNS). All invoke asynchronously, so a
    // failure would be silent: each job has a failure queue that receives the event once Lambda's
    // own retries are spent (and, for schedules, once EventBridge could not deliver it at all); an
    // alarm watches its depth. The table's stream invokes its function synchronously: there the
    // mapping sends a batch that failed its retries to the same kind of queue.
    const failureQueues: Record<string, Queue> = {};
    for (const job of Object.values(jobs) as JobDef[]) {
      const fn = jobFunctions[job.id]!;
      if (!job.uploadsEvents && !job.schedule && !job.mailEvents && !job.queuedMail) continue;
      const queue = new Queue(this, `${functionId(job.id)}Failures`, {
        encryption: QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        retentionPeriod: Duration.days(14),
      });
      Validations.of(queue).acknowledge({ id: 'AwsSolutions-SQS3', reason: `This queue is itself the dead-letter queue of ${job.id}.` });
      failureQueues[functionId(job.id)] = queue;
      if (job.queuedMail) {
        subscribeToQueuedMail(fn, Fn.importValue(TABLE_STREAM_ARN_EXPORT), queue);
        continue;
      }
      fn.configureAsyncInvoke({ onFailure: new SqsDestination(queue), retryAttempts: 2, maxEventAge: Duration.hours(6) });
      if (job.uploadsEvents) {
        // Through an imported reference, so the notification lives in this stack and the
        // stateful stack never depends on the stateless one.
        Bucket.fromBucketName(this, 'UploadsForEvents', props.uploadsBucket.bucketName).addEventNotification(
          EventType.OBJECT_CREATED,
          new LambdaDestination(fn),
        );
      }
      if (job.schedule) {
        new Rule(this, `${functionId(job.id)}Schedule`, {
          schedule: Schedule.expression(job.schedule),
          targets: [new LambdaFunction(fn, { retryAttempts: 2, maxEventAge: Duration.hours(1), deadLetterQueue: queue })],
        });
      }
    }
    // CDK's bucket-notifications custom resource (one per stack), acknowledged on itself
    for (const child of this.node.children.filter((c) => c.node.id.startsWith('BucketNotificationsHandler'))) {
      Validations.of(child).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: "CDK's bucket-notifications custom resource uses the AWS managed basic execution role (logs only).",
      });
    }

    const monitoring = new Monitoring(this, 'Operations', {
      alarmEmail: props.alarmEmail,
      apiId: props.api.apiId,
      stateMachine: this.slaStateMachine,
      failureQueues,
    });

    for (const job of Object.values(jobs) as JobDef[]) {
      if (!job.heartbeatMetric) continue;
      monitoring.watch(new Alarm(this, `${functionId(job.id)}NoSuccessfulRun`, {
        metric: businessMetric(job.heartbeatMetric, Duration.days(1)),
        evaluationPeriods: 2,
        threshold: 1,
        comparisonOperator: ComparisonOperator.LESS_THAN_THRESHOLD,
        // no data at all is the failure this alarm exists for
        treatMissingData: TreatMissingData.BREACHING,
        alarmDescription: `${job.id}: no successful run for 48 hours`,
      }));
    }

    // a stream consumer that falls behind delays mail the requests queued (the retry job still sends it from its first backoff)
    for (const job of Object.values(jobs) as JobDef[]) {
      if (!job.queuedMail) continue;
      monitoring.watch(new Alarm(this, `${functionId(job.id)}StreamBehind`, {
        metric: jobFunctions[job.id]!.metric('IteratorAge', { statistic: 'Maximum', period: Duration.minutes(5) }),
        threshold: 5 * 60_000,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: `${job.id}: the table's stream reached it 5 minutes or more late: queued mail waits (the retry job sends it meanwhile)`,
      }));
    }

    monitoring.watch(new Alarm(this, 'SlaExecutionsFailed', {
      metric: this.slaStateMachine.metricFailed({ period: Duration.hours(1) }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: 'A complaint SLA execution failed: reminders or escalations may be missing',
    }));

    // each lock is 10 failed sign-ins in a row for one id; many locks in an hour is guessing at scale
    monitoring.watch(new Alarm(this, 'LoginThrottlingSpike', {
      metric: businessMetric(METRIC.loginThrottled),
      threshold: 20,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: '20 or more user ids were locked after repeated failed sign-ins within an hour: password guessing?',
    }));

    // background jobs (202 + poll) and SES bounce/complaint events, wired in
    // infra/workflows/jobs-and-mail-events.ts
    const backgroundJobs = wireBackgroundJobs(this);
    this.backgroundJobs = backgroundJobs;
    monitoring.watch(
      new Alarm(this, 'BackgroundJobsFailed', {
        metric: backgroundJobs.metricFailed({ period: Duration.hours(1) }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: 'A background job (inactivity run, calendar recompute) failed: the admin who started it sees it failed',
      }),
    );
    wireMailEvents(this, configurationSet);
    grantRejectedUploadTagging(this);

    new CfnOutput(this, 'ApiUrl', { value: props.api.apiEndpoint });
    new CfnOutput(this, 'AlarmTopicArn', { value: monitoring.topic.topicArn });
    new CfnOutput(this, 'DashboardName', { value: monitoring.dashboard.dashboardName });
    // read by the operator commands (ops/connect-target.ts); keys from infra/stack-outputs.ts
    new CfnOutput(this, 'MailFrom', { value: props.mailFrom });
    new CfnOutput(this, 'SiteUrl', { value: props.siteUrl });
    new CfnOutput(this, 'SesConfigurationSet', { value: configurationSet.configurationSetName });
    new CfnOutput(this, 'ComplaintSlaStateMachineArn', { value: this.slaStateMachine.stateMachineArn });
    // for the API stack's functions, by a name their grants (and cdk-nag's findings) can spell out
    new CfnOutput(this, 'ComplaintSlaStateMachineExport', { value: this.slaStateMachine.stateMachineArn, exportName: SLA_STATE_MACHINE_ARN_EXPORT });
    new CfnOutput(this, 'JwtSecretArn', { value: jwtSecret.secretArn });
    for (const [variable, address] of Object.entries(props.mailboxes ?? {})) {
      const key = mailboxOutputKey(variable);
      if (key) new CfnOutput(this, key, { value: address });
    }
  }
}

/** `credentials.submit-request` → `CredentialsSubmitRequest` */
export function functionId(id: string): string {
  return id
    .split(/[.-]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}
