import { describe, expect, it } from 'vitest';
import { isLatinName, isThaiName, normalizeDigits, stripSeparators } from '../../../shared/domain/thai-text';

describe('normalizeDigits', () => {
  it('turns every Thai digit into its ASCII digit', () => {
    expect(normalizeDigits('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
  });

  it.each([
    ['mixed Thai and ASCII digits', '๑2๓4', '1234'],
    ['Thai letters around digits', 'ต่อ ๑๒๓', 'ต่อ 123'],
    ['no digits at all', 'สมชาย', 'สมชาย'],
    ['an empty string', '', ''],
  ])('leaves everything else alone: %s', (_case, input, expected) => {
    expect(normalizeDigits(input)).toBe(expected);
  });
});

describe('stripSeparators', () => {
  it.each([
    ['ASCII dashes', '1-1017-00230-70-8', '1101700230708'],
    ['spaces', '1 1017 00230 70 8', '1101700230708'],
    ['tabs and newlines', '11\t01\n7', '11017'],
    ['a no-break space', '11\u00a0017', '11017'],
    ['en dashes pasted from a document', '1–1017–00230', '1101700230'],
    ['a minus sign', '1\u22121017', '11017'],
  ])('removes %s', (_case, input, expected) => {
    expect(stripSeparators(input)).toBe(expected);
  });

  it('keeps letters and other punctuation', () => {
    expect(stripSeparators('a.b_(c)')).toBe('a.b_(c)');
  });
});

describe('isThaiName', () => {
  it.each([
    ['a given name', 'สมชาย'],
    ['a name with tone marks and vowels', 'ประเสริฐ'],
    ['a full name with a space', 'สมหญิง ใจดี'],
    ['an abbreviated title with dots', 'น.ส.'],
    ['a rank title', 'พ.ต.ท.'],
    ['a hyphenated surname', 'ณ-อยุธยา'],
    ['a name with thanthakhat', 'ศักดิ์สิทธิ์'],
    ['a name with sara am', 'คำแก้ว'],
    ['surrounding spaces', '  สมชาย  '],
  ])('accepts %s', (_case, name) => {
    expect(isThaiName(name)).toBe(true);
  });

  it.each([
    ['an empty string', ''],
    ['only spaces', '   '],
    ['only punctuation', '.-'],
    ['only vowels and marks, no consonant', 'เ่'],
    ['Latin letters', 'Somchai'],
    ['Thai mixed with Latin', 'สมชาย A'],
    ['Thai digits', 'สมชาย๑'],
    ['ASCII digits', 'สมชาย1'],
    ['the baht sign', 'สมชาย฿'],
    ['an emoji', 'สมชาย😀'],
    ['a control character', 'สม\u0000ชาย'],
    ['a newline', 'สม\nชาย'],
    ['a zero-width space', 'สม\u200bชาย'],
  ])('rejects %s', (_case, name) => {
    expect(isThaiName(name)).toBe(false);
  });
});

describe('isLatinName', () => {
  it.each([
    ['a given name', 'Somchai'],
    ['a full name', 'Somchai Jaidee'],
    ['an apostrophe', "O'Brien"],
    ['a typographic apostrophe', 'O’Brien'],
    ['a hyphen', 'Na-Ayutthaya'],
    ['a dot', 'Mr. John'],
    ['a single letter', 'J'],
    ['surrounding spaces', ' Somchai '],
  ])('accepts %s', (_case, name) => {
    expect(isLatinName(name)).toBe(true);
  });

  it.each([
    ['an empty string', ''],
    ['only punctuation', "-'."],
    ['Thai script', 'สมชาย'],
    ['Latin mixed with Thai', 'Somchai ใจดี'],
    ['digits', 'Somchai2'],
    ['accented letters', 'José'],
    ['an emoji', 'Somchai 😀'],
    ['a control character', 'Som\u0007chai'],
    ['a tab', 'Som\tchai'],
    ['other punctuation', 'Somchai!'],
  ])('rejects %s', (_case, name) => {
    expect(isLatinName(name)).toBe(false);
  });
});
