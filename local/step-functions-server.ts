// A local endpoint that speaks the Step Functions API (AWS JSON 1.0) for the state machines of the
// synthesized template, run by aws-local-stepfunctions with Lambda tasks bound to local handlers.
// Running executions are saved to disk and restarted after a restart: the SLA machine is made of
// waits-until-timestamp and idempotent checks, so running it again from the start is safe.
import './promise-with-resolvers';
import { StateMachine } from 'aws-local-stepfunctions';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LocalStateMachine } from './cloud-template';
import { invokeHandler } from './lambda-runtime';

type Status = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'ABORTED';

export interface LocalExecution {
  executionArn: string;
  stateMachineArn: string;
  name: string;
  input: string;
  status: Status;
  startDate: number;
  stopDate?: number;
  output?: string;
  error?: string;
  cause?: string;
  /** States entered so far (what AWS bills as state transitions). */
  transitions: number;
  abort?: () => void;
}

export interface StepFunctionsServerOptions {
  machines: LocalStateMachine[];
  /** Where running executions are saved; none for tests. */
  stateFile?: string;
  /** Wait state name → milliseconds, to shorten waits in tests. */
  waitTimeOverrides?: Record<string, number>;
  port?: number;
}

const SAVE_DELAY_MS = 250;

class ApiError extends Error {
  constructor(readonly type: string, message: string) {
    super(message);
  }
}

export class StepFunctionsServer {
  readonly executions = new Map<string, LocalExecution>();
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly machines: Map<string, { model: LocalStateMachine; machine: StateMachine }>;
  private server?: http.Server;
  url = '';

  constructor(private readonly options: StepFunctionsServerOptions) {
    this.machines = new Map(
      options.machines.map((model) => [
        model.arn,
        { model, machine: new StateMachine(model.definition as never, { validationOptions: { checkArn: false } }) },
      ]),
    );
  }

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(this.options.port ?? 0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    this.resumeSaved();
    return this.url;
  }

