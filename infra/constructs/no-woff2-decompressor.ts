// Bundled in place of `brotli/decompress.js` (infra/constructs/bundling.ts): fontkit imports that
// pure-JavaScript Brotli decoder (475 KB, parsed at every cold start) only to open WOFF2 fonts. The
// PDF fonts are TTF, Brotli-compressed in shared/pdf/fonts and opened with node:zlib
// (shared/pdf/thai-document.ts), so a WOFF2 font is never read; if one ever were, this says why it
// cannot be.
export default function decompress(): never {
  throw new Error('WOFF2 fonts are not bundled: the PDF fonts are TTF, opened with node:zlib (shared/pdf/thai-document.ts)');
}
