// Thai in our PDFs copies back as the same Thai: marks above and below, sara am with and without a
// tone mark, in either order of first use (pdfkit alone writes "สำา", or loses a plain "า").
import { describe, expect, it } from 'vitest';
import { A4, createThaiDocument } from '../../../shared/pdf/thai-document';
import { readPdf } from '../../support/pdf';

const LINES = [
  'สำนักงานประกันสังคม',
  'ศรีสุดา เพ็ญศิริกุล',
  'กรุงเทพมหานคร',
  'น้ำ ก่ำ ค้ำ คำ ท่าน ปู่ ญี่ปุ่น ฐิติ ฎีกา',
  'กา สำ ก้ำ สาม',
  'Hello 1234 ๑๒๓๔ — “quotes”',
];

async function draw(lines: string[], weight: 'regular' | 'bold' = 'regular') {
  const pdf = createThaiDocument({ title: 'ทดสอบ' });
  pdf.font(weight, 14);
  for (const line of lines) pdf.doc.text(line);
  return pdf.finish();
}

describe('the Thai text layer', () => {
  it.each(['regular', 'bold'] as const)('copies back every line as written (%s)', async (weight) => {
    const { text } = await readPdf(await draw(LINES, weight));
    expect(text.trim().split('\n')).toEqual(LINES);
  });

  it('keeps a plain sara aa when sara am was drawn first, and the other way round', async () => {
    for (const lines of [['คำ', 'กา'], ['กา', 'คำ'], ['น้ำ', 'สา', 'สำ']]) {
      const { text } = await readPdf(await draw(lines));
      expect(text.trim().split('\n')).toEqual(lines);
    }
  });

  it('embeds Sarabun as a subset, on an A4 page', async () => {
    const bytes = await draw(LINES);
    const { fonts, pages } = await readPdf(bytes);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatchObject({ embedded: true, subset: true, name: expect.stringMatching(/\+Sarabun-/) });
    expect(pages[0]).toMatchObject({ width: A4.width, height: A4.height });
    // subset: a few KB of glyphs, not the whole 83 KB font
    expect(bytes.length).toBeLessThan(30_000);
  });

  it('breaks a long Thai line where words end, never inside a word', async () => {
    const pdf = createThaiDocument({ title: 'ทดสอบ' });
    pdf.font('regular', 12);
    const name = 'โรงพยาบาลตัวอย่างกรุงเทพมหานครสำนักงานประกันสังคมน้ำใจเพ็ญศิริกุล';
    const lines = pdf.wrap(name, 120).split('\n');
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).toBe(name);
    const words = new Set([...new Intl.Segmenter('th', { granularity: 'word' }).segment(name)].map((s) => s.segment));
    for (const line of lines) {
      expect(pdf.doc.widthOfString(line)).toBeLessThanOrEqual(120);
      expect([...new Intl.Segmenter('th', { granularity: 'word' }).segment(line)].every((s) => words.has(s.segment))).toBe(true);
    }
    await pdf.finish();
  });
});
