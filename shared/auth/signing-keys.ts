// The keys that sign and verify session tokens, read at run time from Secrets Manager (never from
// the environment), kept for a few minutes per warm function. The secret holds the current key
// and, after a rotation, the previous one: tokens signed with it still verify until they expire
// (8 hours), so a rotation ends no session. `npm run signing-key:rotate` rotates it.
import { GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import { secrets } from '../aws/secrets';
import { config } from '../config';

export interface SigningKey {
  /** Short id of the key, carried in each token's header (`kid`). */
  id: string;
  key: Uint8Array;
}

export interface SigningKeys {
  current: SigningKey;
  previous?: SigningKey;
}

export const signingSecretSchema = z.object({
  current: z.string().check(z.minLength(32)),
  previous: z.optional(z.string().check(z.minLength(32))),
  rotatedAt: z.optional(z.string()),
});
export type SigningSecret = z.infer<typeof signingSecretSchema>;

export const keyIdOf = (key: string) => createHash('sha256').update(key).digest('hex').slice(0, 16);
const toKey = (key: string): SigningKey => ({ id: keyIdOf(key), key: new TextEncoder().encode(key) });

/** The keys a secret value holds. */
export function signingKeysOf(secretString: string): SigningKeys {
  const secret = signingSecretSchema.parse(JSON.parse(secretString));
  return { current: toKey(secret.current), ...(secret.previous ? { previous: toKey(secret.previous) } : {}) };
}

let cached: { keys: SigningKeys; fetchedAt: number } | undefined;

async function fetchKeys(now: number): Promise<SigningKeys> {
  const { SecretString } = await secrets.send(new GetSecretValueCommand({ SecretId: config().JWT_SECRET_ID }));
  if (!SecretString) throw new Error('The signing key secret has no value');
  cached = { keys: signingKeysOf(SecretString), fetchedAt: now };
  return cached.keys;
}

/** The keys, read again when older than the configured minutes (a rotation reaches every function within them). */
export async function signingKeys(now = Date.now()): Promise<SigningKeys> {
  if (cached && now - cached.fetchedAt < config().SIGNING_KEYS_CACHE_SECONDS * 1000) return cached.keys;
  return fetchKeys(now);
}

/**
 * The key with this id, reading the secret again (at most every 10 seconds) when it is not one we
 * hold: a token signed by a function that saw a rotation before this one did.
 */
export async function verificationKey(id: string, now = Date.now()): Promise<SigningKey | undefined> {
  const find = (keys: SigningKeys) => [keys.current, keys.previous].find((k) => k?.id === id);
  const found = find(await signingKeys(now));
  if (found || (cached && now - cached.fetchedAt < 10_000)) return found;
  return find(await fetchKeys(now));
}
