// Thai-aware text helpers for form input: Thai digits, separators, and what counts as a Thai or an English name.

const THAI_ZERO = 0x0e50;

/** Replaces Thai digits (๐–๙) with ASCII digits; SPEC: Thai digits are accepted wherever digits are. */
export function normalizeDigits(s: string): string {
  return s.replace(/[\u0E50-\u0E59]/g, (d) => String(d.charCodeAt(0) - THAI_ZERO));
}

/**
 * Removes whitespace and dashes. Besides the ASCII hyphen it removes the dashes that
 * phones and word processors substitute (non-breaking hyphen, en/em dash, minus sign),
 * so a pasted "1–1017–00230–70–8" reads the same as the typed one.
 */
export function stripSeparators(s: string): string {
  return s.replace(/[\s\u2010-\u2015\u2212-]/g, '');
}

// Thai block letters, vowels and marks: U+0E01–U+0E3A (consonants, ฯ, vowels, phinthu)
// and U+0E40–U+0E4E (leading vowels, ๆ, tone marks, thanthakhat). Excluded on purpose:
// ฿ (U+0E3F), Thai digits and the rare punctuation ๏ ๚ ๛.
const THAI_NAME = /^[\u0E01-\u0E3A\u0E40-\u0E4E .-]+$/;
const THAI_CONSONANT = /[\u0E01-\u0E2E]/;

/**
 * A name or title written in Thai script: Thai letters, vowels and tone marks, spaces,
 * dots (abbreviated titles such as "น.ส.") and hyphens, with at least one consonant.
 * Anything else (Latin, digits, emoji, control or zero-width characters) is refused.
 * Leading and trailing spaces are ignored.
 */
export function isThaiName(s: string): boolean {
  const t = s.trim();
  return THAI_NAME.test(t) && THAI_CONSONANT.test(t);
}

// U+2019 is the apostrophe phone keyboards type ("O’Brien"); it is as legitimate as "'".
const LATIN_NAME = /^[A-Za-z .'\u2019-]+$/;

/**
 * A name written in Latin letters (the English name on the form): A–Z, a–z, spaces,
 * hyphens, apostrophes and dots, with at least one letter. Accented letters are refused
 * because the entitlement system stores the name in plain ASCII.
 */
export function isLatinName(s: string): boolean {
  const t = s.trim();
  return LATIN_NAME.test(t) && /[A-Za-z]/.test(t);
}
