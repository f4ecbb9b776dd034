// The rotation rule: the current key becomes the previous one; a second rotation within a
// session's 8 hours would drop a key live tokens use, so it needs --force.
import { describe, expect, it } from 'vitest';
import { keyIdOf, signingKeysOf } from '../../../shared/auth/signing-keys';
import { nextSigningSecret, RotationTooSoonError } from '../../../shared/use-cases/rotate-signing-key';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);

describe('nextSigningSecret', () => {
  it('makes the new key current and keeps the old one as previous', () => {
    const next = nextSigningSecret({ current: A }, B, new Date('2026-12-02T00:00:00Z'), false);
    expect(next).toEqual({ current: B, previous: A, rotatedAt: '2026-12-02T00:00:00.000Z' });
    const keys = signingKeysOf(JSON.stringify(next));
    expect([keys.current.id, keys.previous?.id]).toEqual([keyIdOf(B), keyIdOf(A)]);
  });

  it('refuses a second rotation within 8 hours unless forced, and allows it after', () => {
    const rotated = { current: B, previous: A, rotatedAt: '2026-12-02T00:00:00.000Z' };
    expect(() => nextSigningSecret(rotated, C, new Date('2026-12-02T07:59:59Z'), false)).toThrow(RotationTooSoonError);
    expect(nextSigningSecret(rotated, C, new Date('2026-12-02T07:59:59Z'), true).previous).toBe(B);
    expect(nextSigningSecret(rotated, C, new Date('2026-12-02T08:00:00Z'), false)).toMatchObject({ current: C, previous: B });
  });
});
