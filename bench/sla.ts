// SLA cost: Step Functions state transitions of one complaint closed on time and of one that breaches every stage.
import type { LocalExecution } from '../local/step-functions-server';
import type { Benchmark } from './support/benchmark';
import { eventually, startBenchStack, type BenchStack } from './support/stack';
import { ms, since, table } from './support/stats';

const TARGET = 12;
const RACE_RUNS = 8;

const aComplaint = (overrides: Record<string, unknown> = {}) => ({
  channel: 'web',
  hospitalCode: '1000002',
  topic: 'waiting-time',
  description: 'รอตรวจนานกว่า 4 ชั่วโมง โดยไม่มีการแจ้งเหตุผล',
  complainant: { name: 'นายประกันตน ทดสอบ', phone: '0812345678', email: 'complainant.bench@example.com' },
  ...overrides,
});
type Filed = { complaintId: string; trackingCode: string; deadlines: Array<{ stage: string; status: string }> };

const executionsOf = (stack: BenchStack, complaintId: string): LocalExecution[] => [...stack.stepFunctions.executions.values()].filter((e) => e.name.startsWith(`${complaintId}-`));
const settle = () => new Promise((r) => setTimeout(r, 250)); // the event log is counted asynchronously

async function file(stack: BenchStack, body: Record<string, unknown>, token?: string): Promise<Filed> {
  const res = await stack.call<Filed>('POST', '/complaints', { body, ...(token ? { token } : {}) });
  if (res.status !== 201) throw new Error(`filing answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

function describeExecutions(list: LocalExecution[]): string {
  return list.map((e) => `${e.name}: ${e.status}, ${e.transitions} states entered (${JSON.parse(e.input).stages.length} stages)`).join('; ');
}

export const sla: Benchmark = {
  name: 'sla',
  title: 'SLA cost',
  async run(log) {
    const stack = await startBenchStack();
    try {
      const infoCenter = await stack.login('demo-info-center');
      const office = await stack.login('demo-area-office');

      // 1. breaches every stage: received by the hotline 30 days ago, so every warning and target is past
      const t1 = performance.now();
      const breached = await file(stack, aComplaint({ channel: 'hotline', receivedAt: new Date(Date.now() - 30 * 86_400_000).toISOString() }), infoCenter);
      await eventually(() => executionsOf(stack, breached.complaintId).every((e) => e.status === 'SUCCEEDED') && executionsOf(stack, breached.complaintId).length > 0, 60_000);
      const breachedMs = since(t1);
      await settle();
      const detail = await stack.call<{ breaches: string[] }>('GET', `/complaints/${breached.complaintId}`, { token: office });
      const breachedExecs = executionsOf(stack, breached.complaintId);
      const breachedTransitions = breachedExecs.reduce((n, e) => n + e.transitions, 0);
      const openStages = breachedExecs[0] ? (JSON.parse(breachedExecs[0].input) as { stages: Array<{ stage: string }> }).stages.map((s) => s.stage) : [];
      // evidence when a breach is missing: run the same check now that the case surely exists
      let recheck: unknown;
      if (detail.body.breaches.length < openStages.length) {
        const { invokeHandler } = await import('../local/lambda-runtime');
        recheck = await invokeHandler('functions/complaints/sla/check-stage.ts', { complaintId: breached.complaintId, generation: 1, stage: openStages[0], kind: 'due' });
      }
      log(`  breaching complaint: ${describeExecutions(breachedExecs)}; breaches ${detail.body.breaches.join(', ')}`);

      // the same again a few times: do the checks of waits already past always find the case?
      // (filed at once, as a busy hotline desk would, which also makes any race between the clock and the case visible)
      const again = await Promise.all(Array.from({ length: RACE_RUNS }, () => file(stack, aComplaint({ channel: 'hotline', receivedAt: new Date(Date.now() - 30 * 86_400_000).toISOString() }), infoCenter)));
      await eventually(() => again.every((a) => executionsOf(stack, a.complaintId).length > 0 && executionsOf(stack, a.complaintId).every((e) => e.status !== 'RUNNING')), 60_000);
      let missed = 0;
      for (const a of again) {
        const d = await stack.call<{ breaches: string[] }>('GET', `/complaints/${a.complaintId}`, { token: office });
        if (d.body.breaches.length < openStages.length) {
          missed++;
          if (recheck === undefined) {
            const { invokeHandler } = await import('../local/lambda-runtime');
            const stage = openStages.find((st) => !d.body.breaches.includes(st));
            recheck = await invokeHandler('functions/complaints/sla/check-stage.ts', { complaintId: a.complaintId, generation: 1, stage, kind: 'due' });
          }
        }
      }
      log(`  ${missed} of ${RACE_RUNS} more breaching complaints recorded fewer breaches than stages`);

      // 2. closed on time: a web complaint acknowledged, reported back and closed at once
      const t2 = performance.now();
      const onTime = await file(stack, aComplaint());
      const act = async (body: Record<string, unknown>) => {
        const res = await stack.call<{ status: string }>('POST', `/complaints/${onTime.complaintId}/actions`, { token: office, body });
        if (res.status !== 200) throw new Error(`${String(body.action)} answered ${res.status}: ${JSON.stringify(res.body)}`);
      };
      await act({ action: 'acknowledge' });
      await act({ action: 'report-to-complainant', note: 'โรงพยาบาลชี้แจงแล้ว' });
      await act({ action: 'close', outcome: 'resolved', note: 'แก้ไขแล้ว' });
      const onTimeMs = since(t2);
      await settle();
      const onTimeExecs = executionsOf(stack, onTime.complaintId);
      const onTimeTransitions = onTimeExecs.reduce((n, e) => n + e.transitions, 0);
      log(`  on-time complaint: ${describeExecutions(onTimeExecs)}`);

      const rows = [
        ['closed on time (web; acknowledge, report, close)', onTimeTransitions, onTimeExecs.length, onTimeExecs.map((e) => e.status).join(', '), ms(onTimeMs, 0)],
        ['breaches every stage (hotline, received 30 days ago)', breachedTransitions, breachedExecs.length, breachedExecs.map((e) => e.status).join(', '), ms(breachedMs, 0)],
      ];
      const findings: string[] = [];
      for (const [label, n] of [['closed on time', onTimeTransitions], ['breaching', breachedTransitions]] as const) {
        if (n > TARGET) findings.push(`${label}: ${n} state transitions > ${TARGET}.`);
      }
      if (detail.body.breaches.length < openStages.length || missed > 0) {
        findings.push(
          `Complaints whose every target had passed: ${missed + (detail.body.breaches.length < openStages.length ? 1 : 0)} of ${RACE_RUNS + 1} filed ran their whole execution (SUCCEEDED) yet recorded fewer breaches than open stages (${openStages.join(', ')}), so those escalations were never sent.${recheck === undefined ? '' : ` Run again afterwards for one of them, the check of a missing stage (due) answers ${JSON.stringify(recheck)}.`} So the first checks ran before the case item could be read. \`checkStage\` answers \`unknown-complaint\` to a case it cannot read, and waits already in the past (a hotline, letter or walk-in complaint entered late) fire at once: see the order of \`createComplaint\` and \`startClock\` in shared/use-cases/file-complaint.ts. Product change: the case must be readable before its clock starts (or the check must retry instead of answering \`unknown-complaint\` for a very young case). The transition count is not affected.`,
        );
      }
      if (breachedExecs.some((e) => e.status !== 'SUCCEEDED')) findings.push(`The breaching complaint's execution did not succeed: ${describeExecutions(breachedExecs)}.`);
      return {
        figures: [
          { figure: 'state transitions, complaint closed on time', value: String(onTimeTransitions), target: `≤ ${TARGET}`, met: onTimeTransitions <= TARGET, absolute: `${onTimeExecs.length} execution(s), ${onTimeExecs.map((e) => e.status).join(', ')}` },
          { figure: 'state transitions, complaint breaching every stage', value: String(breachedTransitions), target: `≤ ${TARGET}`, met: breachedTransitions <= TARGET, absolute: `${breachedExecs.length} execution(s), ${breachedExecs.map((e) => e.status).join(', ')} in ${ms(breachedMs, 0)}; breaches recorded: ${detail.body.breaches.join(', ') || 'none'} of ${openStages.join(', ')}` },
        ],
        details: [
          'How it is counted: every `StateEntered` event of the complaint\'s executions (local/step-functions-server.ts counts them per execution from aws-local-stepfunctions\' event log; the bench sums all executions whose name starts with the complaint id).',
          'That is the number AWS bills as state transitions for a Standard workflow: the `EachStage` Map state, and per open stage `WaitUntilWarning` → `RemindIfOpen` → `WaitUntilDue` → `EscalateIfOpen` (4 states; a retried task would add none, a new execution after pause/resume or reroute would add its own).',
          'So a case costs 1 + 4 × (open stages) transitions at most, and less when it closes before its waits end: a wait that is still running when the case closes is aborted (`StopExecution`), never polled.',
          '',
          table(['complaint', 'states entered', 'executions', 'status', 'wall time'], rows),
          '',
          `Also filed: ${RACE_RUNS} more complaints breaching every stage, all at once, to see whether each records its breaches (${missed} did not).`,
        ].join('\n'),
        findings,
      };
    } finally {
      await stack.stop();
    }
  },
};
