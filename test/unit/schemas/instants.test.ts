// Instants are refused when a part of them does not exist, instead of being rolled over.
import { describe, expect, it } from 'vitest';
import { isoInstant, isRealInstant } from '../../../shared/schemas/common';

describe('isoInstant', () => {
  it.each(['2026-02-30T10:00:00+07:00', '2025-02-29T00:00Z', '2026-04-31T09:00:00+07:00', '2026-12-01T24:00:00Z', '2026-12-01T10:60:00Z', '2026-13-01T10:00:00Z', '2026-12-01T10:00:00+15:00'])(
    'refuses %s',
    (s) => {
      expect(isRealInstant(s)).toBe(false);
      expect(isoInstant.safeParse(s).success).toBe(false);
    },
  );

  it.each(['2024-02-29T23:59:59Z', '2026-12-31T23:59:59.999+07:00', '2026-01-01T00:00+07:00'])('accepts %s', (s) => {
    expect(isoInstant.safeParse(s).success).toBe(true);
  });

  it('accepts Thai digits', () => {
    expect(isoInstant.safeParse('๒๐๒๖-๑๒-๐๒T๑๐:๐๐:๐๐+๐๗:๐๐').data).toBe('2026-12-02T10:00:00+07:00');
  });
});
