// `npm run inactivity -- [--dry-run] [--as-of <ISO instant>]`: the inactivity sweep from a shell,
// against the running local stack: the same use case as the schedule and the admin endpoint.
// (On AWS, invoke the deployed function or call POST /api/admin/inactivity-revocations.)
import { parseArgs } from 'node:util';
import { connectToLocalStack } from './connect';

const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false }, 'as-of': { type: 'string' } } });
const asOf = values['as-of'] ? new Date(values['as-of']) : new Date();
if (Number.isNaN(asOf.getTime())) {
  console.error('--as-of must be an ISO 8601 instant, e.g. 2027-06-01T02:00:00+07:00');
  process.exit(2);
}
connectToLocalStack();
const { runInactivitySweep } = await import('../shared/use-cases/inactivity-sweep');
const result = await runInactivitySweep({ asOf, dryRun: values['dry-run'], trigger: 'cli', actor: `cli:${process.env.USER ?? 'unknown'}` });
console.log(JSON.stringify(result, null, 2));
