// The local S3 treats a SHA-256 checksum as S3 does (local/s3-checksums.ts in front of s3rver): a PUT
// whose bytes differ from the signed checksum is refused with BadDigest and stores nothing; a right
// one is stored with its checksum, which HEAD and GET report when asked (ChecksumMode) and a copy keeps.
import { CopyObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulators, type RunningEmulators } from '../../local/emulators';
import { samplePdf } from '../../local/fixtures';
import { STAGING_BUCKET } from '../../local/s3-checksums';

const BUCKET = 'checksum-test-uploads';
let emulators: RunningEmulators;
let s3: S3Client;

const sha256Base64 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('base64');

/** A presigned PUT that signs the file's SHA-256 as a header, as shared/uploads/upload-slots.ts makes it. */
async function presignedPut(key: string, bytes: Buffer) {
  const checksum = sha256Base64(bytes);
  const url = await getSignedUrl(s3, new PutObjectCommand({ Bucket: BUCKET, Key: key, ContentType: 'application/pdf', ChecksumAlgorithm: 'SHA256', ChecksumSHA256: checksum }), {
    expiresIn: 60,
    unhoistableHeaders: new Set(['x-amz-checksum-sha256']),
  });
  return { url, headers: { 'content-type': 'application/pdf', 'x-amz-checksum-sha256': checksum } };
}

const put = (url: string, headers: Record<string, string>, bytes: Buffer) => fetch(url, { method: 'PUT', headers, body: new Uint8Array(bytes) });
const read = async (key: string) => Buffer.from(await (await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))).Body!.transformToByteArray());
const headChecksum = async (key: string) => (await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key, ChecksumMode: 'ENABLED' }))).ChecksumSHA256;

beforeAll(async () => {
  emulators = await startEmulators(undefined, BUCKET);
  s3 = new S3Client({
    endpoint: emulators.s3Url, region: 'ap-southeast-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED',
  });
});
afterAll(async () => {
  s3?.destroy();
  await emulators?.stop();
});

