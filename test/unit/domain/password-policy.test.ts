// The password rule (NIST SP 800-63B): length, no composition rules, no common passwords, not the user id.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS_FILE, renderCommonPasswords } from '../../../scripts/common-passwords-source';
import { COMMON_PASSWORDS } from '../../../shared/domain/common-passwords';
import { passwordProblem } from '../../../shared/domain/password-policy';

describe('passwordProblem', () => {
  it('accepts a long passphrase of any script with no composition rules', () => {
    expect(passwordProblem('ลมหนาวมาเยือนเชียงใหม่', 'somchai')).toBeUndefined();
    expect(passwordProblem('correct horse battery staple', 'somchai')).toBeUndefined();
    expect(passwordProblem('aaaaaaaaaaab', 'somchai')).toBeUndefined();
  });

  it('counts characters as a person does: 12 Thai characters are enough, 11 are not', () => {
    expect(passwordProblem('กขคงจฉชซฌญฎฏ', 'somchai')).toBeUndefined();
    expect(passwordProblem('กขคงจฉชซฌญฎ', 'somchai')).toBe('PASSWORD_TOO_SHORT');
    expect(passwordProblem('short', 'somchai')).toBe('PASSWORD_TOO_SHORT');
  });

  it('refuses more than 256 characters', () => {
    expect(passwordProblem('x'.repeat(257), 'somchai')).toBe('PASSWORD_TOO_LONG');
    expect(passwordProblem('xy'.repeat(128), 'somchai')).toBeUndefined();
  });

  it('refuses the most common passwords in any letter case', () => {
    expect(passwordProblem('qwerty123456', 'somchai')).toBe('PASSWORD_TOO_COMMON');
    expect(passwordProblem('1Q2W3E4R5T6Y', 'somchai')).toBe('PASSWORD_TOO_COMMON');
  });

  it("refuses the service's own name, with or without digits after it", () => {
    expect(passwordProblem('สำนักงานประกันสังคม', 'somchai')).toBe('PASSWORD_TOO_COMMON');
    expect(passwordProblem('socialsecurity2569', 'somchai')).toBe('PASSWORD_TOO_COMMON');
  });

  it('refuses a password that is or holds the user id, whatever the case and separators', () => {
    expect(passwordProblem('H1000001-ABCD', 'H1000001-ABCD')).toBe('PASSWORD_CONTAINS_USER_ID');
    expect(passwordProblem('h1000001abcd!!', 'H1000001-ABCD')).toBe('PASSWORD_CONTAINS_USER_ID');
    expect(passwordProblem('my first-admin password', 'first-admin')).toBe('PASSWORD_CONTAINS_USER_ID');
  });
});

describe('the shipped list of common passwords', () => {
  it('is the current subset of the source list (regenerate with scripts/generate-common-passwords.ts)', () => {
    expect(readFileSync(COMMON_PASSWORDS_FILE, 'utf8')).toBe(renderCommonPasswords());
    expect(COMMON_PASSWORDS.size).toBeGreaterThan(200);
    for (const p of COMMON_PASSWORDS) expect([...p].length).toBeGreaterThanOrEqual(12);
  });
});

describe('the scrypt cost', () => {
  it("is OWASP's 2^17 unless the configuration lowers it (only the test suites do)", async () => {
    const { parseConfig } = await import('../../../shared/config');
    const { PASSWORD_SCRYPT_LOG2_N: _lowered, ...deployed } = process.env;
    expect(parseConfig(deployed).PASSWORD_SCRYPT_LOG2_N).toBe(17);
    expect(() => parseConfig({ ...deployed, PASSWORD_SCRYPT_LOG2_N: '10' })).toThrow(/PASSWORD_SCRYPT_LOG2_N/);
  });
});
