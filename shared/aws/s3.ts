// The S3 client, created once per cold start. Path-style addressing is an environment setting
// (the local S3 emulator needs it; AWS accepts it), never a branch in business code.
import { S3Client } from '@aws-sdk/client-s3';
import { tracer } from '../tracer';

export const s3 = tracer.captureAWSv3Client(
  new S3Client({
    forcePathStyle: process.env.S3_FORCE_PATH_STYLE === 'true',
    // Checksums only where an operation requires one. With the SDK's default (WHEN_SUPPORTED) a
    // presigned PUT carries the CRC32 of an empty body (`x-amz-checksum-crc32=AAAAAA==`), and S3
    // rejects the real file with BadDigest. Files are checked after they land (upload-slots.ts).
    requestChecksumCalculation: 'WHEN_REQUIRED',
  }),
);
