// The signed-form upload of a credential request: at most 5 MB, PDF, straight to S3; frozen at submit.
import { getRequest, type CredentialRequest } from '../data/credential-requests-repository';
import { ConflictError, NotFoundError } from '../http/errors';
import { receivedKeyOf } from '../uploads/prefixes';
import { freezeUpload, openUploadSlot, prepareUploadSlot, UploadChangedError, type PresignedUpload } from '../uploads/upload-slots';
import type { TableWrite } from '../data/transaction';
import { uploadSlotWrite, type UploadSlot } from '../data/upload-slots-repository';

export const SIGNED_FORM_MAX_BYTES = 5 * 1024 * 1024;

const signedFormSlot = (request: Pick<CredentialRequest, 'requestId' | 'signedFormKey'>) =>
  ({ key: request.signedFormKey, owner: 'credential-request', ownerId: request.requestId, slot: 'signedForm', maxBytes: SIGNED_FORM_MAX_BYTES }) as const;

export function signedFormUpload(request: Pick<CredentialRequest, 'requestId' | 'signedFormKey'>, now: Date): Promise<PresignedUpload> {
  return openUploadSlot(signedFormSlot(request), now);
}

/** A fresh upload link for a request that is still a draft (the earlier link may have expired). */
export async function renewSignedFormUpload(requestId: string, now: Date): Promise<{ requestId: string; upload: PresignedUpload }> {
  const request = await getRequest(requestId);
  if (!request) throw new NotFoundError('REQUEST_NOT_FOUND');
  if (request.status !== 'draft') throw new ConflictError('NOT_A_DRAFT');
  return { requestId: request.requestId, upload: await signedFormUpload(request, now) };
}

/** The same upload for a new request: its slot as a write to commit with the request itself. */
export async function newSignedFormUpload(request: Pick<CredentialRequest, 'requestId' | 'signedFormKey'>, now: Date): Promise<{ write: TableWrite; upload: PresignedUpload }> {
  const { slot, upload } = await prepareUploadSlot(signedFormSlot(request), now);
  return { write: uploadSlotWrite(slot), upload };
}

/**
 * At submit, the checked signed form is copied inside S3 to its write-once received key, which the
 * officer's link reads: a PUT through the requester's still-valid upload link changes nothing.
 */
export async function freezeSignedForm(request: Pick<CredentialRequest, 'signedFormKey'>, verdict: UploadSlot, now: Date): Promise<string> {
  const receivedKey = receivedKeyOf(request.signedFormKey, now.toISOString());
  try {
    await freezeUpload(verdict, receivedKey);
  } catch (error) {
    if (error instanceof UploadChangedError) throw new ConflictError('UPLOAD_CHANGED');
    throw error;
  }
  return receivedKey;
}
