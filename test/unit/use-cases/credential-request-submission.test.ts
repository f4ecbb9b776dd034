// Submitting a credential request: the upload is checked first, the move is conditional, a retry
// queues the same mails again (their ids make it a no-op); the public status shows a draft's upload.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CredentialRequest } from '../../../shared/data/credential-requests-repository';
import type { UploadSlot } from '../../../shared/data/upload-slots-repository';
import { ConflictError, NotFoundError, RuleError } from '../../../shared/http/errors';

const requests = new Map<string, CredentialRequest>();
let slot: UploadSlot | undefined;
let moveSucceeds = true;
const mails: Array<{ id: string; to: string[] }> = [];
const audits: unknown[] = [];
vi.mock('../../../shared/data/credential-requests-repository', () => ({
  getRequest: async (id: string) => requests.get(id),
  requestAggregate: (id: string) => `request:${id}`,
  transitionRequest: async () => moveSucceeds,
  requestRead: (id: string) => ({ id }),
}));
vi.mock('../../../shared/data/upload-slots-repository', () => ({ uploadSlotRead: (key: string) => ({ key }) }));
vi.mock('../../../shared/data/transaction', () => ({ readTogether: async (r: { id: string }) => [requests.get(r.id), slot] }));
vi.mock('../../../shared/data/audit-repository', () => ({ appendAudit: async (...a: unknown[]) => void audits.push(a) }));
vi.mock('../../../shared/data/reference-repository', () => ({ getHospital: async () => ({ nameTh: 'โรงพยาบาลทดสอบ' }) }));
vi.mock('../../../shared/uploads/upload-slots', () => ({ verifyUpload: async () => slot }));
vi.mock('../../../shared/use-cases/credential-uploads', () => ({ freezeSignedForm: async () => 'received/credential-requests/CR-1/signed-form/1.pdf' }));
vi.mock('../../../shared/mail/outbox', () => ({ sendMail: async (m: { id: string; to: string[] }) => void mails.push({ id: m.id, to: m.to }) }));
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
  moveSucceeds = true;
  mails.length = 0;
  audits.length = 0;
});

describe('submitCredentialRequest', () => {
  it('submits a draft with a verified upload: audited, staff told, requester acknowledged', async () => {
    requests.set('CR-1', request());
    slot = verified();
    await expect(submitCredentialRequest('CR-1', { sha256: SHA.toUpperCase() })).resolves.toEqual({ status: 'submitted' });
    expect(audits).toHaveLength(1);
    expect(mails).toEqual([{ id: 'credential-staff#CR-1', to: ['cred@sso.example'] }, { id: 'credential-ack#CR-1', to: ['req@hospital.example'] }]);
  });

  it('refuses a missing upload (409), a rejected one and a declared hash that differs (422), writing nothing', async () => {
    requests.set('CR-1', request());
    await expect(submitCredentialRequest('CR-1', {})).rejects.toBeInstanceOf(ConflictError);
    slot = verified({ status: 'rejected', rejection: 'NOT_A_PDF' });
    await expect(submitCredentialRequest('CR-1', {})).rejects.toMatchObject({ code: 'NOT_A_PDF' });
    slot = verified();
    await expect(submitCredentialRequest('CR-1', { sha256: 'b'.repeat(64) })).rejects.toBeInstanceOf(RuleError);
    expect([audits, mails]).toEqual([[], []]);
    await expect(submitCredentialRequest('CR-2', {})).rejects.toBeInstanceOf(NotFoundError);
  });

  it('answers a retry of a submitted request by queuing the same mails again, and a lost race with no mail', async () => {
    requests.set('CR-1', request({ status: 'submitted' }));
    await expect(submitCredentialRequest('CR-1', {})).resolves.toEqual({ status: 'submitted' });
    expect(mails.map((m) => m.id)).toEqual(['credential-staff#CR-1', 'credential-ack#CR-1']);
    mails.length = 0;
    requests.set('CR-1', request());
    slot = verified();
    moveSucceeds = false;
    await expect(submitCredentialRequest('CR-1', {})).resolves.toEqual({ status: 'submitted' });
    expect([audits, mails]).toEqual([[], []]);
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
