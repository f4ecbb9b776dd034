// Masks personal data (Thailand's PDPA) before anything is written to a log.

const PII_KEYS = new Set(
  [
    'nationalId', 'phone', 'email', 'name', 'firstNameTh', 'lastNameTh', 'firstNameEn', 'lastNameEn',
    'complainant', 'password', 'token', 'authorization', 'requesterEmail', 'to', 'toAddresses', 'activationToken',
  ].map((k) => k.toLowerCase()),
);

const THIRTEEN_DIGITS = /(?<!\d)\d[\d -]{11,16}\d(?!\d)/g;
const EMAIL = /[^\s@"'<>]+@[^\s@"'<>]+\.[^\s@"'<>]+/g;
const PHONE = /(?<!\d)(?:\+?66|0)[\d -]{7,12}\d(?!\d)/g;

/** Masks a free-text string: 13-digit ids, e-mail addresses and phone numbers inside it. */
export function maskText(text: string): string {
  return text
    .replace(EMAIL, (m) => `${m.slice(0, 1)}***@***`)
    .replace(THIRTEEN_DIGITS, (m) => (m.replace(/\D/g, '').length === 13 ? 'x-xxxx-xxxxx-xx-x' : m))
    .replace(PHONE, (m) => `${'x'.repeat(Math.max(0, m.length - 2))}${m.slice(-2)}`);
}

/** JSON replacer for the logger: personal fields are replaced wholesale, other strings are scanned. */
export function piiReplacer(key: string, value: unknown): unknown {
  if (key && PII_KEYS.has(key.toLowerCase()) && value !== undefined && value !== null) return '***';
  if (typeof value === 'string') return maskText(value);
  return value;
}
