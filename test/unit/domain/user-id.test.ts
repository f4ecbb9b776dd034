import { describe, expect, it } from 'vitest';
import {
  USER_ID_ALPHABET,
  USER_ID_RANDOM_BYTES,
  formatUserId,
  isUserIdFormat,
  userIdSchema,
} from '../../../shared/domain/user-id';

describe('USER_ID_ALPHABET', () => {
  it('has 32 distinct symbols and none that look alike', () => {
    expect(new Set(USER_ID_ALPHABET).size).toBe(32);
    expect(USER_ID_ALPHABET).toHaveLength(32);
    expect(USER_ID_ALPHABET).not.toMatch(/[01IO]/);
  });
});

describe('formatUserId', () => {
  it.each([
    ['zero bytes', [0, 0, 0, 0], 'H1234567-2222'],
    ['all-ones bytes', [255, 255, 255, 255], 'H1234567-ZZZZ'],
    ['mixed bytes', [0x00, 0x1f, 0x20, 0x48], 'H1234567-2Z2A'],
  ])('maps %s onto the alphabet five bits each', (_case, bytes, expected) => {
    expect(formatUserId('1234567', Uint8Array.from(bytes))).toBe(expected);
  });

  it('uses only the first four bytes', () => {
    expect(formatUserId('1234567', Uint8Array.from([1, 2, 3, 4, 5, 6]))).toBe(
      formatUserId('1234567', Uint8Array.from([1, 2, 3, 4])),
    );
  });

  it('keeps a hospital code that starts with 0', () => {
    expect(formatUserId('0012345', new Uint8Array(USER_ID_RANDOM_BYTES))).toBe('H0012345-2222');
  });

  it('reaches every symbol of the alphabet', () => {
    const seen = new Set<string>();
    for (let b = 0; b < 256; b += 1) seen.add(formatUserId('1234567', Uint8Array.from([b, b, b, b])).slice(-1));
    expect([...seen].sort().join('')).toBe([...USER_ID_ALPHABET].sort().join(''));
  });

  it.each([
    ['6 digits', '123456'],
    ['8 digits', '12345678'],
    ['letters', '12345AB'],
    ['Thai digits', '๑๒๓๔๕๖๗'],
  ])('refuses a hospital code of %s', (_case, code) => {
    expect(() => formatUserId(code, new Uint8Array(4))).toThrow(RangeError);
  });

  it('refuses fewer random bytes than it needs', () => {
    expect(() => formatUserId('1234567', new Uint8Array(3))).toThrow(RangeError);
  });

  it('produces ids in its own format that the lenient schema accepts', () => {
    const id = formatUserId('1234567', Uint8Array.from([9, 87, 200, 31]));
    expect(isUserIdFormat(id)).toBe(true);
    expect(userIdSchema.safeParse(id).success).toBe(true);
  });
});

describe('isUserIdFormat', () => {
  it.each(['H1234567-K7QX', 'H0000001-2222', 'H9999999-ZZZZ'])('accepts the issued id %s', (id) => {
    expect(isUserIdFormat(id)).toBe(true);
  });

  it.each([
    ['a demo id', 'demo-admin'],
    ['lower case', 'h1234567-k7qx'],
    ['a look-alike O', 'H1234567-K7QO'],
    ['a look-alike 1', 'H1234567-K7Q1'],
    ['a 6-digit hospital code', 'H123456-K7QX'],
    ['a short suffix', 'H1234567-K7Q'],
    ['a long suffix', 'H1234567-K7QXY'],
    ['no dash', 'H1234567K7QX'],
    ['surrounding space', ' H1234567-K7QX'],
  ])('rejects %s', (_case, id) => {
    expect(isUserIdFormat(id)).toBe(false);
  });
});

describe('userIdSchema', () => {
  it.each(['demo-admin', 'demo-area-office', 'H1234567-K7QX', 'abc', 'first.last_01', 'a'.repeat(40)])(
    'accepts %j',
    (id) => {
      expect(userIdSchema.parse(id)).toBe(id);
    },
  );

  it('trims surrounding whitespace', () => {
    expect(userIdSchema.parse('  demo-admin ')).toBe('demo-admin');
  });

  it.each([
    ['too short', 'ab'],
    ['too long', 'a'.repeat(41)],
    ['a space inside', 'demo admin'],
    ['Thai letters', 'ผู้ใช้'],
    ['an "@"', 'user@example.com'],
    ['a slash', 'demo/admin'],
    ['not a string', 42],
  ])('rejects an id that is %s', (_case, id) => {
    expect(userIdSchema.safeParse(id).success).toBe(false);
  });
});
