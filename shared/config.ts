// The environment every function reads, parsed once at load through zod (fail fast, name what is missing).
import * as z from 'zod/mini';

const configSchema = z.object({
  AWS_REGION: z.string().check(z.minLength(1)),
  TABLE_NAME: z.string().check(z.minLength(1)),
  UPLOADS_BUCKET: z.string().check(z.minLength(1)),
  MAIL_FROM: z.email(),
  SITE_URL: z.url(),
  /** The Secrets Manager secret (name or ARN) holding the token signing keys (shared/auth/signing-keys.ts). */
  JWT_SECRET_ID: z.string().check(z.minLength(1)),
  /** The secret holding the header value CloudFront adds to API requests (shared/http/origin-check.ts). */
  ORIGIN_VERIFY_SECRET_ID: z.optional(z.string().check(z.minLength(1))),
  /** How long a warm function keeps the signing keys before reading the secret again. */
  SIGNING_KEYS_CACHE_SECONDS: z._default(z.coerce.number().check(z.int(), z.gte(0), z.lte(3600)), 300),
  CREDENTIALS_MAILBOX: z._default(z.email(), 'credentials@sso.example'),
  AWARDS_MAILBOX: z._default(z.email(), 'awards@sso.example'),
  INFO_CENTER_MAILBOX: z._default(z.email(), 'info-center@sso.example'),
  MEDICAL_BUREAU_MAILBOX: z._default(z.email(), 'medical-bureau@sso.example'),
  LEGAL_MAILBOX: z._default(z.email(), 'legal@sso.example'),
  ADMIN_MAILBOX: z._default(z.email(), 'admin@sso.example'),
  COMPLAINT_SLA_STATE_MACHINE_ARN: z.optional(z.string()),
  /** The state machine that runs background jobs (infra/workflows/background-job.ts); set on functions that start them. */
  BACKGROUND_JOBS_STATE_MACHINE_ARN: z.optional(z.string()),
  /**
   * scrypt cost as log2(N). Deployed functions keep the default, OWASP's current strength
   * (2^17); the test suites lower it to keep hundreds of sign-ins fast (test/setup-env.ts).
   */
  PASSWORD_SCRYPT_LOG2_N: z._default(z.coerce.number().check(z.int(), z.gte(14), z.lte(20)), 17),
});

export type Config = z.infer<typeof configSchema>;

/** What is wrong with a variable, in words: zod/mini carries no message catalogue (classic zod's English one is ~3 KB in every bundle). */
function problemOf(issue: z.core.$ZodIssue, env: NodeJS.ProcessEnv): string {
  switch (issue.code) {
    case 'invalid_type':
      return env[String(issue.path[0])] === undefined ? 'missing' : `expected ${issue.expected}`;
    case 'invalid_format':
      return `not a valid ${issue.format}`;
    case 'too_small':
      return `at least ${issue.minimum}`;
    case 'too_big':
      return `at most ${issue.maximum}`;
    default:
      return issue.message;
  }
}

export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const missing = parsed.error.issues.map((i) => `${i.path.join('.')}: ${problemOf(i, env)}`).join('; ');
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
