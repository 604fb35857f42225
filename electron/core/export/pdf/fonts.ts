// Fonts of the PDF. Atkinson Hyperlegible ships from @fontsource as WOFF subsets: "latin" has German
// letters and „“–…€, "latin-ext" has names like Łucja or Yılmaz. DejaVu Sans (resources/fonts)
// covers what both lack (Cyrillic, Greek, arrows, U+202F). Anything else becomes "[?]".
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { packageFile, resourceFile } from '../resources';

export type FontRole = 'R' | 'B' | 'RX' | 'BX' | 'RF' | 'BF';
export const FONT_ROLES: FontRole[] = ['R', 'B', 'RX', 'BX', 'RF', 'BF'];
export const FALLBACK_CHAIN: Record<'R' | 'B', FontRole[]> = { R: ['R', 'RX', 'RF'], B: ['B', 'BX', 'BF'] };

export type FontSources = Partial<Record<FontRole, string | Uint8Array>>;

/** Where each font role's file is (found by the one resolver in ../resources.ts), or null. */
export function defaultFontSource(role: FontRole): string | null {
  const atk = (sub: string, w: number) => packageFile(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-${sub}-${w}-normal.woff`);
  switch (role) {
    case 'R':
      return atk('latin', 400);
    case 'B':
      return atk('latin', 700);
    case 'RX':
      return atk('latin-ext', 400);
    case 'BX':
      return atk('latin-ext', 700);
    case 'RF':
      return resourceFile('fonts/DejaVuSans.ttf');
    case 'BF':
      return resourceFile('fonts/DejaVuSans-Bold.ttf');
  }
}

/**
 * WOFF 1.0 → plain sfnt (TrueType/OpenType), once per file. fontkit reads WOFF tables through a
 * pure-JS inflater on every access; a profile of a large PDF showed a quarter of the time there.
 * The format is a header, a table directory and zlib-compressed tables (W3C WOFF 1.0, §3–5).
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') return woff;
  const flavor = woff.readUInt32BE(4);
  const n = woff.readUInt16BE(12);
  const tables: { tag: number; checksum: number; data: Buffer }[] = [];
  for (let i = 0; i < n; i++) {
    const e = 44 + i * 20;
    const off = woff.readUInt32BE(e + 4);
    const comp = woff.readUInt32BE(e + 8);
    const orig = woff.readUInt32BE(e + 12);
    const raw = woff.subarray(off, off + comp);
    tables.push({ tag: woff.readUInt32BE(e), checksum: woff.readUInt32BE(e + 16), data: comp < orig ? inflateSync(raw) : raw });
  }
  const pad = (x: number) => (x + 3) & ~3;
  let size = 12 + 16 * n;
  for (const t of tables) size += pad(t.data.length);
  const out = Buffer.alloc(size);
  const sel = Math.floor(Math.log2(n));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(n, 4);
  out.writeUInt16BE(16 * 2 ** sel, 6);
  out.writeUInt16BE(sel, 8);
  out.writeUInt16BE(n * 16 - 16 * 2 ** sel, 10);
  let at = 12 + 16 * n;
  tables.forEach((t, i) => {
    const r = 12 + 16 * i;
    out.writeUInt32BE(t.tag, r);
    out.writeUInt32BE(t.checksum, r + 4);
    out.writeUInt32BE(at, r + 8);
    out.writeUInt32BE(t.data.length, r + 12);
    t.data.copy(out, at);
    at += pad(t.data.length);
  });
  return out;
}

const fontBytesCache = new Map<string, Buffer>();
function fontBytes(src: string | Uint8Array): Buffer {
  if (typeof src !== 'string') return woffToSfnt(Buffer.from(src));
  let b = fontBytesCache.get(src);
  if (!b) {
    b = woffToSfnt(readFileSync(src));
    fontBytesCache.set(src, b);
  }
  return b;
}

/** The bytes of every available role; overrides (paths or bytes) win over the defaults. */
export function loadFonts(overrides: FontSources = {}): Map<FontRole, Buffer> {
  const fonts = new Map<FontRole, Buffer>();
  for (const role of FONT_ROLES) {
    const src = overrides[role] ?? defaultFontSource(role);
    if (src) fonts.set(role, fontBytes(src));
  }
  if (!fonts.has('R') || !fonts.has('B')) throw new Error('PDF export: Atkinson Hyperlegible font files not found');
  return fonts;
}
