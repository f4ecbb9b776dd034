// An A4 PDF that writes Thai right: Sarabun embedded and subset, shaped by pdfkit's font engine
// (fontkit: marks above and below, sara am), with a text layer that copies back as the same Thai.
import { create } from 'fontkit';
import PDFDocument from 'pdfkit';
import qrcode from 'qrcode-generator';
import { brotliDecompressSync } from 'node:zlib';
import { SARABUN } from './fonts/sarabun.generated';

export type FontWeight = 'regular' | 'bold';

/** A4 in PDF points (1/72 inch): 210 × 297 mm. */
export const A4 = { width: 595.28, height: 841.89 } as const;

// decompressed and parsed once per cold start, only by the functions that draw documents: each
// document then shares the parsed font (its tables, shaping lookups and glyph cache) and writes its
// own subset of it
let fonts: Record<FontWeight, ParsedFont> | undefined;
const parse = (data: string) => create(brotliDecompressSync(Buffer.from(data, 'base64'))) as unknown as ParsedFont;
const sarabun = (): Record<FontWeight, ParsedFont> => (fonts ??= { regular: parse(SARABUN.regular.data), bold: parse(SARABUN.bold.data) });

/** A fontkit font, which pdfkit takes in place of font bytes (its typings name only the bytes). */
type ParsedFont = Buffer & { layout: unknown };

export interface ThaiDocument {
  doc: PDFKit.PDFDocument;
  /** Switches to Sarabun of this weight and size. */
  font(weight: FontWeight, size: number): PDFKit.PDFDocument;
  /**
   * The text with line breaks where Thai words end (pdfkit breaks only at spaces, and splits a word
   * too long for the line anywhere, even between a consonant and its vowel), for the current font.
   */
  wrap(text: string, width: number): string;
  /** Ends the document; resolves with its bytes. */
  finish(): Promise<Buffer>;
}

const words = new Intl.Segmenter('th', { granularity: 'word' });

export interface ThaiDocumentOptions {
  title: string;
  layout?: 'portrait' | 'landscape';
  margin?: number;
  /** Fixed for reproducible output in tests; defaults to now. */
  createdAt?: Date;
}

export function createThaiDocument(options: ThaiDocumentOptions): ThaiDocument {
  const { regular, bold } = sarabun();
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.layout ?? 'portrait',
    margin: options.margin ?? 50,
    // no default font: pdfkit would load Helvetica's metrics from a file that a Lambda bundle does
    // not carry (and a font given here as bytes would be opened again on every switch back to it)
    font: '',
    lang: 'th-TH',
    // pages stay open until the end, so that footers can say "page i of n"
    bufferPages: true,
    displayTitle: true,
    info: { Title: options.title, Creator: 'SSO hospital services', Producer: 'PDFKit', CreationDate: options.createdAt ?? new Date() },
  });
  doc.registerFont('bold', bold);
  doc.registerFont('regular', regular);
  for (const weight of ['bold', 'regular'] as const) keepTextLayerTrue(doc.font(weight));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return {
    doc,
    font: (weight, size) => doc.font(weight).fontSize(size),
    wrap: (text, width) =>
      text
        .split('\n')
        .map((paragraph) => {
          const lines: string[] = [];
          let line = '';
          let lineWidth = 0;
          for (const { segment } of words.segment(paragraph)) {
            // words measured one by one (pdfkit keeps each word's layout), the line as their sum;
            // a little short of the width, so that pdfkit's own measure never breaks the line again
            const segmentWidth = doc.widthOfString(segment);
            if (line.trim() && lineWidth + doc.widthOfString(segment.trimEnd()) > width - 1) {
              lines.push(line.trimEnd());
              line = segment.trimStart();
              lineWidth = doc.widthOfString(line);
            } else {
              line += segment;
              lineWidth += segmentWidth;
            }
          }
          return [...lines, line].join('\n');
        })
        .join('\n'),
    finish: () => {
      doc.end();
      return ended;
    },
  };
}

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}
interface ShapedGlyph {
  id: number;
  name?: string;
  codePoints: number[];
  advanceWidth: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
}
interface Subset {
  glyphs: number[];
  glyf: Uint8Array[];
  offset: number;
  loca: { offsets: number[] };
  hmtx: { metrics: Array<{ advance: number; bearing: number }> };
  includeGlyph(id: number): number;
  _addGlyph(id: number): number;
}
/** What pdfkit's embedded font (not in its typings) offers that the fix below touches. */
interface EmbeddedFont {
  scale: number;
  unicode: number[][];
  widths: number[];
  subset: Subset;
  font: { _cmapProcessor: { codePointsForGlyph(id: number): number[] }; glyphForCodePoint(codePoint: number): { id: number } };
  layout(text: string, features?: unknown): { glyphs: ShapedGlyph[]; positions: Position[] };
  encode(text: string, features?: unknown): [string[], Position[]];
}

