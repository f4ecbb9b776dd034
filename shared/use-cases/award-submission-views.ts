// What officers, committee members and hospitals see of a year's award submissions.
import { getExtension, getSubmission, listExtensions, listSubmissions, submissionIdOf } from '../data/awards-repository';
import { listHospitals } from '../data/reference-repository';
import type { Principal } from '../auth/roles';
import { effectiveDeadline } from '../domain/award-deadline';
import { ForbiddenError, NotFoundError } from '../http/errors';
import { documentsOf } from './award-documents';
import { scorableBy } from './award-selection';
import { loadProgramme } from './load-programme';

/**
 * Officers see every submission, each with its documents and whether it is complete; a committee
 * member the on-time, complete ones their panel covers. Three reads whatever the number of entries
 * (the submissions, the year's extensions, the cached hospital list).
 */
export async function submissionList(yearBE: number, viewer: Principal) {
  const [programme, submissions, extensions, hospitals] = await Promise.all([loadProgramme(yearBE), listSubmissions(yearBE), listExtensions(yearBE), listHospitals()]);
  const officer = viewer.roles.includes('awards-officer');
  const names = new Map(hospitals.map((h) => [h.code, h]));
  const extensionOf = new Map(extensions.map((e) => [e.hospitalCode, e]));
  return submissions
    .filter((s) => officer || scorableBy(programme, viewer.userId, s, { code: s.hospitalCode, officeCode: names.get(s.hospitalCode)?.officeCode }))
    .map((s) => {
      const extension = extensionOf.get(s.hospitalCode);
      return {
        submissionId: s.submissionId,
        hospitalCode: s.hospitalCode,
        hospitalNameTh: names.get(s.hospitalCode)?.nameTh,
        hospitalNameEn: names.get(s.hospitalCode)?.nameEn,
        channel: s.channel,
        status: s.status,
        receivedAt: s.receivedAt ?? null,
        postmarkDate: s.postmarkDate ?? null,
        lateReason: s.lateReason ?? null,
        extension: extension ? { deadline: extension.deadline, reason: extension.reason } : null,
        ...documentsOf(s),
      };
    });
}

/** A hospital's own submission of a year, with its deadline (extended or not) and receipt. */
export async function ownSubmission(yearBE: number, viewer: Principal) {
  if (!viewer.hospitalCode) throw new ForbiddenError('NOT_YOUR_HOSPITAL');
  const [programme, submission, extension] = await Promise.all([loadProgramme(yearBE), getSubmission(submissionIdOf(yearBE, viewer.hospitalCode)), getExtension(yearBE, viewer.hospitalCode)]);
  if (!submission) throw new NotFoundError('SUBMISSION_NOT_FOUND');
  return { ...submission, deadline: effectiveDeadline(programme, extension), ...(extension ? { extension } : {}), ...documentsOf(submission) };
}
