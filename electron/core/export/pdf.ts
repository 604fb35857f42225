// PDF via pdfkit: a document a municipality can publish. pdfkit's own text wrapper cannot mix
// fonts inside a paragraph nor tell us in advance how tall a table row will be, so this file lays
// out text itself (greedy line filling with German hyphenation) and draws it line by line.
import PDFDocument from 'pdfkit';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import hyphenDe from 'hyphen/de';
import hyphenEn from 'hyphen/en-gb';
import type { Action, ExportLocale, ExportModel } from './model';
import { strings, type Strings } from './strings';
import {
  fieldName,
  fieldNumbered,
  formatDate,
  formatNumber,
  formatPercent,
  formatTimestamp,
  orderedAttendance,
  orderedFieldResults,
  orderedNextSteps,
  originLine,
  periodText,
  exportToday,
  isOverdue,
  personalDataLine,
  sectorInfo,
  txt,
  wirkungsstufeLabel,
} from './format';
import { updateRows } from './table';

// ---------------------------------------------------------------- fonts

/**
 * Font roles. Atkinson Hyperlegible ships from @fontsource as WOFF subsets: "latin" has German
 * letters and „“–…€, "latin-ext" has names like Łucja or Yılmaz. DejaVu Sans (resources/fonts)
 * covers what both lack (Cyrillic, Greek, arrows, U+202F). Anything else becomes "[?]".
 */
type FontRole = 'R' | 'B' | 'RX' | 'BX' | 'RF' | 'BF';
const FALLBACK_CHAIN: Record<'R' | 'B', FontRole[]> = { R: ['R', 'RX', 'RF'], B: ['B', 'BX', 'BF'] };

export interface PdfOptions {
  /** Override font files (path or bytes), e.g. when the app is bundled and node_modules moves. */
  fonts?: Partial<Record<FontRole, string | Uint8Array>>;
}

