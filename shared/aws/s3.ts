// The S3 client, created once per cold start. Path-style addressing is an environment setting
// (the local S3 emulator needs it; AWS accepts it), never a branch in business code.
import { S3Client } from '@aws-sdk/client-s3';

export const s3 = new S3Client({ forcePathStyle: process.env.S3_FORCE_PATH_STYLE === 'true' });
