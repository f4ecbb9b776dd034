// Phone numbers and e-mail addresses on credential requests: normalising, validating, the Yahoo rule, masking for logs.
import { normalizeDigits } from './thai-text';

// "ต่อ 123", "ext. 123", "x123" or "#123" at the end: the usual ways an extension is written.
const EXTENSION = /\s*(?:ต่อ|ext\.?|x|#)\s*([0-9]{1,6})\s*$/i;
const MOBILE = /^0[689]\d{8}$/;
const LANDLINE = /^0[2-7]\d{7}$/;

/**
 * A Thai personal phone number in canonical form, or null.
 *
 * Accepts Thai digits, spaces, dashes, dots, parentheses and the +66 / 0066 country code
 * (with or without the trunk 0, "+66 (0)2…" included). Valid: a mobile number of 10 digits
 * starting 06, 08 or 09, or a landline of 9 digits starting 02–07. Short codes such as the
 * 1506 hotline and 1800 numbers are not anyone's personal phone and are refused.
 *
 * Result: the national digits, then "#" and the extension when there is one:
 * "02-956-2345 ต่อ 123" → "029562345#123".
 */
export function normalizeThaiPhone(input: string): string | null {
  let s = normalizeDigits(input).trim();
  let extension: string | undefined;
  const ext = EXTENSION.exec(s);
  if (ext) {
    extension = ext[1];
    s = s.slice(0, ext.index);
  }
  s = s.replace(/[\s().\u2010-\u2015\u2212-]/g, '');
  if (s.startsWith('+66')) s = s.slice(3);
  else if (s.startsWith('0066')) s = s.slice(4);
  // A national number always starts with its trunk 0, so a leading 66 can only be the country code.
  else if (s.startsWith('66')) s = s.slice(2);
  else if (!s.startsWith('0')) return null;
  if (!s.startsWith('0')) s = `0${s}`;
  if (!MOBILE.test(s) && !LANDLINE.test(s)) return null;
  return extension === undefined ? s : `${s}#${extension}`;
}

/**
 * A phone for logs: the first two digits (mobile or area) and the last four, the rest "x",
 * extension dropped: "0812345678" → "08xxxx5678". Anything unparseable becomes "***".
 */
export function maskPhone(input: string): string {
  const phone = normalizeThaiPhone(input);
  if (phone === null) return '***';
  const digits = phone.split('#')[0] ?? '';
  return `${digits.slice(0, 2)}${'x'.repeat(digits.length - 6)}${digits.slice(-4)}`;
}

/**
 * An e-mail address in canonical form: trimmed, domain lower-cased and without the
 * trailing root dot ("yahoo.com." is yahoo.com). The local part keeps its case, because
 * mail servers may treat it as case-sensitive. Does not validate.
 */
export function normalizeEmail(input: string): string {
  const s = input.trim();
  const at = s.lastIndexOf('@');
  if (at < 0) return s;
  return `${s.slice(0, at)}@${s.slice(at + 1).toLowerCase().replace(/\.$/, '')}`;
}

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const TOP_LEVEL = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

/**
 * A pragmatic check of an address we can send to: ASCII local@domain.tld, a dot-atom local
 * part of at most 64 characters, a domain of at least two valid labels with an alphabetic
 * (or punycode) top level, at most 254 characters in all. No spaces, no quoted local parts,
 * no IP literals. Internationalised addresses are refused because SES cannot deliver to
 * them; an IDN domain must be given in punycode. Validate the normalised address.
 */
export function isValidEmail(email: string): boolean {
  if (email.length > 254) return false;
  const at = email.lastIndexOf('@');
  if (at < 1) return false;
  const local = email.slice(0, at);
  const labels = email.slice(at + 1).split('.');
  const tld = labels[labels.length - 1] ?? '';
  return (
    local.length <= 64 &&
    LOCAL_PART.test(local) &&
    labels.length >= 2 &&
    labels.every((l) => DOMAIN_LABEL.test(l)) &&
    TOP_LEVEL.test(tld)
  );
}

// SPEC §2: "Yahoo addresses (yahoo.com, yahoo.co.th) are not accepted". Read as the rule means
// it: no Yahoo Mail address at all, so every country domain of Yahoo (yahoo.com, yahoo.co.th,
// yahoo.co.uk, yahoo.com.au, yahoo.fr, …) and Yahoo Mail's other brands (ymail.com,
// rocketmail.com), with any subdomain, in any letter case.
const YAHOO_BRANDS = ['ymail.com', 'rocketmail.com', 'yahoomail.com'];
/** What may follow "yahoo" in a Yahoo domain: a country or generic suffix (fr, com, co.th, com.au…). */
const PUBLIC_SUFFIX_AFTER_YAHOO = /^(?:[a-z]{2}|com|net|org|(?:co|com|ne|or)\.[a-z]{2})$/;

/**
 * True when the address (or a bare domain) is a Yahoo Mail one; case-insensitive, trailing root dot
 * ignored. "notyahoo.com" and "yahoo.example.org" (an organisation's own subdomain) are not.
 */
export function isBlockedEmailDomain(email: string): boolean {
  const domain = email
    .trim()
    .slice(email.trim().lastIndexOf('@') + 1)
    .toLowerCase()
    .replace(/\.+$/, '');
  if (YAHOO_BRANDS.some((d) => domain === d || domain.endsWith(`.${d}`))) return true;
  const labels = domain.split('.');
  return labels.some((label, i) => label === 'yahoo' && PUBLIC_SUFFIX_AFTER_YAHOO.test(labels.slice(i + 1).join('.')));
}

/**
 * An address for logs: the first two characters of the local part (one when it is that
 * short), then "***", then the domain: "somchai@example.com" → "so***@example.com".
 * Not an address at all → "***".
 */
export function maskEmail(email: string): string {
  const s = email.trim();
  const at = s.lastIndexOf('@');
  if (at < 1) return '***';
  const local = Array.from(s.slice(0, at));
  const shown = local.length <= 2 ? 1 : 2;
  return `${local.slice(0, shown).join('')}***@${s.slice(at + 1)}`;
}

/**
 * A name for logs: its first character and "***" ("สมชาย ใจดี" → "ส***"). Counts code
 * points, so a Thai or astral first character is never cut in half; empty → "***".
 */
export function maskName(name: string): string {
  const first = Array.from(name.trim())[0];
  return first === undefined ? '***' : `${first}***`;
}
