// Upload slots: a presigned PUT straight to S3 for one expected file, and the server-side check
// that runs after it lands (size, PDF magic bytes, SHA-256), the same locally and on AWS.
import { CopyObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, PutObjectTaggingCommand, type HeadObjectCommandOutput } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { s3 } from '../aws/s3';
import { config } from '../config';
import { logger } from '../logger';
import { claimVerification, getUploadSlot, putUploadSlot, saveVerdict, waitForVerdict, type UploadRejection, type UploadSlot } from '../data/upload-slots-repository';
import { RECEIVED_PREFIX } from './prefixes';

export const UPLOAD_URL_TTL_SECONDS = 15 * 60;
const PDF_MAGIC = Buffer.from('%PDF-');

export interface PresignedUpload {
  url: string;
  method: 'PUT';
  headers: Record<string, string>;
  expiresAt: string;
  maxBytes: number;
  key: string;
}

/**
 * Opens (or reopens) a slot and returns a presigned PUT for it. The API never carries the bytes.
 * When the client declared the file's length and SHA-256, both are signed into the URL
 * (Content-Length, x-amz-checksum-sha256): S3 refuses any other file, and reports the checksum it
 * stored, so the check after landing need not read the file back (the local S3 does the same with
 * the checksum: local/s3-checksums.ts).
 */
export async function openUploadSlot(
  input: Pick<UploadSlot, 'key' | 'owner' | 'ownerId' | 'slot' | 'maxBytes' | 'expectedSha256' | 'expectedSize'>,
  now = new Date(),
): Promise<PresignedUpload> {
  const { slot, upload } = await prepareUploadSlot(input, now);
  await putUploadSlot(slot);
  return upload;
}

/**
 * The slot and its presigned PUT, the slot not yet written: for a use case that commits it with its
 * other writes (`uploadSlotWrite`). The URL is of no use until the slot is written.
 */
export async function prepareUploadSlot(
  input: Pick<UploadSlot, 'key' | 'owner' | 'ownerId' | 'slot' | 'maxBytes' | 'expectedSha256' | 'expectedSize'>,
  now = new Date(),
): Promise<{ slot: UploadSlot; upload: PresignedUpload }> {
  // what was received is never a slot's target (the IAM grant of the presigning functions agrees)
  if (input.key.startsWith(RECEIVED_PREFIX)) throw new Error('An upload slot cannot target a received file');
  const slot: UploadSlot = { ...input, status: 'awaiting-upload', createdAt: now.toISOString() };
  const checksum = input.expectedSha256 ? sha256Base64(input.expectedSha256) : undefined;
  const url = await getSignedUrl(
    s3,
    new PutObjectCommand({
      Bucket: config().UPLOADS_BUCKET,
      Key: input.key,
      ContentType: 'application/pdf',
      ...(input.expectedSize !== undefined ? { ContentLength: input.expectedSize } : {}),
      ...(checksum ? { ChecksumAlgorithm: 'SHA256' as const, ChecksumSHA256: checksum } : {}),
    }),
    {
      expiresIn: UPLOAD_URL_TTL_SECONDS,
      // signed headers, not query parameters: the browser sends them with the file, S3 compares them
      unhoistableHeaders: new Set(['x-amz-checksum-sha256']),
      signableHeaders: new Set(['content-type', ...(input.expectedSize !== undefined ? ['content-length'] : [])]),
    },
  );
  const upload: PresignedUpload = {
    url,
    method: 'PUT',
    // content-length is the browser's to set (a forbidden header); it sends the file's exact length
    headers: { 'content-type': 'application/pdf', ...(checksum ? { 'x-amz-checksum-sha256': checksum } : {}) },
    expiresAt: new Date(now.getTime() + UPLOAD_URL_TTL_SECONDS * 1000).toISOString(),
    maxBytes: input.maxBytes,
    key: input.key,
  };
  return { slot, upload };
}

/** S3 writes checksums in base64; clients declare them in hex. */
export function sha256Base64(hex: string): string {
  return Buffer.from(hex, 'hex').toString('base64');
}

/**
 * A short-lived link to read an uploaded file, for the roles that may see it; pinned to the verified
 * object version when one was recorded. Received files are read from their frozen copy
 * (`freezeUpload`), which no upload link can reach. With a file name, the browser saves the file.
 */
