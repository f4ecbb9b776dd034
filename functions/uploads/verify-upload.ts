// S3 ObjectCreated → check the file that landed against its upload slot (size, PDF, SHA-256).
import type { S3Event } from 'aws-lambda';
import { logger } from '../../shared/logger';
import { decodeS3Key, verifyUpload } from '../../shared/uploads/upload-slots';
import { jobHandler } from '../../shared/job-handler';
import { RECEIVED_PREFIX } from '../../shared/uploads/prefixes';

export const handler = jobHandler(async (event: S3Event): Promise<{ verified: number; rejected: number; unknown: number }> => {
  const counts = { verified: 0, rejected: 0, unknown: 0 };
  for (const record of event.Records) {
    const key = decodeS3Key(record.s3.object.key);
    // a received file's frozen copy (CopyObject at submit) has no slot and was checked already
    if (key.startsWith(RECEIVED_PREFIX)) continue;
    const slot = await verifyUpload(key);
    if (!slot || slot.status === 'awaiting-upload') counts.unknown++;
    else counts[slot.status]++;
    logger.info('upload checked', { key, status: slot?.status ?? 'no-slot', rejection: slot?.rejection });
  }
  return counts;
});
