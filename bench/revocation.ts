// Revocation cost: 100,000 hospital ids of which 1% are stale, one real sweep as of now; DynamoDB items read ÷ ids revoked, Scans.
import type { Account } from '../shared/data/accounts-repository';
import type { Benchmark } from './support/benchmark';
import { countDynamoDb } from './support/ddb-counter';
import { startBenchStack } from './support/stack';
import { int, mapLimit, ms, ratio, since, table } from './support/stats';

const TARGET_IDS = 100_000;
const STALE_EVERY = 100; // 1%: every 100th id, so any prefix of the ids is 1% stale too
const CONCURRENCY = 50;
/** Creation stops here if 100,000 ids do not fit; the sweep then runs over what was created. */
const CREATE_BUDGET_MS = 9 * 60_000;
const TARGET = 1.2;
const DAY = 86_400_000;

function anAccount(i: number, now: number): Account {
  const stale = i % STALE_EVERY === 0;
  // fresh: last sign-in 0–120 days ago (first warning still a month or more away);
  // stale: 7–9 months ago (revocable now)
  const lastLogin = stale ? now - (213 + (i % 60)) * DAY : now - (i % 120) * DAY - 3_600_000;
  const issued = lastLogin - 30 * DAY;
  const userId = `H1000001-B${String(i).padStart(6, '0')}`;
  return {
    userId,
    kind: 'hospital',
    roles: ['hospital'],
    status: 'active',
    hospitalCode: '1000001',
    email: `bench.${i}@hospital.example`,
    issuedAt: new Date(issued).toISOString(),
    activatedAt: new Date(issued + DAY).toISOString(),
    lastLoginAt: new Date(lastLogin).toISOString(),
  };
}

export const revocation: Benchmark = {
  name: 'revocation',
  title: 'Revocation cost',
  async run(log) {
    const stack = await startBenchStack();
    try {
      const { createAccount } = await import('../shared/data/accounts-repository');
      const { runInactivitySweep } = await import('../shared/use-cases/inactivity-sweep');
      const { dynamoClient } = await import('../shared/aws/dynamodb');
      const counter = countDynamoDb(dynamoClient);

      const now = Date.now();
      const createStart = performance.now();
      let created = 0;
      let stale = 0;
      let outOfTime = false;
      const ids = Array.from({ length: TARGET_IDS }, (_, i) => i);
      await mapLimit(ids, CONCURRENCY, async (i) => {
        if (outOfTime || since(createStart) > CREATE_BUDGET_MS) {
          outOfTime = true;
          return;
        }
        if (!(await createAccount(anAccount(i, now), new Date(now)))) throw new Error(`id ${i} already exists`);
        created++;
        if (i % STALE_EVERY === 0) stale++;
        if (created % 10_000 === 0) log(`  ${int(created)} ids created (${(since(createStart) / 1000).toFixed(0)} s)`);
      });
      const createMs = since(createStart);
      log(`  ${int(created)} ids created, ${int(stale)} stale, in ${(createMs / 1000).toFixed(0)} s; sweeping`);

      counter.reset();
      const sweepStart = performance.now();
      const result = await runInactivitySweep({ asOf: new Date(), dryRun: false, trigger: 'cli', actor: 'bench' });
      const sweepMs = since(sweepStart);
      const counts = counter.snapshot();
      const revoked = result.revoked.length;
      const itemsRead = counts.itemsReturned;
      const perRevoked = itemsRead / Math.max(1, revoked);
      const scans = counts.commands.ScanCommand ?? 0;
      log(`  swept in ${ms(sweepMs)}: examined ${result.examined}, revoked ${revoked}, warned ${result.warned.length}, errors ${result.errors}`);

      const findings: string[] = [];
      if (created < TARGET_IDS) findings.push(`Only ${int(created)} of ${int(TARGET_IDS)} ids could be created in ${CREATE_BUDGET_MS / 60_000} min on this machine; the figure is for that N (the sweep reads grow with ids due, so N does not change the ratio).`);
      if (revoked !== stale) findings.push(`The sweep revoked ${revoked} ids but ${stale} were stale (examined ${result.examined}, errors ${result.errors}).`);
      if (perRevoked > TARGET) findings.push(`Items read ÷ revoked is ${ratio(perRevoked)} > ${TARGET}: reads by command ${JSON.stringify(counts.itemsReturnedBy)}.`);
      if (scans) findings.push(`${scans} Scan command(s) during the sweep.`);
      return {
        figures: [
          {
            figure: `items read ÷ ids revoked (${int(created)} ids, 1% stale)`,
            value: ratio(perRevoked, 3),
            target: `≤ ${TARGET}`,
            met: perRevoked <= TARGET && revoked === stale,
            absolute: `${int(itemsRead)} items read, ${int(revoked)} revoked; sweep ${ms(sweepMs, 0)}`,
          },
          { figure: 'Scan commands during the sweep', value: String(scans), target: '0', met: scans === 0 },
        ],
        details: [
          `${int(created)} hospital ids created with \`createAccount\` (shared/data/accounts-repository.ts), ${CONCURRENCY} at a time, in ${(createMs / 1000).toFixed(0)} s: every ${STALE_EVERY}th one last signed in 7–9 months ago (${int(stale)} stale), the others 0–120 days ago.`,
          'Then one real run of `runInactivitySweep` as of now (the code behind the schedule, the admin endpoint and the CLI).',
          'Items read are counted by a middleware on the application\'s own DynamoDB client (shared/aws/dynamodb.ts): every `Items` of a Query/Scan, `Item` of a GetItem and `Responses` of a BatchGetItem that DynamoDB returned during the sweep.',
          '',
          table(
            ['count', 'value'],
            [
              ['ids in the table', int(created)],
              ['stale ids', int(stale)],
              ['examined by the sweep', int(result.examined)],
              ['revoked', int(revoked)],
              ['warned', int(result.warned.length)],
              ['errors', int(result.errors)],
              ['items returned by DynamoDB', int(itemsRead)],
              ['items evaluated by Query/Scan (ScannedCount)', int(counts.itemsScanned)],
              ['items returned, by command', Object.entries(counts.itemsReturnedBy).map(([k, v]) => `${k} ${int(v)}`).join(', ') || '—'],
              ['commands sent', Object.entries(counts.commands).map(([k, v]) => `${k} ${int(v)}`).join(', ')],
              ['sweep time', ms(sweepMs, 0)],
            ],
          ),
        ].join('\n'),
        findings,
      };
    } finally {
      await stack.stop();
    }
  },
};
