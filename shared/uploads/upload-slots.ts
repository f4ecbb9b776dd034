// Upload slots: a presigned PUT straight to S3 for one expected file, and the server-side check
// that runs after it lands (size, PDF magic bytes, SHA-256), the same locally and on AWS.
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { s3 } from '../aws/s3';
import { config } from '../config';
import { claimVerification, getUploadSlot, putUploadSlot, saveVerdict, waitForVerdict, type UploadRejection, type UploadSlot } from '../data/upload-slots-repository';

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

/** Opens (or reopens) a slot and returns a presigned PUT for it. The API never carries the bytes. */
export async function openUploadSlot(
  input: Pick<UploadSlot, 'key' | 'owner' | 'ownerId' | 'slot' | 'maxBytes' | 'expectedSha256'>,
  now = new Date(),
): Promise<PresignedUpload> {
  const slot: UploadSlot = { ...input, status: 'awaiting-upload', createdAt: now.toISOString() };
  await putUploadSlot(slot);
  const url = await getSignedUrl(
    s3,
    new PutObjectCommand({ Bucket: config().UPLOADS_BUCKET, Key: input.key, ContentType: 'application/pdf' }),
    { expiresIn: UPLOAD_URL_TTL_SECONDS },
  );
  return {
    url,
    method: 'PUT',
    headers: { 'content-type': 'application/pdf' },
    expiresAt: new Date(now.getTime() + UPLOAD_URL_TTL_SECONDS * 1000).toISOString(),
    maxBytes: input.maxBytes,
    key: input.key,
  };
}

/** A short-lived link to read an uploaded file, for the roles that may see it. */
export async function presignedDownload(key: string, expiresIn = 300): Promise<string> {
  return getSignedUrl(s3, new GetObjectCommand({ Bucket: config().UPLOADS_BUCKET, Key: key }), { expiresIn });
}

/**
 * Checks the object now in S3 against its slot and records the verdict. Safe to run twice
 * (the S3 event may be delivered twice; submit may run it first): the same object gives the same verdict.
 * Returns undefined when there is no slot for the key or no object yet.
 */
export async function verifyUpload(key: string, now = new Date()): Promise<UploadSlot | undefined> {
  const slot = await getUploadSlot(key);
  if (!slot) return undefined;
  const bucket = config().UPLOADS_BUCKET;
  let head;
  try {
    head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
  } catch (error) {
    if ((error as { name?: string }).name === 'NotFound') return slot;
    throw error;
  }
  const version = head.VersionId ?? head.ETag ?? 'unversioned';
  if (slot.status !== 'awaiting-upload' && slot.versionId === version) return slot;
  // One check per object version: the S3-event handler and submit often arrive together; the
  // one that loses the claim waits for the other's verdict instead of reading the file again.
  if (!(await claimVerification(key, version, now))) {
    const settled = await waitForVerdict(key, version);
    if (settled) return settled;
  }

  const size = head.ContentLength ?? 0;
  let rejection: UploadRejection | undefined;
  let sha256: string | undefined;
  if (size === 0) rejection = 'FILE_EMPTY';
  else if (size > slot.maxBytes) rejection = 'FILE_TOO_LARGE';
  else {
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
    verifiedAt: now.toISOString(),
    ...(sha256 ? { sha256 } : {}),
    ...(rejection ? { rejection } : {}),
  };
  if (!rejection) delete verdict.rejection;
  if (!sha256) delete verdict.sha256; // this version was not read: no hash of an earlier one
  await saveVerdict(verdict);

  return verdict;
}

/** S3 sends object keys URL-encoded, with spaces as `+`. */
export function decodeS3Key(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}
