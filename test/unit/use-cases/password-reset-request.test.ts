// Asking for a password reset: the link and its mail are one transaction (the stream sends the
// mail); a second request in the same 10 minutes writes nothing, and no outcome tells the caller
// whether the id exists.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Account } from '../../../shared/data/accounts-repository';

const accounts = new Map<string, Account>();
const transactions: Array<Array<Record<string, unknown>>> = [];
const taken = new Set<string>();
let inFlight = false;
vi.mock('../../../shared/data/accounts-repository', () => ({ getAccount: async (id: string) => accounts.get(id), sessionEpochOf: () => 3 }));
vi.mock('../../../shared/data/transaction', async () => {
  const actual = await vi.importActual<typeof import('../../../shared/data/transaction')>('../../../shared/data/transaction');
  return {
    ...actual,
    writeTogether: async (writes: Array<{ Put: { Item: Record<string, unknown> } }>) => {
      transactions.push(writes.map((w) => w.Put.Item));
      const cancel = (reasons: Array<{ Code: string }>) => Object.assign(new Error('cancelled'), { name: 'TransactionCanceledException', CancellationReasons: reasons });
      if (inFlight) throw cancel(writes.map(() => ({ Code: 'TransactionConflict' })));
      const refused = writes.map((w) => taken.has(String(w.Put.Item.pk)));
      if (refused.some(Boolean)) throw cancel(refused.map((r) => ({ Code: r ? 'ConditionalCheckFailed' : 'None' })));
      for (const w of writes) taken.add(String(w.Put.Item.pk));
    },
  };
});

const { requestPasswordReset } = await import('../../../shared/use-cases/passwords');

const NOW = new Date('2026-12-02T03:00:00.000Z');
beforeEach(() => {
  accounts.clear();
  transactions.length = 0;
  taken.clear();
  inFlight = false;
  accounts.set('somying.j', { userId: 'somying.j', status: 'active', email: 'somying@hospital.example' } as Account);
});

describe('requestPasswordReset', () => {
  it('writes the link and its queued mail in one transaction', async () => {
    await requestPasswordReset('somying.j', NOW);
    expect(transactions).toHaveLength(1);
    const [link, mail] = transactions[0]!;
    expect(link).toMatchObject({ userId: 'somying.j', purpose: 'password-reset', sessionEpoch: 3 });
    expect(String(link!.pk)).toMatch(/^ACTIVATION#[0-9a-f]{64}$/);
    expect(mail).toMatchObject({ id: `password-reset#somying.j#${Math.floor(NOW.getTime() / 600_000)}`, to: ['somying@hospital.example'], status: 'pending', attempts: 0, firstSend: 'stream' });
    expect(String(mail!.text)).toContain('#/reset-password?token=');
  });

  it('writes nothing more for a second request in the same 10 minutes, and answers the same', async () => {
    await requestPasswordReset('somying.j', NOW);
    await expect(requestPasswordReset('somying.j', new Date(NOW.getTime() + 60_000))).resolves.toBeUndefined();
    expect(taken.size).toBe(2);
    // another request for the id in flight at the same moment (DynamoDB cancels for the conflict)
    inFlight = true;
    await expect(requestPasswordReset('somying.j', NOW)).resolves.toBeUndefined();
  });

  it('writes nothing for an unknown, inactive or mail-less id', async () => {
    accounts.set('gone', { userId: 'gone', status: 'disabled', email: 'gone@hospital.example' } as Account);
    accounts.set('no-mail', { userId: 'no-mail', status: 'active' } as Account);
    for (const id of ['nobody', 'gone', 'no-mail']) await requestPasswordReset(id, NOW);
    expect(transactions).toEqual([]);
  });
});
