// The user ids SSO issues for the entitlement-check system: their format, and the lenient shape every user id has.
import * as z from 'zod/mini';

/**
 * 32 symbols with no look-alikes: digits 2–9 and A–Z without I and O, so 0/O and 1/I/l
 * cannot be confused when an id is read aloud or copied from a printout. 256 is a
 * multiple of 32, so one random byte masked to 5 bits picks a symbol uniformly.
 */
export const USER_ID_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
/** Random symbols in an issued id: 20 bits, about a million ids per hospital. */
export const USER_ID_RANDOM_LENGTH = 4;
/** Bytes {@link formatUserId} needs, one per random symbol. */
export const USER_ID_RANDOM_BYTES = USER_ID_RANDOM_LENGTH;

const ISSUED_USER_ID = /^H\d{7}-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{4}$/;

/**
 * An issued user id: "H", the 7-digit SSO hospital code, "-", 4 random symbols, e.g.
 * "H1234567-K7QX". The hospital code lets staff see at a glance whose id it is; the
 * random part keeps ids of one hospital apart. Randomness is passed in so this stays
 * pure; the issuer still writes the id conditionally and retries on a collision.
 * @throws RangeError when the code is not 7 ASCII digits or fewer than 4 bytes are given.
 */
export function formatUserId(hospitalCode: string, randomBytes: Uint8Array): string {
  if (!/^\d{7}$/.test(hospitalCode)) throw new RangeError('hospitalCode must be 7 digits');
  if (randomBytes.length < USER_ID_RANDOM_BYTES) {
    throw new RangeError(`formatUserId needs ${USER_ID_RANDOM_BYTES} random bytes`);
  }
  let suffix = '';
  for (let i = 0; i < USER_ID_RANDOM_LENGTH; i += 1) {
    suffix += USER_ID_ALPHABET[(randomBytes[i] ?? 0) & 0x1f];
  }
  return `H${hospitalCode}-${suffix}`;
}

/** True for an id in the issued format (exact case); demo and staff ids are not. */
export function isUserIdFormat(s: string): boolean {
  return ISSUED_USER_ID.test(s);
}

/**
 * Any user id the system may meet: issued ones, and staff or demo ids such as
 * "demo-admin". 3–40 characters of letters, digits, dot, underscore and hyphen; the
 * issued format is a subset of this.
 */
export const userIdSchema = z.pipe(
  // Thai digits typed into an id are its digits ("H๑๐๐๐๐๐๑-K7QX" is H1000001-K7QX)
  z.transform((value: unknown) => (typeof value === 'string' ? value.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50)) : value)),
  z.string().check(z.trim(), z.regex(/^[A-Za-z0-9._-]{3,40}$/, 'invalid user id')),
);
