// The inactivity sweep (SPEC §4), the one code path behind the daily schedule, the admin
// endpoint and the CLI. Its primary course:
//  1. read only the ids whose next inactivity step is due at `asOf` (sparse index, never a Scan);
//  2. for each: if `asOf` has reached its revocation instant, revoke it, else send the warning due
//     (30 or 7 days before) and move it to its next step;
//  3. every write is conditional on what was read (a sign-in that lands first wins) and every
//     e-mail has an idempotency key, so overlapping or repeated runs act and mail once;
//  4. a dry run reads the same and changes nothing, sends nothing;
//  5. a run record is written, and a metric the 48-hour alarm watches.
import { randomUUID } from 'node:crypto';
import { RuleError } from '../http/errors';
import { config } from '../config';
import { endSessions } from '../domain/account-sessions';
import { dueInactivitySteps, replaceAccount, type Account } from '../data/accounts-repository';
import { accountAggregate, appendAudit } from '../data/audit-repository';
import { putRun, type JobRun } from '../data/runs-repository';
import { INACTIVITY_MONTHS, lastActivityOf, revocableFrom, warningTimes } from '../domain/inactivity';
import { addBangkokMonths } from '../time/bangkok';
import { logger } from '../logger';
import { sendMail } from '../mail/outbox';
import { inactivityRevokedMail, inactivityWarningMail } from '../mail/templates/inactivity';

export interface SweepOptions {
  asOf: Date;
  dryRun: boolean;
  trigger: JobRun['trigger'];
  actor: string;
}

export interface SweepResult {
  asOf: string;
  cutoff: string;
  dryRun: boolean;
  examined: number;
  revoked: string[];
  warned: Array<{ userId: string; warning: 'warn30' | 'warn7' }>;
  skipped: number;
  errors: number;
}

/** A real run may look back (a missed night) but never ahead: that would revoke ids still in use. */
const FUTURE_SKEW_MS = 60_000;

/** A real run may not look ahead (422 AS_OF_IN_FUTURE); checked before a run is queued, and again when it runs. */
export function assertRealRunAsOf(asOf: Date, now = new Date()): void {
  if (asOf.getTime() > now.getTime() + FUTURE_SKEW_MS) throw new RuleError('AS_OF_IN_FUTURE', 'asOf');
}

export async function runInactivitySweep(options: SweepOptions): Promise<SweepResult> {
  const startedAt = new Date();
  const { asOf, dryRun } = options;
  if (!dryRun) assertRealRunAsOf(asOf, startedAt);
  const result: SweepResult = {
    asOf: asOf.toISOString(),
    // informational: ids last active before this instant are due (month ends clamp, see inactivity.ts)
    cutoff: addBangkokMonths(asOf, -INACTIVITY_MONTHS).toISOString(),
    dryRun,
    examined: 0,
    revoked: [],
    warned: [],
    skipped: 0,
    errors: 0,
  };
  for await (const account of dueInactivitySteps(asOf)) {
    result.examined++;
    try {
      const outcome = await processAccount(account, options);
      if (outcome === 'revoked') result.revoked.push(account.userId);
      else if (outcome === 'warn30' || outcome === 'warn7') result.warned.push({ userId: account.userId, warning: outcome });
      else result.skipped++;
    } catch (error) {
      result.errors++;
      logger.error('inactivity step failed', { userId: account.userId, error: error as Error });
    }
  }
  await putRun({
    job: 'inactivity',
    runId: randomUUID(),
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    asOf: result.asOf,
    dryRun,
    trigger: options.trigger,
    examined: result.examined,
    revoked: result.revoked.length,
    warned: result.warned.length,
    errors: result.errors,
    ok: result.errors === 0,
  });
  return result;
}

async function processAccount(account: Account, { asOf, dryRun, actor }: SweepOptions): Promise<'revoked' | 'warn30' | 'warn7' | 'skipped'> {
  const lastActivity = lastActivityOf(account);
  const due = revocableFrom(lastActivity);
  const expected = {
    status: account.status,
    lastLoginAt: account.lastLoginAt,
    nextInactivityAction: account.nextInactivityAction,
    nextInactivityAt: account.nextInactivityAt,
  };
  const { SITE_URL } = config();
  if (asOf >= due) {
    if (dryRun) return 'revoked';
    const revokedAt = new Date().toISOString();
    const revoked: Account = endSessions({ ...account, status: 'revoked', revokedAt, revokedReason: 'inactivity' });
    if (!(await replaceAccount(revoked, expected, asOf))) return 'skipped';
    await appendAudit(accountAggregate(account.userId), {
      at: revokedAt,
      actor,
      action: 'revoked-for-inactivity',
      fromState: account.status,
      toState: 'revoked',
      reason: `no sign-in since ${lastActivity.toISOString()} (due ${due.toISOString()}, as of ${asOf.toISOString()})`,
    });
    if (account.email) {
      await sendMail({
        id: `inactivity-revoked#${account.userId}#${due.toISOString()}`,
        kind: 'inactivity-revoked',
        to: [account.email],
        ...inactivityRevokedMail(account.userId, `${SITE_URL}/#/hospital/credentials/new`),
      });
    }
    return 'revoked';
  }
  if (account.nextInactivityAction === 'revoke') return 'skipped';
  // a run that missed the 30-day warning sends the 7-day one only
  const warning = asOf >= warningTimes(lastActivity).warn7 ? 'warn7' : 'warn30';
  if (dryRun) return warning;
  // Move to the next step first (replaceAccount recomputes it as of `asOf`), then mail:
  // a racing run or sign-in makes the conditional write fail and this a no-op.
  if (!(await replaceAccount(account, expected, asOf))) return 'skipped';
  if (account.email) {
    await sendMail({
      id: `inactivity-${warning}#${account.userId}#${due.toISOString()}`,
      kind: `inactivity-${warning}`,
      to: [account.email],
      ...inactivityWarningMail(account.userId, due, warning === 'warn30' ? 30 : 7, `${SITE_URL}/#/login`),
    });
  }
  return warning;
}
