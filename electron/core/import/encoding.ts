// Text encoding detection. German Excel saves "CSV (Trennzeichen-getrennt)" as Windows-1252 and
// "CSV UTF-8" with a BOM; "Unicode-Text" is UTF-16LE. A file that contains both valid UTF-8
// umlauts and lone Windows-1252 bytes was pieced together from two sources and cannot be
// decoded correctly either way, so it is rejected instead of silently garbling names.

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface Utf8ScanReport {
  /** Valid multi-byte UTF-8 sequences (e.g. "ä" as C3 A4). */
  validMultibyte: number;
  /** Bytes that cannot be UTF-8. */
  invalid: number;
  /** 1-based text line of the first invalid byte. */
  firstInvalidLine?: number;
  /** 1-based text line of the first valid multi-byte sequence. */
  firstMultibyteLine?: number;
}

/** Streaming UTF-8 validator: push chunks in order, then end(). Only counts, keeps no data. */
export class Utf8Scanner {
  private need = 0; // continuation bytes still expected
  private line = 1;
  private seqLine = 1;
  readonly report: Utf8ScanReport = { validMultibyte: 0, invalid: 0 };

  push(b: Uint8Array): void {
    for (let i = 0; i < b.length; i++) {
      const c = b[i];
      if (this.need > 0) {
        if ((c & 0xc0) === 0x80) {
          if (--this.need === 0) {
            this.report.validMultibyte++;
            this.report.firstMultibyteLine ??= this.seqLine;
          }
          continue;
        }
        // Lead byte without its continuation: the lead was invalid; re-examine c below.
        this.need = 0;
        this.invalidAt(this.seqLine);
      }
      if (c < 0x80) {
        if (c === 0x0a) this.line++;
      } else if (c >= 0xc2 && c <= 0xdf) this.start(1);
      else if (c >= 0xe0 && c <= 0xef) this.start(2);
      else if (c >= 0xf0 && c <= 0xf4) this.start(3);
      else this.invalidAt(this.line);
    }
  }

  end(): Utf8ScanReport {
    if (this.need > 0) {
      this.need = 0;
      this.invalidAt(this.seqLine);
    }
    return this.report;
  }

  private start(n: number) {
    this.need = n;
    this.seqLine = this.line;
  }

  private invalidAt(line: number) {
    this.report.invalid++;
    this.report.firstInvalidLine ??= line;
  }
}

export type BomResult = { encoding: 'utf-8-bom' | 'utf-16le' | 'utf-16be'; skip: number } | null;

export function detectBom(b: Uint8Array): BomResult {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8-bom', skip: 3 };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

export type EncodingDecision = { ok: true; encoding: TextEncodingName; skip: number } | { ok: false; report: Utf8ScanReport };

/** Decides from a BOM (if any) and a full UTF-8 scan of the content after it. */
export function decideEncoding(bom: BomResult, report: Utf8ScanReport | null): EncodingDecision {
  if (bom && bom.encoding !== 'utf-8-bom') return { ok: true, encoding: bom.encoding, skip: bom.skip };
  if (!report || report.invalid === 0) return { ok: true, encoding: bom ? 'utf-8-bom' : 'utf-8', skip: bom?.skip ?? 0 };
  // A BOM promises UTF-8; invalid bytes after it mean a mix, too.
  if (report.validMultibyte > 0 || bom) return { ok: false, report };
  return { ok: true, encoding: 'windows-1252', skip: 0 };
}

export function textDecoderFor(enc: TextEncodingName): TextDecoder {
  const label = enc === 'utf-8-bom' ? 'utf-8' : enc;
  // ignoreBOM: we strip the BOM ourselves (skip), so a second one would stay visible.
  return new TextDecoder(label, { ignoreBOM: true });
}

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; kind: 'mixed'; report: Utf8ScanReport }
  /** Text in an encoding we do not read (it would come out as mojibake). */
  | { ok: false; kind: 'unknown'; guess: 'cjk' | 'utf7' | 'utf16' | 'other'; line: number; sample?: string }
  /** NUL bytes or many control characters: not a text file at all. */
  | { ok: false; kind: 'binary'; what: 'nul' | 'control'; line: number };

