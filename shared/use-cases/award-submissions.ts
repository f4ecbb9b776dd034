// Award submissions from every channel (seed 000). Online: presigned uploads straight to S3, files
// checked after they land, `submit` judged against the deadline (Bangkok calendar date, or the
// hospital's extension). Post: judged by the postmark date; e-mail: by the time it arrived.
// Late submissions are kept, marked late with the reason, and the hospital is told.
import type { Principal } from '../auth/roles';
import { config } from '../config';
import { appendAudit, auditWrite } from '../data/audit-repository';
import {
  FILE_SLOTS,
  getExtension,
  getSubmission,
  saveSubmission,
  submissionAggregate,
  submissionIdOf,
  submissionWrite,
  type AwardSubmission,
  type FileSlot,
} from '../data/awards-repository';
import { getHospital } from '../data/reference-repository';
import { failedConditions, writeTogether } from '../data/transaction';
import type { Hospital } from '../schemas/reference';
import { resolveHospital } from './resolve-hospital';
import { effectiveDeadline, judgeEmail, judgeOnline, judgePostal, uploadsOpen, validatePostmark, type Judgement } from '../domain/award-deadline';
import { isComplete, missingDocuments } from '../domain/award-completeness';
import type { AwardProgramme } from '../domain/award-programme';
import { AppError, BadInputError, ConflictError, ForbiddenError, RuleError, ValidationError } from '../http/errors';
import { queueMail, sendMail, type OutgoingMail } from '../mail/outbox';
import { lateMail, officersNoticeMail, receiptMail } from '../mail/templates/awards';
import { bangkokDate } from '../time/bangkok';
import { freezeUpload, openUploadSlot, UploadChangedError, verifyUpload, type PresignedUpload } from '../uploads/upload-slots';
import type { UploadSlot } from '../data/upload-slots-repository';
import { receivedKeyOf } from '../uploads/prefixes';
import { METRIC } from '../metric-names';
import { metrics, MetricUnit } from '../metrics';

export const AWARD_FILE_MAX_BYTES = 10 * 1024 * 1024;

const fileKey = (s: Pick<AwardSubmission, 'yearBE' | 'submissionId'>, slot: FileSlot) => `awards/${s.yearBE}/${s.submissionId}/${slot}.pdf`;

/** Presigned uploads for the entry's slots (all of them, or those named). */
export async function openSlots(s: AwardSubmission, now: Date, slots: readonly FileSlot[] = FILE_SLOTS): Promise<Partial<Record<FileSlot, PresignedUpload>>> {
  const entries = await Promise.all(
    slots.map(async (slot) => {
      const { expectedSha256, expectedSize } = s.files[slot];
      const upload = await openUploadSlot(
        {
          key: s.files[slot].key, owner: 'award-submission', ownerId: s.submissionId, slot, maxBytes: AWARD_FILE_MAX_BYTES,
          ...(expectedSha256 ? { expectedSha256 } : {}),
          ...(expectedSize !== undefined ? { expectedSize } : {}),
        },
        now,
      );
      return [slot, upload] as const;
    }),
  );
  return Object.fromEntries(entries) as Partial<Record<FileSlot, PresignedUpload>>;
}

/**
 * Copies each checked file to its write-once received key (one per receipt) and returns the file
 * records that point at it. A file that changed between its check and the copy is refused (409).
 */
export async function freezeFiles<S extends FileSlot>(
  s: AwardSubmission,
  checked: Array<{ slot: S; verdict: UploadSlot }>,
  now: Date,
): Promise<Record<S, AwardSubmission['files'][FileSlot]>> {
  const frozen = await Promise.all(
    checked.map(async ({ slot, verdict }) => {
      const receivedKey = receivedKeyOf(s.files[slot].key, now.toISOString());
      try {
        await freezeUpload(verdict, receivedKey);
      } catch (error) {
        if (error instanceof UploadChangedError) throw new ConflictError('UPLOAD_CHANGED');
        throw error;
      }
      return [slot, { ...s.files[slot], sha256: verdict.sha256!, size: verdict.size!, versionId: verdict.versionId!, receivedKey }] as const;
    }),
  );
  return Object.fromEntries(frozen) as Record<S, AwardSubmission['files'][FileSlot]>;
}

