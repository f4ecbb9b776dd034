// Upload slots: a presigned PUT straight to S3 for one expected file, and the server-side check
// that runs after it lands (size, PDF magic bytes, SHA-256), the same locally and on AWS.
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { ddb } from '../aws/dynamodb';
import { s3 } from '../aws/s3';
import { config } from '../config';
import { isConditionFailed, tableName, withoutKeys } from '../data/table';

export const UPLOAD_URL_TTL_SECONDS = 15 * 60;
const PDF_MAGIC = Buffer.from('%PDF-');

export type UploadVerdict = 'awaiting-upload' | 'verified' | 'rejected';
export type UploadRejection = 'FILE_TOO_LARGE' | 'FILE_EMPTY' | 'NOT_A_PDF' | 'SHA256_MISMATCH';

export interface UploadSlot {
  key: string;
  owner: 'credential-request' | 'award-submission';
  ownerId: string;
  slot: string;
  maxBytes: number;
  expectedSha256?: string;
  status: UploadVerdict;
  rejection?: UploadRejection;
  size?: number;
  sha256?: string;
  versionId?: string;
  verifiedAt?: string;
  createdAt: string;
}

export interface PresignedUpload {
  url: string;
  method: 'PUT';
  headers: Record<string, string>;
  expiresAt: string;
  maxBytes: number;
  key: string;
}

const slotKey = (key: string) => ({ pk: `UPLOAD#${key}`, sk: 'UPLOAD' });

/** Opens (or reopens) a slot and returns a presigned PUT for it. The API never carries the bytes. */
export async function openUploadSlot(
  input: Pick<UploadSlot, 'key' | 'owner' | 'ownerId' | 'slot' | 'maxBytes' | 'expectedSha256'>,
  now = new Date(),
): Promise<PresignedUpload> {
  const slot: UploadSlot = { ...input, status: 'awaiting-upload', createdAt: now.toISOString() };
  await ddb.send(new PutCommand({ TableName: tableName(), Item: { ...slotKey(input.key), ...slot } }));
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

export async function getUploadSlot(key: string): Promise<UploadSlot | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName(), Key: slotKey(key), ConsistentRead: true }));
  return Item ? withoutKeys<UploadSlot>(Item) : undefined;
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
  await ddb.send(
    new UpdateCommand({
      TableName: tableName(),
      Key: slotKey(key),
      UpdateExpression: 'SET #status = :status, #size = :size, versionId = :v, verifiedAt = :at, sha256 = :sha, rejection = :rej REMOVE verifying, verifyingUntil',
      ExpressionAttributeNames: { '#status': 'status', '#size': 'size' },
      ExpressionAttributeValues: {
        ':status': verdict.status,
        ':size': size,
        ':v': verdict.versionId,
        ':at': verdict.verifiedAt,
        ':sha': sha256 ?? null,
        ':rej': rejection ?? null,
      },
    }),
  );
  return verdict;
}

const CLAIM_MS = 30_000;

async function claimVerification(key: string, version: string, now: Date): Promise<boolean> {
  try {
    await ddb.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: slotKey(key),
        UpdateExpression: 'SET verifying = :v, verifyingUntil = :until',
        ConditionExpression: 'attribute_not_exists(verifyingUntil) OR verifyingUntil < :now OR verifying <> :v',
        ExpressionAttributeValues: { ':v': version, ':until': new Date(now.getTime() + CLAIM_MS).toISOString(), ':now': now.toISOString() },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

/** Polls for the verdict another check is writing; undefined if none came in time. */
async function waitForVerdict(key: string, version: string, timeoutMs = 10_000): Promise<UploadSlot | undefined> {
  const deadline = Date.now() + timeoutMs;
  // short first waits (a small file's check is over in milliseconds), then at most every 100 ms
  for (let pause = 10; Date.now() < deadline; pause = Math.min(100, pause * 1.5)) {
    await new Promise((r) => setTimeout(r, pause));
    const slot = await getUploadSlot(key);
    if (slot && slot.status !== 'awaiting-upload' && slot.versionId === version) return slot;
  }
  return undefined;
}

/** S3 sends object keys URL-encoded, with spaces as `+`. */
export function decodeS3Key(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}
