// Reads the synthesized CDK app (the very templates `cdk deploy` would use) and extracts what the
// local stack runs: the table definition, functions and their handler modules, state machines,
// schedules, S3 notifications and the subscriptions to the table's stream (with their filters).
import { App } from 'aws-cdk-lib';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../infra/build-app';
import { HANDLER_METADATA_KEY } from '../infra/constructs/sso-function';
import type { StreamSubscription, StreamViewType } from './dynamodb-stream';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Resource {
  Type: string;
  Properties?: Record<string, Json>;
  Metadata?: Record<string, Json>;
}

export const LOCAL_ACCOUNT = '000000000000';

export interface LocalFunction {
  logicalId: string;
  handler: string;
  arn: string;
  /** Environment values that reference other resources, resolved to their local equivalents. */
  references: Record<string, string>;
}

export interface LocalStateMachine {
  logicalId: string;
  arn: string;
  definition: Record<string, unknown>;
  /** Task state name → handler module of the function it invokes. */
  taskHandlers: Record<string, string>;
}

export interface LocalSchedule {
  logicalId: string;
  expression: string;
  handler: string;
}

export interface CloudModel {
  table: { KeySchema: Json; AttributeDefinitions: Json; GlobalSecondaryIndexes: Json; StreamViewType?: StreamViewType };
  functions: LocalFunction[];
  stateMachines: LocalStateMachine[];
  schedules: LocalSchedule[];
  /** Handler modules invoked for objects created in the uploads bucket. */
  uploadHandlers: string[];
  /** The event source mappings on the table's stream: handler and FilterCriteria patterns. */
  streamSubscriptions: StreamSubscription[];
}

