import { describe, expect, it } from 'vitest';
import { isValidNationalId, maskNationalId, normalizeNationalId } from '../../../shared/domain/national-id';

describe('normalizeNationalId', () => {
  it.each([
    ['plain digits', '1101700230708'],
    ['Thai digits', '๑๑๐๑๗๐๐๒๓๐๗๐๘'],
    ['the printed dash grouping', '1-1017-00230-70-8'],
    ['spaces', '1 1017 00230 70 8'],
    ['surrounding whitespace', '  1101700230708\n'],
    ['Thai digits with dashes', '๑-๑๐๑๗-๐๐๒๓๐-๗๐-๘'],
  ])('reduces %s to 13 ASCII digits', (_case, input) => {
    expect(normalizeNationalId(input)).toBe('1101700230708');
  });

  it('keeps a leading zero', () => {
    expect(normalizeNationalId('0-1234-56789-01-6')).toBe('0123456789016');
  });
});

describe('isValidNationalId', () => {
  it.each([
    ['the first SPEC example', '1101700230708'],
    ['the second SPEC example', '3509900123450'],
    ['an ID that starts with 0', '0123456789016'],
  ])('accepts %s', (_case, id) => {
    expect(isValidNationalId(id)).toBe(true);
  });

  it.each([
    ['the SPEC invalid example', '1101700230705'],
    ['a single changed digit', '1101700230718'],
    ['two swapped digits', '1011700230708'],
  ])('rejects a check digit that does not match: %s', (_case, id) => {
    expect(isValidNationalId(id)).toBe(false);
  });

  it.each([
    ['12 digits', '110170023070'],
    ['14 digits', '11017002307080'],
    ['an empty string', ''],
    ['a letter', '110170023070A'],
    ['dashes not yet removed', '1-1017-00230-70-8'],
    ['Thai digits not yet normalised', '๑๑๐๑๗๐๐๒๓๐๗๐๘'],
    ['full-width digits', '１１０１７００２３０７０８'],
  ])('rejects anything but 13 ASCII digits: %s', (_case, id) => {
    expect(isValidNationalId(id)).toBe(false);
  });

  it.each(['๑๑๐๑๗๐๐๒๓๐๗๐๘', '1-1017-00230-70-8', '1 1017 00230 70 8', ' 3509900123450 '])(
    'accepts %j once normalised',
    (input) => {
      expect(isValidNationalId(normalizeNationalId(input))).toBe(true);
    },
  );

  it('has exactly one valid check digit for any 12 digits', () => {
    const valid = Array.from({ length: 10 }, (_, d) => `350990012345${d}`).filter(isValidNationalId);
    expect(valid).toEqual(['3509900123450']);
  });
});

describe('maskNationalId', () => {
  it.each([
    ['1101700230708', '1-xxxx-xxxxx-x0-8'],
    ['3509900123450', '3-xxxx-xxxxx-x5-0'],
    ['1-1017-00230-70-8', '1-xxxx-xxxxx-x0-8'],
    ['๑๑๐๑๗๐๐๒๓๐๗๐๘', '1-xxxx-xxxxx-x0-8'],
  ])('shows only the first digit and the last two of %s', (input, masked) => {
    expect(maskNationalId(input)).toBe(masked);
  });

  it.each(['12345', '11017002307080', 'abc'])('masks every character of %j, which is not an ID', (input) => {
    expect(maskNationalId(input)).toMatch(/^x+$/);
    expect(maskNationalId(input)).toHaveLength(input.length);
  });
});
