// Personal data never reaches the logs in clear (PDPA).
import { describe, expect, it } from 'vitest';
import { maskText, piiReplacer } from '../../shared/pii';

describe('log masking', () => {
  it.each([
    ['a national ID', 'id 1101700230708 here', '1101700230708'],
    ['a national ID with dashes', 'id 1-1017-00230-70-8', '1-1017-00230-70-8'],
    ['an e-mail address', 'mail somchai@example.com now', 'somchai@example.com'],
    ['a mobile number', 'call 0812345678', '0812345678'],
    ['a phone with +66', 'call +66 81 234 5678', '+66 81 234 5678'],
  ])('masks %s inside free text', (_name, text, secret) => {
    expect(maskText(text)).not.toContain(secret);
  });

  it('replaces personal fields wholesale, whatever their content', () => {
    const json = JSON.stringify({ requestId: 'CR-1', nationalId: '1101700230708', complainant: { name: 'สมชาย ใจดี', phone: '02-956-2345' }, email: 'x@y.z' }, piiReplacer);
    expect(json).toContain('CR-1');
    for (const secret of ['1101700230708', 'สมชาย', '02-956-2345', 'x@y.z']) expect(json).not.toContain(secret);
  });

  it('keeps ordinary numbers and codes readable', () => {
    expect(maskText('hospital 1000001 office BKK-01 took 250 ms')).toBe('hospital 1000001 office BKK-01 took 250 ms');
  });
});