export function synthesizeCloudModel(region: string): CloudModel {
  const outdir = mkdtempSync(path.join(os.tmpdir(), 'sso-cdk-'));
  try {
    // Bundling is skipped: locally the handlers run from source, the definitions are the same.
    const app = new App({ outdir, context: { 'aws:cdk:bundling-stacks': [] } });
    buildApp(app, { nag: false });
    const assembly = app.synth();
    const resources: Record<string, Resource> = {};
    const exports: Record<string, Json> = {};
    for (const stack of assembly.stacks) {
      const template = stack.template as { Resources: Record<string, Resource>; Outputs?: Record<string, { Value: Json; Export?: { Name?: Json } }> };
      Object.assign(resources, template.Resources);
      for (const output of Object.values(template.Outputs ?? {})) {
        if (typeof output.Export?.Name === 'string') exports[output.Export.Name] = output.Value;
      }
    }
    return modelFrom(resources, exports, region);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** `exports`: each stack output's export name → its value, for the references across stacks. */
function modelFrom(resources: Record<string, Resource>, exports: Record<string, Json>, region: string): CloudModel {
  const entries = Object.entries(resources);
  const fnArn = (logicalId: string) => `arn:aws:lambda:${region}:${LOCAL_ACCOUNT}:function:${logicalId}`;
  const smArn = (logicalId: string) => `arn:aws:states:${region}:${LOCAL_ACCOUNT}:stateMachine:${logicalId}`;
  const handlers = new Map(
    entries
      .filter(([, r]) => r.Type === 'AWS::Lambda::Function' && typeof r.Metadata?.[HANDLER_METADATA_KEY] === 'string')
      .map(([id, r]) => [id, r.Metadata![HANDLER_METADATA_KEY] as string]),
  );
  const stateMachineIds = new Set(entries.filter(([, r]) => r.Type === 'AWS::StepFunctions::StateMachine').map(([id]) => id));

  // A value imported from another stack is the value that stack exports.
  const imported = (value: Json): Json => {
    const name = value && typeof value === 'object' && !Array.isArray(value) ? value['Fn::ImportValue'] : undefined;
    return typeof name === 'string' && name in exports ? exports[name]! : value;
  };
  // Resolves the intrinsic functions our templates use into local values.
  const resolve = (value: Json): Json => {
    if (Array.isArray(value)) return value.map(resolve);
    const exported = imported(value);
    if (exported !== value) return resolve(exported);
    if (value && typeof value === 'object') {
      if ('Fn::GetAtt' in value) {
        const [id] = value['Fn::GetAtt'] as string[];
        if (id && handlers.has(id)) return fnArn(id);
      }
      if ('Ref' in value && typeof value.Ref === 'string') {
        if (value.Ref === 'AWS::Partition') return 'aws';
        if (value.Ref === 'AWS::Region') return region;
        if (value.Ref === 'AWS::AccountId') return LOCAL_ACCOUNT;
        if (stateMachineIds.has(value.Ref)) return smArn(value.Ref);
      }
      if ('Fn::Join' in value) {
        const [sep, parts] = value['Fn::Join'] as [string, Json[]];
        return parts.map((p) => String(resolve(p))).join(sep);
      }
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
    }
    return value;
  };
  const handlerOfArn = (arn: Json) => {
    const id = typeof arn === 'string' ? arn.split(':function:')[1] : undefined;
    return id ? handlers.get(id) : undefined;
  };

  const tableResource = entries.find(([, r]) => r.Type === 'AWS::DynamoDB::Table')?.[1];
  if (!tableResource?.Properties) throw new Error('The CDK app defines no DynamoDB table');

  const functions: LocalFunction[] = [...handlers].map(([logicalId, handler]) => {
    const vars = ((resources[logicalId]!.Properties?.Environment as { Variables?: Record<string, Json> } | undefined)?.Variables ?? {});
    const references = Object.fromEntries(
      Object.entries(vars)
        .map(([k, v]) => [k, imported(v)] as const)
        .filter(([, v]) => typeof v === 'object' && v !== null && 'Ref' in v && stateMachineIds.has((v as { Ref: string }).Ref))
        .map(([k, v]) => [k, String(resolve(v))]),
    );
    return { logicalId, handler, arn: fnArn(logicalId), references };
  });

  const stateMachines: LocalStateMachine[] = [...stateMachineIds].map((logicalId) => {
    const definition = JSON.parse(String(resolve(resources[logicalId]!.Properties!.DefinitionString!))) as Record<string, unknown>;
    const taskHandlers: Record<string, string> = {};
    const walk = (states: Record<string, Record<string, unknown>>) => {
      for (const [name, state] of Object.entries(states)) {
        if (state.Type === 'Task') {
          const handler = handlerOfArn(state.Resource as string);
          if (!handler) throw new Error(`Task ${name} calls a resource the local stack cannot run: ${String(state.Resource)}`);
          taskHandlers[name] = handler;
        }
        const processor = (state.ItemProcessor ?? state.Iterator) as { States: Record<string, Record<string, unknown>> } | undefined;
        if (processor) walk(processor.States);
        for (const branch of (state.Branches as Array<{ States: Record<string, Record<string, unknown>> }> | undefined) ?? []) walk(branch.States);
      }
    };
    walk(definition.States as Record<string, Record<string, unknown>>);
    return { logicalId, arn: smArn(logicalId), definition, taskHandlers };
  });

  const schedules: LocalSchedule[] = entries
    .filter(([, r]) => r.Type === 'AWS::Events::Rule' && r.Properties?.ScheduleExpression)
    .flatMap(([logicalId, r]) =>
      ((r.Properties!.Targets as Array<{ Arn: Json }>) ?? []).flatMap((t) => {
        const handler = handlerOfArn(resolve(t.Arn));
        return handler ? [{ logicalId, expression: String(r.Properties!.ScheduleExpression), handler }] : [];
      }),
    );

  const uploadHandlers = entries
    .filter(([, r]) => r.Type === 'Custom::S3BucketNotifications')
    .flatMap(([, r]) => {
      const config = r.Properties!.NotificationConfiguration as { LambdaFunctionConfigurations?: Array<{ LambdaFunctionArn: Json; Events: string[] }> };
      return (config.LambdaFunctionConfigurations ?? [])
        .filter((c) => c.Events.some((e) => e.startsWith('s3:ObjectCreated')))
        .flatMap((c) => handlerOfArn(resolve(c.LambdaFunctionArn)) ?? []);
    });

  const tableId = entries.find(([, r]) => r === tableResource)![0];
  const streamSubscriptions: StreamSubscription[] = entries
    .filter(([, r]) => r.Type === 'AWS::Lambda::EventSourceMapping')
    .map(([logicalId, r]) => {
      const props = r.Properties!;
      const source = imported(props.EventSourceArn!) as { 'Fn::GetAtt'?: [string, string] };
      const [sourceId, attribute] = source['Fn::GetAtt'] ?? [];
      if (sourceId !== tableId || attribute !== 'StreamArn') throw new Error(`Event source mapping ${logicalId} reads a source the local stack cannot run: ${JSON.stringify(props.EventSourceArn)}`);
      const fnId = (props.FunctionName as { Ref?: string }).Ref;
      const handler = fnId ? handlers.get(fnId) : undefined;
      if (!handler) throw new Error(`Event source mapping ${logicalId} invokes a function the local stack cannot run`);
      const filters = (props.FilterCriteria as { Filters?: Array<{ Pattern: string }> } | undefined)?.Filters ?? [];
      return { logicalId, handler, patterns: filters.map((f) => f.Pattern) };
    });

  const { KeySchema, AttributeDefinitions, GlobalSecondaryIndexes, StreamSpecification } = tableResource.Properties as Record<string, Json>;
  const viewType = (StreamSpecification as { StreamViewType?: StreamViewType } | undefined)?.StreamViewType;
  return {
    table: { KeySchema: KeySchema!, AttributeDefinitions: AttributeDefinitions!, GlobalSecondaryIndexes: GlobalSecondaryIndexes ?? [], ...(viewType ? { StreamViewType: viewType } : {}) },
    functions,
    stateMachines,
    schedules,
    uploadHandlers,
    streamSubscriptions,
  };
}
