// Where files live in the uploads bucket. Upload slots (presigned PUTs) only ever target the upload
// prefixes; what was received is copied under `received/`, which no slot and no upload grant reaches,
// so a file once received cannot be replaced through an upload link (the local emulator keeps no
// versions, so this must not rely on S3 versioning).
export const UPLOAD_PREFIXES = ['awards/', 'credential-requests/'] as const;
export const RECEIVED_PREFIX = 'received/';

/** Where a credential request's signed form is uploaded: known from its id, so it can be read with the request. */
export const signedFormKeyOf = (requestId: string) => `credential-requests/${requestId}/signed-form.pdf`;

/**
 * The write-once key of a file received from `key`: one per receipt (`receiptAt`, an ISO instant),
 * so a later receipt of the same entry never overwrites an earlier one.
 */
export function receivedKeyOf(key: string, receiptAt: string): string {
  const stamp = receiptAt.replace(/[^0-9TZ]/g, '');
  return `${RECEIVED_PREFIX}${key.replace(/\.pdf$/, '')}/${stamp}.pdf`;
}