function newSubmission(programme: AwardProgramme, hospitalCode: string, channel: AwardSubmission['channel'], actor: string, now: Date): AwardSubmission {
  const submissionId = submissionIdOf(programme.yearBE, hospitalCode);
  const base = { yearBE: programme.yearBE, submissionId };
  return {
    ...base,
    hospitalCode,
    channel,
    status: 'draft',
    createdAt: now.toISOString(),
    createdBy: actor,
    files: { applicationForm: { key: fileKey(base, 'applicationForm') }, selfAssessment: { key: fileKey(base, 'selfAssessment') } },
    history: [],
  };
}

/** A hospital starts (or, before the deadline, restarts to replace its files) its online submission. */
export async function startOnlineSubmission(programme: AwardProgramme, principal: Principal, declared: Partial<Record<FileSlot, { sha256: string; size?: number }>> | undefined, now = new Date()) {
  const hospitalCode = principal.hospitalCode;
  if (!hospitalCode) throw new ForbiddenError('NOT_YOUR_HOSPITAL');
  const [extension, existing] = await Promise.all([getExtension(programme.yearBE, hospitalCode), getSubmission(submissionIdOf(programme.yearBE, hospitalCode))]);
  if (existing && existing.channel !== 'online') throw new ConflictError('SUBMISSION_EXISTS');
  // what was received on time is final: no new upload slots (a late entry may try again within an extension)
  if (existing?.status === 'received') throw new ConflictError('ALREADY_SUBMITTED');
  if (!uploadsOpen(now, programme, extension)) {
    throw new RuleError(bangkokDate(now) < programme.opensOn ? 'PROGRAMME_NOT_OPEN' : 'DEADLINE_PASSED');
  }
  const base = existing ?? newSubmission(programme, hospitalCode, 'online', principal.userId, now);
  const next: AwardSubmission = {
    ...base,
    files: Object.fromEntries(
      FILE_SLOTS.map((slot) => [slot, { key: base.files[slot].key, ...(declared?.[slot] ? { expectedSha256: declared[slot]!.sha256 } : {}), ...(declared?.[slot]?.size !== undefined ? { expectedSize: declared[slot]!.size } : {}) }]),
    ) as AwardSubmission['files'],
  };
  if (!(await saveSubmission(next, existing?.status, existing?.receivedAt))) throw new ConflictError();
  return { submissionId: next.submissionId, status: next.status, uploads: await openSlots(next, now) };
}

/** The hospital's receipt (or late notice) and the officers' notice of an entry, each with a fixed id (queued once). */
function submissionMails(s: AwardSubmission, judgement: Judgement, deadline: string, hospital: Hospital | undefined, fallbackEmail?: string): Array<OutgoingMail & { to: [string] }> {
  const name = hospital?.nameTh ?? s.hospitalCode;
  const to = hospital?.email ?? fallbackEmail;
  const { SITE_URL, AWARDS_MAILBOX } = config();
  const stamp = s.receivedAt ?? s.createdAt;
  return [
    ...(to
      ? [{
          id: `award-${judgement.status}#${s.submissionId}#${stamp}`,
          kind: judgement.status === 'late' ? 'award-late' : 'award-receipt',
          to: [to] as [string],
          ...(judgement.status === 'late' ? lateMail(s, name, deadline) : receiptMail(s, name, `${SITE_URL}/#/hospital/awards/${s.yearBE}`)),
        }]
      : []),
    { id: `award-notice#${s.submissionId}#${stamp}`, kind: 'award-officers-notice', to: [AWARDS_MAILBOX] as [string], ...officersNoticeMail(s, name, `${SITE_URL}/#/staff/awards/${s.yearBE}`) },
  ];
}

async function notify(s: AwardSubmission, judgement: Judgement, deadline: string, fallbackEmail?: string) {
  for (const mail of submissionMails(s, judgement, deadline, await getHospital(s.hospitalCode), fallbackEmail)) await sendMail(mail);
}

