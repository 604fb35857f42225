// CSV specifics: delimiter detection and feeding papaparse's records into the validator.
import Papa from 'papaparse';
import { matchHeader } from './normalize';
import { at, type ProblemList } from './problems';
import type { ImportValidator } from './validator';

export const DELIMITERS = [';', ',', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * Excel writes and honours a first line "sep=;" naming the delimiter; it does not show it as a
 * row, so it is removed without counting.
 */
export function stripSepLine(text: string): { text: string; delimiter?: Delimiter } {
  const m = /^sep=(.)\r?\n/i.exec(text);
  if (!m || !(DELIMITERS as readonly string[]).includes(m[1])) return { text };
  return { text: text.slice(m[0].length), delimiter: m[1] as Delimiter };
}

/**
 * Picks the delimiter under which the first non-empty line yields the most known column names
 * (ties: more columns, then ; before , before tab). Counting characters alone fails on German
 * files where question texts in the header-less sample contain commas.
 */
export function detectDelimiter(text: string): Delimiter {
  const m = /[^\r\n]*\S[^\r\n]*/.exec(text.slice(0, 65536));
  const line = m ? m[0] : '';
  let best: Delimiter = ';';
  let bestScore = [-1, -1];
  for (const d of DELIMITERS) {
    const cells = (Papa.parse<string[]>(line, { delimiter: d, preview: 1 }).data[0] ?? []) as string[];
    const known = cells.filter((c) => matchHeader(c) !== null).length;
    const score = [known, cells.length];
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** Reports papaparse quote errors once per record. rowOffset: records before this text chunk. */
export function reportQuoteErrors(
  errors: Papa.ParseError[],
  data: string[][],
  rowOffset: number,
  headers: readonly string[] | null,
  problems: ProblemList,
): number[] {
  const rows: number[] = [];
  for (const e of errors) {
    if (e.type !== 'Quotes' || e.row === undefined) continue;
    const row = rowOffset + e.row + 1;
    if (rows.includes(row)) continue;
    rows.push(row);
    const rec = data[e.row] ?? [];
    const column = headers && rec.length > 0 ? headers[rec.length - 1] || undefined : undefined;
    problems.error(
      'csv_quotes',
      at('csv', row, column, {
        de: 'Fehlerhafte Anführungszeichen: ein mit " begonnener Text wird nicht richtig geschlossen; die folgenden Zeilen können dadurch verschluckt sein. Setzen Sie Text mit Trennzeichen oder Zeilenumbruch ganz in "…" und verdoppeln Sie Anführungszeichen im Text ("") – oder speichern Sie die Datei in Excel neu als CSV.',
        en: 'Broken quoting: a text started with " is not closed properly; the following rows may have been swallowed. Put text containing the delimiter or a line break fully in "…" and double quotes inside text ("") – or save the file again as CSV from Excel.',
      }),
      row,
      column,
    );
  }
  return rows;
}

/** Whole-text CSV: header = first non-empty record; row numbers as Excel shows them. */
export function validateCsvText(text: string, delimiter: Delimiter, v: ImportValidator): { headerFound: boolean } {
  const res = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const data = res.data;
  const headerIdx = data.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerIdx < 0) return { headerFound: false };
  const headers = data[headerIdx];
  reportQuoteErrors(res.errors, data, 0, headers, v.problems);
  v.setHeader(headers, headerIdx + 1);
  if (v.canReadRows) for (let i = headerIdx + 1; i < data.length; i++) v.addRow(data[i], i + 1);
  return { headerFound: true };
}

/**
 * Incremental record splitter for streaming: finds the last line break that is outside a quoted
 * field, mirroring papaparse's quote rules (a quote opens only at the start of a field and
 * closes only before a delimiter, line break or end), so each cut is a true record boundary.
 */
export class CsvRecordSplitter {
  private buf = '';
  private scanPos = 0;
  private inQuotes = false;
  private fieldStart = true;

  constructor(private readonly delimiter: string) {}

  get pendingLength(): number {
    return this.buf.length;
  }

  /** Appends text and returns the complete records' text (may be ''). */
  push(text: string): string {
    this.buf += text;
    let cut = -1;
    const b = this.buf;
    const d = this.delimiter;
    let i = this.scanPos;
    for (; i < b.length; i++) {
      const c = b[i];
      if (this.inQuotes) {
        if (c !== '"') continue;
        if (i + 1 >= b.length) break; // need the next char to decide
        const n = b[i + 1];
        if (n === '"') i++;
        else if (n === d || n === '\n' || n === '\r') {
          this.inQuotes = false;
          this.fieldStart = false;
        }
        continue;
      }
      if (c === '"' && this.fieldStart) {
        this.inQuotes = true;
        continue;
      }
      if (c === '\n') cut = i;
      this.fieldStart = c === d || c === '\n' || c === '\r';
    }
    this.scanPos = i;
    if (cut < 0) return '';
    const out = b.slice(0, cut + 1);
    this.buf = b.slice(cut + 1);
    this.scanPos -= cut + 1;
    return out;
  }

  /** The rest at end of input. */
  flush(): string {
    const out = this.buf;
    this.buf = '';
    this.scanPos = 0;
    return out;
  }
}