const SARA_AM = 0x0e33;
const SARA_AA = 0x0e32;
/** Ids of the glyphs this module composes; far above any real glyph id of the font. */
const FIRST_COMPOSED_ID = 0x100000;
const patched = new WeakSet<object>();

/**
 * pdfkit writes one ToUnicode entry per glyph, and shaping Thai breaks that: sara am (ำ) is drawn as
 * two glyphs, nikhahit (or a nikhahit + tone mark ligature) that fontkit labels "ำ" and a sara aa
 * that it labels with no text at all. A reader then fills the gap from the glyph's own cmap, and
 * "สำนักงาน" copies as "สำานักงาน" (a ToUnicode entry cannot say "this glyph is no text").
 * So the two glyphs of a sara am become one composite glyph in the subset (the same outlines at
 * the positions the shaper gave them), written with the text of the cluster; and a glyph the
 * shaper left without text gets the text of its cmap entry.
 */
function keepTextLayerTrue(doc: PDFKit.PDFDocument): void {
  const font = (doc as unknown as { _font: EmbeddedFont })._font;
  if (patched.has(font)) return;
  patched.add(font);
  const composed = new Map<number, { parts: Array<{ id: number; dx: number; dy: number }>; advance: number; bbox: ShapedGlyph['bbox'] }>();
  const composedIds = new Map<string, number>();
  const subsetIds = new Map<string, number>();
  const subset = font.subset;
  const addGlyph = subset._addGlyph.bind(subset);
  subset._addGlyph = (id) => {
    const glyph = composed.get(id);
    if (!glyph) return addGlyph(id);
    subset.glyf.push(compositeGlyf(glyph.bbox, glyph.parts.map((p) => ({ ...p, id: subset.includeGlyph(p.id) }))));
    subset.loca.offsets.push(subset.offset);
    subset.hmtx.metrics.push({ advance: glyph.advance, bearing: glyph.bbox.minX });
    subset.offset += subset.glyf[subset.glyf.length - 1]!.length;
    return subset.glyf.length - 1;
  };

  /** The subset id of a glyph that stands for this text, a copy when the glyph already stands for other text. */
  const subsetId = (glyphId: number, codePoints: number[], advance: number): number => {
    const key = `${glyphId}:${codePoints.join(',')}`;
    let id = subsetIds.get(key);
    if (id !== undefined) return id;
    id = subset.includeGlyph(glyphId);
    if (font.unicode[id] !== undefined && font.unicode[id]!.join(',') !== codePoints.join(',')) {
      subset.glyphs.push(glyphId);
      id = subset.glyphs.length - 1;
    }
    font.unicode[id] = codePoints;
    font.widths[id] = advance;
    subsetIds.set(key, id);
    return id;
  };

  const saraAa = font.font.glyphForCodePoint(SARA_AA).id;
  /** The text a glyph stands for when drawn on its own (fontkit's `codePoints` are those of the glyph's first use). */
  const textOf = (glyph: ShapedGlyph): number[] =>
    glyph.id === saraAa ? [SARA_AA] : glyph.codePoints.length > 0 ? glyph.codePoints : font.font._cmapProcessor.codePointsForGlyph(glyph.id);

  /** A composite glyph of these glyphs at these offsets (font units), made once. */
  const composite = (parts: Array<{ glyph: ShapedGlyph; dx: number; dy: number }>, advance: number): number => {
    const key = parts.map((p) => `${p.glyph.id}@${p.dx},${p.dy}`).join('+');
    let id = composedIds.get(key);
    if (id !== undefined) return id;
    id = FIRST_COMPOSED_ID + composedIds.size;
    const boxes = parts.map((p) => ({ minX: p.glyph.bbox.minX + p.dx, minY: p.glyph.bbox.minY + p.dy, maxX: p.glyph.bbox.maxX + p.dx, maxY: p.glyph.bbox.maxY + p.dy }));
    composed.set(id, {
      parts: parts.map((p) => ({ id: p.glyph.id, dx: p.dx, dy: p.dy })),
      advance,
      bbox: {
        minX: Math.min(...boxes.map((b) => b.minX)),
        minY: Math.min(...boxes.map((b) => b.minY)),
        maxX: Math.max(...boxes.map((b) => b.maxX)),
        maxY: Math.max(...boxes.map((b) => b.maxY)),
      },
    });
    composedIds.set(key, id);
    return id;
  };

  font.encode = function encode(this: EmbeddedFont, text, features) {
    const { glyphs, positions } = this.layout(text, features);
    const codes: string[] = [];
    const placed: Position[] = [];
    const emit = (id: number, codePoints: number[], position: Position, advanceWidth: number) => {
      codes.push(hex(subsetId(id, codePoints, advanceWidth)));
      placed.push(position);
    };
    // fontkit caches one glyph object per id with the text of its first use, so `codePoints` cannot
    // be trusted for sara am: it is found by its glyphs, as many times as the text has it
    let saraAms = [...text].filter((c) => c.codePointAt(0) === SARA_AM).length;
    for (let i = 0; i < glyphs.length; i++) {
      const glyph = glyphs[i]!;
      const position = positions[i]!;
      const next = glyphs[i + 1];
      const nextPosition = positions[i + 1];
      const tones = saraAms > 0 && next?.id === saraAa && nextPosition ? nikhahitTones(glyph.name) : undefined;
      if (!tones || !next || !nextPosition) {
        emit(glyph.id, textOf(glyph), position, glyph.advanceWidth * this.scale);
        continue;
      }
      saraAms--;
      i++;
      if (tones.length > 0) {
        // a tone mark drawn with the nikhahit: the mark glyph stands for the tone, the sara aa for "ำ"
        emit(glyph.id, tones, position, glyph.advanceWidth * this.scale);
        emit(next.id, [SARA_AM], nextPosition, next.advanceWidth * this.scale);
        continue;
      }
      // nikhahit + sara aa become one glyph that stands for "ำ" (the same outlines, where the
      // shaper put them), as no ToUnicode entry can say that one of two glyphs is no text
      const advance = position.xAdvance + nextPosition.xAdvance;
      const id = composite(
        [
          { glyph, dx: Math.round(position.xOffset / this.scale), dy: Math.round(position.yOffset / this.scale) },
          { glyph: next, dx: Math.round((position.xAdvance + nextPosition.xOffset) / this.scale), dy: Math.round(nextPosition.yOffset / this.scale) },
        ],
        Math.round(advance / this.scale),
      );
      emit(id, [SARA_AM], { xAdvance: advance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: advance }, advance);
    }
    return [codes, placed];
  };
}

