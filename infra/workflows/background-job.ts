// The background-job runner as a state machine of one task: an API function starts an execution
// (name = job id) and answers 202 at once; the task runs the job (up to the function's 15 minutes)
// and records its outcome itself, so the execution succeeds either way. Locally the same definition
// runs in local/step-functions-server.ts, which has no Lambda endpoint to invoke asynchronously.
import { Duration, RemovalPolicy, Stack, Validations, type CfnElement } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { DefinitionBody, JsonPath, LogLevel, StateMachine, StateMachineType, TaskInput } from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';

export function backgroundJobStateMachine(scope: Construct, runJob: IFunction): StateMachine {
  const run = new LambdaInvoke(scope, 'RunJob', {
    lambdaFunction: runJob,
    payloadResponseOnly: true,
    payload: TaskInput.fromObject({ jobId: JsonPath.stringAt('$.jobId') }),
  })
    // only Lambda's own hiccups: the job itself is not retried (the runner records a failure)
    .addRetry({ errors: ['Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException', 'Lambda.TooManyRequestsException'], interval: Duration.seconds(2), backoffRate: 2, maxAttempts: 3 });

  const machine = new StateMachine(scope, 'BackgroundJobs', {
    stateMachineType: StateMachineType.STANDARD,
    definitionBody: DefinitionBody.fromChainable(run),
    timeout: Duration.minutes(20),
    tracingEnabled: true,
    logs: {
      destination: new LogGroup(scope, 'BackgroundJobsLogs', { retention: RetentionDays.THREE_MONTHS, removalPolicy: RemovalPolicy.DESTROY }),
      level: LogLevel.ALL,
      includeExecutionData: false,
    },
  });
  const fnId = Stack.of(scope).getLogicalId(runJob.node.defaultChild as CfnElement);
  Validations.of(machine).acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${fnId}.Arn>:*]`,
    reason: 'CDK grants lambda:InvokeFunction on the job runner and its versions (":*"); nothing else.',
  });
  Validations.of(machine).acknowledge({ id: 'AwsSolutions-IAM5[Resource::*]', reason: 'X-Ray tracing and CloudWatch Logs delivery only accept Resource "*".' });
  return machine;
}
