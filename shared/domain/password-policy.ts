// The password rule, after NIST SP 800-63B: long enough, no composition rules, not a common
// password and not the user id or the service's own name.
import { COMMON_PASSWORDS } from './common-passwords';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export type PasswordProblem = 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_LONG' | 'PASSWORD_TOO_COMMON' | 'PASSWORD_CONTAINS_USER_ID';

/** Words of this service that a password must not simply be (compared without case and spaces). */
const CONTEXT_WORDS = ['ประกันสังคม', 'สำนักงานประกันสังคม', 'socialsecurity', 'socialsecurityoffice', 'ssohospital', 'ssohospitalservices'];

const squash = (s: string) => s.normalize('NFC').toLowerCase().replace(/[\s._-]+/g, '');

/** The first problem of a new password for `userId`, or undefined when it is acceptable. */
export function passwordProblem(password: string, userId: string): PasswordProblem | undefined {
  // length in characters (code points), as a person counts them, Thai included
  const length = [...password.normalize('NFC')].length;
  if (length < MIN_PASSWORD_LENGTH) return 'PASSWORD_TOO_SHORT';
  if (length > MAX_PASSWORD_LENGTH) return 'PASSWORD_TOO_LONG';
  const squashed = squash(password);
  const id = squash(userId);
  if (id.length >= 3 && squashed.includes(id)) return 'PASSWORD_CONTAINS_USER_ID';
  if (COMMON_PASSWORDS.has(password.toLowerCase()) || CONTEXT_WORDS.some((w) => squashed === w || squashed.replace(/\d+$/, '') === w)) {
    return 'PASSWORD_TOO_COMMON';
  }
  return undefined;
}
