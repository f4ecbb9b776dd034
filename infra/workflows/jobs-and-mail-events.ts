// Wiring kept out of the stacks' bodies: the background-job state machine and who
// may start it, the SES bounce/complaint events (configuration set → SNS → record-mail-event), and
// the table's stream → the sender of queued mail (deliver-queued).
// Functions are found by their handler module (the `sso:handler` metadata), so the route table and
// infra/jobs.ts stay the only place that says which function does what.
import { CfnOutput, Duration, Fn, Validations, type CfnResource, type Stack } from 'aws-cdk-lib';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { FilterCriteria, StartingPosition, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { EmailSendingEvent, EventDestination, type ConfigurationSet } from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { LambdaSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { HANDLER_METADATA_KEY, SsoFunction } from '../constructs/sso-function';
import { jobs, type JobDef } from '../jobs';
import { routeList } from '../../shared/http/routes';
import { QUEUED_MAIL_STREAM_FILTER } from '../../shared/data/outbox-repository';
import { UPLOADS_ARN_EXPORT } from '../stacks/stateful-stack';
import { backgroundJobStateMachine } from './background-job';

function functionsByHandler(stack: Stack): Map<string, SsoFunction[]> {
  const found = new Map<string, SsoFunction[]>();
  for (const c of stack.node.findAll()) {
    if (!(c instanceof SsoFunction)) continue;
    const handler = (c.node.defaultChild as CfnResource).getMetadata(HANDLER_METADATA_KEY) as string | undefined;
    if (handler) found.set(handler, [...(found.get(handler) ?? []), c]);
  }
  return found;
}

/** The job state machine, run by the job runner of infra/jobs.ts; its ARN is an output for operators. */
export function wireBackgroundJobs(stack: Stack): StateMachine {
  const byHandler = functionsByHandler(stack);
  const runner = (Object.values(jobs) as JobDef[]).find((j) => j.backgroundJobs);
  const runnerFn = runner && byHandler.get(runner.handler)?.[0];
  if (!runnerFn) throw new Error('infra/jobs.ts defines no background job runner');
  const machine = backgroundJobStateMachine(stack, runnerFn as IFunction);
  grantJobStarters(stack, machine);
  new CfnOutput(stack, 'BackgroundJobsStateMachineArn', { value: machine.stateMachineArn });
  return machine;
}

/** The functions of `stack` whose routes have `access.jobs` may start background jobs (and get the ARN). */
export function grantJobStarters(stack: Stack, machine: StateMachine): void {
  const byHandler = functionsByHandler(stack);
  for (const route of routeList.filter((r) => r.access.jobs)) {
    for (const fn of byHandler.get(route.handler) ?? []) {
      machine.grantStartExecution(fn);
      fn.addEnvironment('BACKGROUND_JOBS_STATE_MACHINE_ARN', machine.stateMachineArn);
    }
  }
}

/** SES bounce and complaint events of the configuration set, through SNS, to the job that records them. */
export function wireMailEvents(stack: Stack, configurationSet: ConfigurationSet): Topic {
  const topic = new Topic(stack, 'MailEvents', { enforceSSL: true });
  configurationSet.addEventDestination('BouncesAndComplaints', {
    destination: EventDestination.snsTopic(topic),
    events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
  });
  const byHandler = functionsByHandler(stack);
  for (const job of (Object.values(jobs) as JobDef[]).filter((j) => j.mailEvents)) {
    for (const fn of byHandler.get(job.handler) ?? []) topic.addSubscription(new LambdaSubscription(fn));
  }
  Validations.of(topic).acknowledge({
    id: 'AwsSolutions-SNS2',
    reason: 'SES event publishing to an SNS topic encrypted with the AWS managed key is not possible; the events hold delivery status and addresses already in the table, no message content.',
  });
  return topic;
}

/**
 * The functions that check uploads (shared/uploads/upload-slots.ts verifyUpload) tag a rejected
 * object version `upload-verdict=rejected`, for the bucket's lifecycle rule: tagging only, on objects.
 */
export const UPLOAD_VERIFIERS = ['functions/uploads/verify-upload.ts', 'functions/credentials/submit-request.ts', 'functions/awards/submit.ts', 'functions/awards/attach-scans.ts'];

export function grantRejectedUploadTagging(stack: Stack): void {
  const byHandler = functionsByHandler(stack);
  for (const handler of UPLOAD_VERIFIERS) {
    for (const fn of byHandler.get(handler) ?? []) {
      fn.addToRolePolicy(
        new PolicyStatement({ effect: Effect.ALLOW, actions: ['s3:PutObjectTagging', 's3:PutObjectVersionTagging'], resources: [`${Fn.importValue(UPLOADS_ARN_EXPORT)}/*`] }),
      );
    }
  }
}

/**
 * The table's stream drives the sender of queued mail: only new queued outbox items pass the
 * filter (the outbox repository's pattern, which the local stack reads back out of the template),
 * so the function is not woken for the table's other writes. A record that still fails after the
 * retries is described in `failures` (its mail stays pending: the retry job sends it). The function
 * may read this one stream, nothing else.
 */
export function subscribeToQueuedMail(fn: IFunction, streamArn: string, failures: IQueue): void {
  fn.addEventSourceMapping('QueuedMail', {
    eventSourceArn: streamArn,
    startingPosition: StartingPosition.LATEST,
    filters: [FilterCriteria.filter(QUEUED_MAIL_STREAM_FILTER)],
    batchSize: 10,
    reportBatchItemFailures: true,
    retryAttempts: 2,
    // after the first backoff (a minute) the retry job sends it anyway
    maxRecordAge: Duration.hours(1),
    onFailure: new SqsDlq(failures),
  });
  fn.addToRolePolicy(
    new PolicyStatement({
      effect: Effect.ALLOW,
      actions: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'],
      resources: [streamArn],
    }),
  );
}