/**
 * Strict decoding: UTF-8 and UTF-16 must decode without a single error (TextDecoder fatal);
 * Windows-1252 is the fallback only for bytes that look like it (no undefined code points, no
 * runs of high bytes as East Asian double-byte encodings produce). Pure ASCII with UTF-7
 * sequences is refused too. Every pass is linear in the input.
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  const bom = detectBom(bytes);
  let text: string;
  let encoding: TextEncodingName;
  const utf16 = bom && bom.encoding !== 'utf-8-bom' ? bom.encoding : bom ? null : sniffUtf16(bytes);
  if (utf16) {
    const skip = bom ? bom.skip : 0;
    try {
      text = new TextDecoder(utf16, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(skip));
    } catch {
      return { ok: false, kind: 'unknown', guess: 'utf16', line: 1 };
    }
    encoding = utf16;
  } else {
    const body = bytes.subarray(bom?.skip ?? 0);
    // NUL is valid UTF-8 and Windows-1252 but never in a text file: a binary file.
    const nul = body.indexOf(0);
    if (nul >= 0) return { ok: false, kind: 'binary', what: 'nul', line: lineAt(body, nul) };
    try {
      // Fast native path; only scan byte by byte when this fails.
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
      encoding = bom ? 'utf-8-bom' : 'utf-8';
      if (!bom) {
        const u7 = findUtf7(text);
        if (u7) return { ok: false, kind: 'unknown', guess: 'utf7', ...u7 };
      }
    } catch {
      const s = new Utf8Scanner();
      s.push(body);
      const report = s.end();
      const foreign = foreignBytes(body);
      if (foreign) return { ok: false, kind: 'unknown', ...foreign };
      const d = decideEncoding(bom, report);
      if (!d.ok) return { ok: false, kind: 'mixed', report: d.report };
      encoding = d.encoding;
      text = textDecoderFor(encoding).decode(bytes.subarray(d.skip));
    }
  }
  const bin = controlCharacters(text);
  if (bin) return { ok: false, kind: 'binary', ...bin };
  return { ok: true, text, encoding };
}

/**
 * UTF-16 without a BOM: ASCII-range text then has a zero byte in every second position. Only a
 * clear pattern counts (most odd or even bytes zero, the others not), else it is no UTF-16.
 */
function sniffUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero >= pairs * 0.4 && evenZero <= pairs * 0.05) return 'utf-16le';
  if (evenZero >= pairs * 0.4 && oddZero <= pairs * 0.05) return 'utf-16be';
  return null;
}

/** Bytes Windows-1252 leaves undefined; real ANSI text never has them. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Decides whether bytes that are not UTF-8 may be read as Windows-1252. German ANSI text has
 * single high bytes between ASCII letters (ä, ß, „); Shift-JIS, GB18030, Big5 or EUC text has
 * mostly pairs of high bytes, and GB18030/Shift-JIS lead bytes hit 1252's undefined ones.
 */
function foreignBytes(b: Uint8Array): { guess: 'cjk' | 'other'; line: number } | null {
  let high = 0;
  let paired = 0;
  let line = 1;
  let firstPairLine = 0;
  let undefinedLine = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === 0x0a) line++;
    if (c < 0x80) continue;
    high++;
    if (UNDEFINED_1252.has(c) && !undefinedLine) undefinedLine = line;
    if ((i > 0 && b[i - 1] >= 0x80) || (i + 1 < b.length && b[i + 1] >= 0x80)) {
      paired++;
      if (!firstPairLine) firstPairLine = line;
    }
  }
  if (high >= 4 && paired * 2 >= high) return { guess: 'cjk', line: firstPairLine };
  if (undefinedLine) return { guess: paired > 0 ? 'cjk' : 'other', line: undefinedLine };
  return null;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * UTF-7 ("M+APw-ller" for "Müller"): pure ASCII, so it decodes as UTF-8 without error. A
 * "+…-" sequence counts only if it is exactly what a UTF-7 encoder writes for non-ASCII text:
 * whole UTF-16 units, zero padding bits, no ASCII, no private-use or control code points. Phone
 * numbers ("+4930-") and formulas ("=A1+B2-C3") do not pass that.
 */
