// The signed-form upload of a credential request: at most 5 MB, PDF, straight to S3.
import type { CredentialRequest } from '../data/credential-requests-repository';
import { openUploadSlot, type PresignedUpload } from '../uploads/upload-slots';

export const SIGNED_FORM_MAX_BYTES = 5 * 1024 * 1024;

export function signedFormUpload(request: Pick<CredentialRequest, 'requestId' | 'signedFormKey'>, now: Date): Promise<PresignedUpload> {
  return openUploadSlot(
    { key: request.signedFormKey, owner: 'credential-request', ownerId: request.requestId, slot: 'signedForm', maxBytes: SIGNED_FORM_MAX_BYTES },
    now,
  );
}
