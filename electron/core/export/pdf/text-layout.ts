// Text layout of the PDF: greedy line filling with German hyphenation and several fonts in one
// line. pdfkit's own wrapper cannot mix fonts inside a paragraph nor tell us in advance how tall a
// table row will be, so lines are laid out here and drawn run by run.
//
// Linear in the length of the text: a word's break points and their widths are measured once
// (widths of pieces add up; the chosen line is then measured exactly once), so a 10,000-character
// word without a break costs the same per character as ordinary prose. Caches keep only short
// strings (words, graphemes) and are cleared when large, so memory does not grow with the text.
import hyphenDe from 'hyphen/de';
import hyphenEn from 'hyphen/en-gb';
import type { ExportLocale } from '../model';
import { txt } from '../format';
import { FALLBACK_CHAIN, type FontRole } from './fonts';

export interface Span {
  text: string;
  bold?: boolean;
}
export interface Para {
  spans: Span[];
  size: number;
  color?: string;
  align?: 'left' | 'right' | 'center';
  /** Extra space after the paragraph's last line. */
  after?: number;
  lineGap?: number;
}
export interface Run {
  text: string;
  font: FontRole;
  width: number;
}
export interface LineBox {
  runs: Run[];
  width: number;
  size: number;
  height: number;
  color: string;
  align: 'left' | 'right' | 'center';
}

export const INK = '#1A1A1A';
export const PLACEHOLDER = '[?]';
const segmenter = new Intl.Segmenter('de', { granularity: 'grapheme' });

/** No dictionary word is longer; hyphenation patterns on longer strings only cost time. */
const MAX_HYPHENATE = 64;
/** Only short strings are cached: words and graphemes repeat, the lines of a long note do not. */
const CACHE_KEY_MAX = 64;
const CACHE_ENTRIES_MAX = 20_000;
function remember<V>(m: Map<string, V>, key: string, v: V): V {
  if (key.length > CACHE_KEY_MAX) return v;
  if (m.size >= CACHE_ENTRIES_MAX) m.clear();
  m.set(key, v);
  return v;
}

/** A piece of a word between break points. `forced`: a grapheme of a piece wider than a whole line. */
interface Seg {
  text: string;
  hyphen: boolean;
  forced?: boolean;
}

export const heightOf = (lines: LineBox[]) => lines.reduce((h, l) => h + l.height, 0);

export class TextEngine {
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
      this.fk.set(r, (doc as unknown as { _font?: { font?: { hasGlyphForCodePoint(cp: number): boolean } } })._font?.font ?? null);
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
    return remember(this.coverage, key, found);
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
    return remember(this.runCache, key, out);
  }

  /** Width at size 1 (pdfkit widths scale linearly with size). */
  private unitWidth(font: FontRole, text: string): number {
    const key = font + '\u0000' + text;
    const w = this.widthCache.get(key);
    if (w !== undefined) return w;
    this.doc.font(font).fontSize(100);
    return remember(this.widthCache, key, this.doc.widthOfString(text) / 100);
  }

  width(text: string, bold: boolean, size: number): number {
    let w = 0;
    for (const r of this.runs(text, bold)) w += this.unitWidth(r.font, r.text);
    return w * size;
  }

  private hyphenate(word: string): string {
    if (word.length > MAX_HYPHENATE + 8) return word;
    let h = this.hyphCache.get(word);
    if (h === undefined) {
      // Only plain words: hyphen patterns mangle numbers, URLs and e-mail addresses.
      const core = word.replace(/^[„“"'(]+|[“”"'),.;:!?]+$/g, '');
      h = core.length <= MAX_HYPHENATE && /^[\p{L}\u00AD-]{6,}$/u.test(core) ? (this.locale === 'de' ? hyphenDe : hyphenEn).hyphenateSync(word) : word;
      remember(this.hyphCache, word, h);
    }
    return h;
  }

  /** Break opportunities inside a word: after soft hyphens (draw "-") and after hard "-" or "/". */
  private segments(word: string): Seg[] {
    const h = this.hyphenate(word);
    const out: Seg[] = [];
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
    const eps = 0.01;
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
        const push = (text: string, bold: boolean, w: number, space: number) => {
          if (line.length) line.push({ text: ' ', bold });
          line.push({ text, bold });
          lineW += space + w;
        };
        for (const word of words) {
          const bold = word.bold;
          const spaceW = this.width(' ', bold, p.size);
          const hyphenW = this.width('-', bold, p.size);
          // Break points with their widths, measured once. A piece wider than a whole line (URL,
          // long number, a word typed without spaces) is cut into graphemes.
          const segs: Seg[] = [];
          const sw: number[] = [];
          for (const s of this.segments(word.text)) {
            const w = this.width(s.text, bold, p.size);
            if (w <= width) {
              segs.push(s);
              sw.push(w);
              continue;
            }
            const gs = Array.from(segmenter.segment(s.text), (x) => x.segment);
            gs.forEach((g, k) => {
              segs.push({ text: g, hyphen: k === gs.length - 1 && s.hyphen, forced: true });
              sw.push(this.width(g, bold, p.size));
            });
          }
          let rest = sw.reduce((a, b) => a + b, 0);
          let i = 0;
          while (i < segs.length) {
            const space = line.length ? spaceW : 0;
            const room = width + eps - lineW - space;
            // The rest of the word on this line? Sums are an estimate (kerning): check exactly.
            if (rest <= room + p.size * 0.5) {
              const whole = joinSegs(segs, i, segs.length);
              const ww = this.width(whole, bold, p.size);
              if (ww <= room) {
                push(whole, bold, ww, space);
                break;
              }
            }
            // Longest prefix (with its hyphen) that fits; graphemes of a too-long piece only on a
            // line of their own, as before: a URL starts on a fresh line.
            let acc = 0;
            let fit = i;
            for (let j = i; j < segs.length; j++) {
              if (segs[j].forced && line.length) break;
              acc += sw[j];
              if (acc > room) break;
              if (acc + (segs[j].hyphen ? hyphenW : 0) <= room) fit = j + 1;
            }
            let pre = '';
            let preW = 0;
            while (fit > i) {
              pre = joinSegs(segs, i, fit) + (segs[fit - 1].hyphen ? '-' : '');
              preW = this.width(pre, bold, p.size);
              if (preW <= room) break;
              fit--;
            }
            if (fit === i && line.length) {
              flush();
              continue;
            }
            if (fit === i) {
              // Not even one grapheme fits an empty line (very narrow column): take one anyway.
              fit = i + 1;
              pre = segs[i].text + (segs[i].hyphen ? '-' : '');
              preW = this.width(pre, bold, p.size);
            }
            push(pre, bold, preW, space);
            flush();
            for (let j = i; j < fit; j++) rest -= sw[j];
            i = fit;
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
    return { runs, width: total, size: p.size, height: lh, color: p.color ?? INK, align: p.align ?? 'left' };
  }

  draw(lines: LineBox[], x: number, y: number, width: number): number {
    let yy = y;
    for (const l of lines) {
      let xx = l.align === 'right' ? x + width - l.width : l.align === 'center' ? x + (width - l.width) / 2 : x;
      this.doc.fillColor(l.color);
      for (const r of l.runs) {
        this.doc
          .font(r.font)
          .fontSize(l.size)
          .text(r.text, xx, yy + l.size * 0.1, { lineBreak: false });
        xx += r.width;
      }
      yy += l.height;
    }
    return yy - y;
  }
}

function joinSegs(segs: Seg[], from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) s += segs[k].text;
  return s;
}
