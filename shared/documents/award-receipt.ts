// The receipt of an award entry: only for the hospital that entered it and awards officers, and
// only once it was received (on time or late).
import type { Principal } from '../auth/roles';
import { FILE_SLOTS, getExtension, getSubmission, type FileSlot } from '../data/awards-repository';
import { effectiveDeadline } from '../domain/award-deadline';
import { ConflictError, ForbiddenError, NotFoundError } from '../http/errors';
import { renderAwardReceipt } from '../pdf/award-receipt';
import { PROVINCES } from '../reference-data/provinces';
import { loadProgramme } from '../use-cases/load-programme';
import { resolveHospital } from '../use-cases/resolve-hospital';

export const FILE_NAMES_TH: Record<FileSlot, string> = { applicationForm: 'ใบสมัคร', selfAssessment: 'แบบประเมินตนเอง' };

export async function awardReceiptPdf(submissionId: string, principal: Principal, now = new Date()): Promise<Buffer> {
  const officer = principal.roles.includes('awards-officer');
  // a hospital learns nothing of another hospital's entry, not even whether it exists
  if (!officer && !submissionId.endsWith(`-${principal.hospitalCode ?? '?'}`)) throw new ForbiddenError('NOT_YOUR_HOSPITAL');
  const submission = await getSubmission(submissionId);
  if (!submission) throw new NotFoundError('SUBMISSION_NOT_FOUND');
  if (!officer && submission.hospitalCode !== principal.hospitalCode) throw new ForbiddenError('NOT_YOUR_HOSPITAL');
  if (submission.status === 'draft' || !submission.receivedAt) throw new ConflictError('SUBMISSION_NOT_RECEIVED');
  const [programme, extension, hospital] = await Promise.all([
    loadProgramme(submission.yearBE),
    getExtension(submission.yearBE, submission.hospitalCode),
    resolveHospital(submission.hospitalCode),
  ]);
  return renderAwardReceipt(
    {
      ...submission,
      status: submission.status,
      receivedAt: submission.receivedAt,
      deadline: effectiveDeadline(programme, extension),
      hospital: {
        code: submission.hospitalCode,
        hcode: hospital?.hcode ?? '-',
        nameTh: hospital?.nameTh ?? submission.hospitalCode,
        provinceNameTh: PROVINCES.find((p) => p.code === hospital?.provinceCode)?.nameTh ?? '-',
      },
      files: FILE_SLOTS.map((slot) => ({
        nameTh: FILE_NAMES_TH[slot],
        ...(submission.files[slot]?.size !== undefined ? { size: submission.files[slot].size } : {}),
        ...(submission.files[slot]?.sha256 ? { sha256: submission.files[slot].sha256 } : {}),
      })),
    },
    now,
  );
}
