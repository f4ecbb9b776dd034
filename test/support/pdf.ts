// Reads a PDF the way a reader does (pdf.js): the text a person would copy, page by page, the page
// sizes, and the fonts as written in the file.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfFacts {
  pages: Array<{ width: number; height: number; text: string }>;
  /** All pages' text, lines joined with "\n". */
  text: string;
  /** Each font of the file: its name, whether its program is embedded and whether it is a subset (ABCDEF+Name). */
  fonts: Array<{ name: string; embedded: boolean; subset: boolean }>;
}

export async function readPdf(bytes: Buffer): Promise<PdfFacts> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PdfFacts['pages'] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : '')).join('');
    pages.push({ width: x1 - x0, height: y1 - y0, text });
  }
  await pdf.destroy();
  return { pages, text: pages.map((p) => p.text).join('\n'), fonts: fontsOf(bytes) };
}

/** The fonts as the file declares them (pdfkit writes object dictionaries uncompressed). */
function fontsOf(bytes: Buffer): PdfFacts['fonts'] {
  const source = bytes.toString('latin1');
  const descriptors = [...source.matchAll(/\/Type \/FontDescriptor([\s\S]*?)>>/g)].map((m) => m[1]!);
  const fonts = [...source.matchAll(/\/Type \/Font\s*\/Subtype \/(\w+)\s*\/BaseFont \/([^\s/]+)/g)].map((m) => ({ subtype: m[1]!, name: m[2]! }));
  return fonts
    .filter((f) => f.subtype !== 'CIDFontType2')
    .map((f) => ({
      name: f.name,
      subset: /^[A-Z]{6}\+/.test(f.name),
      embedded: descriptors.some((d) => d.includes(`/FontName /${f.name}`) && /\/FontFile[23]? /.test(d)),
    }));
}
