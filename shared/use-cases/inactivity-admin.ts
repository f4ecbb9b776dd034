// The inactivity rule as admins see and adjust it: what falls due in the next days, the last runs,
// and taking an id out of the rule (or back in), audited on the account.
import { dueInactivitySteps, getAccount, replaceAccount } from '../data/accounts-repository';
import { accountAggregate, appendAudit } from '../data/audit-repository';
import { listRuns } from '../data/runs-repository';
import { ConflictError, NotFoundError } from '../http/errors';

export interface UpcomingRevocation {
  userId: string;
  hospitalCode?: string;
  revocableFrom?: string;
  nextAction?: string;
  nextAt?: string;
}

/** The last 20 sweeps, and the ids that become revocable within `days` of `now`. */
export async function inactivityOverview(days: number, now = new Date()) {
  const horizon = new Date(now.getTime() + days * 86400_000);
  const upcoming: UpcomingRevocation[] = [];
  // the index holds each id's next step (a warning or the revocation); only revocations are listed
  for await (const a of dueInactivitySteps(horizon)) {
    if (a.revocableFrom && new Date(a.revocableFrom) <= horizon) {
      upcoming.push({
        userId: a.userId,
        ...(a.hospitalCode ? { hospitalCode: a.hospitalCode } : {}),
        ...(a.revocableFrom ? { revocableFrom: a.revocableFrom } : {}),
        ...(a.nextInactivityAction ? { nextAction: a.nextInactivityAction } : {}),
        ...(a.nextInactivityAt ? { nextAt: a.nextInactivityAt } : {}),
      });
    }
  }
  return { runs: await listRuns('inactivity', 20), upcoming };
}

/**
 * Takes an id out of the inactivity rule or puts it back. The write is conditional on the status
 * and last sign-in read, so a sign-in or a sweep in between is not overwritten (409).
 */
export async function setInactivityExclusion(userId: string, change: { excluded: boolean; reason: string }, actor: string, now = new Date()) {
  const account = await getAccount(userId);
  if (!account) throw new NotFoundError('USER_ID_NOT_FOUND');
  const next = { ...account, excludedFromInactivity: change.excluded, excludedReason: change.reason };
  if (!(await replaceAccount(next, { status: account.status, lastLoginAt: account.lastLoginAt }))) throw new ConflictError();
  await appendAudit(accountAggregate(account.userId), {
    at: now.toISOString(),
    actor,
    action: change.excluded ? 'excluded-from-inactivity' : 'included-in-inactivity',
    reason: change.reason,
  });
  return { userId: account.userId, excludedFromInactivity: change.excluded };
}
