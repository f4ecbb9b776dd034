// Round trips: the AWS calls one request of each public route makes on its request path (DynamoDB
// reads and writes, Step Functions, SES, S3, Secrets Manager), counted by a middleware on the
// application's own clients and attributed to the handler that made them.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Benchmark } from './support/benchmark';
import { samplePdf, startBenchStack, type BenchStack } from './support/stack';
import { table } from './support/stats';

const REPEAT = 10;
export const ROUND_TRIPS_JSON = path.join(import.meta.dirname, 'round-trips.json');
/** Targets: a public POST writes DynamoDB once (one transaction) and starts at most one execution; a public GET reads once. */
const MAX_WRITES_PER_POST = 1;
const MAX_READS_PER_GET = 1;

const DDB_READS = new Set(['GetItem', 'BatchGetItem', 'Query', 'Scan', 'TransactGetItems']);
const DDB_WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems']);

interface Call {
  handler: string | undefined;
  service: string;
  command: string;
}

type Middlewared = { middlewareStack: { add: (mw: unknown, options: unknown) => void } };

/** Adds the counting middleware to each client of shared/aws/ (the application's own instances). */
async function countCalls(): Promise<Call[]> {
  const calls: Call[] = [];
  const currentInvocation = (await import('../local/lambda-runtime')).trackInvocations();
  const clients: Array<[string, Middlewared]> = [
    ['DynamoDB', (await import('../shared/aws/dynamodb')).dynamoClient as unknown as Middlewared],
    ['S3', (await import('../shared/aws/s3')).s3 as unknown as Middlewared],
    ['SES', (await import('../shared/aws/ses')).ses as unknown as Middlewared],
    ['StepFunctions', (await import('../shared/aws/sfn')).sfn as unknown as Middlewared],
    ['SecretsManager', (await import('../shared/aws/secrets')).secrets as unknown as Middlewared],
  ];
  for (const [service, client] of clients) {
    client.middlewareStack.add(
      (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => async (args: unknown) => {
        calls.push({ handler: currentInvocation.getStore()?.handler, service, command: (context.commandName ?? 'unknown').replace(/Command$/, '') });
        return next(args);
      },
      // the step nearest the wire: a presigned URL (built, never sent) is not counted, a retry is
      { step: 'deserialize', name: 'benchCountRoundTrips', override: true },
    );
  }
  return calls;
}

interface Scenario {
  route: string;
  handler: string;
  /** One request; `i` numbers it. Returns the HTTP status. */
  run(stack: BenchStack, i: number): Promise<number>;
}

export interface Row {
  route: string;
  statuses: string;
  reads: number;
  writes: number;
  other: Record<string, number>;
  byCommand: Record<string, number>;
  offPath: Record<string, number>;
}

export const roundTrips: Benchmark = {
  name: 'round-trips',
  title: 'Round trips per request',
  async run(log) {
    const stack = await startBenchStack();
    try {
      const calls = await countCalls();
      const pdf = samplePdf(20_000, 'round-trips');
      const tracking: string[] = [];
      const requests: Array<{ requestId: string; upload: { url: string; headers: Record<string, string> }; form: { url: string } }> = [];
      const complaint = (i: number) => ({ channel: 'web', hospitalCode: ['1000001', '1000002', '5000001'][i % 3], topic: 'waiting-time', description: `รอบทดสอบ ${i}`, complainant: { name: `ผู้ร้อง ${i}`, email: `complainant${i}@example.com` } });
      const credential = (i: number) => ({ nationalId: '1101700230708', title: 'นาง', firstNameTh: 'ทดสอบ', lastNameTh: 'รอบ', firstNameEn: 'Round', lastNameEn: 'Trip', position: 'เจ้าหน้าที่', hospitalCode: '1000001', purpose: 'new', phone: '0812345678', email: `round${i}@hospital.example` });
      const get = (path: string) => async (s: BenchStack) => (await s.call('GET', path)).status;
      const scenarios: Scenario[] = [
        { route: 'POST /api/complaints', handler: 'functions/complaints/file-complaint.ts', run: async (s, i) => {
          const res = await s.call<{ trackingCode: string }>('POST', '/complaints', { body: complaint(i) });
          if (res.status === 201) tracking.push(res.body.trackingCode);
          return res.status;
        } },
        { route: 'GET /api/complaints/track/{trackingCode}', handler: 'functions/complaints/track.ts', run: async (s, i) => (await s.call('GET', `/complaints/track/${tracking[i % tracking.length]}`)).status },
        { route: 'GET /api/complaint-topics', handler: 'functions/complaints/list-topics.ts', run: get('/complaint-topics') },
        { route: 'POST /api/credential-requests', handler: 'functions/credentials/create-request.ts', run: async (s, i) => {
          const res = await s.call<(typeof requests)[number]>('POST', '/credential-requests', { body: credential(i) });
          if (res.status === 201) requests.push(res.body);
          return res.status;
        } },
        { route: 'GET /api/credential-requests/{requestId}/status', handler: 'functions/credentials/get-status.ts', run: async (s, i) => (await s.call('GET', `/credential-requests/${requests[i % requests.length]!.requestId}/status`)).status },
        { route: 'POST /api/credential-requests/{requestId}/upload', handler: 'functions/credentials/renew-upload.ts', run: async (s, i) => (await s.call('POST', `/credential-requests/${requests[i % requests.length]!.requestId}/upload`, { body: {} })).status },
        { route: 'GET /api/credential-requests/{requestId}/form.pdf', handler: 'functions/documents/credential-request-form.ts', run: async (_s, i) => (await fetch(requests[i % requests.length]!.form.url.startsWith('http') ? requests[i % requests.length]!.form.url : `${stack.apiUrl.replace(/\/api$/, '')}${requests[i % requests.length]!.form.url}`)).status },
        { route: 'POST /api/credential-requests/{requestId}/submit', handler: 'functions/credentials/submit-request.ts', run: async (s, i) => {
          const r = requests[i % requests.length]!;
          await fetch(r.upload.url, { method: 'PUT', headers: r.upload.headers, body: new Uint8Array(pdf) });
          return (await s.call('POST', `/credential-requests/${r.requestId}/submit`, { body: {} })).status;
        } },
        { route: 'POST /api/auth/login', handler: 'functions/auth/login.ts', run: async (s) => (await s.call('POST', '/auth/login', { body: { userId: 'demo-hospital', password: 'not the password' } })).status },
        { route: 'POST /api/auth/password-reset', handler: 'functions/auth/request-password-reset.ts', run: async (s) => (await s.call('POST', '/auth/password-reset', { body: { userId: 'demo-hospital' } })).status },
        { route: 'GET /api/hospitals', handler: 'functions/reference/list-hospitals.ts', run: get('/hospitals') },
        { route: 'GET /api/offices', handler: 'functions/reference/list-offices.ts', run: get('/offices') },
        { route: 'GET /api/calendar/{year}', handler: 'functions/reference/get-calendar.ts', run: get('/calendar/2026') },
        { route: 'GET /api/sla-policy', handler: 'functions/reference/get-sla-policy.ts', run: get('/sla-policy') },
        { route: 'GET /api/award-programmes', handler: 'functions/awards/list-programmes.ts', run: get('/award-programmes') },
        { route: 'GET /api/award-programmes/{yearBE}', handler: 'functions/awards/get-programme.ts', run: get('/award-programmes/2570') },
        { route: 'GET /api/award-programmes/{yearBE}/results', handler: 'functions/awards/get-results.ts', run: get('/award-programmes/2570/results') },
        { route: 'GET /api/health', handler: 'functions/system/health.ts', run: get('/health') },
      ];
      const rows: Row[] = [];
      for (const scenario of scenarios) {
        // one request first: the warm function's first calls (kept reference data, signing keys) are not per request
        await scenario.run(stack, REPEAT);
        await new Promise((r) => setTimeout(r, 300));
        const from = calls.length;
        const statuses = new Map<number, number>();
        for (let i = 0; i < REPEAT; i++) {
          const status = await scenario.run(stack, i);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }
        // what the requests set off (workflow tasks, upload checks) settles before the next route
        await new Promise((r) => setTimeout(r, 1500));
        const mine = calls.slice(from);
        const row: Row = { route: scenario.route, statuses: [...statuses].map(([s, n]) => `${s}×${n}`).join(' '), reads: 0, writes: 0, other: {}, byCommand: {}, offPath: {} };
        for (const c of mine) {
          if (c.handler !== scenario.handler) {
            const where = (c.handler ?? 'bench').replace(/^functions\//, '').replace(/\.ts$/, '');
            row.offPath[`${where}: ${c.command}`] = (row.offPath[`${where}: ${c.command}`] ?? 0) + 1 / REPEAT;
            continue;
          }
          row.byCommand[`${c.service} ${c.command}`] = (row.byCommand[`${c.service} ${c.command}`] ?? 0) + 1 / REPEAT;
          if (c.service === 'DynamoDB' && DDB_READS.has(c.command)) row.reads += 1 / REPEAT;
          else if (c.service === 'DynamoDB' && DDB_WRITES.has(c.command)) row.writes += 1 / REPEAT;
          else row.other[c.service] = (row.other[c.service] ?? 0) + 1 / REPEAT;
        }
        rows.push(row);
        log(`  ${scenario.route}: ${row.reads.toFixed(1)} reads, ${row.writes.toFixed(1)} writes, ${Object.entries(row.other).map(([s, n]) => `${s} ${n.toFixed(1)}`).join(', ')}`);
      }
      // per route, machine-readable: docs/cost.md's model (bench/cost-model.ts) prices these
      writeFileSync(ROUND_TRIPS_JSON, `${JSON.stringify(rows, null, 2)}\n`);
      const fmt = (n: number) => (Math.round(n * 10) / 10).toString();
      const list = (m: Record<string, number>) => Object.entries(m).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${fmt(n)}`).join(', ') || '—';
      const isPost = (r: Row) => r.route.startsWith('POST');
      const targeted = ['POST /api/complaints', 'POST /api/credential-requests', 'POST /api/credential-requests/{requestId}/submit', 'POST /api/auth/password-reset', 'GET /api/complaints/track/{trackingCode}', 'GET /api/credential-requests/{requestId}/status'];
      const overPost = rows.filter((r) => isPost(r) && targeted.includes(r.route) && (r.writes > MAX_WRITES_PER_POST + 1e-9 || (r.other.StepFunctions ?? 0) > 1 + 1e-9));
      const overGet = rows.filter((r) => !isPost(r) && targeted.includes(r.route) && r.reads > MAX_READS_PER_GET + 1e-9);
      const row = (route: string) => rows.find((r) => r.route === route);
      const figures = targeted.map((route) => {
        const r = row(route)!;
        return isPost(r)
          ? { figure: `${route}: DynamoDB writes / Step Functions starts per request`, value: `${fmt(r.writes)} / ${fmt(r.other.StepFunctions ?? 0)}`, target: `≤ ${MAX_WRITES_PER_POST} / ≤ 1`, met: !overPost.includes(r), absolute: `${fmt(r.reads)} reads; ${list(r.byCommand)}` }
          : { figure: `${route}: DynamoDB reads per request`, value: fmt(r.reads), target: `≤ ${MAX_READS_PER_GET}`, met: !overGet.includes(r), absolute: list(r.byCommand) };
      });
      const findings: string[] = [];
      for (const r of [...overPost, ...overGet]) findings.push(`${r.route}: ${fmt(r.reads)} reads and ${fmt(r.writes)} writes per request (${list(r.byCommand)}).`);
      const offPath = rows.filter((r) => Object.keys(r.offPath).length);
      if (offPath.length) findings.push(`Set off by the requests and run off their path (a workflow task, an upload check, the table stream's mail sender; on AWS other Lambda invocations): ${offPath.map((r) => `${r.route} → ${list(r.offPath)}`).join('; ')}.`);
      return {
        figures,
        details: [
          `Each public route called ${REPEAT} times in a row on the local stack (after one call that warms the function: reference data kept a minute, signing keys), as an anonymous caller. Every call of the application's own SDK clients (shared/aws/: DynamoDB, S3, SES, Step Functions, Secrets Manager) is counted by a middleware the bench adds, and attributed to the handler whose invocation made it (local/lambda-runtime.ts runs each invocation in an AsyncLocalStorage); calls by other handlers the requests set off (the SLA workflow's first task, the upload check, the sender of mail queued with a request, which the table's stream invokes) are listed apart, as off the request path.`,
          'Reads: GetItem, BatchGetItem, Query, TransactGetItems; writes: PutItem, UpdateItem, DeleteItem, BatchWriteItem, TransactWriteItems (a transaction is one write call, whatever it holds). Figures are per request.',
          '',
          table(
            ['route', 'answers', 'DynamoDB reads', 'DynamoDB writes', 'other AWS calls', 'calls by command', 'off the request path'],
            rows.map((r) => [r.route, r.statuses, fmt(r.reads), fmt(r.writes), list(r.other), list(r.byCommand), list(r.offPath)]),
          ),
        ].join('\n'),
        findings,
      };
    } finally {
      await stack.stop();
    }
  },
};
