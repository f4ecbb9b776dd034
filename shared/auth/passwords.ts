// Password hashing with scrypt from node:crypto at OWASP's current strength (N = 2^17, r = 8,
// p = 1: 128 MiB and a few hundred milliseconds per hash). The stored form carries its own
// parameters, so a hash made with weaker ones still verifies and is upgraded at the next sign-in.
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { config } from '../config';

const scrypt = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCb(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))),
  );

/** Today's parameters: N from the configuration (2^17 unless lowered for tests), r = 8, p = 1. */
export const scryptParams = () => ({ N: 2 ** config().PASSWORD_SCRYPT_LOG2_N, r: 8, p: 1 });
const KEY_LENGTH = 32;
/** scrypt needs 128 · N · r bytes; Node's default ceiling (32 MiB) is below that. */
const maxmemFor = (N: number, r: number) => 128 * N * r + 16 * 1024 * 1024;

export async function hashPassword(password: string): Promise<string> {
  const { N, r, p } = scryptParams();
  const salt = randomBytes(16);
  const key = await scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N, r, p, maxmem: maxmemFor(N, r) });
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

const parse = (stored: string) => {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return undefined;
  return { N: Number(n), r: Number(r), p: Number(p), salt: Buffer.from(salt, 'base64url'), key: Buffer.from(key, 'base64url') };
};

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const actual = await scrypt(password.normalize('NFC'), parsed.salt, parsed.key.length, {
    N: parsed.N,
    r: parsed.r,
    p: parsed.p,
    maxmem: maxmemFor(parsed.N, parsed.r),
  });
  return timingSafeEqual(actual, parsed.key);
}

/** True when a stored hash was made with weaker parameters than today's: rehash it at sign-in. */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  const today = scryptParams();
  return !parsed || parsed.N < today.N || parsed.r < today.r || parsed.p < today.p;
}

/** A hash to compare against when the user does not exist, so both answers take as long. */
export const dummyPasswordHash = () => {
  const { N, r, p } = scryptParams();
  return `scrypt$${N}$${r}$${p}$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`;
};
