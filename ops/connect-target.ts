// Points an operator command at its target, the way Lambda's environment points a function at
// AWS: the local stack (`npm start`), or with `--aws` the deployed stacks, whose CloudFormation
// outputs name the table, the bucket and the mail settings.
//
// Call it before importing anything that reads the configuration or creates an SDK client
// (shared/config.ts, shared/aws/*): those read process.env once, at load.
import { CloudFormationClient, DescribeStacksCommand, type Output } from '@aws-sdk/client-cloudformation';
import { DEFAULT_REGION, STATEFUL_OUTPUTS, STATEFUL_STACK, STATELESS_OUTPUTS, STATELESS_STACK } from '../infra/stack-outputs';

export interface Target {
  target: 'local' | 'aws';
  /** One line for the operator: where this command acts. */
  describe: string;
}

/** SDK settings the local stack sets; a command run with `--aws` from the same shell must not keep them. */
const LOCAL_ONLY_VARIABLES = [
  'AWS_ENDPOINT_URL_DYNAMODB',
  'AWS_ENDPOINT_URL_S3',
  'AWS_ENDPOINT_URL_SES',
  'AWS_ENDPOINT_URL_SFN',
  'AWS_ENDPOINT_URL_SECRETS_MANAGER',
  'S3_FORCE_PATH_STYLE',
];

export async function connectTarget(options: { aws: boolean }): Promise<Target> {
  // the deployed runtime is Node 24; an operator's Node 20 is supported by the pinned SDK (as for `npm start`)
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  if (!options.aws) {
    // the running stack's endpoints only: operator commands start no workflow, so they need no
    // references from the synthesized template (and load in a second instead of a synth's time)
    const { runningLocalStackEnvironment } = await import('../local/local-environment');
    Object.assign(process.env, runningLocalStackEnvironment());
    return {
      target: 'local',
      describe: `the local stack (DynamoDB ${process.env.AWS_ENDPOINT_URL_DYNAMODB}, table ${process.env.TABLE_NAME})`,
    };
  }

  const region = process.env.AWS_REGION ?? process.env.CDK_DEFAULT_REGION ?? DEFAULT_REGION;
  const environment = await deployedEnvironment(new CloudFormationClient({ region }));
  for (const variable of LOCAL_ONLY_VARIABLES) delete process.env[variable];
  Object.assign(process.env, environment, { AWS_REGION: region });
  return {
    target: 'aws',
    describe: `AWS ${region}, stacks ${STATEFUL_STACK} and ${STATELESS_STACK} (table ${environment.TABLE_NAME})`,
  };
}

/** The deployed functions' environment, from the two stacks' outputs (a missing mailbox keeps the functions' default). */
export async function deployedEnvironment(cloudFormation: CloudFormationClient): Promise<Record<string, string>> {
  const [stateful, stateless] = await Promise.all([stackOutputs(cloudFormation, STATEFUL_STACK), stackOutputs(cloudFormation, STATELESS_STACK)]);
  const environment: Record<string, string> = {};
  const collect = (stack: string, outputs: Map<string, string>, mapping: Record<string, string>, required: string[]) => {
    for (const [key, variable] of Object.entries(mapping)) {
      const value = outputs.get(key);
      if (value !== undefined) environment[variable] = value;
      else if (required.includes(key)) throw new Error(`Stack ${stack} has no output "${key}"; deploy the current version first (npm run deploy).`);
    }
  };
  collect(STATEFUL_STACK, stateful, STATEFUL_OUTPUTS, Object.keys(STATEFUL_OUTPUTS));
  collect(STATELESS_STACK, stateless, STATELESS_OUTPUTS, ['MailFrom', 'SiteUrl', 'SesConfigurationSet', 'JwtSecretArn']);
  return environment;
}

async function stackOutputs(cloudFormation: CloudFormationClient, stackName: string): Promise<Map<string, string>> {
  let outputs: Output[];
  try {
    const { Stacks } = await cloudFormation.send(new DescribeStacksCommand({ StackName: stackName }));
    outputs = Stacks?.[0]?.Outputs ?? [];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot read stack ${stackName} (${reason}); check AWS credentials and AWS_REGION.`);
  }
  return new Map(outputs.flatMap((o) => (o.OutputKey && o.OutputValue !== undefined ? [[o.OutputKey, o.OutputValue] as const] : [])));
}
