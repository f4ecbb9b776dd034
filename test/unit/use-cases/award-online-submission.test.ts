// Submitting an award entry online: the files are checked (while the extension and the hospital
// are read), copied to their received keys, then one transaction writes the entry, its audit record
// and its mails, which the table's stream sends; nothing is sent from the request itself.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AwardSubmission } from '../../../shared/data/awards-repository';
import type { UploadSlot } from '../../../shared/data/upload-slots-repository';
import { programme2570 } from '../../../shared/domain/award-programme';
import { toAppError } from '../../../shared/http/problem';

const stored = new Map<string, AwardSubmission>();
const transactions: Array<Array<{ kind: string; id?: string; to?: string[] }>> = [];
/** Why the next transaction is refused: the entry's condition (another submit won), or another transaction in flight. */
let refusal: 'entry' | 'in-flight' | undefined;
const verified = vi.fn(async (key: string): Promise<UploadSlot> => ({ key, owner: 'award-submission', ownerId: 'AW-2570-1000001', slot: 'applicationForm', maxBytes: 10, status: 'verified', sha256: 'a'.repeat(64), size: 9, versionId: '"etag"', createdAt: '2026-12-01T00:00:00.000Z' }));
const sent = vi.fn();

vi.mock('../../../shared/data/awards-repository', async () => {
  const actual = await vi.importActual<typeof import('../../../shared/data/awards-repository')>('../../../shared/data/awards-repository');
  return {
    FILE_SLOTS: actual.FILE_SLOTS,
    submissionIdOf: actual.submissionIdOf,
    submissionAggregate: actual.submissionAggregate,
    getExtension: async () => undefined,
    getSubmission: async (id: string) => stored.get(id),
    saveSubmission: async () => true,
    submissionWrite: (s: AwardSubmission, expected: string) => ({ kind: `entry ${expected}→${s.status}`, id: s.submissionId }),
  };
});
vi.mock('../../../shared/data/audit-repository', () => ({ auditWrite: () => ({ kind: 'audit' }), appendAudit: async () => undefined }));
vi.mock('../../../shared/data/reference-repository', () => ({ getHospital: async () => ({ code: '1000001', nameTh: 'โรงพยาบาลทดสอบ', email: 'h1000001@hospital.example' }) }));
vi.mock('../../../shared/data/transaction', () => ({
  writeTogether: async (writes: Array<{ kind: string }>) => {
    transactions.push(writes);
    if (refusal === 'in-flight') throw Object.assign(new Error('cancelled'), { conflict: true });
    if (refusal === 'entry') throw Object.assign(new Error('cancelled'), { refused: writes.map((w) => w.kind.startsWith('entry')) });
  },
  failedConditions: (error: { refused?: boolean[] }) => error.refused,
  conflicted: (error: { conflict?: boolean }) => !!error.conflict,
}));
vi.mock('../../../shared/uploads/upload-slots', () => ({
  verifyUpload: (key: string) => verified(key),
  freezeUpload: async () => undefined,
  openUploadSlot: async () => ({}),
  UploadChangedError: class extends Error {},
}));
vi.mock('../../../shared/mail/outbox', () => ({ queueMail: (m: { id: string; to: string[] }) => ({ kind: 'mail', id: m.id, to: m.to }), sendMail: sent }));
vi.mock('../../../shared/config', () => ({ config: () => ({ SITE_URL: 'https://sso.example', AWARDS_MAILBOX: 'awards@sso.example' }) }));
vi.mock('../../../shared/metrics', () => ({ metrics: { addMetric: () => undefined }, MetricUnit: { Count: 'Count' } }));

const { submitOnline } = await import('../../../shared/use-cases/award-submissions');

const NOW = new Date('2026-12-02T03:00:00.000Z');
const hospital = { userId: 'demo-hospital', roles: ['hospital' as const], hospitalCode: '1000001' };
const draft = (over: Partial<AwardSubmission> = {}): AwardSubmission => ({
  yearBE: 2570, submissionId: 'AW-2570-1000001', hospitalCode: '1000001', channel: 'online', status: 'draft', createdAt: '2026-12-01T00:00:00.000Z', createdBy: 'demo-hospital', history: [],
  files: { applicationForm: { key: 'awards/2570/AW-2570-1000001/applicationForm.pdf' }, selfAssessment: { key: 'awards/2570/AW-2570-1000001/selfAssessment.pdf' } },
  ...over,
});

beforeEach(() => {
  stored.clear();
  transactions.length = 0;
  refusal = undefined;
  verified.mockClear();
  sent.mockClear();
});

describe('submitOnline', () => {
  it('writes the entry, its audit record and both mails in one transaction, and sends no mail itself', async () => {
    const result = await submitOnline(programme2570(), draft(), hospital, NOW);
    expect(result).toMatchObject({ duplicate: false, judgement: { status: 'received' } });
    expect(transactions).toHaveLength(1);
    expect(transactions[0]!.map((w) => w.kind)).toEqual(['entry draft→received', 'audit', 'mail', 'mail']);
    expect(transactions[0]!.filter((w) => w.kind === 'mail').map((w) => w.to)).toEqual([['h1000001@hospital.example'], ['awards@sso.example']]);
    expect(sent).not.toHaveBeenCalled();
  });

  it('answers with the stored entry when another submit recorded it first', async () => {
    stored.set('AW-2570-1000001', draft({ status: 'received', receivedAt: '2026-12-02T02:59:59.000Z' }));
    refusal = 'entry';
    const result = await submitOnline(programme2570(), draft(), hospital, NOW);
    expect(result).toMatchObject({ duplicate: true, submission: { receivedAt: '2026-12-02T02:59:59.000Z' } });
  });

  it('answers 503 while another transaction on the entry is in flight (a retry then finds it recorded)', async () => {
    refusal = 'in-flight';
    const error = await submitOnline(programme2570(), draft(), hospital, NOW).then(() => undefined, (e: unknown) => e);
    expect(toAppError(error)).toMatchObject({ status: 503, code: 'TEMPORARILY_UNAVAILABLE' });
  });

  it('checks nothing and writes nothing for an entry already received', async () => {
    const result = await submitOnline(programme2570(), draft({ status: 'received', receivedAt: '2026-12-02T02:00:00.000Z' }), hospital, NOW);
    expect(result.duplicate).toBe(true);
    expect(verified).not.toHaveBeenCalled();
    expect(transactions).toHaveLength(0);
  });
});
