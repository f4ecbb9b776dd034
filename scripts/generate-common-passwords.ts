// Writes shared/domain/common-passwords.ts: the common passwords long enough to pass the length
// rule (shorter ones are refused anyway), from zxcvbn-ts's list of the most used passwords.
// Run `npx tsx scripts/generate-common-passwords.ts` after upgrading @zxcvbn-ts/language-common;
// test/unit/domain/password-policy.test.ts fails while the file is out of date.
import { writeFileSync } from 'node:fs';
import { COMMON_PASSWORDS_FILE, renderCommonPasswords } from './common-passwords-source';

writeFileSync(COMMON_PASSWORDS_FILE, renderCommonPasswords());
console.log(`wrote ${COMMON_PASSWORDS_FILE}`);