function findUtf7(text: string): { line: number; sample: string } | null {
  let from = 0;
  let first = -1;
  let firstEnd = 0;
  let hits = 0;
  for (;;) {
    const i = text.indexOf('+', from);
    if (i < 0) break;
    let j = i + 1;
    while (j < text.length && j - i <= 200 && isB64(text.charCodeAt(j))) j++;
    from = j;
    const run = text.slice(i + 1, j);
    if (run.length < 3) continue;
    const bom = run === '/v8';
    // 64 characters are 24 whole UTF-16 units: enough to judge a long run.
    if (!bom && !isUtf7Run(run.length > 64 ? run.slice(0, 64) : run)) continue;
    if (first < 0) {
      first = i;
      firstEnd = j;
    }
    // One lucky match could be a phone number; two, or the UTF-7 BOM, are an encoding.
    if (bom || ++hits >= 2) break;
  }
  if (first < 0 || (hits < 2 && text.slice(first + 1, first + 4) !== '/v8')) return null;
  let line = 1;
  for (let k = 0; k < first; k++) if (text.charCodeAt(k) === 10) line++;
  return { line, sample: text.slice(first, Math.min(firstEnd + 1, first + 24)) };
}

function isB64(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47;
}

/** Code points that text (not noise) in UTF-7 plausibly holds. */
function plausible(u: number): boolean {
  return (
    (u >= 0xa0 && u <= 0x24f) ||
    (u >= 0x370 && u <= 0x52f) ||
    (u >= 0x2000 && u <= 0x20cf) ||
    (u >= 0x3000 && u <= 0x9fff) ||
    (u >= 0xac00 && u <= 0xd7a3) ||
    (u >= 0xff00 && u <= 0xffef) ||
    u === 0xfeff
  );
}

function isUtf7Run(run: string): boolean {
  const bits = run.length * 6;
  const units = Math.floor(bits / 16);
  const pad = bits - units * 16;
  if (units === 0 || pad >= 6) return false;
  let acc = 0n;
  for (const ch of run) acc = (acc << 6n) | BigInt(B64.indexOf(ch));
  if (pad > 0 && (acc & ((1n << BigInt(pad)) - 1n)) !== 0n) return false;
  acc >>= BigInt(pad);
  for (let k = units - 1; k >= 0; k--) {
    if (!plausible(Number((acc >> BigInt(k * 16)) & 0xffffn))) return false;
  }
  return true;
}

/** NUL anywhere, or control characters beyond a stray one: a binary file, not text. */
function controlCharacters(text: string): { what: 'nul' | 'control'; line: number } | null {
  const re = /[\x00-\x08\x0b\x0e-\x1f\x7f]/g;
  let count = 0;
  let first = -1;
  let nul = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    count++;
    if (first < 0) first = m.index;
    if (m[0] === '\x00') {
      nul = m.index;
      break;
    }
  }
  if (nul < 0 && count <= Math.max(2, text.length / 1000)) return null;
  const at = nul >= 0 ? nul : first;
  let line = 1;
  for (let k = 0; k < at; k++) if (text.charCodeAt(k) === 10) line++;
  return { what: nul >= 0 ? 'nul' : 'control', line };
}

function lineAt(b: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (b[i] === 0x0a) line++;
  return line;
}
