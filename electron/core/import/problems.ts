// Problem collection with a cap, and the wording of locations. Every message says where
// (row, column) and what to do, in German and English.
import type { Utf8ScanReport } from './encoding';
import type { ImportFormat, Problem, ProblemCode } from './types';
import { formatMessage, type Params } from '../../../shared/messages';
import type { importMessages } from '../../../shared/messages/import';

export type ImportMessageKey = keyof (typeof importMessages)['de'];

export const DEFAULT_MAX_PROBLEMS = 200;

export type Msg = { de: string; en: string };

export class ProblemList {
  readonly items: Problem[] = [];
  omitted = 0;
  errorCount = 0;
  warningCount = 0;
  constructor(private readonly max: number = DEFAULT_MAX_PROBLEMS) {}

  /** message may be a function: it is then only formatted when the problem is listed. */
  add(severity: Problem['severity'], code: ProblemCode, message: Msg | (() => Msg), row?: number, column?: string): void {
    if (severity === 'error') this.errorCount++;
    else this.warningCount++;
    if (this.items.length >= this.max) {
      this.omitted++;
      return;
    }
    const p: Problem = { severity, code, message: typeof message === 'function' ? message() : message };
    if (row !== undefined) p.row = row;
    if (column !== undefined) p.column = quote(column, 200);
    this.items.push(p);
  }
  error(code: ProblemCode, message: Msg | (() => Msg), row?: number, column?: string) {
    this.add('error', code, message, row, column);
  }
  warning(code: ProblemCode, message: Msg | (() => Msg), row?: number, column?: string) {
    this.add('warning', code, message, row, column);
  }
}

/** "Zeile 5, Spalte „antwort“" / "row 5, column “antwort”"; JSON: "Eintrag 5, Feld …". */
export function where(format: ImportFormat, row?: number, column?: string): Msg {
  const json = format === 'json';
  const parts: Msg[] = [];
  if (row !== undefined) parts.push(json ? { de: `Eintrag ${row}`, en: `entry ${row}` } : { de: `Zeile ${row}`, en: `row ${row}` });
  if (column !== undefined) {
    // A column name can be a whole 5 MB line: messages show its start only.
    const c = quote(column, 60);
    parts.push(json ? { de: `Feld „${c}“`, en: `key “${c}”` } : { de: `Spalte „${c}“`, en: `column “${c}”` });
  }
  return { de: parts.map((p) => p.de).join(', '), en: parts.map((p) => p.en).join(', ') };
}

/** Prefixes a message with its location: "Zeile 5, Spalte „antwort“: …". */
export function at(format: ImportFormat, row: number | undefined, column: string | undefined, m: Msg): Msg {
  const w = where(format, row, column);
  if (!w.de) return m;
  return { de: `${w.de}: ${m.de}`, en: `${capitalize(w.en)}: ${m.en}` };
}

function capitalize(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Shortens cell text for messages. */
export function quote(s: string, max = 60): string {
  const t = s.length > max ? `${s.slice(0, max - 1)}…` : s;
  return t;
}

/** A catalogue message (shared/messages/import.ts) in both languages, as problems carry it. */
export function msg(key: ImportMessageKey, params: Params = {}, enParams: Params = params): Msg {
  return { de: formatMessage('de', `import.${key}`, params), en: formatMessage('en', `import.${key}`, enParams) };
}

export const MSG_EMPTY_FILE: Msg = msg('emptyFile');
export const MSG_HEADER_ONLY: Msg = msg('headerOnly');

/** Added when columns are missing in a CSV: a wrong delimiter guess is the usual cause. */
export function delimiterHint(delimiter: string): Msg {
  return msg('delimiterHint', { delimiter: delimiter === '\t' ? 'tab' : delimiter });
}

export function mixedEncodingMessage(r: Utf8ScanReport): Msg {
  return msg('mixedEncoding', { line: r.firstInvalidLine ?? 1, utf8Line: r.firstMultibyteLine ?? 'none' });
}

export function tooLargeMessage(size: number, max: number): Msg {
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  return msg('tooLarge', { size: mb(size), max: mb(max) });
}
