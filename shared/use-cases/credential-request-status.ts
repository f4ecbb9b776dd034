// What the requester may see of their request: its status and, while it is a draft, its upload's
// verdict. One read (BatchGetItem) for both; kept apart from the officer's view so the public
// status function bundles no S3 client.
import { requestRead } from '../data/credential-requests-repository';
import { readTogether } from '../data/transaction';
import { uploadSlotRead } from '../data/upload-slots-repository';
import { NotFoundError } from '../http/errors';
import { signedFormKeyOf } from '../uploads/prefixes';

export async function credentialRequestStatus(requestId: string) {
  const [request, upload] = await readTogether(requestRead(requestId), uploadSlotRead(signedFormKeyOf(requestId)));
  if (!request) throw new NotFoundError('REQUEST_NOT_FOUND');
  // the verdict only matters while the requester may still upload, and only for the request's own key
  const slot = request.status === 'draft' && upload?.key === request.signedFormKey ? upload : undefined;
  return { request, upload: slot };
}

type Status = Awaited<ReturnType<typeof credentialRequestStatus>>;
/** What GET /api/credential-requests/{requestId}/status answers (functions/credentials/get-status.ts): no personal data. */
export type CredentialRequestStatusView = Pick<Status['request'], 'requestId' | 'status' | 'purpose' | 'createdAt' | 'submittedAt' | 'decidedAt'> & {
  upload?: Pick<NonNullable<Status['upload']>, 'status' | 'rejection'>;
};
