// The complaint SLA clock: one Standard execution per open complaint. First the responsible office
// is told of the new case (once per office, however often the clock restarts). Then for each stage, in parallel:
// wait until the warning time, check (remind the office if still open), wait until the target,
// check (mark breached and escalate if still open). Waits are until timestamps the deadline function
// computed, rounded up to whole seconds (Wait drops milliseconds); a check woken just before its
// deadline fails with CheckTooEarlyError and the task's retry comes back after it. No polling loop. Closing, pausing or rerouting a case stops its execution.
import { Duration } from 'aws-cdk-lib';
import type { IFunction, Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { DefinitionBody, type IStateMachine, JsonPath, LogLevel, Map as MapState, StateMachine, StateMachineType, TaskInput, Wait, WaitTime } from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { type CfnElement, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { acknowledgeArnFinding } from '../nag';

/**
 * Retried with backoff: what the same call may not meet again in a few seconds (Lambda's own
 * service errors, a sandbox timeout, a throttled or unavailable AWS service inside the task, an
 * early deadline check). A bug or bad data fails the execution at once, for the alarm.
 */
export const RETRYABLE_TASK_ERRORS = [
  'TransientError',
  'CheckTooEarlyError',
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
  'Sandbox.Timedout',
  'States.Timeout',
];
const RETRY_WORTHWHILE = { errors: RETRYABLE_TASK_ERRORS, interval: Duration.seconds(5), backoffRate: 2, maxAttempts: 6 };

export function complaintSlaStateMachine(scope: Construct, checkStage: IFunction, announceCase: IFunction): StateMachine {
  const check = (id: string, kind: 'warn' | 'due') =>
    new LambdaInvoke(scope, id, {
      lambdaFunction: checkStage,
      payloadResponseOnly: true,
      payload: TaskInput.fromObject({
        complaintId: JsonPath.stringAt('$.complaintId'),
        generation: JsonPath.numberAt('$.generation'),
        stage: JsonPath.stringAt('$.stage.stage'),
        kind,
      }),
      resultPath: JsonPath.DISCARD,
    }).addRetry(RETRY_WORTHWHILE);

  const perStage = new Wait(scope, 'WaitUntilWarning', { time: WaitTime.timestampPath('$.stage.warnAt') })
    .next(check('RemindIfOpen', 'warn'))
    .next(new Wait(scope, 'WaitUntilDue', { time: WaitTime.timestampPath('$.stage.dueAt') }))
    .next(check('EscalateIfOpen', 'due'));

  const announce = new LambdaInvoke(scope, 'AnnounceToOffice', {
    lambdaFunction: announceCase,
    payloadResponseOnly: true,
    payload: TaskInput.fromObject({ complaintId: JsonPath.stringAt('$.complaintId') }),
    resultPath: JsonPath.DISCARD,
  }).addRetry(RETRY_WORTHWHILE);

  const eachStage = new MapState(scope, 'EachStage', {
    itemsPath: '$.stages',
    itemSelector: {
      'complaintId.$': '$.complaintId',
      'generation.$': '$.generation',
      'stage.$': '$$.Map.Item.Value',
    },
    resultPath: JsonPath.DISCARD,
  });
  eachStage.itemProcessor(perStage);

  const machine = new StateMachine(scope, 'ComplaintSla', {
    stateMachineType: StateMachineType.STANDARD,
    definitionBody: DefinitionBody.fromChainable(announce.next(eachStage)),
    tracingEnabled: true,
    logs: {
      destination: new LogGroup(scope, 'ComplaintSlaLogs', { retention: RetentionDays.THREE_MONTHS, removalPolicy: RemovalPolicy.DESTROY }),
      // every event, without execution data (inputs carry ids only, but stay out of logs anyway)
      level: LogLevel.ALL,
      includeExecutionData: false,
    },
  });
  for (const fn of [checkStage, announceCase]) {
    const fnId = Stack.of(scope).getLogicalId(fn.node.defaultChild as CfnElement);
    Validations.of(machine).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${fnId}.Arn>:*]`,
      reason: 'CDK grants lambda:InvokeFunction on the task functions and their versions (":*"); nothing else.',
    });
  }
  Validations.of(machine).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason: 'X-Ray tracing and CloudWatch Logs delivery only accept Resource "*".',
  });
  return machine;
}

/** The SLA state machine's ARN, exported by the stateless stack for the API stack's functions. */
export const SLA_STATE_MACHINE_ARN_EXPORT = 'SsoStateless-ComplaintSlaStateMachineArn';

/**
 * A function that files or acts on complaints starts a case's execution and stops or describes
 * it (execution names are per complaint), on this state machine only. `arnInTemplate` is how the
 * function's template names the machine's ARN (a Ref in its own stack, an import in another), for
 * the cdk-nag finding on the executions' `:*`.
 */
export function grantSlaExecutions(machine: IStateMachine, fn: LambdaFunction, arnInTemplate: string): void {
  machine.grantStartExecution(fn);
  machine.grantExecution(fn, 'states:StopExecution', 'states:DescribeExecution');
  fn.addEnvironment('COMPLAINT_SLA_STATE_MACHINE_ARN', machine.stateMachineArn);
  const stack = Stack.of(fn);
  acknowledgeArnFinding(
    fn,
    `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:states:${stack.region}:<AWS::AccountId>:execution:{"Fn::Select":[6,{"Fn::Split":[":",${arnInTemplate}]}]}:*]`,
    'Stop/describe the executions of the complaint SLA state machine only (execution names are per complaint).',
  );
}

/** The template expression of a state machine's ARN in its own stack. */
export function arnRef(machine: StateMachine): string {
  return `{"Ref":"${Stack.of(machine).getLogicalId(machine.node.defaultChild as CfnElement)}"}`;
}
