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

export type EncodingDecision =
  | { ok: true; encoding: TextEncodingName; skip: number }
  | { ok: false; report: Utf8ScanReport };

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
  | { ok: false; report: Utf8ScanReport };

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  const bom = detectBom(bytes);
  let report: Utf8ScanReport | null = null;
  if (!bom || bom.encoding === 'utf-8-bom') {
    const body = bytes.subarray(bom?.skip ?? 0);
    try {
      // Fast native path; only scan byte by byte when this fails.
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
      return { ok: true, text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
    } catch {
      const s = new Utf8Scanner();
      s.push(body);
      report = s.end();
    }
  }
  const d = decideEncoding(bom, report);
  if (!d.ok) return d;
  return { ok: true, encoding: d.encoding, text: textDecoderFor(d.encoding).decode(bytes.subarray(d.skip)) };
}
