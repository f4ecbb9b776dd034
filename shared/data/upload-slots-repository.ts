// Upload slots as records: one per expected file (who it belongs to, its limits, the verdict of the
// check after it lands) and the claim that lets one check run per object version. No S3 here:
// shared/uploads/upload-slots.ts presigns and checks the files.
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../aws/dynamodb';
import { isConditionFailed, tableName, withoutKeys } from './table';
import type { TableRead, TableWrite } from './transaction';

export type UploadVerdict = 'awaiting-upload' | 'verified' | 'rejected';
export type UploadRejection = 'FILE_TOO_LARGE' | 'FILE_EMPTY' | 'NOT_A_PDF' | 'SHA256_MISMATCH';

export interface UploadSlot {
  key: string;
  owner: 'credential-request' | 'award-submission';
  ownerId: string;
  slot: string;
  maxBytes: number;
  expectedSha256?: string;
  /** The length the client declared, signed into the presigned PUT. */
  expectedSize?: number;
  status: UploadVerdict;
  rejection?: UploadRejection;
  size?: number;
  sha256?: string;
  /** The check's claim key: the S3 version id, else the ETag. */
  versionId?: string;
  /** The S3 version id of the checked object (versioned bucket); downloads are pinned to it. */
  s3VersionId?: string;
  verifiedAt?: string;
  createdAt: string;
}

const slotKey = (key: string) => ({ pk: `UPLOAD#${key}`, sk: 'UPLOAD' });

export async function putUploadSlot(slot: UploadSlot): Promise<void> {
  await ddb.send(new PutCommand({ TableName: tableName(), Item: { ...slotKey(slot.key), ...slot } }));
}

/** The slot as a read to make with others (`readTogether`). */
export const uploadSlotRead = (key: string): TableRead<UploadSlot | undefined> => ({ Key: slotKey(key), decode: (item) => (item ? withoutKeys<UploadSlot>(item) : undefined) });

/** The same slot as a write to commit with the request's others. */
export const uploadSlotWrite = (slot: UploadSlot): TableWrite => ({ Put: { Item: { ...slotKey(slot.key), ...slot } } });

export async function getUploadSlot(key: string): Promise<UploadSlot | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: tableName(), Key: slotKey(key), ConsistentRead: true }));
  return Item ? withoutKeys<UploadSlot>(Item) : undefined;
}

/** The update that records the verdict of a check and releases its claim. */
function verdictUpdate(verdict: UploadSlot) {
  return {
    Key: slotKey(verdict.key),
    UpdateExpression: 'SET #status = :status, #size = :size, versionId = :v, verifiedAt = :at, sha256 = :sha, rejection = :rej, s3VersionId = :s3v REMOVE verifying, verifyingUntil',
    ExpressionAttributeNames: { '#status': 'status', '#size': 'size' },
    ExpressionAttributeValues: {
      ':status': verdict.status,
      ':size': verdict.size,
      ':v': verdict.versionId,
      ':at': verdict.verifiedAt,
      ':sha': verdict.sha256 ?? null,
      ':rej': verdict.rejection ?? null,
      ':s3v': verdict.s3VersionId ?? null,
    },
  };
}

/** Records the verdict of a check and releases its claim. */
export async function saveVerdict(verdict: UploadSlot): Promise<void> {
  await ddb.send(new UpdateCommand({ TableName: tableName(), ...verdictUpdate(verdict) }));
}

/** The same record of a verdict as a write to commit with the request's others. */
export const verdictWrite = (verdict: UploadSlot): TableWrite => ({ Update: verdictUpdate(verdict) });

const CLAIM_MS = 30_000;

/** Claims the check of one object version for 30 s; false when another check holds it. */
export async function claimVerification(key: string, version: string, now: Date): Promise<boolean> {
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
export async function waitForVerdict(key: string, version: string, timeoutMs = 10_000): Promise<UploadSlot | undefined> {
  const deadline = Date.now() + timeoutMs;
  // short first waits (a small file's check is over in milliseconds), then at most every 100 ms
  for (let pause = 10; Date.now() < deadline; pause = Math.min(100, pause * 1.5)) {
    await new Promise((r) => setTimeout(r, pause));
    const slot = await getUploadSlot(key);
    if (slot && slot.status !== 'awaiting-upload' && slot.versionId === version) return slot;
  }
  return undefined;
}