// Not named `require`: electron-vite injects its own `require` shim into ESM bundles.
const nodeRequire = createRequire(import.meta.url);
function defaultFontSource(role: FontRole): string | null {
  const atk = (sub: string, w: number) => {
    try {
      return nodeRequire.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-${sub}-${w}-normal.woff`);
    } catch {
      return null;
    }
  };
  const res = (f: string) => {
    const p = fileURLToPath(new URL(`../../../resources/fonts/${f}`, import.meta.url));
    return existsSync(p) ? p : null;
  };
  switch (role) {
    case 'R': return atk('latin', 400);
    case 'B': return atk('latin', 700);
    case 'RX': return atk('latin-ext', 400);
    case 'BX': return atk('latin-ext', 700);
    case 'RF': return res('DejaVuSans.ttf');
    case 'BF': return res('DejaVuSans-Bold.ttf');
  }
}

const fontBytesCache = new Map<string, Buffer>();
function fontBytes(src: string | Uint8Array): Buffer {
  if (typeof src !== 'string') return Buffer.from(src);
  let b = fontBytesCache.get(src);
  if (!b) {
    b = readFileSync(src);
    fontBytesCache.set(src, b);
  }
  return b;
}

// ---------------------------------------------------------------- colours and page geometry

const C = {
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
const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const FOOTER_H = 30;

// ---------------------------------------------------------------- text layout

interface Span {
  text: string;
  bold?: boolean;
}
interface Para {
  spans: Span[];
  size: number;
  color?: string;
  align?: 'left' | 'right' | 'center';
  /** Extra space after the paragraph's last line. */
  after?: number;
  lineGap?: number;
}
interface Run {
  text: string;
  font: FontRole;
  width: number;
}
interface LineBox {
  runs: Run[];
  width: number;
  size: number;
  height: number;
  color: string;
  align: 'left' | 'right' | 'center';
}

const PLACEHOLDER = '[?]';
const segmenter = new Intl.Segmenter('de', { granularity: 'grapheme' });

class TextEngine {
  private coverage = new Map<string, FontRole | null>();
  private widthCache = new Map<string, number>();
  private runCache = new Map<string, { font: FontRole; text: string }[]>();
  private hyphCache = new Map<string, string>();
  private fk = new Map<FontRole, { hasGlyphForCodePoint(cp: number): boolean } | null>();
  replaced = false;

  constructor(
    private doc: PDFKit.PDFDocument,
    private available: Set<FontRole>,
    private locale: ExportLocale,
  ) {
    for (const r of available) {
      doc.font(r);
      // pdfkit keeps the fontkit font on its embedded-font object; used only to ask for glyph coverage.
      this.fk.set(r, ((doc as unknown as { _font?: { font?: { hasGlyphForCodePoint(cp: number): boolean } } })._font?.font) ?? null);
    }
  }

  private covers(role: FontRole, g: string): boolean {
    const f = this.fk.get(role);
    if (!f) return role === 'R' || role === 'B';
    for (const ch of g) if (!f.hasGlyphForCodePoint(ch.codePointAt(0)!)) return false;
    return true;
  }

  /** Font for one grapheme, or null when no bundled font can draw it. */
  private fontFor(g: string, bold: boolean): FontRole | null {
    const key = (bold ? 'b' : 'r') + g;
    if (this.coverage.has(key)) return this.coverage.get(key)!;
    let found: FontRole | null = null;
    for (const role of FALLBACK_CHAIN[bold ? 'B' : 'R']) {
      if (this.available.has(role) && this.covers(role, g)) {
        found = role;
        break;
      }
    }
    this.coverage.set(key, found);
    return found;
  }

  /** Splits text into same-font runs; unsupported graphemes (emoji…) become "[?]". */
  runs(text: string, bold: boolean): { font: FontRole; text: string }[] {
    const key = (bold ? 'b' : 'r') + text;
    const hit = this.runCache.get(key);
    if (hit) return hit;
    const out: { font: FontRole; text: string }[] = [];
    const base: FontRole = bold ? 'B' : 'R';
    for (const { segment } of segmenter.segment(text)) {
      // Variation selectors only pick emoji vs. text style; drop them before looking for glyphs.
      let g = segment.replace(/[\uFE0E\uFE0F]/g, '');
      if (!g) continue;
      let font = this.fontFor(g, bold);
      if (!font) {
        this.replaced = true;
        g = PLACEHOLDER;
        font = base;
      }
      const last = out[out.length - 1];
      if (last && last.font === font) last.text += g;
      else out.push({ font, text: g });
    }
    this.runCache.set(key, out);
    return out;
  }

  /** Width at size 1 (pdfkit widths scale linearly with size). */
  private unitWidth(font: FontRole, text: string): number {
    const key = font + '\u0000' + text;
    let w = this.widthCache.get(key);
    if (w === undefined) {
      this.doc.font(font).fontSize(100);
      w = this.doc.widthOfString(text) / 100;
      this.widthCache.set(key, w);
    }
    return w;
  }

  width(text: string, bold: boolean, size: number): number {
    let w = 0;
    for (const r of this.runs(text, bold)) w += this.unitWidth(r.font, r.text);
    return w * size;
  }

  private hyphenate(word: string): string {
    let h = this.hyphCache.get(word);
    if (h === undefined) {
      // Only plain words: hyphen patterns mangle numbers, URLs and e-mail addresses.
      h = /^[\p{L}\u00AD-]{6,}$/u.test(word.replace(/^[„“"'(]+|[“”"'),.;:!?]+$/g, ''))
        ? (this.locale === 'de' ? hyphenDe : hyphenEn).hyphenateSync(word)
        : word;
      this.hyphCache.set(word, h);
    }
    return h;
  }

  /** Break opportunities inside a word: after soft hyphens (draw "-") and after hard "-" or "/". */
  private segments(word: string): { text: string; hyphen: boolean }[] {
    const h = this.hyphenate(word);
    const out: { text: string; hyphen: boolean }[] = [];
    let cur = '';
    for (const ch of h) {
      if (ch === '\u00AD') {
        if (cur) out.push({ text: cur, hyphen: true });
        cur = '';
      } else if ((ch === '-' || ch === '/') && cur.length >= 2) {
        out.push({ text: cur + ch, hyphen: false });
        cur = '';
      } else cur += ch;
    }
    if (cur || !out.length) out.push({ text: cur, hyphen: false });
    else out[out.length - 1].hyphen = false;
    return out;
  }

  layout(paras: Para[], width: number): LineBox[] {
    const lines: LineBox[] = [];
    for (const p of paras) {
      const before = lines.length;
      const lh = p.size * (1.28 + (p.lineGap ?? 0));
      // Hard line breaks in user text start new lines; spans may switch between bold and regular.
      type Word = { text: string; bold: boolean };
      const paragraphs: Word[][] = [[]];
      for (const s of p.spans) {
        const parts = txt(s.text).split('\n');
        parts.forEach((part, i) => {
          if (i > 0) paragraphs.push([]);
          for (const w of part.split(/[ \t]+/)) if (w) paragraphs[paragraphs.length - 1].push({ text: w, bold: !!s.bold });
        });
      }
      for (const words of paragraphs) {
        let line: { text: string; bold: boolean }[] = [];
        let lineW = 0;
        const flush = () => {
          lines.push(this.makeLine(line, p, lh));
          line = [];
          lineW = 0;
        };
        const push = (text: string, bold: boolean, w: number) => {
          const space = line.length ? this.width(' ', bold, p.size) : 0;
          if (line.length) line.push({ text: ' ', bold });
          line.push({ text, bold });
          lineW += space + w;
        };
        for (const word of words) {
          let segs = this.segments(word.text);
          while (segs.length) {
            const whole = segs.map((s) => s.text).join('');
            const ww = this.width(whole, word.bold, p.size);
            const space = line.length ? this.width(' ', word.bold, p.size) : 0;
            if (lineW + space + ww <= width + 0.01) {
              push(whole, word.bold, ww);
              break;
            }
            // Largest prefix (with its hyphen) that still fits on this line.
            let fit = 0;
            for (let j = segs.length - 1; j >= 1; j--) {
              const pre = segs.slice(0, j).map((s) => s.text).join('') + (segs[j - 1].hyphen ? '-' : '');
              if (lineW + space + this.width(pre, word.bold, p.size) <= width + 0.01) {
                fit = j;
                break;
              }
            }
            if (fit > 0) {
              const pre = segs.slice(0, fit).map((s) => s.text).join('') + (segs[fit - 1].hyphen ? '-' : '');
              push(pre, word.bold, this.width(pre, word.bold, p.size));
              flush();
              segs = segs.slice(fit);
              continue;
            }
            if (line.length) {
              flush();
              continue;
            }
            // A single piece wider than the whole line (URL, long number): break between graphemes.
            const first = segs[0].text;
            let cut = '';
            for (const { segment } of segmenter.segment(first)) {
              if (cut && this.width(cut + segment, word.bold, p.size) > width) break;
              cut += segment;
            }
            push(cut, word.bold, this.width(cut, word.bold, p.size));
            flush();
            const rest = first.slice(cut.length);
            segs = rest ? [{ text: rest, hyphen: segs[0].hyphen }, ...segs.slice(1)] : segs.slice(1);
          }
        }
        if (line.length || !words.length) flush();
      }
      if (lines.length > before && p.after) lines[lines.length - 1].height += p.after;
    }
    return lines;
  }

  private makeLine(words: { text: string; bold: boolean }[], p: Para, lh: number): LineBox {
    const runs: Run[] = [];
    for (const w of words) {
      for (const r of this.runs(w.text, w.bold)) {
        const last = runs[runs.length - 1];
        if (last && last.font === r.font) {
          last.text += r.text;
        } else runs.push({ text: r.text, font: r.font, width: 0 });
      }
    }
    let total = 0;
    for (const r of runs) {
      r.width = this.unitWidth(r.font, r.text) * p.size;
      total += r.width;
    }
    return { runs, width: total, size: p.size, height: lh, color: p.color ?? C.ink, align: p.align ?? 'left' };
  }

  draw(lines: LineBox[], x: number, y: number, width: number): number {
    let yy = y;
    for (const l of lines) {
      let xx = l.align === 'right' ? x + width - l.width : l.align === 'center' ? x + (width - l.width) / 2 : x;
      this.doc.fillColor(l.color);
      for (const r of l.runs) {
        this.doc.font(r.font).fontSize(l.size).text(r.text, xx, yy + l.size * 0.1, { lineBreak: false });
        xx += r.width;
      }
      yy += l.height;
    }
    return yy - y;
  }
}

const heightOf = (lines: LineBox[]) => lines.reduce((h, l) => h + l.height, 0);

// ---------------------------------------------------------------- document writer

interface Col {
  header: string;
  width: number; // fraction of the table width
  align?: 'left' | 'right';
}
type Cell = Para[];

class Writer {
  doc: PDFKit.PDFDocument;
  te: TextEngine;
  y = MARGIN;
  landscape = false;

  constructor(
    public model: ExportModel,
    public t: Strings,
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
        Title: `${t.docTitle}: ${txt(w.municipality)}`,
        Subject: `${t.docSubtitle} – ${txt(w.name)}`,
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
    this.doc.addPage({ size: 'A4', layout: landscape ? 'landscape' : 'portrait', margin: 0 });
    this.y = MARGIN;
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
      this.doc.moveTo(MARGIN, this.y - 5).lineTo(MARGIN + 60, this.y - 5).lineWidth(2).strokeColor(C.bar).stroke();
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
      this.doc.moveTo(MARGIN, this.y + h).lineTo(MARGIN + W, this.y + h).stroke();
      this.y += h;
    };
    const drawHeader = () => {
      drawRow(header, headerH, C.headerFill);
      this.doc.lineWidth(1).strokeColor(C.accent).moveTo(MARGIN, this.y).lineTo(MARGIN + W, this.y).stroke();
    };

    const laid = rows.map(layoutRow);
    const firstH = laid.length ? Math.max(...laid[0].map(heightOf)) + 2 * pad : 0;
    // Never leave a header alone at the bottom of a page.
    if (this.y + headerH + Math.min(firstH, 120) > this.bottom) this.newPage();
    drawHeader();
    laid.forEach((cells, r) => {
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
      while (rest.some((c) => c.length)) {
        const avail = this.bottom - this.y - 2 * pad;
        if (avail < 40) {
          this.newPage();
          drawHeader();
          continue;
        }
        const part = rest.map((c) => {
          let acc = 0;
          let n = 0;
          while (n < c.length && acc + c[n].height <= avail) acc += c[n++].height;
          return n;
        });
        const pieces = rest.map((c, i) => c.slice(0, part[i]));
        rest = rest.map((c, i) => c.slice(part[i]));
        drawRow(pieces, Math.max(...pieces.map(heightOf)) + 2 * pad, fill);
        if (rest.some((c) => c.length)) {
          this.newPage();
          drawHeader();
        }
      }
    });
  }
}

// ---------------------------------------------------------------- sections

function cover(w: Writer) {
  const { model, t, doc } = w;
  const L = model.locale;
  const ws = model.workshop;
  const q = (s: string) => (L === 'de' ? `„${s}“` : `“${s}”`);
  // Band with the programme name.
  doc.rect(0, 0, w.pageW, 120).fill(C.accent);
  const band = w.te.layout([{ spans: [{ text: t.docSubtitle }], size: 12, color: C.white }], w.contentW);
  w.te.draw(band, MARGIN, 48, w.contentW);
  w.y = 160;
  w.para({ spans: [{ text: t.docTitle, bold: true }], size: 32, color: C.accent, after: 4 });
  w.para({ spans: [{ text: txt(ws.municipality), bold: true }], size: 22, color: C.ink, after: 10 });
  w.para({ spans: [{ text: q(txt(ws.name)) }], size: 14, color: C.ink, after: 18 });

  const kv = (k: string, v: string) => {
    if (!v) return;
    w.para([{ spans: [{ text: `${k}: `, bold: true }, { text: v }], size: 11.5, after: 3 }]);
  };
  kv(t.date, formatDate(ws.date, L));
  kv(t.place, txt(ws.place));
  kv(t.facilitator, txt(ws.facilitator));
  kv(t.nextReview, ws.nextReview ? formatDate(ws.nextReview, L) : '');

  w.y += 22;
  w.heading(t.participants, 2);
  const att = orderedAttendance(model);
  if (!att.length) {
    w.text(t.noAttendance, 11);
  } else {
    const total = att.reduce((n, a) => n + a.count, 0);
    w.text(t.participantsTotal(total), 11, { after: 8 });
    // One stacked bar: share of each sector, with the letter under each wide-enough segment so
    // the split survives greyscale printing.
    const barW = w.contentW;
    let x = MARGIN;
    const y = w.y;
    for (const a of att) {
      const sw = (a.count / total) * barW;
      doc.rect(x, y, sw, 18).fill(a.sector.color);
      if (sw >= 14) {
        const l = w.te.layout([{ spans: [{ text: a.sector.letter, bold: true }], size: 9, color: C.ink, align: 'center' }], sw);
        w.te.draw(l, x, y + 21, sw);
      }
      x += sw;
    }
    w.y = y + 40;
    // Legend as a small table-like list: swatch, letter, name, count.
    for (const a of att) {
      w.ensure(18);
      doc.rect(MARGIN, w.y + 2, 11, 11).fill(a.sector.color);
      w.para([{ spans: [{ text: `${a.sector.letter}  `, bold: true }, { text: `${a.sector[L]}: ${a.count}` }], size: 11, after: 3 }], {
        x: MARGIN + 18,
        width: w.contentW - 18,
      });
    }
  }
  // Personal-data line at the foot of the cover, where a reader decides whether to pass it on.
  const pd = w.te.layout([{ spans: [{ text: `${t.personalDataLabel}: `, bold: true }, { text: personalDataLine(model) }], size: 9, color: C.muted }], w.contentW);
  const pdH = heightOf(pd);
  if (w.y + pdH + 10 > w.bottom) w.newPage();
  w.te.draw(pd, MARGIN, w.bottom - pdH, w.contentW);
}

function profile(w: Writer) {
  const { model, t, doc } = w;
  const L = model.locale;
  w.heading(t.profileTitle, 1);
  if (!model.results) {
    w.text(t.noResults);
    return;
  }
  const r = model.results;
  w.text(t.profileIntro(r.respondents, r.questions), 10.5, { after: 12 });

  // Horizontal bar chart in questionnaire order: label | bar track 0–100 % with value and n.
  const fields = orderedFieldResults(r.fields);
  const labelW = 190;
  const gap = 10;
  const x0 = MARGIN + labelW + gap;
  const trackW = w.contentW - labelW - gap;
  const barH = 22;
  const rowH = 34;
  const chartH = fields.length * rowH + 24;
  w.ensure(chartH + 20);
  const top = w.y;
  // Grid lines at 0/25/50/75/100 %.
  for (const pct of [0, 25, 50, 75, 100]) {
    const gx = x0 + (pct / 100) * trackW;
    doc.moveTo(gx, top - 2).lineTo(gx, top + fields.length * rowH).lineWidth(0.5).strokeColor(C.grid).dash(2, { space: 2 }).stroke().undash();
    const lab = w.te.layout([{ spans: [{ text: formatPercent(pct, L) }], size: 8, color: C.muted, align: 'center' }], 40);
    w.te.draw(lab, gx - 20, top + fields.length * rowH + 4, 40);
  }
  fields.forEach((f, i) => {
    const y = top + i * rowH + (rowH - barH) / 2;
    const label = w.te.layout([{ spans: [{ text: fieldNumbered(f.key, L) }], size: 9.5, color: C.ink, lineGap: -0.1 }], labelW);
    const lh = heightOf(label);
    w.te.draw(label, MARGIN, y + (barH - lh) / 2, labelW);
    doc.rect(x0, y, trackW, barH).fill(C.track);
    const nText = `n${'\u00A0'}=${'\u00A0'}${f.answered}`;
    if (f.score === null) {
      const l = w.te.layout([{ spans: [{ text: `${t.noScore} · ${nText}` }], size: 9.5, color: C.muted }], trackW - 12);
      w.te.draw(l, x0 + 6, y + (barH - heightOf(l)) / 2, trackW - 12);
      return;
    }
    const v = Math.max(0, Math.min(100, f.score));
    const fw = (v / 100) * trackW;
    if (fw > 0) doc.rect(x0, y, fw, barH).fill(C.bar);
    const value = `${formatPercent(f.score, L)} · ${nText}`;
    const inside = w.te.layout([{ spans: [{ text: value, bold: true }], size: 9.5, color: C.white, align: 'right' }], trackW);
    const vw = inside[0]?.width ?? 0;
    if (vw + 12 <= fw) {
      w.te.draw(inside, x0, y + (barH - heightOf(inside)) / 2, fw - 6);
    } else {
      const outside = w.te.layout([{ spans: [{ text: value, bold: true }], size: 9.5, color: C.ink }], trackW);
      w.te.draw(outside, x0 + fw + 6, y + (barH - heightOf(outside)) / 2, trackW);
    }
  });
  w.y = top + chartH;
  w.text(t.profileChartCaption, 8.5, { color: C.muted, after: 12 });

  // The numbers behind the chart, including "don't know" and skipped answers.
  w.table(
    [
      { header: t.fieldCol, width: 0.46 },
      { header: t.scoreCol, width: 0.12, align: 'right' },
      { header: t.answeredCol, width: 0.14, align: 'right' },
      { header: t.dontKnowCol, width: 0.14, align: 'right' },
      { header: t.skippedCol, width: 0.14, align: 'right' },
    ],
    fields.map((f) => [
      [{ spans: [{ text: fieldNumbered(f.key, L) }], size: 9 }],
      [{ spans: [{ text: f.score === null ? '–' : formatPercent(f.score, L) }], size: 9, align: 'right' }],
      [{ spans: [{ text: String(f.answered) }], size: 9, align: 'right' }],
      [{ spans: [{ text: String(f.dontKnow) }], size: 9, align: 'right' }],
      [{ spans: [{ text: String(f.skipped) }], size: 9, align: 'right' }],
    ]),
  );
}

function strengths(w: Writer) {
  const { model, t, doc } = w;
  const L = model.locale;
  w.y += 10;
  w.heading(t.strengthsTitle, 1);
  if (!model.strengths.themes.length) {
    w.text(t.noStrengths);
    return;
  }
  for (const th of model.strengths.themes) {
    w.heading(th.label, 3);
    if (!th.cards.length) {
      w.text(t.noCards, 10.5, { color: C.muted });
      continue;
    }
    for (const c of th.cards) {
      const s = sectorInfo(c.sector);
      const tags = [s ? `${s.letter} · ${s[L]}` : '', fieldName(c.field, L)].filter(Boolean).join(' · ');
      const paras: Para[] = [{ spans: [{ text: c.text }], size: 10.5 }];
      if (tags) paras.push({ spans: [{ text: tags }], size: 8.5, color: C.muted });
      paras[paras.length - 1].after = 5;
      const lines = w.te.layout(paras, w.contentW - 22);
      const h = heightOf(lines);
      w.ensure(h);
      // Bullet as a small square in the sector colour (letter is in the text for greyscale).
      doc.rect(MARGIN + 4, w.y + 4, 7, 7).fill(s ? s.color : C.muted);
      w.te.draw(lines, MARGIN + 22, w.y, w.contentW - 22);
      w.y += h;
    }
  }
}

function nextSteps(w: Writer) {
  const { model, t } = w;
  const L = model.locale;
  w.y += 10;
  w.heading(t.nextStepsTitle, 1);
  if (txt(model.nextSteps.method)) {
    w.para([{ spans: [{ text: `${t.method}: `, bold: true }, { text: txt(model.nextSteps.method) }], size: 10.5, after: 8 }]);
  }
  const steps = orderedNextSteps(model);
  if (!steps.length) {
    w.text(t.noNextSteps);
    return;
  }
  const rating = steps.some((s) => s.impact != null || s.effort != null || s.score != null);
  const hasScore = steps.some((s) => s.score != null);
  const cols: Col[] = rating
    ? [
        { header: t.rankCol, width: 0.08, align: 'right' },
        { header: t.stepCol, width: hasScore ? 0.38 : 0.46 },
        { header: t.fieldCol, width: 0.22 },
        { header: t.dotsCol, width: 0.08, align: 'right' },
        { header: t.impactCol, width: 0.08, align: 'right' },
        { header: t.effortCol, width: 0.08, align: 'right' },
        // "Wert" only when a ranking method produced one (criteria); never an empty column.
        ...(hasScore ? [{ header: t.stepScoreCol, width: 0.08, align: 'right' } as Col] : []),
      ]
    : [
        { header: t.rankCol, width: 0.08, align: 'right' },
        { header: t.stepCol, width: 0.5 },
        { header: t.fieldCol, width: 0.3 },
        { header: t.dotsCol, width: 0.12, align: 'right' },
      ];
  const num = (v: number | null | undefined, d = 0) => (v == null ? '–' : formatNumber(v, L, d));
  w.table(
    cols,
    steps.map((s) => {
      const row: Cell[] = [
        [{ spans: [{ text: s.rank == null ? '–' : `${s.rank}.`, bold: true }], size: 9.5, align: 'right' }],
        [{ spans: [{ text: s.title, bold: true }], size: 9.5 }],
        [{ spans: [{ text: fieldName(s.field, L) || '–' }], size: 9 }],
        [{ spans: [{ text: String(s.dots) }], size: 9.5, align: 'right' }],
      ];
      if (rating)
        row.push(
          [{ spans: [{ text: num(s.impact) }], size: 9.5, align: 'right' }],
          [{ spans: [{ text: num(s.effort) }], size: 9.5, align: 'right' }],
        );
      if (rating && hasScore) row.push([{ spans: [{ text: num(s.score, 2) }], size: 9.5, align: 'right' }]);
      return row;
    }),
  );
}

function actionCell(a: Action, L: ExportLocale, t: Strings): Cell {
  const paras: Para[] = [{ spans: [{ text: a.title, bold: true }], size: 9.5, after: 2 }];
  if (txt(a.description)) paras.push({ spans: [{ text: a.description! }], size: 8.5, after: 2 });
  const add = (label: string, v: string) => {
    if (v) paras.push({ spans: [{ text: `${label}: `, bold: true }, { text: v }], size: 8.5, after: 1 });
  };
  add(t.effectCol, txt(a.effect));
  add(t.effectLevelCol, [a.effectLevel ? t.effectLevel[a.effectLevel] : '', wirkungsstufeLabel(a, L)].filter(Boolean).join(' · '));
  add(t.indicatorCol, txt(a.indicator));
  const o = originLine(a, L);
  if (o) paras.push({ spans: [{ text: `${t.originCol}: ${o}` }], size: 8, color: C.muted });
  return paras;
}

function actionPlan(w: Writer) {
  const { model, t } = w;
  const L = model.locale;
  if (!model.actions.length) {
    // One sentence does not need a landscape page of its own.
    w.y += 10;
    w.heading(t.actionsTitle, 1);
    w.text(t.noActions);
    return;
  }
  w.newPage(true);
  w.heading(t.actionsTitle, 1);
  const today = exportToday(model);
  const s = (text: string, extra: Partial<Para> = {}): Cell => [{ spans: [{ text }], size: 8.5, ...extra }];
  w.table(
    [
      // The action cell carries description, effect, indicator and origin: give it the most room,
      // so a typical row stays a quarter of a page and two or three fit on one.
      { header: t.noCol, width: 0.035, align: 'right' },
      { header: t.actionCol, width: 0.455 },
      { header: t.fieldCol, width: 0.1 },
      { header: `${t.responsibleCol} / ${t.partnersCol}`, width: 0.15 },
      { header: t.periodCol, width: 0.09 },
      { header: t.resourcesCol, width: 0.1 },
      { header: t.statusCol, width: 0.07 },
    ],
    model.actions.map((a, i) => [
      s(`${i + 1}`, { align: 'right', spans: [{ text: `${i + 1}`, bold: true }] }),
      actionCell(a, L, t),
      s(fieldName(a.field, L)),
      [
        { spans: [{ text: txt(a.responsible), bold: true }], size: 8.5, after: 2 },
        { spans: [{ text: txt(a.partners) }], size: 8.5 },
      ],
      [
        { spans: [{ text: periodText(a, L) }], size: 8.5, after: 2 },
        // Same rule as the app; "today" is the export date.
        ...(isOverdue(a, today) ? [{ spans: [{ text: t.overdue, bold: true }], size: 8.5, color: C.amber }] : []),
      ],
      s(txt(a.resources)),
      [
        { spans: [{ text: t.status[a.status] }], size: 8.5, after: 2 },
        ...(a.priority != null ? [{ spans: [{ text: `${t.priorityCol} ${a.priority}` }], size: 8, color: C.muted }] : []),
      ],
    ]),
  );
}

function updates(w: Writer) {
  const { model, t } = w;
  const L = model.locale;
  const rows = updateRows(model.actions, L);
  w.y += 14;
  w.heading(t.updatesTitle, 2);
  if (!rows.length) {
    w.text(t.noUpdates);
    return;
  }
  const s = (text: string, extra: Partial<Para> = {}): Cell => [{ spans: [{ text }], size: 8.5, ...extra }];
  w.table(
    [
      { header: t.noCol, width: 0.05, align: 'right' },
      { header: t.actionCol, width: 0.3 },
      { header: t.updateDateCol, width: 0.1 },
      { header: t.statusCol, width: 0.1 },
      { header: t.updateNoteCol, width: 0.45 },
    ],
    rows.map((u) => [s(String(u.no), { align: 'right' }), s(u.title), s(formatDate(u.date, L)), s(u.status), s(u.note)]),
  );
}

function closing(w: Writer) {
  const { model, t } = w;
  w.y += 16;
  w.para([{ spans: [{ text: `${t.personalDataLabel}: `, bold: true }, { text: personalDataLine(model) }], size: 8.5, color: C.muted, after: 2 }]);
  w.text(t.generatedAt(formatTimestamp(model.generatedAt, model.locale)), 8.5, { color: C.muted, after: 2 });
  if (w.te.replaced) w.text(t.replacedGlyphsNote, 8.5, { color: C.muted });
}

function footers(w: Writer) {
  const { doc, model, t } = w;
  const range = doc.bufferedPageRange();
  const left = `${txt(model.workshop.municipality)} · ${t.docTitle} · ${formatDate(model.workshop.date, model.locale)}`;
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const pw = doc.page.width;
    const ph = doc.page.height;
    const cw = pw - 2 * MARGIN;
    const y = ph - MARGIN + 6;
    doc.moveTo(MARGIN, y - 6).lineTo(pw - MARGIN, y - 6).lineWidth(0.5).strokeColor(C.border).stroke();
    const right = w.te.layout([{ spans: [{ text: t.pageOf(i + 1, range.count) }], size: 8.5, color: C.muted, align: 'right' }], cw);
    const rw = right[0]?.width ?? 0;
    const l = w.te.layout([{ spans: [{ text: left }], size: 8.5, color: C.muted }], cw - rw - 20);
    // Only the first line of a very long municipality name fits the footer.
    w.te.draw(l.slice(0, 1), MARGIN, y, cw - rw - 20);
    w.te.draw(right, MARGIN, y, cw);
  }
}

// ---------------------------------------------------------------- entry

export async function exportPdf(model: ExportModel, options: PdfOptions = {}): Promise<Uint8Array> {
  const fonts = new Map<FontRole, Buffer>();
  for (const role of ['R', 'B', 'RX', 'BX', 'RF', 'BF'] as FontRole[]) {
    const src = options.fonts?.[role] ?? defaultFontSource(role);
    if (src) fonts.set(role, fontBytes(src));
  }
  if (!fonts.has('R') || !fonts.has('B')) throw new Error('PDF export: Atkinson Hyperlegible font files not found');

  const w = new Writer(model, strings(model.locale), fonts);
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    w.doc.on('data', (c: Buffer) => chunks.push(c));
    w.doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    w.doc.on('error', reject);
  });
  cover(w);
  w.newPage(false);
  profile(w);
  strengths(w);
  nextSteps(w);
  actionPlan(w);
  updates(w);
  closing(w);
  footers(w);
  w.doc.end();
  return done;
}
