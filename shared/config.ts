// The environment every function reads, parsed once at load through zod (fail fast, name what is missing).
import * as z from 'zod';

const configSchema = z.object({
  AWS_REGION: z.string().min(1),
  TABLE_NAME: z.string().min(1),
  UPLOADS_BUCKET: z.string().min(1),
  MAIL_FROM: z.email(),
  SITE_URL: z.url(),
  /** The Secrets Manager secret (name or ARN) holding the token signing keys (shared/auth/signing-keys.ts). */
  JWT_SECRET_ID: z.string().min(1),
  /** The secret holding the header value CloudFront adds to API requests (shared/http/origin-check.ts). */
  ORIGIN_VERIFY_SECRET_ID: z.string().min(1).optional(),
  /** How long a warm function keeps the signing keys before reading the secret again. */
  SIGNING_KEYS_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(300),
  CREDENTIALS_MAILBOX: z.email().default('credentials@sso.example'),
  AWARDS_MAILBOX: z.email().default('awards@sso.example'),
  INFO_CENTER_MAILBOX: z.email().default('info-center@sso.example'),
  MEDICAL_BUREAU_MAILBOX: z.email().default('medical-bureau@sso.example'),
  LEGAL_MAILBOX: z.email().default('legal@sso.example'),
  ADMIN_MAILBOX: z.email().default('admin@sso.example'),
  COMPLAINT_SLA_STATE_MACHINE_ARN: z.string().optional(),
  /** The state machine that runs background jobs (infra/workflows/background-job.ts); set on functions that start them. */
  BACKGROUND_JOBS_STATE_MACHINE_ARN: z.string().optional(),
  /**
   * scrypt cost as log2(N). Deployed functions keep the default, OWASP's current strength
   * (2^17); the test suites lower it to keep hundreds of sign-ins fast (test/setup-env.ts).
   */
  PASSWORD_SCRYPT_LOG2_N: z.coerce.number().int().min(14).max(20).default(17),
});

export type Config = z.infer<typeof configSchema>;

export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const missing = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${missing}`);
  }
  return parsed.data;
}

let cached: Config | undefined;
/** The configuration of this process, parsed on first use and then kept. */
export function config(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