/** Checks each file that landed in its slot (size, `%PDF-`, SHA-256) and records the verdicts. */
const checkFiles = (s: AwardSubmission, now: Date) => Promise.all(FILE_SLOTS.map((slot) => verifyUpload(s.files[slot].key, now)));

/**
 * The hospital submits: both files must be in S3 and verified; then the deadline decides. What was
 * received is frozen: each file is copied to a write-once key that every download reads, and a
 * received entry is never submitted again (a PUT through its old upload link changes nothing).
 */
export async function submitOnline(programme: AwardProgramme, s: AwardSubmission, principal: Principal & { email?: string }, now = new Date()) {
  if (s.hospitalCode !== principal.hospitalCode) throw new ForbiddenError('NOT_YOUR_HOSPITAL');
  if (s.channel !== 'online') throw new ConflictError('SUBMISSION_EXISTS');
  // a draft's files are checked while its extension and its hospital are read (independent reads, one round)
  const [extension, hospital, checked] = await Promise.all([
    getExtension(programme.yearBE, s.hospitalCode),
    getHospital(s.hospitalCode),
    s.status === 'draft' ? checkFiles(s, now) : undefined,
  ]);
  const deadline = effectiveDeadline(programme, extension);
  // a second click or a retry, or a late entry with no extension to try again in: the first receipt stands
  if (s.status === 'received' || (s.status === 'late' && !uploadsOpen(now, programme, extension))) {
    return { submission: s, judgement: { status: s.status } as Judgement, deadline, duplicate: true };
  }
  const slots = checked ?? (await checkFiles(s, now));
  const problems = slots.flatMap((slot, i) =>
    !slot || slot.status === 'awaiting-upload'
      ? [{ path: `files.${FILE_SLOTS[i]}`, code: 'UPLOAD_MISSING' }]
      : slot.status === 'rejected'
        ? [{ path: `files.${FILE_SLOTS[i]}`, code: slot.rejection ?? 'NOT_A_PDF' }]
        : [],
  );
  if (problems.some((p) => p.code === 'UPLOAD_MISSING')) throw new ConflictError('UPLOAD_MISSING');
  // the files arrived but fail the checks: a rule refusal (422) naming each file
  if (problems.length) throw new AppError(422, problems[0]!.code, problems);

  const judgement = judgeOnline(now, deadline);
  // the same files submitted again (a retry of a late entry): the first receipt stands
  if (s.status === 'late' && FILE_SLOTS.every((slot, i) => s.files[slot].versionId === slots[i]!.versionId)) {
    return { submission: s, judgement: { status: s.status } as Judgement, deadline, duplicate: true };
  }
  const files: AwardSubmission['files'] = { ...s.files, ...(await freezeFiles(s, FILE_SLOTS.map((slot, i) => ({ slot, verdict: slots[i]! })), now)) };
  const next: AwardSubmission = {
    ...s,
    files,
    status: judgement.status,
    receivedAt: now.toISOString(),
    ...(judgement.status === 'late' ? { lateReason: judgement.lateReason } : {}),
    history: [...s.history, { at: now.toISOString(), status: judgement.status, files: Object.fromEntries(FILE_SLOTS.map((slot) => [slot, files[slot].sha256])) }],
  };
  if (judgement.status === 'received') delete next.lateReason;
  // the entry, its audit record and its mails in one write; the table's stream sends the mails, so
  // the answer does not wait for them
  try {
    await writeTogether([
      submissionWrite(next, s.status, s.receivedAt),
      auditWrite(submissionAggregate(s.submissionId), { at: now.toISOString(), actor: principal.userId, action: 'submitted', fromState: s.status, toState: next.status, ...(next.lateReason ? { reason: next.lateReason } : {}) }),
      ...submissionMails(next, judgement, deadline, hospital, principal.email).map((mail) => queueMail(mail, now)),
    ]);
  } catch (error) {
    if (failedConditions(error)?.[0]) {
      // submitted twice at once: the other request recorded it; answer with what is stored
      const stored = await getSubmission(s.submissionId);
      return { submission: stored ?? next, judgement: { status: stored?.status ?? next.status } as Judgement, deadline, duplicate: true };
    }
    // on AWS one still in flight cancels this one for the conflict instead: the client is asked to
    // retry (shared/http/problem.ts), and the retry answers as above
    throw error;
  }
  metrics.addMetric(METRIC.awardSubmissionReceived, MetricUnit.Count, 1);
  return { submission: next, judgement, deadline, duplicate: false };
}

