// What operators watch: one SNS topic every alarm notifies (an e-mail subscribed at deploy time),
// the alarms on the platform (Lambda, API, state machine, SES reputation, failed async work) and
// one dashboard with the business view above the technical one. docs/operations.md §4 lists
// every alarm with what it means and what to do.
import { Duration, Validations } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IAlarm,
  Metric,
  SingleValueWidget,
  TextWidget,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { METRIC, METRICS_NAMESPACE, METRICS_SERVICE } from '../../shared/metric-names';

export interface MonitoringProps {
  /** Where alarm notifications go (`-c alarmEmail=…`); without it the topic has no subscriber yet. */
  alarmEmail?: string;
  apiId: string;
  stateMachine: StateMachine;
  /** Queues that collect failed asynchronous work (S3 events, schedules), by a readable name. */
  failureQueues: Record<string, IQueue>;
}

/** A business metric the functions emit (shared/metric-names.ts). */
export function businessMetric(metricName: string, period = Duration.hours(1)): Metric {
  return new Metric({ namespace: METRICS_NAMESPACE, metricName, dimensionsMap: { service: METRICS_SERVICE }, statistic: 'Sum', period });
}

export class Monitoring extends Construct {
  readonly topic: Topic;
  readonly dashboard: Dashboard;
  private readonly action: SnsAction;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    this.topic = new Topic(this, 'AlarmTopic', { displayName: 'SSO hospital services alarms', enforceSSL: true });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
    Validations.of(this.topic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason: 'Alarm notifications carry alarm names and states, no personal data; CloudWatch cannot publish to a topic under the AWS managed SNS key.',
    });
    this.action = new SnsAction(this.topic);

    const fiveMinutes = Duration.minutes(5);
    const lambda = (metricName: string) => new Metric({ namespace: 'AWS/Lambda', metricName, statistic: 'Sum', period: fiveMinutes });
    const api = (metricName: string, statistic = 'Sum') =>
      new Metric({ namespace: 'AWS/ApiGateway', metricName, dimensionsMap: { ApiId: props.apiId }, statistic, period: fiveMinutes });
    const ses = (metricName: string) => new Metric({ namespace: 'AWS/SES', metricName, statistic: 'Maximum', period: Duration.hours(1) });
    const atLeast = (threshold: number) => ({ threshold, comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, treatMissingData: TreatMissingData.NOT_BREACHING });

    // the account's functions in this region taken together; the dashboard shows them one by one
    this.watch(new Alarm(this, 'LambdaErrors', { metric: lambda('Errors'), evaluationPeriods: 1, ...atLeast(5), alarmDescription: '5 or more Lambda invocations failed within 5 minutes' }));
    this.watch(new Alarm(this, 'LambdaThrottles', { metric: lambda('Throttles'), evaluationPeriods: 1, ...atLeast(1), alarmDescription: 'Lambda throttled invocations: the account concurrency limit was reached' }));
    this.watch(new Alarm(this, 'Api5xx', { metric: api('5xx'), evaluationPeriods: 1, ...atLeast(5), alarmDescription: 'The HTTP API answered 5 or more 5xx within 5 minutes' }));
    this.watch(
      new Alarm(this, 'ApiLatencyP99', {
        metric: api('Latency', 'p99'),
        evaluationPeriods: 3,
        ...atLeast(3000),
        alarmDescription: 'The slowest 1% of API requests took 3 s or more for 15 minutes',
      }),
    );
    this.watch(
      new Alarm(this, 'SlaExecutionsTimedOut', {
        metric: props.stateMachine.metricTimedOut({ period: Duration.hours(1) }),
        evaluationPeriods: 1,
        ...atLeast(1),
        alarmDescription: 'A complaint SLA execution timed out: reminders or escalations may be missing',
      }),
    );
    this.watch(
      new Alarm(this, 'MailDead', {
        metric: businessMetric(METRIC.mailDead),
        evaluationPeriods: 1,
        ...atLeast(1),
        alarmDescription: 'An e-mail could not be sent after every attempt (staff console: dead mail)',
      }),
    );
    // AWS reviews an account at a 5% bounce or 0.1% complaint rate and may pause sending at 10% / 0.5%
    this.watch(new Alarm(this, 'SesBounceRate', { metric: ses('Reputation.BounceRate'), evaluationPeriods: 1, ...atLeast(0.05), alarmDescription: 'SES bounce rate at 5% or more: AWS reviews the account (pauses sending at 10%)' }));
    this.watch(new Alarm(this, 'SesComplaintRate', { metric: ses('Reputation.ComplaintRate'), evaluationPeriods: 1, ...atLeast(0.001), alarmDescription: 'SES complaint rate at 0.1% or more: AWS reviews the account (pauses sending at 0.5%)' }));
    for (const [name, queue] of Object.entries(props.failureQueues)) {
      this.watch(
        new Alarm(this, `${name}FailuresQueued`, {
          metric: queue.metricApproximateNumberOfMessagesVisible({ period: fiveMinutes, statistic: 'Maximum' }),
          evaluationPeriods: 1,
          ...atLeast(1),
          alarmDescription: `${name}: an invocation failed after its retries and waits in its failure queue`,
        }),
      );
    }

    this.dashboard = new Dashboard(this, 'Dashboard', { defaultInterval: Duration.days(7) });
    const daily = (metricName: string, label: string) => businessMetric(metricName, Duration.days(1)).with({ label });
    this.dashboard.addWidgets(new TextWidget({ markdown: '## The service\nPer day: what people filed and what the offices did with it.', width: 24, height: 2 }));
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'Complaints filed / SLA breaches', left: [daily(METRIC.complaintFiled, 'complaints filed'), daily(METRIC.slaBreached, 'SLA stages breached')], width: 8 }),
      new GraphWidget({ title: 'Award submissions', left: [daily(METRIC.awardSubmissionReceived, 'submissions received')], width: 8 }),
      new GraphWidget({ title: 'Credential requests', left: [daily(METRIC.credentialRequestSubmitted, 'submitted'), daily(METRIC.credentialRequestDecided, 'decided')], width: 8 }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'Mail', left: [daily(METRIC.mailSent, 'sent'), daily(METRIC.mailDead, 'dead')], width: 8 }),
      new GraphWidget({ title: 'Sign-in locks / inactivity revocations', left: [daily(METRIC.loginThrottled, 'ids locked'), daily(METRIC.inactivityRevoked, 'ids revoked')], width: 8 }),
      new SingleValueWidget({ title: 'SES reputation (1 h)', metrics: [ses('Reputation.BounceRate'), ses('Reputation.ComplaintRate')], width: 8 }),
    );
    this.dashboard.addWidgets(new TextWidget({ markdown: '## The platform\nErrors, throttles, latency, executions, failed asynchronous work.', width: 24, height: 2 }));
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'Lambda errors and throttles (all functions)', left: [lambda('Errors'), lambda('Throttles')], width: 8 }),
      new GraphWidget({ title: 'API requests and errors', left: [api('Count'), api('4xx'), api('5xx')], width: 8 }),
      new GraphWidget({ title: 'API latency (ms)', left: [api('Latency', 'p50'), api('Latency', 'p99')], width: 8 }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Complaint SLA executions',
        left: [
          props.stateMachine.metricStarted({ period: Duration.hours(1) }),
          props.stateMachine.metricSucceeded({ period: Duration.hours(1) }),
          props.stateMachine.metricFailed({ period: Duration.hours(1) }),
          props.stateMachine.metricTimedOut({ period: Duration.hours(1) }),
        ],
        width: 12,
      }),
      new GraphWidget({
        title: 'Failed asynchronous work waiting (messages)',
        left: Object.entries(props.failureQueues).map(([name, queue]) => queue.metricApproximateNumberOfMessagesVisible({ period: fiveMinutes, statistic: 'Maximum', label: name })),
        width: 12,
      }),
    );
  }

  /** Sends this alarm's state changes (alarm and back to OK) to the operators' topic. */
  watch(alarm: IAlarm & Alarm): Alarm {
    alarm.addAlarmAction(this.action);
    alarm.addOkAction(this.action);
    return alarm;
  }
}
