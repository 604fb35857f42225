// JSON: an array of row objects, or { rows: [...] }. Keys are the column names.
import { matchHeader } from './normalize';
import { at, msg, type ProblemList } from './problems';
import type { ImportValidator } from './validator';

export type JsonReadResult =
  { ok: true; entries: unknown[] } | { ok: false; code: 'invalid_json' | 'json_not_rows'; line?: number; column?: number; detail: string };

/** A row list is 2–3 levels deep and has a handful of columns; far more is not a self-check. */
export const JSON_LIMITS = { depth: 16, keys: 200 };

export type JsonShape = { ok: true } | { ok: false; what: 'depth' | 'keys'; count: number; limit: number };

/**
 * One linear pass over the text before JSON.parse: nesting depth and distinct object keys
 * (columns). JSON.parse of 10^6 distinct keys took 1 GB and the column table built from them
 * more; a file like that is refused before it is parsed. Invalid JSON passes here and is then
 * reported by JSON.parse with its position.
 */
export function checkJsonShape(text: string, limits = JSON_LIMITS): JsonShape {
  let depth = 0;
  let maxDepth = 0;
  const keys = new Set<string>();
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: find its end (skipping escapes); it is a key if ':' follows.
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 0x5c) j += 2;
        else if (d === 0x22) break;
        else j++;
      }
      let k = j + 1;
      while (k < n && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x0a || text.charCodeAt(k) === 0x0d || text.charCodeAt(k) === 0x09)) k++;
      if (text.charCodeAt(k) === 0x3a && keys.size <= limits.keys) {
        keys.add(text.slice(i + 1, Math.min(j, i + 201)));
        if (keys.size > limits.keys) return { ok: false, what: 'keys', count: countKeysFrom(text, keys, k, limits.keys * 10), limit: limits.keys };
      }
      i = j;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) maxDepth = depth;
      if (depth > limits.depth) return { ok: false, what: 'depth', count: nestingDepth(text, i, depth), limit: limits.depth };
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return { ok: true };
}

/** For the message only: how many distinct keys, counting on up to a cap. */
function countKeysFrom(text: string, keys: Set<string>, from: number, cap: number): number {
  const re = /"((?:[^"\\]|\\.){0,200})"\s*:/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && keys.size < cap; m = re.exec(text)) keys.add(m[1]);
  return keys.size;
}

/** For the message only: the deepest nesting, counted on from where the limit was passed. */
function nestingDepth(text: string, from: number, depth: number): number {
  let max = depth;
  for (let i = from + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) max = Math.max(max, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
    else if (c === 0x22) break; // good enough for the message: strings end the simple count
  }
  return max;
}

/**
 * What went wrong, as a kind the message catalogue words in each language: the engine's own text
 * ("Expected double-quoted property name …") is English and differs between engines.
 */
export function jsonErrorKind(message: string): 'end' | 'name' | 'comma' | 'control' | 'other' {
  if (/end of (JSON|data)|Unterminated string/i.test(message)) return 'end';
  if (/property name|double-quoted/i.test(message)) return 'name';
  if (/Expected ',' or|after (array element|property value)/i.test(message)) return 'comma';
  if (/control character/i.test(message)) return 'control';
  return 'other';
}

export function readJson(text: string): JsonReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const pos = jsonErrorPosition(message, text);
    // a file cut off mid-way: whatever the engine expected next, the text simply ends there
    const at = /position (\d+)/.exec(message);
    const cut = at !== null && Number(at[1]) >= text.trimEnd().length;
    return { ok: false, code: 'invalid_json', detail: cut ? 'end' : jsonErrorKind(message), ...pos };
  }
  if (Array.isArray(data)) return { ok: true, entries: data };
  if (data && typeof data === 'object' && Array.isArray((data as { rows?: unknown }).rows)) {
    return { ok: true, entries: (data as { rows: unknown[] }).rows };
  }
  const kind = data === null ? 'null' : Array.isArray(data) ? 'array' : typeof data;
  return { ok: false, code: 'json_not_rows', detail: kind };
}

/** V8 says "... at position 42 (line 3 column 5)" or just "at position 42". */
function jsonErrorPosition(msg: string, text: string): { line?: number; column?: number } {
  const lc = /line (\d+) column (\d+)/.exec(msg);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const p = /position (\d+)/.exec(msg);
  if (p) {
    const before = text.slice(0, Number(p[1]));
    const line = before.split('\n').length;
    return { line, column: before.length - before.lastIndexOf('\n') };
  }
  return {};
}

/** Feeds entries to the validator; entry n (1-based) is reported as "Eintrag n". */
export function validateJsonEntries(entries: unknown[], v: ImportValidator, problems: ProblemList): void {
  // Objects may spell a key differently ("Respondent" here, "respondent" there): all spellings
  // of one known column share its index; the first spelling is the column's name.
  const headers: string[] = [];
  const index = new Map<string, number>();
  const byColumn = new Map<string, number>();
  for (const e of entries) {
    if (!isPlainObject(e)) continue;
    for (const k of Object.keys(e)) {
      if (index.has(k)) continue;
      const col = matchHeader(k);
      const known = col ? byColumn.get(col) : undefined;
      if (known !== undefined) {
        index.set(k, known);
        continue;
      }
      if (col) byColumn.set(col, headers.length);
      index.set(k, headers.length);
      headers.push(k);
    }
  }
  v.setHeader(headers, 1);
  if (!v.canReadRows) return;
  entries.forEach((e, i) => {
    const n = i + 1;
    if (!isPlainObject(e)) {
      problems.error('json_entry_not_object', () => at('json', n, undefined, msg('jsonEntryNotObject')), n);
      return;
    }
    const cells: string[] = new Array(headers.length).fill('');
    let bad = false;
    for (const [k, val] of Object.entries(e)) {
      if (val === null || val === undefined) continue;
      const i = index.get(k)!;
      const text = typeof val === 'string' ? val : typeof val === 'number' || typeof val === 'boolean' ? String(val) : null;
      if (text !== null) {
        if (cells[i].trim() && text.trim() && cells[i].trim() !== text.trim()) {
          bad = true;
          problems.error('duplicate_column', () => at('json', n, k, msg('jsonDuplicateKey', { first: headers[i], second: k })), n, k);
        }
        if (text.trim()) cells[i] = text;
      } else {
        bad = true;
        problems.error('json_value_not_text', () => at('json', n, k, msg('jsonValueNotText')), n, k);
      }
    }
    if (!bad) v.addRow(cells, n);
  });
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