  async stop(): Promise<void> {
    // save what is running, then stop it: the aborted runs must not be saved as finished
    this.saveNow();
    this.stopping = true;
    for (const execution of this.executions.values()) if (execution.status === 'RUNNING') execution.abort?.();
    await Promise.allSettled([...this.inFlight]);
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server?.closeAllConnections();
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const target = String(req.headers['x-amz-target'] ?? '').replace('AWSStepFunctions.', '');
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      const result = this.dispatch(target, body);
      res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' }).end(JSON.stringify(result));
    } catch (error) {
      const e = error instanceof ApiError ? error : new ApiError('InternalFailure', (error as Error).message);
      res
        .writeHead(e.type === 'InternalFailure' ? 500 : 400, { 'content-type': 'application/x-amz-json-1.0' })
        .end(JSON.stringify({ __type: `com.amazonaws.states#${e.type}`, message: e.message }));
    }
  }

  private dispatch(action: string, body: Record<string, unknown>): unknown {
    switch (action) {
      case 'StartExecution':
        return this.startExecution(String(body.stateMachineArn), body.name ? String(body.name) : randomUUID(), String(body.input ?? '{}'));
      case 'StopExecution': {
        const execution = this.get(String(body.executionArn));
        if (execution.status === 'RUNNING') {
          execution.status = 'ABORTED';
          execution.stopDate = Date.now() / 1000;
          if (body.error) execution.error = String(body.error);
          if (body.cause) execution.cause = String(body.cause);
          execution.abort?.();
          this.save();
        }
        return { stopDate: execution.stopDate };
      }
      case 'DescribeExecution':
        return describe(this.get(String(body.executionArn)));
      case 'ListExecutions': {
        const list = [...this.executions.values()]
          .filter((e) => e.stateMachineArn === body.stateMachineArn && (!body.statusFilter || e.status === body.statusFilter))
          .sort((a, b) => b.startDate - a.startDate)
          .map(({ executionArn, stateMachineArn, name, status, startDate, stopDate }) => ({
            executionArn,
            stateMachineArn,
            name,
            status,
            startDate,
            ...(stopDate ? { stopDate } : {}),
          }));
        return { executions: list };
      }
      default:
        throw new ApiError('UnknownOperationException', `Not supported locally: ${action}`);
    }
  }

  private get(executionArn: string): LocalExecution {
    const execution = this.executions.get(executionArn);
    if (!execution) throw new ApiError('ExecutionDoesNotExist', `Execution does not exist: ${executionArn}`);
    return execution;
  }

  startExecution(stateMachineArn: string, name: string, input: string, startDate = Date.now() / 1000): { executionArn: string; startDate: number } {
    const entry = this.machines.get(stateMachineArn);
    if (!entry) throw new ApiError('StateMachineDoesNotExist', `State machine does not exist: ${stateMachineArn}`);
    const executionArn = `${stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;
    const existing = this.executions.get(executionArn);
    if (existing) {
      // Same name and input while running: AWS answers with the same execution (idempotent start).
      if (existing.status === 'RUNNING' && existing.input === input) return { executionArn, startDate: existing.startDate };
      throw new ApiError('ExecutionAlreadyExists', `Execution already exists: ${executionArn}`);
    }
    const execution: LocalExecution = { executionArn, stateMachineArn, name, input, status: 'RUNNING', startDate, transitions: 0 };
    this.executions.set(executionArn, execution);
    this.run(entry, execution);
    this.save();
    return { executionArn, startDate };
  }

  private run(entry: { model: LocalStateMachine; machine: StateMachine }, execution: LocalExecution): void {
    const taskResourceLocalHandlers = Object.fromEntries(
      Object.entries(entry.model.taskHandlers).map(([state, handler]) => [
        state,
        async (input: unknown) => {
          // tracked, so that stop() lets a task that already started finish before the emulators go
          const task = invokeHandler(handler, input);
          this.inFlight.add(task);
          try {
            return (await task) as never;
          } finally {
            this.inFlight.delete(task);
          }
        },
      ]),
    );
    const run = entry.machine.run(JSON.parse(execution.input), {
      overrides: { taskResourceLocalHandlers, ...(this.options.waitTimeOverrides ? { waitTimeOverrides: this.options.waitTimeOverrides } : {}) },
      noThrowOnAbort: true,
      context: { Execution: { Id: execution.executionArn, Name: execution.name, StartTime: new Date(execution.startDate * 1000).toISOString() } },
    });
    execution.abort = run.abort;
    void (async () => {
      for await (const event of run.eventLogs) if (event.type === 'StateEntered') execution.transitions++;
    })().catch(() => undefined);
    run.result.then(
      (output) => {
        if (execution.status !== 'RUNNING' || this.stopping) return;
        execution.status = 'SUCCEEDED';
        execution.output = JSON.stringify(output);
        execution.stopDate = Date.now() / 1000;
        this.save();
      },
      (error: Error) => {
        if (execution.status !== 'RUNNING' || this.stopping) return;
        execution.status = 'FAILED';
        execution.error = error.name;
        execution.cause = error.message;
        execution.stopDate = Date.now() / 1000;
        this.save();
      },
    );
  }

  private saveTimer?: NodeJS.Timeout;
  private stopping = false;

  /** Saves the running executions soon (many starts in a burst make one write); stop() saves at once. */
  private save(): void {
    if (!this.options.stateFile || this.saveTimer || this.stopping) return;
    this.saveTimer = setTimeout(() => this.saveNow(), SAVE_DELAY_MS);
    this.saveTimer.unref();
  }

  private saveNow(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (!this.options.stateFile) return;
    const running = [...this.executions.values()]
      .filter((e) => e.status === 'RUNNING')
      .map(({ stateMachineArn, name, input, startDate }) => ({ stateMachineArn, name, input, startDate }));
    writeFileSync(this.options.stateFile, JSON.stringify(running));
  }

  private resumeSaved(): void {
    const file = this.options.stateFile;
    if (!file || !existsSync(file)) return;
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Array<{ stateMachineArn: string; name: string; input: string; startDate: number }>;
    for (const e of saved) if (this.machines.has(e.stateMachineArn)) this.startExecution(e.stateMachineArn, e.name, e.input, e.startDate);
  }
}

function describe(e: LocalExecution) {
  return {
    executionArn: e.executionArn,
    stateMachineArn: e.stateMachineArn,
    name: e.name,
    status: e.status,
    startDate: e.startDate,
    input: e.input,
    ...(e.stopDate ? { stopDate: e.stopDate } : {}),
    ...(e.output ? { output: e.output } : {}),
    ...(e.error ? { error: e.error } : {}),
    ...(e.cause ? { cause: e.cause } : {}),
  };
}
