// Fonts of the PDF. Atkinson Hyperlegible ships from @fontsource as WOFF subsets: "latin" has German
// letters and „“–…€, "latin-ext" has names like Łucja or Yılmaz. DejaVu Sans (resources/fonts)
// covers what both lack (Cyrillic, Greek, arrows, U+202F). Anything else becomes "[?]".
import { readFileSync } from 'node:fs';
import { packageFile, resourceFile } from '../resources';

export type FontRole = 'R' | 'B' | 'RX' | 'BX' | 'RF' | 'BF';
export const FONT_ROLES: FontRole[] = ['R', 'B', 'RX', 'BX', 'RF', 'BF'];
export const FALLBACK_CHAIN: Record<'R' | 'B', FontRole[]> = { R: ['R', 'RX', 'RF'], B: ['B', 'BX', 'BF'] };

export type FontSources = Partial<Record<FontRole, string | Uint8Array>>;

/** Where each font role's file is (found by the one resolver in ../resources.ts), or null. */
export function defaultFontSource(role: FontRole): string | null {
  const atk = (sub: string, w: number) => packageFile(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-${sub}-${w}-normal.woff`);
  switch (role) {
    case 'R': return atk('latin', 400);
    case 'B': return atk('latin', 700);
    case 'RX': return atk('latin-ext', 400);
    case 'BX': return atk('latin-ext', 700);
    case 'RF': return resourceFile('fonts/DejaVuSans.ttf');
    case 'BF': return resourceFile('fonts/DejaVuSans-Bold.ttf');
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
