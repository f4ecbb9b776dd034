// What a credentials officer reads about one request: the request, its hospitals, audit trail, the
// person's other requests and ids, the requester's mail status, the account check the public form
// never answers, and a 5-minute link to the signed PDF (its write-once copy made at submit).
import { getAccount } from '../data/account-lookup';
import { listAudit } from '../data/audit-repository';
import { getRequest, requestAggregate, requestsOfPerson, type CredentialRequest } from '../data/credential-requests-repository';
import { mailStatusOf } from '../data/mail-status-repository';
import { getHospital } from '../data/reference-repository';
import { getUploadSlot } from '../data/upload-slots-repository';
import { accountMismatch } from '../domain/credential-request-rules';
import { NotFoundError } from '../http/errors';
import { presignedDownload } from '../uploads/upload-slots';

export async function credentialRequestDetail(requestId: string) {
  const request = await getRequest(requestId);
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
  return {
    request,
    hospital,
    networkHospital,
    audit,
    // for reuse and cancel: what is wrong with the id named, if anything
    mismatch: accountMismatch(request, account),
    earlierRequests,
    userIdsOfPerson,
    mailStatus,
    // the frozen copy made at submit; requests submitted before it existed: the checked version
    signedFormUrl:
      request.status === 'draft'
        ? undefined
        : request.signedFormReceivedKey
          ? await presignedDownload(request.signedFormReceivedKey, 300)
          : await presignedDownload(request.signedFormKey, 300, upload?.s3VersionId ?? undefined),
  };
}

type Detail = Awaited<ReturnType<typeof credentialRequestDetail>>;
/**
 * What GET /api/credential-requests/{requestId} answers (functions/credentials/get-request.ts): the
 * request with its hospitals, history and checks, the account check in the reader's words.
 */
export type CredentialRequestDetailView = Detail['request'] &
  Pick<Detail, 'hospital' | 'audit' | 'earlierRequests' | 'userIdsOfPerson'> & {
    networkHospital?: NonNullable<Detail['networkHospital']>;
    accountCheck: { code: NonNullable<Detail['mismatch']>['code']; message: string } | null;
    mailBounced: boolean;
    mailComplained: boolean;
    mailStatus?: Pick<NonNullable<Detail['mailStatus']>, 'kind' | 'at' | 'bounceType'>;
    signedFormUrl?: string;
  };

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
