// API throughput: autocannon on POST /api/complaints and GET /api/complaints/track/{code} (127.0.0.1), then nothing lost.
import type { Benchmark } from './support/benchmark';
import { runLoad, type LoadResult } from './support/autocannon';
import { countDynamoDb, type DdbCounts } from './support/ddb-counter';
import { profileWhile } from './support/profile';
import { startBenchStack } from './support/stack';
import { int, ms, ratio, table } from './support/stats';

const DURATION_S = 30;
const CONNECTIONS = 10;
const TARGET_RPS = 300;
const TARGET_P99_MS = 100;
const PROFILE_S = 10;

const webComplaint = JSON.stringify({
  channel: 'web',
  hospitalCode: '1000002',
  topic: 'waiting-time',
  description: 'รอตรวจนานกว่า 4 ชั่วโมง โดยไม่มีการแจ้งเหตุผล',
  complainant: { name: 'นายประกันตน ทดสอบ', phone: '0812345678', email: 'complainant.bench@example.com' },
});

const bangkokMonth = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 7);
const byPartition = (c: DdbCounts, n: number) => Object.entries(c.calls).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${ratio(v / Math.max(1, n), 1)}`).join(', ');

export const throughput: Benchmark = {
  name: 'throughput',
  title: 'API throughput',
  async run(log) {
    const stack = await startBenchStack();
    try {
      const { dynamoClient } = await import('../shared/aws/dynamodb');
      const { listByMonth } = await import('../shared/data/complaints-repository');
      const counter = countDynamoDb(dynamoClient);
      const filedUrl = `${stack.apiUrl}/complaints`;
      const headers = { 'content-type': 'application/json' };
      // warm-up: load the handlers, open connections; one complaint to track
      let trackingCode = '';
      for (let i = 0; i < 20; i++) {
        const res = await stack.call<{ trackingCode: string }>('POST', '/complaints', { body: JSON.parse(webComplaint) });
        if (res.status !== 201) throw new Error(`filing answered ${res.status}`);
        trackingCode = res.body.trackingCode;
        await stack.call('GET', `/complaints/track/${trackingCode}`);
      }
      const start = new Date();
      const months = () => [...new Set([bangkokMonth(start), bangkokMonth(new Date())])];
      const stored = async () => (await Promise.all(months().map(listByMonth))).reduce((n, p) => n + p.items.length, 0);
      const before = await stored();
      const executionsBefore = stack.stepFunctions.executions.size;

      log(`  POST /api/complaints for ${DURATION_S} s, ${CONNECTIONS} connections`);
      const { invocations } = await import('../local/lambda-runtime');
      const tasksRun = () => new Map(invocations);
      const tasksBefore = tasksRun();
      counter.reset();
      const post = await runLoad({ url: filedUrl, method: 'POST', body: webComplaint, headers, connections: CONNECTIONS, durationSeconds: DURATION_S });
      const postDdb = counter.snapshot();
      // what else ran in the same process meanwhile: the state machine tasks of the cases just filed
      const backgroundTasks = [...tasksRun()]
        .filter(([handler]) => handler.includes('/sla/'))
        .map(([handler, n]) => [handler, n - (tasksBefore.get(handler) ?? 0)] as const)
        .filter(([, n]) => n > 0);
      await new Promise((r) => setTimeout(r, 1000)); // let requests in flight at the cut-off finish
      const after = await stored();
      const storedDuringRun = after - before;
      const executionsStarted = stack.stepFunctions.executions.size - executionsBefore;
      log(`  ${ratio(post.requestsPerSecond, 0)} req/s, p99 ${post.latencyP99} ms; ${int(storedDuringRun)} stored for ${int(post.ok2xx)} 2xx`);

      log(`  GET /api/complaints/track/{code} for ${DURATION_S} s, ${CONNECTIONS} connections`);
      counter.reset();
      const track = await runLoad({ url: `${stack.apiUrl}/complaints/track/${trackingCode}`, connections: CONNECTIONS, durationSeconds: DURATION_S });
      const trackDdb = counter.snapshot();
      log(`  ${ratio(track.requestsPerSecond, 0)} req/s, p99 ${track.latencyP99} ms`);

      // where the time goes: a CPU profile of the stack's process during a short extra POST run (not part of the figures)
      log(`  profiling POST /api/complaints for ${PROFILE_S} s`);
      const profiled = await profileWhile(() => runLoad({ url: filedUrl, method: 'POST', body: webComplaint, headers, connections: CONNECTIONS, durationSeconds: PROFILE_S }), 14);
      await new Promise((r) => setTimeout(r, 2000)); // requests in flight at the cut-off finish before the stack stops
      const sdkShare = profiled.shares.filter(([k]) => k.startsWith('@smithy/') || k.startsWith('@aws-sdk/')).reduce((n, [, v]) => n + v, 0);
      const dynaliteShare = profiled.shares.filter(([k]) => ['dynalite', 'level-transcoder', 'abstract-level', 'memory-level'].includes(k)).reduce((n, [, v]) => n + v, 0);

      const lost = Math.max(0, post.ok2xx - storedDuringRun);
      const fig = (label: string, r: LoadResult) => [
        { figure: `${label}: req/s`, value: ratio(r.requestsPerSecond, 0), target: `≥ ${TARGET_RPS}`, met: r.requestsPerSecond >= TARGET_RPS, absolute: `${int(r.total)} requests in ${DURATION_S} s, ${CONNECTIONS} connections` },
        { figure: `${label}: latency p50 / p99`, value: `${r.latencyP50} / ${r.latencyP99} ms`, target: `p99 ≤ ${TARGET_P99_MS} ms`, met: r.latencyP99 <= TARGET_P99_MS, absolute: `max ${r.latencyMax} ms` },
        { figure: `${label}: errors (non-2xx, socket errors, timeouts)`, value: String(r.non2xx + r.errors + r.timeouts), target: '0', met: r.non2xx + r.errors + r.timeouts === 0, absolute: `status codes ${JSON.stringify(r.statusCodes)}` },
      ];
      const findings: string[] = [];
      for (const [label, r, c] of [['POST /api/complaints', post, postDdb], ['GET /api/complaints/track/{code}', track, trackDdb]] as const) {
        const rt = Object.values(c.commands).reduce((a, b) => a + b, 0) / Math.max(1, r.total);
        if (r.requestsPerSecond < TARGET_RPS || r.latencyP99 > TARGET_P99_MS) {
          findings.push(`${label}: ${ratio(r.requestsPerSecond, 0)} req/s, p99 ${r.latencyP99} ms (targets ≥ ${TARGET_RPS}, ≤ ${TARGET_P99_MS} ms). Each request makes ${ratio(rt, 1)} DynamoDB round trips (${byPartition(c, r.total)}), each an HTTP call to dynalite in the same single Node process as the API adapter, the handlers and the Step Functions endpoint, on ${CONNECTIONS} connections.`);
        }
        if (r.non2xx + r.errors + r.timeouts) findings.push(`${label}: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts (${JSON.stringify(r.statusCodes)}).`);
      }
      const postCalls = Object.values(postDdb.commands).reduce((a, b) => a + b, 0) / Math.max(1, post.total);
      const REFERENCE = /^(?:Get|Query).* (?:gsi\d )?(HOSPITAL|HOSPITALS|OFFICE|OFFICES|CALENDAR|CALENDARS|CONFIG)$/;
      const referenceEntries = Object.entries(postDdb.calls).filter(([k]) => REFERENCE.test(k));
      const referenceReads = referenceEntries.reduce((n, [, v]) => n + v, 0) / Math.max(1, post.total);
      const referencePartitions = referenceEntries.map(([k]) => k);
      if (post.requestsPerSecond < TARGET_RPS) {
        findings.push(
          `CPU profile of the stack's process during ${PROFILE_S} s of POSTs: the AWS SDK's request pipeline (@smithy/*, @aws-sdk/*) takes ${(sdkShare * 100).toFixed(0)}% of the samples among the top buckets, dynalite ${(dynaliteShare * 100).toFixed(0)}%, the handlers' own code little: the cost is the number of round trips. POST /api/complaints makes ${ratio(postCalls, 1)} DynamoDB calls per request plus a StartExecution: ${byPartition(postDdb, post.total)}.${referenceReads ? ` ${ratio(referenceReads, 1)} of them read reference data that rarely changes (${referencePartitions.join(', ')}) on every filing; a per-container cache would remove them (a product change, not made here).` : ''}`,
          ...(backgroundTasks.length
            ? [
                `While the POSTs ran, the new cases' workflows ran their tasks in the same process: ${backgroundTasks.map(([h, n]) => `${h} ${int(n)}× (${ratio(n / Math.max(1, post.total), 2)} per POST)`).join(', ')}. The first state of each case's workflow mails the responsible office (a GetItem of the case, the outbox write and update, an SES send), so part of the calls counted above are that work; on AWS it is a separate Lambda, off the request path.`,
              ]
            : []),
          'Context: locally every call is an HTTP round trip into one Node process on this machine (API adapter, handlers, dynalite and the Step Functions endpoint share one core); on AWS each request gets its own Lambda and DynamoDB is a managed service, so this figure is the local stack\'s, not a deployed one\'s.',
        );
      }
      if (lost) findings.push(`${lost} complaints answered 2xx are not stored.`);
      return {
        figures: [
          ...fig('POST /api/complaints', post),
          ...fig('GET /api/complaints/track/{code}', track),
          { figure: 'complaints lost (2xx answered − stored)', value: String(lost), target: '0', met: lost === 0, absolute: `${int(post.ok2xx)} answered 2xx, ${int(storedDuringRun)} stored (the rest were in flight at the cut-off), ${int(executionsStarted)} SLA executions started` },
        ],
        details: [
          `autocannon ${CONNECTIONS} connections for ${DURATION_S} s per route, in its own process, against the local API adapter on 127.0.0.1 (the stack runs in one Node process: adapter, handlers, dynalite, s3rver, Step Functions endpoint). 20 warm-up requests first.`,
          'POST sends a web complaint (no login, the public form\'s body); GET tracks one existing code. Counted afterwards: complaints stored in the month partitions (`listByMonth`, the reports\' read) against the 2xx answers.',
          '',
          table(
            ['route', 'req/s', 'p50', 'p99', 'max', 'requests', '2xx', 'non-2xx', 'errors', 'timeouts', 'DynamoDB calls per request (command, partition)'],
            [
              ['POST /api/complaints', ratio(post.requestsPerSecond, 0), ms(post.latencyP50, 0), ms(post.latencyP99, 0), ms(post.latencyMax, 0), int(post.total), int(post.ok2xx), post.non2xx, post.errors, post.timeouts, byPartition(postDdb, post.total)],
              ['GET /api/complaints/track/{code}', ratio(track.requestsPerSecond, 0), ms(track.latencyP50, 0), ms(track.latencyP99, 0), ms(track.latencyMax, 0), int(track.total), int(track.ok2xx), track.non2xx, track.errors, track.timeouts, byPartition(trackDdb, track.total)],
            ],
          ),
          '',
          `Where the time goes (POST, CPU profile of the stack's process over ${PROFILE_S} s, ${ratio(profiled.result.requestsPerSecond, 0)} req/s while profiled; self time by package or folder):`,
          '',
          table(['package / folder', 'share of samples'], profiled.shares.map(([k, v]) => [k, `${(v * 100).toFixed(1)}%`])),
        ].join('\n'),
        findings,
      };
    } finally {
      await stack.stop();
    }
  },
};
