// Pages of the PDF: A4 geometry, colours, the document writer with paragraphs, headings and
// tables whose header repeats after every page break.
import PDFDocument from 'pdfkit';
import type { ExportModel } from '../model';
import type { ExportText } from '../strings';
import { txt } from '../format';
import type { FontRole } from './fonts';
import { heightOf, TextEngine, type LineBox, type Para } from './text-layout';

export const C = {
  ink: '#1A1A1A',
  muted: '#46525E', // 7.6:1 on white
  accent: '#1F3A52',
  bar: '#2F5D7C', // neutral slate blue for every score: low values are potentials, not alarms
  track: '#E3E8EE',
  grid: '#C4CDD6',
  headerFill: '#DCE6F0',
  zebra: '#F4F6F8',
  border: '#B3BEC9',
  white: '#FFFFFF',
  amber: '#8A5300', // "überfällig": a reminder, not an alarm (6.3:1 on white)
};
export const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 50;
export const FOOTER_H = 30;

export interface Col {
  header: string;
  width: number; // fraction of the table width
  align?: 'left' | 'right';
}
export type Cell = Para[];

export class Writer {
  doc: PDFKit.PDFDocument;
  te: TextEngine;
  y = MARGIN;
  landscape = false;

  constructor(
    public model: ExportModel,
    public t: ExportText,
    fonts: Map<FontRole, Buffer>,
  ) {
    const w = model.workshop;
    this.doc = new PDFDocument({
      size: 'A4',
      margin: 0,
      bufferPages: true,
      autoFirstPage: true,
      lang: model.locale === 'de' ? 'de-DE' : 'en-GB',
      displayTitle: true,
      pdfVersion: '1.7',
      info: {
        Title: `${t('exportText.docTitle')}: ${txt(w.municipality)}`,
        Subject: `${t('exportText.docSubtitle')} – ${txt(w.name)}`,
        Author: txt(w.municipality),
        Creator: 'Selbstcheck-Werkstatt',
        CreationDate: new Date(Number.isNaN(Date.parse(model.generatedAt)) ? 0 : Date.parse(model.generatedAt)),
      },
    });
    for (const [role, buf] of fonts) this.doc.registerFont(role, buf);
    this.te = new TextEngine(this.doc, new Set(fonts.keys()), model.locale);
  }

  get L() {
    return this.model.locale;
  }
  get pageW() {
    return this.landscape ? A4[1] : A4[0];
  }
  get pageH() {
    return this.landscape ? A4[0] : A4[1];
  }
  get contentW() {
    return this.pageW - 2 * MARGIN;
  }
  get bottom() {
    return this.pageH - MARGIN - FOOTER_H + 10;
  }

  newPage(landscape = this.landscape) {
    this.landscape = landscape;
    this.compactPage();
    this.doc.addPage({ size: 'A4', layout: landscape ? 'landscape' : 'portrait', margin: 0 });
    this.y = MARGIN;
  }

  /**
   * pdfkit keeps every drawing operator of a buffered page (bufferPages: needed for "Seite x von
   * y") as its own small byte array until the document ends: millions of them for a 2,000-page
   * plan. Joining a finished page's operators into one buffer keeps the content and drops the
   * per-array overhead (pdfkit's PDFReference.finalize concatenates its buffer list anyway).
   */
  compactPage() {
    const content = (this.doc as unknown as { page?: { content?: { buffer?: Uint8Array[] } } }).page?.content;
    if (content && Array.isArray(content.buffer) && content.buffer.length > 1) content.buffer = [Buffer.concat(content.buffer)];
  }

  ensure(h: number) {
    if (this.y + h > this.bottom) this.newPage();
  }

  para(p: Para | Para[], opts: { x?: number; width?: number; keepWithNext?: number } = {}) {
    const ps = Array.isArray(p) ? p : [p];
    const width = opts.width ?? this.contentW;
    const x = opts.x ?? MARGIN;
    const lines = this.te.layout(ps, width);
    // Paragraphs may break between lines; the first line stays with `keepWithNext` points below it.
    let i = 0;
    while (i < lines.length) {
      const need = i === 0 ? lines[0].height + (opts.keepWithNext ?? 0) : lines[i].height;
      if (this.y + need > this.bottom) this.newPage();
      this.y += this.te.draw([lines[i]], x, this.y, width);
      i++;
    }
  }

  text(text: string, size = 10.5, extra: Partial<Para> = {}) {
    this.para({ spans: [{ text }], size, ...extra });
  }

