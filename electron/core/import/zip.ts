// Checks an XLSX (a ZIP archive) before exceljs sees it. exceljs inflates every part into
// memory and builds an object per cell, so a 1 MB "zip bomb" cost 3–4 GB. Here the central
// directory is read first (entry count, declared sizes, compression ratio), then every part is
// inflated with a hard output limit equal to its declared size (a directory that lies about
// sizes is caught), and the cells and rows of the worksheets are counted in the inflated XML.
// Only then is the file handed to exceljs. Node's zlib does the inflating (maxOutputLength),
// so no extra dependency is needed; the directory format is the part jszip (inside exceljs)
// reads too: the end record, then `count` records from its offset.
import { inflateRawSync } from 'node:zlib';

export const XLSX_LIMITS = {
  /** Parts in the archive (Excel writes ~10–20). */
  entries: 1000,
  /** All parts together, inflated. The whole budget is what exceljs then holds several times. */
  bytes: 64 * 1024 * 1024,
  /** Inflated/compressed for a part above 1 MB; deflate cannot exceed ~1030, real XML ~10–50. */
  ratio: 300,
  /** Cells in all worksheets: exceljs needs ~4 µs CPU and ~1 KB per cell; 250,000 cells (35,000
   * answer rows) stay below 500 MB peak RSS in the bench. */
  cells: 250_000,
  rows: 200_000,
};

export type ZipVerdict =
  | { ok: true; entries: number; inflatedBytes: number; cells: number; rows: number }
  | { ok: false; reason: 'not_zip' | 'broken_zip' }
  | { ok: false; reason: 'too_big'; what: 'entries' | 'bytes' | 'ratio' | 'cells' | 'rows'; count: number; limit: number; entry?: string }
  | { ok: false; reason: 'size_lie'; entry: string };

const SIG_EOCD = 0x06054b50;
const SIG_CEN = 0x02014b50;
const SIG_LOC = 0x04034b50;
const MB = 1024 * 1024;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  local: number;
}

export function inspectXlsxZip(b: Uint8Array, limits = XLSX_LIMITS): ZipVerdict {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const u16 = (o: number) => v.getUint16(o, true);
  const u32 = (o: number) => v.getUint32(o, true);
  // End of central directory: 22 bytes plus a comment of up to 65535 bytes, searched from the end.
  let eocd = -1;
  for (let o = b.length - 22; o >= Math.max(0, b.length - 22 - 0xffff); o--) {
    if (u32(o) === SIG_EOCD) {
      eocd = o;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: b.length >= 4 && u32(0) === SIG_LOC ? 'broken_zip' : 'not_zip' };
  const count = u16(eocd + 10);
  const cdOffset = u32(eocd + 16);
  // ZIP64 markers: no workbook within the 20 MB file limit needs them.
  if (count === 0xffff || cdOffset === 0xffffffff) return { ok: false, reason: 'broken_zip' };
  if (count > limits.entries) return { ok: false, reason: 'too_big', what: 'entries', count, limit: limits.entries };

  const entries: Entry[] = [];
  let declared = 0;
  let o = cdOffset;
  for (let i = 0; i < count; i++) {
    if (o + 46 > b.length || u32(o) !== SIG_CEN) return { ok: false, reason: 'broken_zip' };
    const nameLen = u16(o + 28);
    if (o + 46 + nameLen > b.length) return { ok: false, reason: 'broken_zip' };
    const e: Entry = {
      method: u16(o + 10),
      compressed: u32(o + 20),
      size: u32(o + 24),
      name: new TextDecoder().decode(b.subarray(o + 46, o + 46 + nameLen)),
      local: u32(o + 42),
    };
    if (e.compressed === 0xffffffff || e.size === 0xffffffff) return { ok: false, reason: 'broken_zip' };
    declared += e.size;
    if (declared > limits.bytes) return { ok: false, reason: 'too_big', what: 'bytes', count: mb(declared), limit: mb(limits.bytes) };
    if (e.size > MB && e.size > e.compressed * limits.ratio) {
      return { ok: false, reason: 'too_big', what: 'ratio', count: Math.floor(e.size / Math.max(1, e.compressed)), limit: limits.ratio, entry: e.name };
    }
    entries.push(e);
    o += 46 + nameLen + u16(o + 30) + u16(o + 32);
  }

  // Actual sizes: inflate each part with its declared size as the hard limit.
  let inflatedBytes = 0;
  let cells = 0;
  let rows = 0;
  for (const e of entries) {
    const lo = e.local;
    if (lo + 30 > b.length || u32(lo) !== SIG_LOC) return { ok: false, reason: 'broken_zip' };
    const start = lo + 30 + u16(lo + 26) + u16(lo + 28);
    const end = start + e.compressed;
    if (end > b.length) return { ok: false, reason: 'broken_zip' };
    let data: Uint8Array;
    if (e.method === 0) {
      if (e.compressed !== e.size) return { ok: false, reason: 'size_lie', entry: e.name };
      data = b.subarray(start, end);
    } else if (e.method === 8) {
      try {
        // One byte more than declared: reaching it proves the directory lied.
        data = inflateRawSync(b.subarray(start, end), { maxOutputLength: e.size + 1 });
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return { ok: false, reason: 'size_lie', entry: e.name };
        return { ok: false, reason: 'broken_zip' };
      }
      if (data.length > e.size) return { ok: false, reason: 'size_lie', entry: e.name };
    } else return { ok: false, reason: 'broken_zip' };
    inflatedBytes += data.length;
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(e.name)) {
      const c = countCellsAndRows(data);
      cells += c.cells;
      rows += c.rows;
      if (cells > limits.cells) return { ok: false, reason: 'too_big', what: 'cells', count: cells, limit: limits.cells };
      if (rows > limits.rows) return { ok: false, reason: 'too_big', what: 'rows', count: rows, limit: limits.rows };
    }
  }
  return { ok: true, entries: entries.length, inflatedBytes, cells, rows };
}

function mb(n: number): number {
  return Math.ceil((n / MB) * 10) / 10;
}

/**
 * Counts <c …> and <row …> start tags (with or without a namespace prefix) in worksheet XML,
 * one linear pass over the bytes.
 */
export function countCellsAndRows(x: Uint8Array): { cells: number; rows: number } {
  let cells = 0;
  let rows = 0;
  const n = x.length;
  for (let i = x.indexOf(0x3c); i >= 0 && i < n; i = x.indexOf(0x3c, i + 1)) {
    // Name: up to whitespace, '>' or '/'; keep only the local part after a prefix "x:".
    let j = i + 1;
    let local = j;
    while (j < n) {
      const c = x[j];
      if (c === 0x20 || c === 0x3e || c === 0x2f || c === 0x09 || c === 0x0a || c === 0x0d) break;
      if (c === 0x3a) local = j + 1;
      j++;
      if (j - i > 64) break;
    }
    const len = j - local;
    if (len === 1 && x[local] === 0x63) cells++;
    else if (len === 3 && x[local] === 0x72 && x[local + 1] === 0x6f && x[local + 2] === 0x77) rows++;
    i = j - 1;
  }
  return { cells, rows };
}
