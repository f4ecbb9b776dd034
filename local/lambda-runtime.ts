// Runs a handler module in this process the way Lambda would: the module is loaded once
// (cold start), then called with the event and a Lambda-like context.
import type { Context } from 'aws-lambda';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '..');
type Handler = (event: unknown, context: Context) => Promise<unknown>;
const loaded = new Map<string, Promise<Handler>>();
/** How often each handler ran in this process (tests read it to prove the wiring). */
export const invocations = new Map<string, number>();
/** The handler (its module path) whose invocation is running: benchmarks attribute SDK calls to it. */
export const currentInvocation = new AsyncLocalStorage<{ handler: string }>();
let tracking = false;
/** Turns on `currentInvocation` (async context tracking slows every call a little, so only on request). */
export function trackInvocations(): AsyncLocalStorage<{ handler: string }> {
  tracking = true;
  return currentInvocation;
}

function loadHandler(handlerPath: string): Promise<Handler> {
  let handler = loaded.get(handlerPath);
  if (!handler) {
    handler = import(pathToFileURL(path.join(ROOT, handlerPath)).href).then((m: { handler?: Handler }) => {
      if (typeof m.handler !== 'function') throw new Error(`${handlerPath} exports no handler`);
      return m.handler;
    });
    loaded.set(handlerPath, handler);
  }
  return handler;
}

export function lambdaContext(functionName: string, timeoutMs = 30_000): Context {
  const deadline = Date.now() + timeoutMs;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

export async function invokeHandler(handlerPath: string, event: unknown): Promise<unknown> {
  const handler = await loadHandler(handlerPath);
  invocations.set(handlerPath, (invocations.get(handlerPath) ?? 0) + 1);
  const name = handlerPath.replace(/^functions\//, '').replace(/\.ts$/, '').replaceAll('/', '-');
  return tracking ? currentInvocation.run({ handler: handlerPath }, () => handler(event, lambdaContext(name))) : handler(event, lambdaContext(name));
}
