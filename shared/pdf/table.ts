// A plain ruled table that continues on new pages, its header repeated on each.
import type { ThaiDocument } from './thai-document';

export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right' | 'center';
  /** Extra space before the text (e.g. a text column after right-aligned figures). */
  inset?: number;
}

export interface TableOptions {
  columns: Column[];
  rows: string[][];
  /** Rows drawn in bold (e.g. totals), by index. */
  boldRows?: ReadonlySet<number>;
  fontSize?: number;
  /** Called after a page break, before the header is drawn again; returns the y to continue at. */
  onNewPage?: () => number;
}

const PAD = 3;

/** Draws the table from `y`; returns the y below it. */
export function drawTable(pdf: ThaiDocument, y: number, options: TableOptions): number {
  const { doc } = pdf;
  const size = options.fontSize ?? 10;
  const left = doc.page.margins.left;
  const width = options.columns.reduce((w, c) => w + c.width, 0);
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  const textWidth = (column: Column) => column.width - 2 * PAD - (column.inset ?? 0);
  /** The cell's text broken into lines at Thai word ends, in the font it is drawn in. */
  const lines = (text: string, column: Column, bold: boolean) => {
    pdf.font(bold ? 'bold' : 'regular', size);
    return pdf.wrap(text, textWidth(column));
  };
  const heightOf = (cells: string[], bold: boolean) =>
    Math.max(...cells.map((text, i) => pdf.font(bold ? 'bold' : 'regular', size).heightOfString(lines(text, options.columns[i]!, bold), { width: textWidth(options.columns[i]!) }))) + 2 * PAD;

  const drawRow = (cells: string[], bold: boolean, height: number, shade?: string) => {
    if (shade) doc.save().rect(left, y, width, height).fill(shade).restore();
    let x = left;
    cells.forEach((text, i) => {
      const column = options.columns[i]!;
      const inset = column.inset ?? 0;
      const wrapped = lines(text, column, bold);
      pdf.font(bold ? 'bold' : 'regular', size).fillColor('#000000').text(wrapped, x + PAD + inset, y + PAD, { width: textWidth(column), align: column.align ?? 'left' });
      x += column.width;
    });
    doc.lineWidth(0.4).moveTo(left, y + height).lineTo(left + width, y + height).stroke('#888888');
    y += height;
  };
  const header = () => {
    doc.lineWidth(0.8).moveTo(left, y).lineTo(left + width, y).stroke('#000000');
    const headers = options.columns.map((c) => c.header);
    drawRow(headers, true, heightOf(headers, true), '#e8eef5');
  };

  header();
  options.rows.forEach((cells, index) => {
    const bold = options.boldRows?.has(index) ?? false;
    const height = heightOf(cells, bold);
    if (y + height > bottom()) {
      doc.addPage();
      y = options.onNewPage?.() ?? doc.page.margins.top;
      header();
    }
    drawRow(cells, bold, height);
  });
  return y;
}
