// The local Step Functions endpoint keeps running executions across a restart of `npm start`:
// saved soon after each start, saved as running on stop (not as the aborted runs they become), resumed.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StepFunctionsServer } from '../../../local/step-functions-server';

const ARN = 'arn:aws:states:ap-southeast-1:000000000000:stateMachine:waits';
const machines = [
  {
    logicalId: 'Waits',
    arn: ARN,
    definition: { StartAt: 'Wait', States: { Wait: { Type: 'Wait', Seconds: 3600, Next: 'Done' }, Done: { Type: 'Succeed' } } },
    taskHandlers: {},
  },
];
const dirs: string[] = [];
const servers: StepFunctionsServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const saved = (file: string) => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Array<{ name: string }>).map((e) => e.name) : []);

async function server(stateFile: string) {
  const s = new StepFunctionsServer({ machines, stateFile });
  servers.push(s);
  await s.start();
  return s;
}

describe('StepFunctionsServer, running executions on disk', () => {
  it('saves a burst of starts once, soon after', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sfn-state-'));
    dirs.push(dir);
    const file = path.join(dir, 'executions.json');
    const s = await server(file);
    for (const name of ['a', 'b', 'c']) s.startExecution(ARN, name, '{}');
    expect(saved(file)).toEqual([]);
    await new Promise((r) => setTimeout(r, 400));
    expect(saved(file).sort()).toEqual(['a', 'b', 'c']);
  });

  it('saves running executions on stop and runs them again after a restart', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sfn-state-'));
    dirs.push(dir);
    const file = path.join(dir, 'executions.json');
    const first = await server(file);
    first.startExecution(ARN, 'kept', '{"complaintId":"C-1"}');
    await first.stop();
    servers.splice(servers.indexOf(first), 1);
    await new Promise((r) => setTimeout(r, 400)); // a late save would have happened by now
    expect(saved(file)).toEqual(['kept']);

    const second = await server(file);
    const resumed = [...second.executions.values()];
    expect(resumed.map((e) => [e.name, e.status, e.input])).toEqual([['kept', 'RUNNING', '{"complaintId":"C-1"}']]);
  });
});