/** An awards officer records a submission that came by post (postmark date) or by e-mail. */
export async function recordOfflineSubmission(
  programme: AwardProgramme,
  input: { channel: 'post'; hospitalCode: string; postmarkDate: string; receivedDate: string } | { channel: 'email'; hospitalCode: string; emailReceivedAt: string },
  officer: Principal,
  now = new Date(),
) {
  // named by its 7-digit code or its hcode; the submission is kept under the 7-digit code
  const hospital = await resolveHospital(input.hospitalCode);
  if (!hospital) throw new RuleError('UNKNOWN_HOSPITAL', 'hospitalCode');
  const hospitalCode = hospital.code;
  if (input.channel === 'post') {
    const issues = validatePostmark({ postmarkDate: input.postmarkDate, receivedDate: input.receivedDate, today: bangkokDate(now), opensOn: programme.opensOn });
    if (issues.length === 1) throw new BadInputError(issues[0]!.code, issues[0]!.path);
    if (issues.length > 1) throw new ValidationError(issues.map((i) => ({ path: i.path, code: i.code })), issues[0]!.code);
  } else if (new Date(input.emailReceivedAt).getTime() > now.getTime() + 60_000) {
    throw new BadInputError('RECEIVED_IN_FUTURE', 'emailReceivedAt');
  } else if (bangkokDate(new Date(input.emailReceivedAt)) < programme.opensOn) {
    throw new BadInputError('RECEIVED_BEFORE_OPENING', 'emailReceivedAt');
  }
  const extension = await getExtension(programme.yearBE, hospitalCode);
  const deadline = effectiveDeadline(programme, extension);
  const judgement = input.channel === 'post' ? judgePostal(input.postmarkDate, deadline) : judgeEmail(new Date(input.emailReceivedAt), deadline);
  const existing = await getSubmission(submissionIdOf(programme.yearBE, hospitalCode));
  if (existing && existing.status !== 'draft') throw new ConflictError('SUBMISSION_EXISTS');
  const s: AwardSubmission = {
    ...newSubmission(programme, hospitalCode, input.channel, officer.userId, now),
    status: judgement.status,
    receivedAt: input.channel === 'post' ? `${input.receivedDate}T00:00:00+07:00` : new Date(input.emailReceivedAt).toISOString(),
    ...(input.channel === 'post' ? { postmarkDate: input.postmarkDate, receivedDate: input.receivedDate } : { emailReceivedAt: new Date(input.emailReceivedAt).toISOString() }),
    ...(judgement.status === 'late' ? { lateReason: judgement.lateReason } : {}),
  };
  s.history = [{ at: now.toISOString(), status: s.status, files: {} }];
  if (!(await saveSubmission(s, existing?.status, existing?.receivedAt))) throw new ConflictError('SUBMISSION_EXISTS');
  await appendAudit(submissionAggregate(s.submissionId), { at: now.toISOString(), actor: officer.userId, action: `recorded-${input.channel}`, toState: s.status, ...(s.lateReason ? { reason: s.lateReason } : {}) });
  await notify(s, judgement, deadline);
  // the scans of the paper (or e-mailed) documents go straight to S3 like online files; the entry
  // is incomplete (never scored or ranked) until the officer attaches them (award-documents.ts)
  return {
    submissionId: s.submissionId,
    status: s.status,
    ...(s.lateReason ? { lateReason: s.lateReason } : {}),
    complete: isComplete(s.files),
    missingDocuments: missingDocuments(s.files),
    uploads: await openSlots(s, now),
  };
}
