// Random identifiers that are neither guessable nor sequential (5 bits a character, no look-alikes).
import { createHash, randomBytes } from 'node:crypto';
import { USER_ID_ALPHABET } from './domain/user-id';

export function randomCode(length: number): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (b) => USER_ID_ALPHABET[b & 0x1f]).join('');
}

/**
 * A complaint's id, derived one way from its tracking code (random, 50 bits): tracking reads the
 * case by its key in one read. The id does not give the code back; those who see ids (staff with
 * access to the case) see its code anyway.
 */
export function complaintIdOf(trackingCode: string): string {
  const digest = createHash('sha256').update(`complaint:${trackingCode}`).digest();
  return `C-${Array.from(digest.subarray(0, 12), (b) => USER_ID_ALPHABET[b & 0x1f]).join('')}`;
}

/** `CR-` + 16 characters: 80 random bits. */
export const newRequestId = () => `CR-${randomCode(16)}`;
