// Delivers s3rver's object-created events to the handlers the template subscribes to the bucket,
// in the shape AWS sends (keys URL-encoded, spaces as '+').
import type { S3Event, S3EventRecord } from 'aws-lambda';
import type S3rver from 's3rver';
import { invokeHandler } from './lambda-runtime';
import { STAGING_BUCKET } from './s3-checksums';

export function encodeS3Key(key: string): string {
  return key
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%20/g, '+'))
    .join('/');
}

export function deliverS3Events(s3rver: S3rver, handlers: string[], log: (line: string) => void): void {
  s3rver.on('event', (event: { Records: S3EventRecord[] }) => {
    // the checksum front's staging objects are not the bucket's (a checked upload arrives as its copy to the key)
    const records = event.Records.filter((r) => r.eventName.startsWith('ObjectCreated') && r.s3.bucket.name !== STAGING_BUCKET);
    if (records.length === 0) return;
    const awsShaped: S3Event = {
      Records: records.map((r) => ({ ...r, awsRegion: process.env.AWS_REGION ?? r.awsRegion, s3: { ...r.s3, object: { ...r.s3.object, key: encodeS3Key(r.s3.object.key) } } })),
    };
    for (const handler of handlers) {
      invokeHandler(handler, awsShaped).catch((error: Error) => log(`S3 event handler ${handler} failed: ${error.message}`));
    }
  });
}
