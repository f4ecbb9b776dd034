// The documents of an award entry: what is in and what is missing, the scans an officer
// attaches to a postal or e-mail entry (checked like online files, then frozen), and short-lived
// downloads for awards officers and the committee, each one audited.
import type { Principal } from '../auth/roles';
import type { Account } from '../data/accounts-repository';
import { appendAudit, listAudit } from '../data/audit-repository';
import { FILE_SLOTS, getProgramme, saveSubmission, submissionAggregate, type AwardSubmission, type FileSlot } from '../data/awards-repository';
import { getHospital } from '../data/reference-repository';
import { isComplete, missingDocuments } from '../domain/award-completeness';
import { panelCovers, panelOfMember, panelsOf } from '../domain/award-panels';
import { AppError, ConflictError, ForbiddenError, NotFoundError } from '../http/errors';
import { presignedDownload, verifyUpload } from '../uploads/upload-slots';
import { freezeFiles, openSlots } from './award-submissions';

/** How long a download link lives: long enough to click, short enough not to be passed around. */
export const DOCUMENT_LINK_TTL_SECONDS = 5 * 60;

/** Each document of an entry: received (size, SHA-256, when) or missing; and whether the entry is complete. */
export function documentsOf(s: AwardSubmission) {
  return {
    complete: isComplete(s.files),
    missingDocuments: missingDocuments(s.files),
    documents: FILE_SLOTS.map((document) => {
      const f = s.files[document];
      return f.sha256
        ? { document, status: 'received' as const, size: f.size ?? null, sha256: f.sha256, ...(f.attachedAt ? { attachedAt: f.attachedAt, attachedBy: f.attachedBy } : {}) }
        : { document, status: 'missing' as const };
    }),
  };
}

function offlineOnly(s: AwardSubmission) {
  // an online entry's files are the hospital's own uploads; only paper and e-mail entries take scans
  if (s.channel === 'online') throw new ConflictError('NOT_AN_OFFLINE_ENTRY');
}

/** Fresh upload slots for the scans a postal or e-mail entry still lacks (the links of the 201 expire). */
export async function openScanUploads(s: AwardSubmission, now = new Date()) {
  offlineOnly(s);
  const missing = missingDocuments(s.files);
  if (missing.length === 0) throw new ConflictError('DOCUMENTS_COMPLETE');
  return { submissionId: s.submissionId, ...documentsOf(s), uploads: await openSlots(s, now, missing) };
}

/**
 * The officer attaches the scans that have landed: each is checked as an online file is (size, PDF,
 * SHA-256), copied to its write-once received key and recorded; the entry is complete once both are in.
 * A scan already attached is final: a later PUT through its old link is never read.
 */
export async function attachScans(s: AwardSubmission, officer: Principal, now = new Date()) {
  offlineOnly(s);
  const missing = missingDocuments(s.files);
  if (missing.length === 0) return { submissionId: s.submissionId, status: s.status, ...documentsOf(s) };
  const verdicts = await Promise.all(missing.map(async (slot) => ({ slot, verdict: await verifyUpload(s.files[slot].key, now) })));
  const rejected = verdicts.filter((v) => v.verdict?.status === 'rejected');
  if (rejected.length) throw new AppError(422, rejected[0]!.verdict!.rejection ?? 'NOT_A_PDF', rejected.map((v) => ({ path: `files.${v.slot}`, code: v.verdict!.rejection ?? 'NOT_A_PDF' })));
  const checked = verdicts.flatMap(({ slot, verdict }) => (verdict?.status === 'verified' ? [{ slot, verdict }] : []));
  if (checked.length === 0) throw new ConflictError('UPLOAD_MISSING');
  const frozen = await freezeFiles(s, checked, now);
  const at = now.toISOString();
  const files = { ...s.files };
  for (const [slot, file] of Object.entries(frozen) as Array<[FileSlot, AwardSubmission['files'][FileSlot]]>) files[slot] = { ...file, attachedBy: officer.userId, attachedAt: at };
  const next: AwardSubmission = { ...s, files };
  if (!(await saveSubmission(next, s.status, s.receivedAt))) throw new ConflictError();
  await Promise.all(checked.map(({ slot }) => appendAudit(submissionAggregate(s.submissionId), { at, actor: officer.userId, action: 'scan-attached', document: slot })));
  return { submissionId: s.submissionId, status: next.status, ...documentsOf(next) };
}

/**
 * A 5-minute link to one received document, read from its frozen copy; every link given is audited
 * (who, when, which document). The committee opens only the entries it may score (its panel's).
 */
export async function documentDownload(
  s: AwardSubmission,
  document: FileSlot,
  principal: Principal,
  account: Pick<Account, 'conflictsOfInterest'>,
  now = new Date(),
) {
  const officer = principal.roles.includes('awards-officer');
  if (!officer) {
    // the committee sees the on-time, complete entries only (the list shows it no others)
    if (s.status !== 'received' || !isComplete(s.files)) throw new NotFoundError('SUBMISSION_NOT_FOUND');
    // and of those, the hospitals the member's panel covers (as scoring and the list)
    const [programme, hospital] = await Promise.all([getProgramme(s.yearBE), getHospital(s.hospitalCode)]);
    const panel = programme && panelOfMember(panelsOf(programme), principal.userId);
    if (!panel) throw new ForbiddenError('NOT_ON_A_PANEL');
    if (!panelCovers(panel, { code: s.hospitalCode, ...(hospital?.officeCode ? { officeCode: hospital.officeCode } : {}) })) throw new ForbiddenError('PANEL_DOES_NOT_SCORE_HOSPITAL');
    const conflicts = [...(account.conflictsOfInterest ?? []), ...(principal.hospitalCode ? [principal.hospitalCode] : [])];
    if (conflicts.includes(s.hospitalCode)) throw new ConflictError('CONFLICT_OF_INTEREST');
  }
  const file = s.files[document];
  if (!file.sha256) throw new ConflictError('DOCUMENT_MISSING');
  // entries received before files were frozen: the checked version where S3 kept one (an ETag is no version)
  const pinned = file.receivedKey ? undefined : file.versionId && !file.versionId.startsWith('"') ? file.versionId : undefined;
  const url = await presignedDownload(file.receivedKey ?? file.key, DOCUMENT_LINK_TTL_SECONDS, pinned, `${s.submissionId}-${document}.pdf`);
  await appendAudit(submissionAggregate(s.submissionId), { at: now.toISOString(), actor: principal.userId, action: 'document-downloaded', document });
  return { submissionId: s.submissionId, document, url, expiresAt: new Date(now.getTime() + DOCUMENT_LINK_TTL_SECONDS * 1000).toISOString(), size: file.size ?? null, sha256: file.sha256 };
}

/** The entry's audit trail, oldest first: recorded, submitted, scans attached, documents downloaded. */
export async function submissionAudit(s: AwardSubmission) {
  const records = await listAudit(submissionAggregate(s.submissionId));
  return { submissionId: s.submissionId, audit: records.sort((a, b) => a.at.localeCompare(b.at)) };
}
