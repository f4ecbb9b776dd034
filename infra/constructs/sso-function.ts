// "Our function": a NodejsFunction with the project's defaults (Node 24, ARM, ESM bundle with
// source maps, JSON logs with retention in a log group per capability, tracing), tagged with its handler so the local stack can
// bind state machine tasks and schedules to the same module.
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { Architecture, type CfnFunction, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import path from 'node:path';
import { BUNDLE_BANNER, BUNDLE_TARGET, bundleAliases, xrayCallTracingOf } from './bundling';

export const HANDLER_METADATA_KEY = 'sso:handler';
const ROOT = path.resolve(import.meta.dirname, '../..');

export interface SsoFunctionProps {
  /** Handler module relative to the repository root, e.g. `functions/system/health.ts`. */
  entry: string;
  environment: Record<string, string>;
  timeout?: Duration;
  memorySize?: number;
}

const sharedLogGroups = new WeakMap<Stack, Map<string, LogGroup>>();

/**
 * One log group per capability (`functions/<capability>/…`), shared by its functions: a function
 * per route made one log group each and took the stack past CloudFormation's 500 resources. Every
 * line still names its function (Powertools' `function_name`, JSON logging).
 */
function logGroupFor(scope: Construct, entry: string): LogGroup {
  const stack = Stack.of(scope);
  const capability = entry.split('/')[1] ?? 'functions';
  const groups = sharedLogGroups.get(stack) ?? new Map<string, LogGroup>();
  sharedLogGroups.set(stack, groups);
  let group = groups.get(capability);
  if (!group) {
    const name = capability.replace(/(^|[-_])(\w)/g, (_, __, c: string) => c.toUpperCase());
    group = new LogGroup(stack, `${name}FunctionLogs`, { retention: RetentionDays.THREE_MONTHS, removalPolicy: RemovalPolicy.DESTROY });
    groups.set(capability, group);
  }
  return group;
}

export class SsoFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: SsoFunctionProps) {
    const logGroup = logGroupFor(scope, props.entry);
    const aliases = bundleAliases({ xrayCallTracing: xrayCallTracingOf(scope.node.tryGetContext('xrayCallTracing')) });
    super(scope, id, {
      entry: path.join(ROOT, props.entry),
      handler: 'handler',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(15),
      tracing: Tracing.ACTIVE,
      loggingFormat: LoggingFormat.JSON,
      logGroup,
      projectRoot: ROOT,
      depsLockFilePath: path.join(ROOT, 'package-lock.json'),
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: 'sso-hospital-services',
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        minify: true,
        sourceMap: true,
        // node20 output also runs on the local Node 20 (benchmarks import the bundles)
        target: BUNDLE_TARGET,
        mainFields: ['module', 'main'],
        banner: BUNDLE_BANNER,
        externalModules: [],
        // the credential chain reduced to the environment provider, and the X-Ray SDK left out
        // unless call tracing is asked for (infra/constructs/bundling.ts)
        esbuildArgs: { '--alias': Object.entries(aliases).map(([name, target]) => `${name}=${target}`) },
      },
    });
    (this.node.defaultChild as CfnFunction).addMetadata(HANDLER_METADATA_KEY, props.entry);
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: 'The AWS managed basic execution role only lets the function write its own CloudWatch logs.',
    });
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'X-Ray tracing (xray:PutTraceSegments / PutTelemetryRecords) only accepts Resource "*".',
    });
  }
}
