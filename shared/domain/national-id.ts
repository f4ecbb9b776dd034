// The 13-digit Thai national ID: normalising user input, the mod-11 check digit, and masking for logs.
import { normalizeDigits, stripSeparators } from './thai-text';

/**
 * The ID as 13 ASCII digits, or whatever is left if the input is not an ID: Thai digits
 * become ASCII, spaces and dashes go. It does not validate; pass the result to
 * {@link isValidNationalId}. Kept a string because an ID may start with 0 (SPEC).
 */
export function normalizeNationalId(input: string): string {
  return stripSeparators(normalizeDigits(input));
}

/**
 * True for 13 ASCII digits whose last one is the check digit (SPEC "Identifiers"):
 * sum = Σ dᵢ × (14 − i) for i = 1…12, check = (11 − sum mod 11) mod 10.
 * Expects a normalised ID; a leading 0 is not refused.
 */
export function isValidNationalId(id: string): boolean {
  if (!/^\d{13}$/.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += Number(id[i]) * (13 - i);
  return (11 - (sum % 11)) % 10 === Number(id[12]);
}

/**
 * The ID for logs and e-mails (PDPA): the usual 1-2345-67890-12-3 grouping with only the
 * first digit (the person type) and the last two shown, e.g. "1-xxxx-xxxxx-x0-8".
 * Input that is not 13 digits comes back fully masked, one "x" per character.
 */
export function maskNationalId(id: string): string {
  const n = normalizeNationalId(id);
  if (!/^\d{13}$/.test(n)) return 'x'.repeat(n.length);
  return `${n[0]}-xxxx-xxxxx-x${n[11]}-${n[12]}`;
}
