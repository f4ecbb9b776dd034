// A presigned PUT must work on real S3: no checksum of an (empty) body baked into the URL, which S3
// would compare with the real file and refuse. s3rver ignores these parameters, so only this test
// catches it.
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { openUploadSlot } from '../../../shared/uploads/upload-slots';

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => ddb.reset());

describe('openUploadSlot', () => {
  it('signs a PUT without a precomputed checksum, and records the slot first', async () => {
    ddb.on(PutCommand).resolves({});
    const upload = await openUploadSlot({ key: 'credential-requests/CR-1/signed-form.pdf', owner: 'credential-request', ownerId: 'CR-1', slot: 'signedForm', maxBytes: 5 * 1024 * 1024 });
    const params = [...new URL(upload.url).searchParams.keys()].map((k) => k.toLowerCase());
    expect(params).toContain('x-amz-signature');
    expect(params.filter((k) => k.startsWith('x-amz-checksum') || k === 'x-amz-sdk-checksum-algorithm')).toEqual([]);
    expect(upload).toMatchObject({ method: 'PUT', headers: { 'content-type': 'application/pdf' } });
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input.Item).toMatchObject({ pk: 'UPLOAD#credential-requests/CR-1/signed-form.pdf', status: 'awaiting-upload' });
  });

  it('signs the declared length and SHA-256 as headers, so S3 refuses any other file', async () => {
    ddb.on(PutCommand).resolves({});
    const sha = 'a'.repeat(64);
    const upload = await openUploadSlot({ key: 'awards/2570/AW-2570-1000001/applicationForm.pdf', owner: 'award-submission', ownerId: 'AW-2570-1000001', slot: 'applicationForm', maxBytes: 10 * 1024 * 1024, expectedSha256: sha, expectedSize: 1234 });
    const url = new URL(upload.url);
    expect(url.searchParams.get('X-Amz-SignedHeaders')!.split(';')).toEqual(expect.arrayContaining(['content-length', 'content-type', 'host', 'x-amz-checksum-sha256']));
    // the checksum is the client's (a header it must send), never a value computed from an empty body
    const params = [...url.searchParams.keys()].map((k) => k.toLowerCase());
    expect(params.filter((k) => k.startsWith('x-amz-checksum-'))).toEqual([]);
    expect(upload.headers).toEqual({ 'content-type': 'application/pdf', 'x-amz-checksum-sha256': Buffer.from(sha, 'hex').toString('base64') });
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input.Item).toMatchObject({ expectedSha256: sha, expectedSize: 1234 });
  });

  it('never opens a slot on a received (frozen) file', async () => {
    ddb.on(PutCommand).resolves({});
    await expect(openUploadSlot({ key: 'received/awards/2570/AW-2570-1000001/applicationForm/20261202T000000000Z.pdf', owner: 'award-submission', ownerId: 'AW-2570-1000001', slot: 'applicationForm', maxBytes: 1024 })).rejects.toThrow();
    expect(ddb.commandCalls(PutCommand)).toHaveLength(0);
  });
});
