import { describe, expect, it } from 'vitest';
import {
  isBlockedEmailDomain,
  isValidEmail,
  maskEmail,
  maskName,
  maskPhone,
  normalizeEmail,
  normalizeThaiPhone,
} from '../../../shared/domain/contact';

describe('normalizeThaiPhone', () => {
  it.each([
    ['a mobile number', '0812345678', '0812345678'],
    ['a mobile with dashes', '081-234-5678', '0812345678'],
    ['a mobile with spaces', '081 234 5678', '0812345678'],
    ['a 06 mobile', '061-234-5678', '0612345678'],
    ['a 09 mobile', '0912345678', '0912345678'],
    ['a mobile in Thai digits', '๐๘๑-๒๓๔-๕๖๗๘', '0812345678'],
    ['+66 without the trunk zero', '+66 81 234 5678', '0812345678'],
    ['+66 with a bracketed trunk zero', '+66 (0) 81 234 5678', '0812345678'],
    ['0066', '0066812345678', '0812345678'],
    ['66 without a plus', '66812345678', '0812345678'],
    ['a Bangkok landline', '02-956-2345', '029562345'],
    ['a landline with the area code in brackets', '(02) 956 2345', '029562345'],
    ['a provincial landline', '053-123-456', '053123456'],
    ['a landline with +66', '+66 2 956 2345', '029562345'],
    ['a landline with dots', '02.956.2345', '029562345'],
    ['surrounding whitespace', '  0812345678  ', '0812345678'],
  ])('accepts %s', (_case, input, expected) => {
    expect(normalizeThaiPhone(input)).toBe(expected);
  });

  it.each([
    ['ต่อ', '02-956-2345 ต่อ 123', '029562345#123'],
    ['ต่อ without a space', '029562345ต่อ123', '029562345#123'],
    ['ต่อ in Thai digits', '๐๒-๙๕๖-๒๓๔๕ ต่อ ๑๒๓', '029562345#123'],
    ['ext', '02-956-2345 ext 45', '029562345#45'],
    ['Ext.', '02-956-2345 Ext. 45', '029562345#45'],
    ['x', '029562345 x45', '029562345#45'],
    ['#', '029562345#45', '029562345#45'],
  ])('keeps an extension written with %s after "#"', (_case, input, expected) => {
    expect(normalizeThaiPhone(input)).toBe(expected);
  });

  it.each([
    ['the 1506 hotline', '1506'],
    ['a 1800 toll-free number', '1800-123-456'],
    ['an empty string', ''],
    ['a mobile one digit short', '081234567'],
    ['a mobile one digit long', '08123456789'],
    ['a landline one digit long', '0295623456'],
    ['a landline one digit short', '02956234'],
    ['an old 01 prefix', '0112345678'],
    ['a number without its trunk zero', '812345678'],
    ['a foreign number', '+1 415 555 0100'],
    ['letters', '08I-234-5678'],
    ['an emoji', '0812345678😀'],
    ['an extension without a number', '029562345 ต่อ'],
  ])('rejects %s', (_case, input) => {
    expect(normalizeThaiPhone(input)).toBeNull();
  });
});

describe('maskPhone', () => {
  it.each([
    ['0812345678', '08xxxx5678'],
    ['+66 81 234 5678', '08xxxx5678'],
    ['02-956-2345', '02xxx2345'],
    ['02-956-2345 ต่อ 123', '02xxx2345'],
  ])('shows only the first two and last four digits of %s', (input, masked) => {
    expect(maskPhone(input)).toBe(masked);
  });

  it('hides input that is not a phone number entirely', () => {
    expect(maskPhone('call me 555')).toBe('***');
  });
});

describe('normalizeEmail', () => {
  it.each([
    ['surrounding whitespace', '  somchai@example.com \n', 'somchai@example.com'],
    ['an upper-case domain', 'somchai@Example.CO.TH', 'somchai@example.co.th'],
    ['the trailing root dot', 'somchai@example.com.', 'somchai@example.com'],
  ])('removes %s', (_case, input, expected) => {
    expect(normalizeEmail(input)).toBe(expected);
  });

  it('keeps the case of the local part', () => {
    expect(normalizeEmail('SomChai@EXAMPLE.com')).toBe('SomChai@example.com');
  });

  it('leaves a string without "@" trimmed but otherwise alone', () => {
    expect(normalizeEmail(' not-an-address ')).toBe('not-an-address');
  });
});

