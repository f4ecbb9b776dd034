// Submitting a credential request: the upload is checked first, then one transaction moves the
// request and queues its mails; a retry queues the same mails again (their ids make it a no-op);
// the public status shows a draft's upload.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CredentialRequest } from '../../../shared/data/credential-requests-repository';
import type { UploadSlot } from '../../../shared/data/upload-slots-repository';
import { ConflictError, NotFoundError, RuleError } from '../../../shared/http/errors';
import { toAppError } from '../../../shared/http/problem';

const requests = new Map<string, CredentialRequest>();
let slot: UploadSlot | undefined;
/** Whether this check made the verdict (so the submission commits it). */
let verdictUnsaved = false;
/** What a transaction is refused for, as DynamoDB reports a cancelled one: the move (another submit won), a mail id taken. */
let moveRefused = false;
/** Another transaction on the same items in flight (AWS cancels with TransactionConflict). */
let inFlight = false;
const queued = new Set<string>();
const transactions: Array<Array<{ kind: string; id?: string; to?: string[] }>> = [];
vi.mock('../../../shared/data/credential-requests-repository', () => ({
  getRequest: async (id: string) => requests.get(id),
  requestAggregate: (id: string) => `request:${id}`,
  transitionWrite: (id: string, from: string, to: string) => ({ kind: `move ${from}→${to}`, id }),
  requestRead: (id: string) => ({ id }),
}));
vi.mock('../../../shared/data/upload-slots-repository', () => ({ uploadSlotRead: (key: string) => ({ key }), verdictWrite: (v: UploadSlot) => ({ kind: `verdict ${v.status}` }) }));
vi.mock('../../../shared/data/transaction', () => ({
  readTogether: async (r: { id: string }) => [requests.get(r.id), slot],
  writeTogether: async (given: Array<{ kind?: string; id?: string; Put?: { Item: { id: string; to: string[] } } }>) => {
    // queueMailAgain's writes are the outbox's own (a Put of the mail item)
    const writes = given.map((w) => (w.Put ? { kind: 'mail', id: w.Put.Item.id, to: w.Put.Item.to } : (w as { kind: string; id?: string })));
    transactions.push(writes);
    if (inFlight) throw Object.assign(new Error('cancelled'), { conflict: true });
    const refused = writes.map((w) => (w.kind.startsWith('move') && moveRefused) || (w.kind === 'mail' && queued.has(w.id!)));
    if (refused.some(Boolean)) throw Object.assign(new Error('cancelled'), { refused });
    for (const w of writes) if (w.kind === 'mail') queued.add(w.id!);
  },
  failedConditions: (error: { refused?: boolean[] }) => error.refused,
  conflicted: (error: { conflict?: boolean }) => !!error.conflict,
}));
vi.mock('../../../shared/data/audit-repository', () => ({ auditWrite: () => ({ kind: 'audit' }) }));
vi.mock('../../../shared/data/reference-repository', () => ({ getHospital: async () => ({ nameTh: 'โรงพยาบาลทดสอบ' }) }));
vi.mock('../../../shared/uploads/upload-slots', () => ({ checkUpload: async () => (slot ? { slot, unsaved: verdictUnsaved } : undefined) }));
vi.mock('../../../shared/use-cases/credential-uploads', () => ({ freezeSignedForm: async () => 'received/credential-requests/CR-1/signed-form/1.pdf' }));
// the real queueMailAgain over the mocked transaction: a retry queues only the mails not queued yet
vi.mock('../../../shared/mail/outbox', async () => {
  const { queueMailAgain } = await vi.importActual<typeof import('../../../shared/mail/outbox')>('../../../shared/mail/outbox');
  return { queueMail: (m: { id: string; to: string[] }) => ({ kind: 'mail', id: m.id, to: m.to }), queueMailAgain };
});
vi.mock('../../../shared/config', () => ({ config: () => ({ SITE_URL: 'https://sso.example', CREDENTIALS_MAILBOX: 'cred@sso.example' }) }));

const { submitCredentialRequest } = await import('../../../shared/use-cases/submit-credential-request');
const { credentialRequestStatus } = await import('../../../shared/use-cases/credential-request-status');

const SHA = 'a'.repeat(64);
const request = (over: Partial<CredentialRequest> = {}) =>
  ({ requestId: 'CR-1', status: 'draft', purpose: 'new', hospitalCode: '1000001', email: 'req@hospital.example', createdAt: '2026-12-01T00:00:00.000Z', signedFormKey: 'credential-requests/CR-1/signed-form.pdf', title: 'นาย', firstNameTh: 'ก', lastNameTh: 'ข', nationalId: '1101700203451', ...over }) as CredentialRequest;
const verified = (over: Partial<UploadSlot> = {}): UploadSlot =>
  ({ key: 'credential-requests/CR-1/signed-form.pdf', owner: 'credential-request', ownerId: 'CR-1', slot: 'signedForm', maxBytes: 5, status: 'verified', sha256: SHA, createdAt: '2026-12-01T00:00:00.000Z', ...over });

