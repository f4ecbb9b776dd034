// GET /api/credential-requests/{requestId}: the full request for an officer, with its audit trail
// and a 5-minute link to the signed PDF (its write-once copy made at submit).
import { credentialsRoutes } from '../../shared/http/routes/credentials';
import { getAccount } from '../../shared/data/account-lookup';
import { listAudit } from '../../shared/data/audit-repository';
import { accountMismatch } from '../../shared/domain/credential-request-rules';
import { t } from '../../shared/i18n/messages';
import { getRequest, requestAggregate, requestsOfPerson, type CredentialRequest } from '../../shared/data/credential-requests-repository';
import { mailStatusOf } from '../../shared/data/mail-status-repository';
import { getHospital } from '../../shared/data/reference-repository';
import { getUploadSlot } from '../../shared/data/upload-slots-repository';
import { NotFoundError } from '../../shared/http/errors';
import { httpHandler } from '../../shared/http/http-handler';
import { presignedDownload } from '../../shared/uploads/upload-slots';

export const handler = httpHandler(credentialsRoutes.getCredentialRequest, async ({ params, lang }) => {
  const request = await getRequest(params.requestId);
  if (!request) throw new NotFoundError('REQUEST_NOT_FOUND');
  const [audit, hospital, networkHospital, upload, mailStatus, account, personRequests] = await Promise.all([
    listAudit(requestAggregate(request.requestId)),
    getHospital(request.hospitalCode),
    request.networkHospitalCode ? getHospital(request.networkHospitalCode) : undefined,
    request.status !== 'draft' ? getUploadSlot(request.signedFormKey) : undefined,
    mailStatusOf(request.email),
    request.userId ? getAccount(request.userId) : undefined,
    requestsOfPerson(request.nationalId),
  ]);
  const { earlierRequests, userIdsOfPerson } = await personHistory(request, personRequests);
  // for reuse and cancel: what is wrong with the id named, if anything (the public form never says)
  const mismatch = accountMismatch(request, account);
  return {
    body: {
      ...request,
      hospital,
      ...(networkHospital ? { networkHospital } : {}),
      audit,
      accountCheck: mismatch ? { code: mismatch.code, message: t(mismatch.code, lang) } : null,
      // the same person's other requests and the ids issued to them: a second `new` at one hospital shows here
      earlierRequests,
      userIdsOfPerson,
      // SES reported a bounce or a spam complaint for the requester's address: decisions never reach them
      mailBounced: mailStatus?.kind === 'bounce',
      mailComplained: mailStatus?.kind === 'complaint',
      ...(mailStatus ? { mailStatus: { kind: mailStatus.kind, at: mailStatus.at, ...(mailStatus.bounceType ? { bounceType: mailStatus.bounceType } : {}) } } : {}),
      // the frozen copy made at submit; requests submitted before it existed: the checked version
      ...(request.status !== 'draft'
        ? { signedFormUrl: request.signedFormReceivedKey ? await presignedDownload(request.signedFormReceivedKey, 300) : await presignedDownload(request.signedFormKey, 300, upload?.s3VersionId ?? undefined) }
        : {}),
    },
  };
});

/** The person's other requests, and the user ids issued to them with their status now. */
async function personHistory(request: CredentialRequest, all: CredentialRequest[]) {
  const others = all.filter((r) => r.requestId !== request.requestId && r.status !== 'draft');
  const ids = [...new Set(others.map((r) => r.resultUserId).filter((id): id is string => !!id))];
  const accounts = await Promise.all(ids.map((id) => getAccount(id)));
  return {
    earlierRequests: others.map((r) => ({
      requestId: r.requestId,
      purpose: r.purpose,
      status: r.status,
      hospitalCode: r.hospitalCode,
      ...(r.networkHospitalCode ? { networkHospitalCode: r.networkHospitalCode } : {}),
      createdAt: r.createdAt,
      sameHospital: (r.networkHospitalCode ?? r.hospitalCode) === (request.networkHospitalCode ?? request.hospitalCode),
      ...(r.resultUserId ? { resultUserId: r.resultUserId } : {}),
    })),
    userIdsOfPerson: accounts.flatMap((a) => (a ? [{ userId: a.userId, status: a.status, hospitalCode: a.hospitalCode ?? null }] : [])),
  };
}