describe('isValidEmail', () => {
  it.each([
    'somchai@example.com',
    'somchai.j@hospital.go.th',
    'first+tag@example.co.th',
    'a@b.co',
    "o'brien@example.org",
    'x@sub-domain.example.com',
    'user@xn--o3cw4h.xn--o3cw4h',
  ])('accepts %s', (email) => {
    expect(isValidEmail(email)).toBe(true);
  });

  it.each([
    ['an empty string', ''],
    ['no "@"', 'somchai.example.com'],
    ['two "@"', 'som@chai@example.com'],
    ['an empty local part', '@example.com'],
    ['an empty domain', 'somchai@'],
    ['a single-label domain', 'somchai@localhost'],
    ['a space', 'som chai@example.com'],
    ['a leading dot', '.somchai@example.com'],
    ['a trailing dot in the local part', 'somchai.@example.com'],
    ['two dots in a row', 'som..chai@example.com'],
    ['an empty domain label', 'somchai@example..com'],
    ['a label starting with a hyphen', 'somchai@-example.com'],
    ['a label ending with a hyphen', 'somchai@example-.com'],
    ['a numeric top-level domain', 'somchai@example.123'],
    ['a one-letter top-level domain', 'somchai@example.c'],
    ['an IP literal', 'somchai@[192.168.0.1]'],
    ['a Thai local part', 'สมชาย@example.com'],
    ['a Thai domain not in punycode', 'somchai@ไทย.ไทย'],
    ['a local part over 64 characters', `${'a'.repeat(65)}@example.com`],
    ['an address over 254 characters', `a@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.${'e'.repeat(63)}.com`],
    ['a trailing root dot not normalised away', 'somchai@example.com.'],
  ])('rejects %s', (_case, email) => {
    expect(isValidEmail(email)).toBe(false);
  });
});

describe('isBlockedEmailDomain', () => {
  it.each([
    'somchai@yahoo.com',
    'somchai@yahoo.co.th',
    'somchai@YAHOO.COM',
    'somchai@Yahoo.Co.Th',
    'somchai@yahoo.com.',
    'somchai@yahoo.co.th.',
    'somchai@sub.yahoo.com',
    'somchai@mail.yahoo.co.th',
    ' somchai@yahoo.com ',
    'yahoo.com',
    // every Yahoo Mail domain: other countries, and Yahoo Mail's other brands
    'somchai@yahoo.co.uk',
    'somchai@yahoo.com.au',
    'somchai@yahoo.fr',
    'somchai@YAHOO.DE',
    'somchai@yahoo.com.sg',
    'somchai@ymail.com',
    'somchai@RocketMail.com',
    'somchai@mail.ymail.com',
  ])('refuses %j (any Yahoo Mail domain or a subdomain)', (email) => {
    expect(isBlockedEmailDomain(email)).toBe(true);
  });

  it.each([
    'somchai@gmail.com',
    'somchai@notyahoo.com',
    'somchai@yahoo.com.example.org',
    'somchai@yahoo.example.org',
    'somchai@notymail.com',
    'somchai@hospital.go.th',
    'yahoo.com@example.com',
  ])('allows %j', (email) => {
    expect(isBlockedEmailDomain(email)).toBe(false);
  });
});

describe('maskEmail', () => {
  it.each([
    ['somchai@example.com', 'so***@example.com'],
    ['ab@example.com', 'a***@example.com'],
    ['a@example.com', 'a***@example.com'],
    ['  somchai@example.com ', 'so***@example.com'],
  ])('keeps at most two characters of the local part of %j', (email, masked) => {
    expect(maskEmail(email)).toBe(masked);
  });

  it.each(['', 'not-an-address', '@example.com'])('hides %j, which is not an address, entirely', (input) => {
    expect(maskEmail(input)).toBe('***');
  });
});

describe('maskName', () => {
  it.each([
    ['สมชาย ใจดี', 'ส***'],
    ['เกียรติศักดิ์', 'เ***'],
    ['Somchai Jaidee', 'S***'],
    ['  Somchai', 'S***'],
    ['😀 Smile', '😀***'],
  ])('keeps only the first character of %j', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });

  it('masks an empty name too', () => {
    expect(maskName('')).toBe('***');
  });
});
