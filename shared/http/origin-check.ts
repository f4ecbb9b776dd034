// Every API request must have come through CloudFront (and its WAF): CloudFront adds a secret
// header, and a request without the current (or, while it rotates, the previous) value is refused.
// The value lives in Secrets Manager (`{"current", "previous"?}`), read at run time, kept 5 minutes.
// Without ORIGIN_VERIFY_SECRET_ID configured (unit tests), no check is made.
import { GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { timingSafeEqual } from 'node:crypto';
import * as z from 'zod/mini';
import { secrets } from '../aws/secrets';
import { config } from '../config';

export const ORIGIN_VERIFY_HEADER = 'x-origin-verify';
const KEEP_MS = 300_000;

const originSecretSchema = z.object({ current: z.string().check(z.minLength(16)), previous: z.optional(z.string().check(z.minLength(16))) });
let cached: { values: string[]; fetchedAt: number } | undefined;

async function acceptedValues(secretId: string, now: number): Promise<string[]> {
  if (cached && now - cached.fetchedAt < KEEP_MS) return cached.values;
  const { SecretString } = await secrets.send(new GetSecretValueCommand({ SecretId: secretId }));
  const secret = originSecretSchema.parse(JSON.parse(SecretString ?? '{}'));
  cached = { values: [secret.current, ...(secret.previous ? [secret.previous] : [])], fetchedAt: now };
  return cached.values;
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** True when the request carries the origin header CloudFront adds (or when no check is configured). */
export async function cameThroughCloudFront(headerValue: string | undefined, now = Date.now()): Promise<boolean> {
  const secretId = config().ORIGIN_VERIFY_SECRET_ID;
  if (!secretId) return true;
  if (!headerValue) return false;
  return (await acceptedValues(secretId, now)).some((v) => same(v, headerValue));
}