export async function presignedDownload(key: string, expiresIn = 300, versionId?: string, fileName?: string): Promise<string> {
  return getSignedUrl(
    s3,
    new GetObjectCommand({
      Bucket: config().UPLOADS_BUCKET,
      Key: key,
      ...(versionId ? { VersionId: versionId } : {}),
      ...(fileName ? { ResponseContentDisposition: `attachment; filename="${fileName}"`, ResponseContentType: 'application/pdf' } : {}),
    }),
    { expiresIn },
  );
}

/** The checked file changed between its check and its copy (a PUT through a still-valid link). */
export class UploadChangedError extends Error {
  override name = 'UploadChangedError';
}

/**
 * Copies a verified upload to its write-once received key inside S3 (CopyObject: no byte passes
 * through the function). The copy is of the checked object: its version where S3 keeps versions,
 * else its ETag (If-Match). S3 computes the copy's SHA-256, which must be the checked one; the local
 * emulator reports none and ignores If-Match, so there the copy's ETag (the content's MD5) is compared.
 */
export async function freezeUpload(slot: Pick<UploadSlot, 'key' | 'sha256' | 'versionId' | 's3VersionId'>, receivedKey: string): Promise<void> {
  if (!receivedKey.startsWith(RECEIVED_PREFIX) || !slot.sha256) throw new Error('Only a checked upload is frozen, under the received prefix');
  const bucket = config().UPLOADS_BUCKET;
  const source = `${bucket}/${encodeURIComponent(slot.key).replace(/%2F/g, '/')}`;
  const { CopyObjectResult: copied } = await s3.send(
    new CopyObjectCommand({
      Bucket: bucket,
      Key: receivedKey,
      CopySource: slot.s3VersionId ? `${source}?versionId=${encodeURIComponent(slot.s3VersionId)}` : source,
      ...(!slot.s3VersionId && slot.versionId ? { CopySourceIfMatch: slot.versionId } : {}),
      ChecksumAlgorithm: 'SHA256',
      // no tags are carried over (a received file is never a rejected one)
      TaggingDirective: 'REPLACE',
      ContentType: 'application/pdf',
      MetadataDirective: 'REPLACE',
    }),
  );
  const sameChecksum = copied?.ChecksumSHA256 ? copied.ChecksumSHA256 === sha256Base64(slot.sha256) : undefined;
  const sameEtag = !slot.s3VersionId && slot.versionId && copied?.ETag ? copied.ETag === slot.versionId : undefined;
  if (sameChecksum === false || sameEtag === false) throw new UploadChangedError(slot.key);
}

/** The tag the verifier puts on a rejected object; the bucket's lifecycle rule deletes by it. */
export const REJECTED_TAG = { Key: 'upload-verdict', Value: 'rejected' } as const;

/**
 * Checks the object now in S3 against its slot and records the verdict. Safe to run twice
 * (the S3 event may be delivered twice; submit may run it first): the same object gives the same verdict.
 * Returns undefined when there is no slot for the key or no object yet.
 */
export async function verifyUpload(key: string, now = new Date()): Promise<UploadSlot | undefined> {
  return (await checkUpload(key, now, { recordVerified: true }))?.slot;
}

/**
 * The same check for a caller that records a verified verdict with its own writes (one transaction):
 * `recordVerified: false` takes no claim (this check may read a file the S3 event's check reads too)
 * and leaves a new verified verdict unsaved (`unsaved`: the caller commits it); a rejection is saved
 * and tagged either way.
 */