beforeEach(() => {
  requests.clear();
  slot = undefined;
  verdictUnsaved = false;
  moveRefused = false;
  inFlight = false;
  queued.clear();
  transactions.length = 0;
});

describe('submitCredentialRequest', () => {
  it('submits a draft with a verified upload in one transaction: the move, the audit record, the staff notice and the acknowledgement queued', async () => {
    requests.set('CR-1', request());
    slot = verified();
    await expect(submitCredentialRequest('CR-1', { sha256: SHA.toUpperCase() })).resolves.toEqual({ status: 'submitted' });
    expect(transactions).toEqual([
      [
        { kind: 'move draft→submitted', id: 'CR-1' },
        { kind: 'audit' },
        { kind: 'mail', id: 'credential-staff#CR-1', to: ['cred@sso.example'] },
        { kind: 'mail', id: 'credential-ack#CR-1', to: ['req@hospital.example'] },
      ],
    ]);
  });

  it('commits the verdict with the submission when its own check made it', async () => {
    requests.set('CR-1', request());
    slot = verified();
    verdictUnsaved = true;
    await submitCredentialRequest('CR-1', {});
    expect(transactions).toHaveLength(1);
    expect(transactions[0]!.map((w) => w.kind)).toEqual(['move draft→submitted', 'audit', 'mail', 'mail', 'verdict verified']);
  });

  it('refuses a missing upload (409), a rejected one and a declared hash that differs (422), writing nothing', async () => {
    requests.set('CR-1', request());
    await expect(submitCredentialRequest('CR-1', {})).rejects.toBeInstanceOf(ConflictError);
    slot = verified({ status: 'rejected', rejection: 'NOT_A_PDF' });
    await expect(submitCredentialRequest('CR-1', {})).rejects.toMatchObject({ code: 'NOT_A_PDF' });
    slot = verified();
    await expect(submitCredentialRequest('CR-1', { sha256: 'b'.repeat(64) })).rejects.toBeInstanceOf(RuleError);
    expect(transactions).toEqual([]);
    await expect(submitCredentialRequest('CR-2', {})).rejects.toBeInstanceOf(NotFoundError);
  });

  it('answers a lost race (the move refused) as submitted, and another refusal as a fault', async () => {
    requests.set('CR-1', request());
    slot = verified();
    moveRefused = true;
    queued.add('credential-staff#CR-1').add('credential-ack#CR-1');
    await expect(submitCredentialRequest('CR-1', {})).resolves.toEqual({ status: 'submitted' });
    moveRefused = false;
    queued.delete('credential-ack#CR-1');
    await expect(submitCredentialRequest('CR-1', {})).rejects.toThrow('cancelled');
  });

  it('asks the client to retry (503) when the transaction met another submit still in flight', async () => {
    requests.set('CR-1', request());
    slot = verified();
    inFlight = true;
    const error = await submitCredentialRequest('CR-1', {}).then(() => undefined, (e: unknown) => e);
    expect(toAppError(error)).toMatchObject({ status: 503, code: 'TEMPORARILY_UNAVAILABLE' });
  });

  it('answers a retry of a submitted request by queuing again only the mails not queued yet', async () => {
    requests.set('CR-1', request({ status: 'submitted' }));
    await expect(submitCredentialRequest('CR-1', {})).resolves.toEqual({ status: 'submitted' });
    expect(transactions.map((t) => t.map((w) => w.id))).toEqual([['credential-staff#CR-1', 'credential-ack#CR-1']]);
    // both queued already (the usual case): refused at both, nothing more
    transactions.length = 0;
    await expect(submitCredentialRequest('CR-1', {})).resolves.toEqual({ status: 'submitted' });
    expect(transactions).toHaveLength(1);
    // the staff notice queued, the acknowledgement not (submitted before mail was committed with the move): the acknowledgement alone
    transactions.length = 0;
    queued.delete('credential-ack#CR-1');
    await expect(submitCredentialRequest('CR-1', {})).resolves.toEqual({ status: 'submitted' });
    expect(transactions.map((t) => t.map((w) => w.id))).toEqual([['credential-staff#CR-1', 'credential-ack#CR-1'], ['credential-ack#CR-1']]);
    expect([...queued]).toEqual(['credential-staff#CR-1', 'credential-ack#CR-1']);
  });
});

describe('credentialRequestStatus', () => {
  it("shows a draft's upload verdict, and none once the request is submitted", async () => {
    requests.set('CR-1', request());
    slot = verified({ status: 'rejected', rejection: 'FILE_TOO_LARGE' });
    expect((await credentialRequestStatus('CR-1')).upload).toMatchObject({ status: 'rejected', rejection: 'FILE_TOO_LARGE' });
    requests.set('CR-1', request({ status: 'submitted' }));
    expect((await credentialRequestStatus('CR-1')).upload).toBeUndefined();
    await expect(credentialRequestStatus('CR-9')).rejects.toBeInstanceOf(NotFoundError);
  });
});
