// Report cost: items read to build one month's complaints report with 50,000 complaints in the table, vs that month's count and the total.
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { ComplaintCase } from '../shared/data/complaints-repository';
import type { Benchmark } from './support/benchmark';
import { countDynamoDb } from './support/ddb-counter';
import { startBenchStack } from './support/stack';
import { int, mapLimit, ms, ratio, since, table } from './support/stats';

const TOTAL = 50_000;
const YEAR = 2025;
/** Uneven months (weight = month number) so that the reads can be seen to follow the month, not the table. */
const WEIGHTS = Array.from({ length: 12 }, (_, i) => i + 1);
const MONTHS = WEIGHTS.map((_, i) => `${YEAR}-${String(i + 1).padStart(2, '0')}`);
const HOSPITALS: Array<[string, string]> = [['1000001', 'BKK-01'], ['1000002', 'BKK-01'], ['1000003', 'BKK-02'], ['1000004', 'BKK-05'], ['5000001', 'PRV-50'], ['4000001', 'PRV-40']];
const TOPICS = ['waiting-time', 'staff-conduct', 'refused-treatment', 'billing'];

/** Complaint i of a month, as createComplaint stores it (shared/data/complaints-repository.ts): same keys and indexes. */
function complaintItem(month: string, i: number, seq: number): Record<string, unknown> {
  const [hospitalCode, officeCode] = HOSPITALS[seq % HOSPITALS.length]!;
  const day = 1 + (i % 28);
  const receivedAt = new Date(`${month}-${String(day).padStart(2, '0')}T03:00:00.000Z`).toISOString(); // 10:00 Bangkok
  const complaintId = `C-B${String(seq).padStart(11, '0')}`;
  const closed = seq % 3 !== 0;
  const c: ComplaintCase = {
    complaintId,
    trackingCode: `B${String(seq).padStart(4, '0').slice(-4)}-${String(seq).padStart(5, '0').slice(-5)}`,
    channel: 'web',
    hospitalCode,
    officeCode,
    topic: TOPICS[seq % TOPICS.length]!,
    description: 'รอตรวจนานกว่า 4 ชั่วโมง โดยไม่มีการแจ้งเหตุผล',
    complainant: { name: 'ผู้ร้องเรียน ทดสอบ' },
    receivedAt,
    createdAt: receivedAt,
    createdBy: 'public',
    status: closed ? 'closed' : 'open',
    slaGeneration: closed ? 2 : 1,
    stages: [],
    breaches: seq % 7 === 0 ? ['acknowledge'] : [],
    involvedUnits: [],
    ...(closed ? { outcome: 'resolved', closedAt: receivedAt } : {}),
    month,
  };
  return {
    pk: `COMPLAINT#${complaintId}`,
    sk: 'CASE',
    gsi1pk: `OFFICE#${officeCode}`,
    gsi1sk: `${receivedAt}#${complaintId}`,
    gsi2pk: `COMPLAINT_MONTH#${month}`,
    gsi2sk: `${receivedAt}#${complaintId}`,
    ...c,
  };
}

