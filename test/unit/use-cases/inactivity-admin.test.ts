// The inactivity rule as admins see and adjust it: upcoming revocations only, exclusions audited.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Account } from '../../../shared/data/accounts-repository';
import type { AuditRecord } from '../../../shared/data/audit-repository';
import { ConflictError, NotFoundError } from '../../../shared/http/errors';

const accounts = new Map<string, Account>();
const due: Account[] = [];
const audits: Array<{ pk: string; record: AuditRecord }> = [];
let replaceSucceeds = true;
vi.mock('../../../shared/data/accounts-repository', () => ({
  getAccount: async (id: string) => accounts.get(id),
  replaceAccount: async (next: Account) => {
    if (!replaceSucceeds) return false;
    accounts.set(next.userId, next);
    return true;
  },
  dueInactivitySteps: async function* (horizon: Date) {
    for (const a of due) if (!a.nextInactivityAt || new Date(a.nextInactivityAt) <= horizon) yield a;
  },
}));
vi.mock('../../../shared/data/audit-repository', () => ({
  accountAggregate: (id: string) => `account:${id}`,
  appendAudit: async (pk: string, record: AuditRecord) => void audits.push({ pk, record }),
}));
vi.mock('../../../shared/data/runs-repository', () => ({ listRuns: async () => [{ runId: 'r1' }] }));

const { inactivityOverview, setInactivityExclusion } = await import('../../../shared/use-cases/inactivity-admin');

const NOW = new Date('2026-12-01T00:00:00Z');
const account = (userId: string, over: Partial<Account> = {}): Account =>
  ({ userId, kind: 'hospital', roles: ['hospital'], status: 'active', hospitalCode: '1000001', email: 'a@example.org', issuedAt: '2026-01-01T00:00:00Z', ...over }) as Account;

beforeEach(() => {
  accounts.clear();
  due.length = 0;
  audits.length = 0;
  replaceSucceeds = true;
});

describe('inactivityOverview', () => {
  it('lists only the ids that become revocable within the horizon, not those merely due a warning', async () => {
    due.push(
      account('H-SOON', { revocableFrom: '2026-12-05T00:00:00Z', nextInactivityAction: 'warn7', nextInactivityAt: '2026-11-28T00:00:00Z' }),
      account('H-LATER', { revocableFrom: '2027-01-30T00:00:00Z', nextInactivityAction: 'warn30', nextInactivityAt: '2026-12-31T00:00:00Z' }),
    );
    const overview = await inactivityOverview(7, NOW);
    expect(overview.runs).toEqual([{ runId: 'r1' }]);
    expect(overview.upcoming).toEqual([{ userId: 'H-SOON', hospitalCode: '1000001', revocableFrom: '2026-12-05T00:00:00Z', nextAction: 'warn7', nextAt: '2026-11-28T00:00:00Z' }]);
  });
});

describe('setInactivityExclusion', () => {
  it('excludes an id with its reason and audits it on the account', async () => {
    accounts.set('H-1', account('H-1'));
    expect(await setInactivityExclusion('H-1', { excluded: true, reason: 'rarely used' }, 'admin1', NOW)).toEqual({ userId: 'H-1', excludedFromInactivity: true });
    expect(accounts.get('H-1')).toMatchObject({ excludedFromInactivity: true, excludedReason: 'rarely used' });
    expect(audits).toEqual([{ pk: 'account:H-1', record: { at: NOW.toISOString(), actor: 'admin1', action: 'excluded-from-inactivity', reason: 'rarely used' } }]);
  });

  it('answers 404 for an unknown id and 409 when the account changed since it was read, auditing nothing', async () => {
    await expect(setInactivityExclusion('NOPE', { excluded: true, reason: 'x' }, 'admin1', NOW)).rejects.toBeInstanceOf(NotFoundError);
    accounts.set('H-1', account('H-1'));
    replaceSucceeds = false;
    await expect(setInactivityExclusion('H-1', { excluded: false, reason: 'back in' }, 'admin1', NOW)).rejects.toBeInstanceOf(ConflictError);
    expect(audits).toEqual([]);
  });
});
