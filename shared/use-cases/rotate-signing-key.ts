// Rotating the session token signing key: a new current key; the old one stays as `previous`, so
// tokens it signed keep working until they expire (8 hours) and nobody is signed out. Rotating
// again within those 8 hours would drop a key that live tokens still use: refused unless forced
// (after a leak, ending those sessions is the point).
import { GetSecretValueCommand, PutSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { randomBytes } from 'node:crypto';
import { secrets } from '../aws/secrets';
import { keyIdOf, signingSecretSchema, type SigningSecret } from '../auth/signing-keys';
import { SESSION_HOURS } from '../auth/tokens';
import { config } from '../config';

export class RotationTooSoonError extends Error {
  constructor(readonly rotatedAt: string) {
    super(`The key was rotated at ${rotatedAt}; tokens of the key before it may still be in use for ${SESSION_HOURS} hours after that. Use --force to end those sessions.`);
  }
}

/** The next secret value: a new current key, the current one kept as previous. */
export function nextSigningSecret(secret: SigningSecret, newKey: string, now: Date, force: boolean): SigningSecret {
  if (!force && secret.previous && secret.rotatedAt && now.getTime() - Date.parse(secret.rotatedAt) < SESSION_HOURS * 3600_000) {
    throw new RotationTooSoonError(secret.rotatedAt);
  }
  return { current: newKey, previous: secret.current, rotatedAt: now.toISOString() };
}

export async function rotateSigningKey(options: { force?: boolean } = {}, now = new Date()) {
  const secretId = config().JWT_SECRET_ID;
  const { SecretString } = await secrets.send(new GetSecretValueCommand({ SecretId: secretId }));
  const secret = signingSecretSchema.parse(JSON.parse(SecretString ?? '{}'));
  const next = nextSigningSecret(secret, randomBytes(32).toString('hex'), now, options.force ?? false);
  await secrets.send(new PutSecretValueCommand({ SecretId: secretId, SecretString: JSON.stringify(next) }));
  return { currentKeyId: keyIdOf(next.current), previousKeyId: keyIdOf(secret.current), rotatedAt: next.rotatedAt! };
}
