// The environment a function has on the local stack: a deployed function's, with the SDK's
// standard endpoint settings pointing at the emulators. Light on purpose (no CDK): the operator
// commands load it to act on a running `npm start`.
import { randomBytes } from 'node:crypto';

export const LOCAL_TABLE = 'sso-local';
export const LOCAL_BUCKET = 'sso-local-uploads';
export const REGION = 'ap-southeast-1';

/**
 * The environment a deployed function has, pointed at the emulators by the SDK's standard
 * endpoint settings. `npm start`, the tests and `npm run invoke` all use it.
 */
export const LOCAL_SIGNING_SECRET = 'sso-local/token-signing-keys';
/** The value the local API adapter adds to every API request, as CloudFront does on AWS. */
export const LOCAL_ORIGIN_SECRET = 'sso-local/origin-verify';

export function localEnvironment(urls: { dynamodbUrl: string; s3Url: string; sesUrl: string; sfnUrl?: string; secretsUrl?: string }): Record<string, string> {
  return {
    AWS_REGION: REGION,
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_ENDPOINT_URL_DYNAMODB: urls.dynamodbUrl,
    AWS_ENDPOINT_URL_S3: urls.s3Url,
    AWS_ENDPOINT_URL_SES: urls.sesUrl,
    ...(urls.sfnUrl ? { AWS_ENDPOINT_URL_SFN: urls.sfnUrl } : {}),
    ...(urls.secretsUrl ? { AWS_ENDPOINT_URL_SECRETS_MANAGER: urls.secretsUrl } : {}),
    S3_FORCE_PATH_STYLE: 'true',
    // the SDK's default checksums corrupt streamed uploads to s3rver
    AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
    AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    TABLE_NAME: LOCAL_TABLE,
    UPLOADS_BUCKET: LOCAL_BUCKET,
    MAIL_FROM: 'no-reply@sso-hospital-services.local',
    SITE_URL: process.env.SITE_URL ?? 'http://127.0.0.1:3000',
    JWT_SECRET_ID: LOCAL_SIGNING_SECRET,
    ORIGIN_VERIFY_SECRET_ID: LOCAL_ORIGIN_SECRET,
    POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
  };
}

/** The environment of a function of the running local stack (`npm start`, its usual ports). */
/** A new secret value for the token signing keys: one random current key. */
export const newSigningSecret = () => JSON.stringify({ current: randomBytes(32).toString('hex') });
/** A new origin header value, as the site stack's secret holds it. */
export const newOriginSecret = () => JSON.stringify({ current: randomBytes(24).toString('hex') });

export function runningLocalStackEnvironment(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return localEnvironment({
    dynamodbUrl: `http://127.0.0.1:${env.DYNAMODB_PORT ?? 4567}`,
    s3Url: `http://127.0.0.1:${env.S3_PORT ?? 4569}`,
    sesUrl: `http://127.0.0.1:${env.SES_PORT ?? 8005}`,
    sfnUrl: `http://127.0.0.1:${env.SFN_PORT ?? 8083}`,
    secretsUrl: `http://127.0.0.1:${env.SECRETS_PORT ?? 8084}`,
  });
}
