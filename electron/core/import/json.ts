// JSON: an array of row objects, or { rows: [...] }. Keys are the column names.
import { matchHeader } from './normalize';
import { at, type ProblemList } from './problems';
import type { ImportValidator } from './validator';

export type JsonReadResult =
  | { ok: true; entries: unknown[] }
  | { ok: false; code: 'invalid_json' | 'json_not_rows'; line?: number; column?: number; detail: string };

export function readJson(text: string): JsonReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const pos = jsonErrorPosition(detail, text);
    return { ok: false, code: 'invalid_json', detail, ...pos };
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
      problems.error('json_entry_not_object', at('json', n, undefined, {
        de: 'Der Eintrag ist kein Objekt. Jeder Eintrag braucht die Form {"befragte_person": …, "handlungsfeld": …, …}.',
        en: 'The entry is not an object. Every entry needs the form {"respondent": …, "field": …, …}.',
      }), n);
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
          problems.error('duplicate_column', at('json', n, k, {
            de: `Der Eintrag hat zwei Schlüssel für dieselbe Spalte („${headers[i]}“ und „${k}“) mit verschiedenen Werten. Entfernen Sie einen davon.`,
            en: `The entry has two keys for the same column (“${headers[i]}” and “${k}”) with different values. Remove one of them.`,
          }), n, k);
        }
        if (text.trim()) cells[i] = text;
      } else {
        bad = true;
        problems.error('json_value_not_text', at('json', n, k, {
          de: 'Der Wert ist eine Liste oder ein Objekt. Erlaubt sind Text, Zahl oder null.',
          en: 'The value is a list or an object. Allowed: text, number or null.',
        }), n, k);
      }
    }
    if (!bad) v.addRow(cells, n);
  });
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
