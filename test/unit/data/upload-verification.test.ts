// The check after an upload lands, against S3's real answers: a HEAD on a missing key is a 403 when
// the function may not list the bucket; a PUT that signed its SHA-256 comes back with S3's stored
// checksum, so the file is not read back; rejected objects are tagged for the lifecycle rule.
import { CopyObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectTaggingCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { beforeEach, describe, expect, it } from 'vitest';
import type { UploadSlot } from '../../../shared/data/upload-slots-repository';
import { freezeUpload, presignedDownload, sha256Base64, UploadChangedError, verifyUpload } from '../../../shared/uploads/upload-slots';

const ddb = mockClient(DynamoDBDocumentClient);
const s3 = mockClient(S3Client);
const KEY = 'awards/2570/AW-2570-1000001/applicationForm.pdf';
const PDF = Buffer.from('%PDF-1.7 a small file');
const PDF_SHA = createHash('sha256').update(PDF).digest('hex');

function aSlot(overrides: Partial<UploadSlot> = {}): UploadSlot {
  return { key: KEY, owner: 'award-submission', ownerId: 'AW-2570-1000001', slot: 'applicationForm', maxBytes: 10 * 1024 * 1024, status: 'awaiting-upload', createdAt: '2026-12-01T00:00:00.000Z', ...overrides };
}
// the SDK's stream body: iterable, with transformToByteArray
const body = (bytes: Buffer) => Object.assign(Readable.from([bytes]), { transformToByteArray: async () => new Uint8Array(bytes) }) as never;
/** What S3 answers a HEAD for a key that is not there, to a caller without s3:ListBucket: 403, no body. */
const forbiddenHead = () =>
  new S3ServiceException({ name: 'Forbidden', $fault: 'client', $metadata: { httpStatusCode: 403, requestId: 'R', extendedRequestId: 'X' }, message: 'UnknownError' });

beforeEach(() => {
  ddb.reset();
  s3.reset();
  ddb.on(UpdateCommand).resolves({});
});

describe('verifyUpload', () => {
  it('takes S3\'s 403 on HEAD (no s3:ListBucket) as "not uploaded yet", not an error', async () => {
    ddb.on(GetCommand).resolves({ Item: { pk: `UPLOAD#${KEY}`, sk: 'UPLOAD', ...aSlot() } });
    s3.on(HeadObjectCommand).rejects(forbiddenHead());
    await expect(verifyUpload(KEY)).resolves.toMatchObject({ status: 'awaiting-upload' });
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  it('takes an AccessDenied on HEAD the same way', async () => {
    ddb.on(GetCommand).resolves({ Item: aSlot() });
    s3.on(HeadObjectCommand).rejects(new S3ServiceException({ name: 'AccessDenied', $fault: 'client', $metadata: { httpStatusCode: 403 }, message: 'Access Denied' }));
    await expect(verifyUpload(KEY)).resolves.toMatchObject({ status: 'awaiting-upload' });
  });

  it('still fails on other S3 errors', async () => {
    ddb.on(GetCommand).resolves({ Item: aSlot() });
    s3.on(HeadObjectCommand).rejects(new S3ServiceException({ name: 'SlowDown', $fault: 'server', $metadata: { httpStatusCode: 503 }, message: 'slow down' }));
    await expect(verifyUpload(KEY)).rejects.toMatchObject({ name: 'SlowDown' });
  });

  it('reads no file back when S3 reports the declared SHA-256 (only the 5 magic bytes), and keeps the version id', async () => {
    ddb.on(GetCommand).resolves({ Item: aSlot({ expectedSha256: PDF_SHA, expectedSize: PDF.length }) });
    s3.on(HeadObjectCommand).resolves({ ContentLength: PDF.length, VersionId: 'v-1', ChecksumSHA256: sha256Base64(PDF_SHA) });
    s3.on(GetObjectCommand).resolves({ Body: body(PDF.subarray(0, 5)) });
    const verdict = await verifyUpload(KEY);
    expect(verdict).toMatchObject({ status: 'verified', sha256: PDF_SHA, s3VersionId: 'v-1', size: PDF.length });
    expect(s3.commandCalls(HeadObjectCommand)[0]!.args[0].input.ChecksumMode).toBe('ENABLED');
    const reads = s3.commandCalls(GetObjectCommand).map((c) => c.args[0].input);
    expect(reads).toEqual([expect.objectContaining({ Range: 'bytes=0-4', VersionId: 'v-1' })]);
  });

  it('takes no claim when S3 vouched for the SHA-256: it neither waits on a check already under way nor is waited on', async () => {
    ddb.on(GetCommand).resolves({ Item: aSlot({ expectedSha256: PDF_SHA }) });
    s3.on(HeadObjectCommand).resolves({ ContentLength: PDF.length, VersionId: 'v-1', ChecksumSHA256: sha256Base64(PDF_SHA) });
    s3.on(GetObjectCommand).resolves({ Body: body(PDF.subarray(0, 5)) });
    await expect(verifyUpload(KEY)).resolves.toMatchObject({ status: 'verified' });
    // the one update is the verdict's
    const updates = ddb.commandCalls(UpdateCommand).map((c) => c.args[0].input.UpdateExpression);
    expect(updates).toEqual([expect.stringMatching(/^SET #status/)]);
  });

  it('claims the check of a version before reading the whole file, so the S3 event\'s check and submit read it once', async () => {
    ddb.on(GetCommand).resolves({ Item: aSlot({ expectedSha256: PDF_SHA }) });
    s3.on(HeadObjectCommand).resolves({ ContentLength: PDF.length, ETag: '"e"' });
    s3.on(GetObjectCommand).resolves({ Body: body(PDF) });
    await verifyUpload(KEY);
    const updates = ddb.commandCalls(UpdateCommand).map((c) => c.args[0].input.UpdateExpression);
    expect(updates).toEqual([expect.stringMatching(/^SET verifying/), expect.stringMatching(/^SET #status/)]);
  });

  it('reads and hashes the file when S3 reports no checksum (an unsigned upload)', async () => {
    ddb.on(GetCommand).resolves({ Item: aSlot({ expectedSha256: PDF_SHA }) });
    s3.on(HeadObjectCommand).resolves({ ContentLength: PDF.length, ETag: '"e"' });
    s3.on(GetObjectCommand).resolves({ Body: body(PDF) });
    await expect(verifyUpload(KEY)).resolves.toMatchObject({ status: 'verified', sha256: PDF_SHA });
    expect(s3.commandCalls(GetObjectCommand)[0]!.args[0].input.Range).toBeUndefined();
  });

  it('reads the file when S3\'s checksum differs from the declared one, and tags the rejected version', async () => {
    const other = createHash('sha256').update('other').digest('hex');
    ddb.on(GetCommand).resolves({ Item: aSlot({ expectedSha256: other }) });
    s3.on(HeadObjectCommand).resolves({ ContentLength: PDF.length, VersionId: 'v-2', ChecksumSHA256: sha256Base64(PDF_SHA) });
    s3.on(GetObjectCommand).resolves({ Body: body(PDF) });
    s3.on(PutObjectTaggingCommand).resolves({});
    await expect(verifyUpload(KEY)).resolves.toMatchObject({ status: 'rejected', rejection: 'SHA256_MISMATCH' });
    expect(s3.commandCalls(PutObjectTaggingCommand)[0]!.args[0].input).toMatchObject({
      Key: KEY,
      VersionId: 'v-2',
      Tagging: { TagSet: [{ Key: 'upload-verdict', Value: 'rejected' }] },
    });
  });
});

describe('presignedDownload', () => {
  it('pins the link to the verified version where one was recorded', async () => {
    const url = new URL(await presignedDownload(KEY, 300, 'v-1'));
    expect(url.searchParams.get('versionId')).toBe('v-1');
    expect(new URL(await presignedDownload(KEY, 300)).searchParams.get('versionId')).toBeNull();
  });
});

describe('freezeUpload', () => {
  const RECEIVED = 'received/awards/2570/AW-2570-1000001/applicationForm/20261202T134000000Z.pdf';

  it('copies the checked version inside S3 and asks S3 for the copy\'s SHA-256 (no GetObject)', async () => {
    s3.on(CopyObjectCommand).resolves({ CopyObjectResult: { ChecksumSHA256: sha256Base64(PDF_SHA), ETag: '"e"' } });
    await freezeUpload({ key: KEY, sha256: PDF_SHA, versionId: 'v-1', s3VersionId: 'v-1' }, RECEIVED);
    const input = s3.commandCalls(CopyObjectCommand)[0]!.args[0].input;
    expect(input).toMatchObject({ Key: RECEIVED, CopySource: expect.stringMatching(/\/awards\/2570\/AW-2570-1000001\/applicationForm\.pdf\?versionId=v-1$/), ChecksumAlgorithm: 'SHA256' });
    expect(s3.commandCalls(GetObjectCommand)).toHaveLength(0);
  });

  it('refuses a copy whose SHA-256 is not the checked one (the file changed after its check)', async () => {
    s3.on(CopyObjectCommand).resolves({ CopyObjectResult: { ChecksumSHA256: sha256Base64('a'.repeat(64)) } });
    await expect(freezeUpload({ key: KEY, sha256: PDF_SHA, versionId: 'v-1', s3VersionId: 'v-1' }, RECEIVED)).rejects.toBeInstanceOf(UploadChangedError);
  });

  it('where S3 keeps no versions, copies only the checked ETag and compares the copy\'s', async () => {
    s3.on(CopyObjectCommand).resolves({ CopyObjectResult: { ETag: '"other"' } });
    await expect(freezeUpload({ key: KEY, sha256: PDF_SHA, versionId: '"checked"' }, RECEIVED)).rejects.toBeInstanceOf(UploadChangedError);
    expect(s3.commandCalls(CopyObjectCommand)[0]!.args[0].input.CopySourceIfMatch).toBe('"checked"');
  });

  it('never freezes outside received/ nor an unchecked file', async () => {
    await expect(freezeUpload({ key: KEY, sha256: PDF_SHA }, 'awards/elsewhere.pdf')).rejects.toThrow();
    await expect(freezeUpload({ key: KEY }, RECEIVED)).rejects.toThrow();
  });
});
