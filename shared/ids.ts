// Random identifiers that are neither guessable nor sequential (5 bits a character, no look-alikes).
import { randomBytes } from 'node:crypto';
import { USER_ID_ALPHABET } from './domain/user-id';

export function randomCode(length: number): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (b) => USER_ID_ALPHABET[b & 0x1f]).join('');
}

/** `CR-` + 16 characters: 80 random bits. */
export const newRequestId = () => `CR-${randomCode(16)}`;