  heading(text: string, level: 1 | 2 | 3 = 1) {
    const size = level === 1 ? 19 : level === 2 ? 14.5 : 12;
    const before = level === 1 ? 6 : level === 2 ? 12 : 8;
    if (this.y > MARGIN + 1) this.y += before;
    // Keep a heading together with at least ~3 lines of what follows.
    this.para({ spans: [{ text: text.replace(/\s*\n\s*/g, ' '), bold: true }], size, color: C.accent, after: level === 1 ? 8 : 4 }, { keepWithNext: 48 });
    if (level === 1) {
      this.doc
        .moveTo(MARGIN, this.y - 5)
        .lineTo(MARGIN + 60, this.y - 5)
        .lineWidth(2)
        .strokeColor(C.bar)
        .stroke();
      this.y += 4;
    }
  }

  // ------------------------------------------------------------ tables

  /**
   * Table with a header row that repeats after every page break. A row moves to the next page as
   * a whole; only a row taller than a full page is split between lines.
   */
  table(cols: Col[], rows: Cell[][], opts: { size?: number } = {}) {
    const size = opts.size ?? 9;
    const pad = 4;
    const W = this.contentW;
    const widths = cols.map((c) => c.width * W);
    const xs: number[] = [];
    widths.reduce((x, w) => (xs.push(x), x + w), MARGIN);
    const layoutRow = (cells: Cell[]) => cells.map((cell, i) => this.te.layout(cell, widths[i] - 2 * pad));
    const header = layoutRow(cols.map((c) => [{ spans: [{ text: c.header, bold: true }], size, align: c.align }]));
    const headerH = Math.max(...header.map(heightOf)) + 2 * pad;

    const drawRow = (cells: LineBox[][], h: number, fill: string | null) => {
      if (fill) this.doc.rect(MARGIN, this.y, W, h).fill(fill);
      cells.forEach((lines, i) => this.te.draw(lines, xs[i] + pad, this.y + pad, widths[i] - 2 * pad));
      this.doc.lineWidth(0.5).strokeColor(C.border);
      this.doc
        .moveTo(MARGIN, this.y + h)
        .lineTo(MARGIN + W, this.y + h)
        .stroke();
      this.y += h;
    };
    const drawHeader = () => {
      drawRow(header, headerH, C.headerFill);
      this.doc
        .lineWidth(1)
        .strokeColor(C.accent)
        .moveTo(MARGIN, this.y)
        .lineTo(MARGIN + W, this.y)
        .stroke();
    };

    // Rows are laid out one at a time as they are drawn: memory stays one row, not the table.
    const first = rows.length ? layoutRow(rows[0]) : null;
    const firstH = first ? Math.max(...first.map(heightOf)) + 2 * pad : 0;
    // the second row's height too: a header with a single row under it, the rest overleaf, reads as
    // a one-line table (a ranking with only rank 1 at the foot of a page)
    const secondH = rows.length > 1 ? Math.max(...layoutRow(rows[1]).map(heightOf)) + 2 * pad : 0;
    // Never leave a header, or a header with one row, alone at the bottom of a page.
    if (this.y + headerH + Math.min(firstH + secondH, 160) > this.bottom) this.newPage();
    drawHeader();
    rows.forEach((row, r) => {
      const cells = r === 0 && first ? first : layoutRow(row);
      const fill = r % 2 === 1 ? C.zebra : null;
      const h = Math.max(...cells.map(heightOf)) + 2 * pad;
      if (this.y + h <= this.bottom) return drawRow(cells, h, fill);
      if (h <= this.bottom - MARGIN - headerH) {
        this.newPage();
        drawHeader();
        return drawRow(cells, h, fill);
      }
      // Taller than a page: fill what fits, continue under a repeated header.
      let rest = cells.map((c) => c.slice());
      let fresh = false; // on a page that has only the header so far
      while (rest.some((c) => c.length)) {
        const avail = this.bottom - this.y - 2 * pad;
        if (avail < 40 && !fresh) {
          this.newPage();
          drawHeader();
          fresh = true;
          continue;
        }
        let part = rest.map((c) => {
          let acc = 0;
          let n = 0;
          while (n < c.length && acc + c[n].height <= avail) acc += c[n++].height;
          return n;
        });
        if (part.every((n) => n === 0)) {
          // nothing fits below: on to a fresh page; a line that fits on no page (or a height that
          // is no number) is drawn there anyway, so this never adds pages without end
          if (!fresh) {
            this.newPage();
            drawHeader();
            fresh = true;
            continue;
          }
          part = rest.map((c) => Math.min(1, c.length));
        }
        const pieces = rest.map((c, i) => c.slice(0, part[i]));
        rest = rest.map((c, i) => c.slice(part[i]));
        drawRow(pieces, Math.max(...pieces.map(heightOf)) + 2 * pad, fill);
        fresh = false;
        if (rest.some((c) => c.length)) {
          this.newPage();
          drawHeader();
          fresh = true;
        }
      }
    });
  }
}