/**
 * The tone marks drawn with a nikhahit glyph (Sarabun names them `uni0E4D`, `uni0E4D0E49`, …: the
 * upper half of sara am, alone or with a tone mark above it), or undefined for any other glyph.
 */
function nikhahitTones(name: string | undefined): number[] | undefined {
  const match = /^uni0E4D((?:[0-9A-F]{4})*)$/.exec(name ?? '');
  return match ? (match[1]!.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)) : undefined;
}

const hex = (id: number) => id.toString(16).padStart(4, '0');

/** A TrueType composite glyph (glyf table) made of whole glyphs placed at offsets. */
function compositeGlyf(bbox: ShapedGlyph['bbox'], parts: Array<{ id: number; dx: number; dy: number }>): Uint8Array {
  const ARG_1_AND_2_ARE_WORDS = 0x0001;
  const ARGS_ARE_XY_VALUES = 0x0002;
  const MORE_COMPONENTS = 0x0020;
  const buffer = Buffer.alloc(10 + parts.length * 8);
  buffer.writeInt16BE(-1, 0);
  buffer.writeInt16BE(bbox.minX, 2);
  buffer.writeInt16BE(bbox.minY, 4);
  buffer.writeInt16BE(bbox.maxX, 6);
  buffer.writeInt16BE(bbox.maxY, 8);
  parts.forEach((part, i) => {
    const at = 10 + i * 8;
    buffer.writeUInt16BE(ARG_1_AND_2_ARE_WORDS | ARGS_ARE_XY_VALUES | (i < parts.length - 1 ? MORE_COMPONENTS : 0), at);
    buffer.writeUInt16BE(part.id, at + 2);
    buffer.writeInt16BE(part.dx, at + 4);
    buffer.writeInt16BE(part.dy, at + 6);
  });
  return new Uint8Array(buffer);
}

/** A QR code drawn as vector squares (sharp at any print size, a few hundred bytes). */
export function drawQrCode(doc: PDFKit.PDFDocument, data: string, x: number, y: number, size: number): void {
  const qr = qrcode(0, 'M');
  qr.addData(data, 'Byte');
  qr.make();
  const count = qr.getModuleCount();
  const quiet = 2; // modules of white border inside `size`
  const cell = size / (count + 2 * quiet);
  doc.save().rect(x, y, size, size).fill('#ffffff');
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (qr.isDark(row, col)) doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell, cell);
    }
  }
  doc.fill('#000000').restore();
}