export const reportCost: Benchmark = {
  name: 'report-cost',
  title: 'Report cost',
  async run(log) {
    const stack = await startBenchStack();
    try {
      const { ddb, dynamoClient } = await import('../shared/aws/dynamodb');
      const { tableName } = await import('../shared/data/table');
      const counter = countDynamoDb(dynamoClient);
      const weightSum = WEIGHTS.reduce((a, b) => a + b, 0);
      const perMonth = WEIGHTS.map((w, i) => (i === WEIGHTS.length - 1 ? 0 : Math.round((TOTAL * w) / weightSum)));
      perMonth[perMonth.length - 1] = TOTAL - perMonth.reduce((a, b) => a + b, 0);
      const items: Array<Record<string, unknown>> = [];
      let seq = 0;
      MONTHS.forEach((month, m) => {
        for (let i = 0; i < perMonth[m]!; i++) items.push(complaintItem(month, i, seq++));
      });
      const batches = Array.from({ length: Math.ceil(items.length / 25) }, (_, b) => items.slice(b * 25, b * 25 + 25));
      const writeStart = performance.now();
      let written = 0;
      await mapLimit(batches, 10, async (batch) => {
        let pending = batch.map((Item) => ({ PutRequest: { Item } }));
        for (let attempt = 0; pending.length && attempt < 10; attempt++) {
          const res = await ddb.send(new BatchWriteCommand({ RequestItems: { [tableName()]: pending } }));
          pending = (res.UnprocessedItems?.[tableName()] ?? []) as typeof pending;
        }
        if (pending.length) throw new Error(`${pending.length} items unprocessed`);
        written += batch.length;
        if (written % 10_000 === 0) log(`  ${int(written)} complaints written`);
      });
      log(`  ${int(written)} complaints written in ${(since(writeStart) / 1000).toFixed(0)} s`);

      const token = await stack.login('demo-medical-bureau');
      const rows: Array<{ month: string; count: number; itemsRead: number; returned: number; scanned: number; scans: number; ms: number; total: number }> = [];
      const middle = MONTHS.indexOf(MONTHS.reduce((best, m, i) => (Math.abs(perMonth[i]! - TOTAL / 12) < Math.abs(perMonth[MONTHS.indexOf(best)]! - TOTAL / 12) ? m : best)));
      for (const m of [middle, 0, MONTHS.length - 1]) {
        const month = MONTHS[m]!;
        counter.reset();
        const t = performance.now();
        const res = await stack.call<{ itemsRead: number; total: { total: number } }>('GET', `/reports/complaints?month=${month}`, { token });
        const elapsed = since(t);
        if (res.status !== 200) throw new Error(`report ${month} answered ${res.status}: ${JSON.stringify(res.body)}`);
        const c = counter.snapshot();
        rows.push({ month, count: perMonth[m]!, itemsRead: res.body.itemsRead, returned: c.itemsReturnedBy.QueryCommand ?? 0, scanned: c.itemsScanned, scans: c.commands.ScanCommand ?? 0, ms: elapsed, total: res.body.total.total });
        log(`  ${month}: ${int(perMonth[m]!)} complaints, itemsRead ${int(res.body.itemsRead)}, ${ms(elapsed, 0)}`);
      }
      const main = rows[0]!;
      const perComplaint = main.itemsRead / main.count;
      const ok = rows.every((r) => r.itemsRead === r.count && r.scanned === r.count && r.scans === 0 && r.total === r.count);
      return {
        figures: [
          {
            figure: `items read ÷ that month's complaints (${main.month})`,
            value: ratio(perComplaint, 3),
            target: '1 (∝ the month, not the table)',
            met: ok,
            absolute: `${int(main.itemsRead)} items read for ${int(main.count)} complaints that month, of ${int(TOTAL)} in the table (${ratio((main.itemsRead / TOTAL) * 100, 1)}%); ${ms(main.ms, 0)}`,
          },
        ],
        details: [
          `${int(TOTAL)} complaints written straight into the table with the key layout of \`createComplaint\` (case item: \`COMPLAINT#<id>\`/\`CASE\`, gsi1 \`OFFICE#<office>\`, gsi2 \`COMPLAINT_MONTH#<month>\`; BatchWrite; no tracking items and no intake events, which the report does not read), spread over ${MONTHS[0]}…${MONTHS[MONTHS.length - 1]} with month k weighted k, so months differ in size.`,
          'Then `GET /api/reports/complaints?month=` as `demo-medical-bureau` (every office). `itemsRead` is what the endpoint reports; beside it, what the middleware on the application\'s DynamoDB client counted during the request: items returned by Query, items evaluated (ScannedCount) and Scan commands.',
          '',
          table(
            ['month', 'complaints that month', 'share of table', 'itemsRead (endpoint)', 'Query items returned', 'ScannedCount', 'Scans', 'report total', 'time'],
            rows.map((r) => [r.month, int(r.count), `${ratio((r.count / TOTAL) * 100, 1)}%`, int(r.itemsRead), int(r.returned), int(r.scanned), r.scans, int(r.total), ms(r.ms, 0)]),
          ),
        ].join('\n'),
        findings: ok ? [] : [`The report reads do not match the month's count: ${JSON.stringify(rows)}.`],
      };
    } finally {
      await stack.stop();
    }
  },
};
