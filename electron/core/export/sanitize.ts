// What every format gets: the model with user text made safe and bounded, once, at the entry of
// each exporter (so a direct exportPdf(model) call is covered as well as the app's path).
//  - Bidirectional controls (U+202A–U+202E embeddings/overrides, U+2066–U+2069 isolates, and the
//    marks U+200E, U+200F, U+061C) are removed: an override in a name can make "Frist 2027"
//    read as something else in every viewer (Trojan Source), and none of them is needed to show
//    Arabic or Hebrew names, which Unicode's own algorithm orders.
//  - Control characters, lone surrogates and CRLF as in `txt` (format.ts).
//  - Every string is cut at MAX_EXPORT_TEXT characters. The API never accepts longer texts
//    (shared/domain/limits.ts); a file written by other means (or an older version) may hold
//    more, and an export must stay bounded in time and memory whatever the file says.
import type { ExportModel } from './model';
import { MAX_EXPORT_TEXT } from '../../../shared/domain/limits';

/** The bidi controls neutralised in every export. */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** Removes bidi and other control characters; keeps line breaks and tabs. */
export function neutraliseControls(s: string): string {
  return s
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, '')
    .replace(BIDI_CONTROLS, '');
}

/** Cuts at `max` characters (not inside a surrogate pair) and marks the cut with "…". */
export function clampText(s: string, max: number = MAX_EXPORT_TEXT): string {
  if (s.length <= max) return s;
  let end = max - 1;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return s.slice(0, end) + '…';
}

const bounded = new WeakSet<object>();

function clean(v: unknown): unknown {
  // Cut before cleaning: the regexes then never run over more than MAX_EXPORT_TEXT characters.
  if (typeof v === 'string') return neutraliseControls(clampText(v));
  if (Array.isArray(v)) return v.map(clean);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = clean(x);
    return out;
  }
  return v;
}

/** The model with every string cleaned and bounded (a copy; the input is not changed). */
export function boundedModel(model: ExportModel): ExportModel {
  if (bounded.has(model)) return model;
  const out = clean(model) as ExportModel;
  bounded.add(out);
  return out;
}