describe('the local S3 and a signed SHA-256', () => {
  const file = samplePdf(300_000, 'declared');
  const other = samplePdf(300_000, 'something else');

  it('refuses a PUT whose bytes differ from the signed checksum with BadDigest, and stores nothing', async () => {
    const { url, headers } = await presignedPut('awards/refused.pdf', file);
    const res = await put(url, headers, other);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('<Code>BadDigest</Code>');
    await expect(s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'awards/refused.pdf' }))).rejects.toMatchObject({ $metadata: { httpStatusCode: 404 } });
  });

  it('keeps the object already there when a later PUT is refused', async () => {
    const key = 'awards/kept.pdf';
    const first = await presignedPut(key, file);
    expect((await put(first.url, first.headers, file)).status).toBe(200);
    const second = await presignedPut(key, other);
    expect((await put(second.url, second.headers, samplePdf(1000, 'a third file'))).status).toBe(400);
    expect((await read(key)).equals(file)).toBe(true);
    expect(await headChecksum(key)).toBe(sha256Base64(file));
  });

  it('stores a matching PUT and reports its checksum on HEAD and GET only when asked, never for a range', async () => {
    const key = 'awards/accepted.pdf';
    const { url, headers } = await presignedPut(key, file);
    const created: string[] = [];
    const onEvent = (e: { Records: Array<{ eventName: string; s3: { bucket: { name: string }; object: { key: string } } }> }) =>
      created.push(...e.Records.filter((r) => r.eventName.startsWith('ObjectCreated')).map((r) => `${r.s3.bucket.name}/${r.s3.object.key}`));
    emulators.s3rver.on('event', onEvent);
    const res = await put(url, headers, file);
    emulators.s3rver.off('event', onEvent);
    expect(res.status).toBe(200);
    // the bucket's own event for the key, as S3 sends one when the object lands
    expect(created.filter((c) => !c.startsWith(STAGING_BUCKET))).toEqual([`${BUCKET}/${key}`]);
    expect(res.headers.get('x-amz-checksum-sha256')).toBe(sha256Base64(file));
    expect(await headChecksum(key)).toBe(sha256Base64(file));
    expect((await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }))).ChecksumSHA256).toBeUndefined();
    const whole = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key, ChecksumMode: 'ENABLED' }));
    expect(whole.ChecksumSHA256).toBe(sha256Base64(file));
    expect(Buffer.from(await whole.Body!.transformToByteArray()).equals(file)).toBe(true);
    const range = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key, ChecksumMode: 'ENABLED', Range: 'bytes=0-4' }));
    expect(range.ChecksumSHA256).toBeUndefined();
    expect(Buffer.from(await range.Body!.transformToByteArray()).toString()).toBe('%PDF-');
    // what the application's own PutObject stores (the SDK computes the checksum) is reported the same way
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'awards/by-sdk.pdf', Body: other, ChecksumSHA256: sha256Base64(other) }));
    expect(await headChecksum('awards/by-sdk.pdf')).toBe(sha256Base64(other));
  });

  it('forgets the checksum when the object is replaced without one, and takes none from a client\'s metadata', async () => {
    const key = 'awards/replaced.pdf';
    const { url, headers } = await presignedPut(key, file);
    expect((await put(url, headers, file)).status).toBe(200);
    const plain = await getSignedUrl(s3, new PutObjectCommand({ Bucket: BUCKET, Key: key, ContentType: 'application/pdf' }), { expiresIn: 60 });
    expect((await put(plain, { 'content-type': 'application/pdf', 'x-amz-meta-sso-local-checksum-sha256': sha256Base64(other) }, other)).status).toBe(200);
    expect(await headChecksum(key)).toBeUndefined();
  });

  it('answers a browser\'s upload with the bucket\'s CORS headers, stored or refused', async () => {
    const { url, headers } = await presignedPut('awards/from-a-browser.pdf', file);
    const origin = 'http://127.0.0.1:3000';
    const refused = await put(url, { ...headers, origin }, other);
    expect([refused.status, refused.headers.get('access-control-allow-origin')]).toEqual([400, '*']);
    const stored = await put(url, { ...headers, origin }, file);
    expect([stored.status, stored.headers.get('access-control-allow-origin')]).toEqual([200, '*']);
  });

  it('refuses a checksum that is not a SHA-256', async () => {
    const { url, headers } = await presignedPut('awards/malformed.pdf', file);
    const res = await put(url, { ...headers, 'x-amz-checksum-sha256': 'not-a-checksum' }, file);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('<Code>InvalidRequest</Code>');
  });

  it('gives a copy the source\'s checksum, in the copy\'s result and on its HEAD, metadata replaced or not', async () => {
    const key = 'awards/source.pdf';
    const { url, headers } = await presignedPut(key, file);
    expect((await put(url, headers, file)).status).toBe(200);
    for (const directive of ['REPLACE', 'COPY'] as const) {
      const target = `received/${directive}.pdf`;
      const copied = await s3.send(new CopyObjectCommand({ Bucket: BUCKET, Key: target, CopySource: `${BUCKET}/${key}`, ChecksumAlgorithm: 'SHA256', MetadataDirective: directive, ContentType: 'application/pdf' }));
      expect(copied.CopyObjectResult?.ChecksumSHA256).toBe(sha256Base64(file));
      expect(await headChecksum(target)).toBe(sha256Base64(file));
    }
    // a source stored without a checksum: S3 computes the SHA-256 the copy asks for
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'awards/plain.pdf', Body: other }));
    const copied = await s3.send(new CopyObjectCommand({ Bucket: BUCKET, Key: 'received/plain.pdf', CopySource: `${BUCKET}/awards/plain.pdf`, ChecksumAlgorithm: 'SHA256', MetadataDirective: 'REPLACE' }));
    expect(copied.CopyObjectResult?.ChecksumSHA256).toBe(sha256Base64(other));
  });

  it('leaves nothing behind in its staging bucket, stored or refused', async () => {
    expect((await s3.send(new ListObjectsV2Command({ Bucket: STAGING_BUCKET }))).KeyCount).toBe(0);
  });
});
