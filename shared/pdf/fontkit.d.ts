// The one fontkit function used here (fontkit ships no types; pdfkit draws with what it returns).
declare module 'fontkit' {
  export function create(buffer: Uint8Array, postscriptName?: string): unknown;
}
