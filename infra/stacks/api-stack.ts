// The HTTP API's stage, routes and their functions, one per route of the route table
// (shared/http/routes/). A stack of its own: a function per route costs about six resources
// (function, role, policy, permission, integration, route), and with the jobs, state machines and
// alarms in one stack the total neared CloudFormation's 500.
import { type CfnResource, Fn, Stack, Validations, type StackProps, RemovalPolicy } from 'aws-cdk-lib';
import { type CfnStage, HttpMethod, HttpRoute, HttpRouteKey, HttpStage, type IHttpApi, type ThrottleSettings } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { routeList } from '../../shared/http/routes';
import { boundFunction, type FunctionBindings } from '../constructs/bound-function';
import { grantSlaExecutions, SLA_STATE_MACHINE_ARN_EXPORT } from '../workflows/complaint-sla';
import { grantJobStarters, grantRejectedUploadTagging } from '../workflows/jobs-and-mail-events';
import { functionId } from './stateless-stack';

export interface ApiStackProps extends StackProps {
  /** The HTTP API created by the site stack (CloudFront's origin); its stage and routes are made here. */
  api: IHttpApi;
  bindings: FunctionBindings;
  jwtSecret: ISecret;
  /** The value CloudFront sends in the origin-verify header (SiteStack.originVerifySecret). */
  originVerifySecret: ISecret;
  backgroundJobs: StateMachine;
}

const PUBLIC_THROTTLE: ThrottleSettings = { rateLimit: 50, burstLimit: 100 };

export class ApiStack extends Stack {
  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { api } = props;
    // by export name, so the grants name it without a generated token
    const slaStateMachine = StateMachine.fromStateMachineArn(this, 'ComplaintSla', Fn.importValue(SLA_STATE_MACHINE_ARN_EXPORT));

    const stage = new HttpStage(this, 'DefaultStage', { httpApi: api, stageName: '$default', autoDeploy: true });
    const defaultStage = stage.node.defaultChild as CfnStage;
    const accessLogs = new LogGroup(this, 'ApiAccessLogs', { retention: RetentionDays.THREE_MONTHS, removalPolicy: RemovalPolicy.DESTROY });
    defaultStage.accessLogSettings = {
      destinationArn: accessLogs.logGroupArn,
      // No query strings or bodies: they may carry personal data. Every request comes through
      // CloudFront, so sourceIp is a CloudFront edge, not the client; HTTP API access logs can
      // log no request header (X-Forwarded-For), so the client IP is in the WAF and CloudFront
      // logs, joined by time and path (docs/operations.md, "Who sent this request?").
      format: JSON.stringify({
        requestId: '$context.requestId',
        edgeIp: '$context.identity.sourceIp',
        time: '$context.requestTime',
        method: '$context.httpMethod',
        route: '$context.routeKey',
        status: '$context.status',
        latency: '$context.responseLatency',
      }),
    };
    defaultStage.defaultRouteSettings = { throttlingRateLimit: 200, throttlingBurstLimit: 400 };
    defaultStage.routeSettings = Object.fromEntries(
      routeList
        .filter((r) => r.throttle === 'public')
        // RouteSettings is raw JSON to CloudFormation: its keys keep CloudFormation's PascalCase
        .map((r) => [`${r.method} ${r.path}`, { ThrottlingRateLimit: PUBLIC_THROTTLE.rateLimit, ThrottlingBurstLimit: PUBLIC_THROTTLE.burstLimit }]),
    );

    for (const route of routeList) {
      // Authorization happens in the function (JWT + the route's roles from shared/http/routes/), so the
      // same check runs locally; public routes are public by design.
      const fn = boundFunction(this, functionId(route.id), { entry: route.handler, access: route.access, memoryMb: route.memoryMb }, props.bindings);
      // every API function may verify (or, signing in, issue) a session token, and checks the origin header
      props.jwtSecret.grantRead(fn);
      props.originVerifySecret.grantRead(fn);
      if (route.access.sla) grantSlaExecutions(slaStateMachine, fn, `{"Fn::ImportValue":"${SLA_STATE_MACHINE_ARN_EXPORT}"}`);
      const integration = new HttpLambdaIntegration(`${functionId(route.id)}Integration`, fn);
      const httpRoute = new HttpRoute(this, `${functionId(route.id)}Route`, {
        httpApi: api,
        routeKey: HttpRouteKey.with(route.path, HttpMethod[route.method]),
        integration,
      });
      // HEAD wherever GET: the same function (and integration) answers it with the headers only
      const headRoute =
        route.method === 'GET'
          ? new HttpRoute(this, `${functionId(route.id)}HeadRoute`, { httpApi: api, routeKey: HttpRouteKey.with(route.path, HttpMethod.HEAD), integration })
          : undefined;
      for (const r of [httpRoute, headRoute]) {
        if (!r) continue;
        Validations.of(r).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason: 'Each function verifies the JWT and the roles of its route (shared/http/routes/) in its middy stack; public routes are public by design.',
        });
      }
      // The stage's RouteSettings name this route: on a first deploy the stage must wait for it,
      // or CloudFormation creates the stage first and fails on a route that does not exist yet.
      if (route.throttle === 'public') defaultStage.addResourceDependency(httpRoute.node.defaultChild as CfnResource);
    }
    grantJobStarters(this, props.backgroundJobs);
    grantRejectedUploadTagging(this);
  }
}