export async function checkUpload(key: string, now: Date, options: { recordVerified: boolean }): Promise<{ slot: UploadSlot; unsaved: boolean } | undefined> {
  const bucket = config().UPLOADS_BUCKET;
  // the slot and the object's head at once: neither waits for the other
  const [slot, head] = await Promise.all([getUploadSlot(key), headObject(bucket, key)]);
  if (!slot) return undefined;
  if (!head) return { slot, unsaved: false };
  const version = head.VersionId ?? head.ETag ?? 'unversioned';
  if (slot.status !== 'awaiting-upload' && slot.versionId === version) return { slot, unsaved: false };

  const size = head.ContentLength ?? 0;
  // S3 stored the object only because its SHA-256 was the declared one: no need to hash it again.
  const vouched = Boolean(slot.expectedSha256) && head.ChecksumSHA256 === sha256Base64(slot.expectedSha256!);
  const readsWholeFile = size > 0 && size <= slot.maxBytes && !vouched;
  // One whole read per object version: the S3-event handler and submit often arrive together; the
  // one that loses the claim waits for the other's verdict instead of reading the file again. A
  // check S3 vouched for reads 5 bytes: it takes no claim, so submit never waits on the event's check.
  if (readsWholeFile && options.recordVerified && !(await claimVerification(key, version, now))) {
    const settled = await waitForVerdict(key, version);
    if (settled) return { slot: settled, unsaved: false };
  }

  let rejection: UploadRejection | undefined;
  let sha256: string | undefined;
  if (size === 0) rejection = 'FILE_EMPTY';
  else if (size > slot.maxBytes) rejection = 'FILE_TOO_LARGE';
  else if (vouched) {
    // the checksum says nothing about the content, so the first bytes are still read (a 5-byte range)
    sha256 = slot.expectedSha256!.toLowerCase();
    const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key, VersionId: head.VersionId, Range: `bytes=0-${PDF_MAGIC.length - 1}` }));
    const first = Buffer.from(await (object.Body as { transformToByteArray(): Promise<Uint8Array> }).transformToByteArray());
    if (!first.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) rejection = 'NOT_A_PDF';
  } else {
    const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key, VersionId: head.VersionId }));
    const hash = createHash('sha256');
    let first = Buffer.alloc(0);
    for await (const chunk of object.Body as Readable) {
      const buf = chunk as Buffer;
      if (first.length < PDF_MAGIC.length) first = Buffer.concat([first, buf.subarray(0, PDF_MAGIC.length)]);
      hash.update(buf);
    }
    sha256 = hash.digest('hex');
    if (!first.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) rejection = 'NOT_A_PDF';
    else if (slot.expectedSha256 && slot.expectedSha256.toLowerCase() !== sha256) rejection = 'SHA256_MISMATCH';
  }
  const verdict: UploadSlot = {
    ...slot,
    status: rejection ? 'rejected' : 'verified',
    size,
    versionId: version,
    ...(head.VersionId ? { s3VersionId: head.VersionId } : {}),
    verifiedAt: now.toISOString(),
    ...(sha256 ? { sha256 } : {}),
    ...(rejection ? { rejection } : {}),
  };
  if (!rejection) delete verdict.rejection;
  if (!sha256) delete verdict.sha256; // this version was not read: no hash of an earlier one
  if (!rejection && !options.recordVerified) return { slot: verdict, unsaved: true };
  await saveVerdict(verdict);
  if (rejection) await tagRejected(bucket, key, head.VersionId);
  return { slot: verdict, unsaved: false };
}

/** The object's head, with the SHA-256 S3 checked on the way in (ChecksumMode); undefined when there is no object yet. */
async function headObject(bucket: string, key: string): Promise<HeadObjectCommandOutput | undefined> {
  try {
    return await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key, ChecksumMode: 'ENABLED' }));
  } catch (error) {
    if (isMissingObject(error)) return undefined;
    throw error;
  }
}

/**
 * No object at the key. S3 answers a HEAD for a missing key with 403 (not 404) when the caller may
 * not list the bucket, as our functions may not; either way, there is nothing to check yet.
 */
function isMissingObject(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  if (e.name === 'NotFound' || e.name === 'NoSuchKey' || e.$metadata?.httpStatusCode === 404) return true;
  if (e.name === 'Forbidden' || e.name === 'AccessDenied' || e.$metadata?.httpStatusCode === 403) {
    logger.warn('HeadObject answered 403: taken as not uploaded yet');
    return true;
  }
  return false;
}

/** Tags a rejected object version so the bucket's lifecycle rule removes it; the verdict stands either way. */
async function tagRejected(bucket: string, key: string, versionId: string | undefined): Promise<void> {
  try {
    await s3.send(new PutObjectTaggingCommand({ Bucket: bucket, Key: key, ...(versionId ? { VersionId: versionId } : {}), Tagging: { TagSet: [{ ...REJECTED_TAG }] } }));
  } catch (error) {
    logger.warn('could not tag a rejected upload', { key, error: (error as Error).name });
  }
}

/** S3 sends object keys URL-encoded, with spaces as `+`. */
export function decodeS3Key(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}
