// CSV specifics: delimiter detection and feeding papaparse's records into the validator.
import Papa from 'papaparse';
import { matchHeader } from './normalize';
import { at, msg, type ProblemList } from './problems';
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
  const line = firstNonBlankLine(text.slice(0, 65536));
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

/**
 * The first line with a non-space character, found in one pass. (A regex like
 * /[^\r\n]*\S[^\r\n]*\/ backtracks over every start position of a blank line: quadratic.)
 */
export function firstNonBlankLine(text: string): string {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (line.trim()) return line;
    start = end + 1;
  }
  return '';
}

/** Reports a broken quote in record `row` (as Excel numbers it); column = the last cell's header. */
function reportQuoteError(row: number, rec: readonly string[], headers: readonly string[] | null, problems: ProblemList): void {
  const column = headers && rec.length > 0 ? headers[rec.length - 1] || undefined : undefined;
  problems.error('csv_quotes', () => at('csv', row, column, msg('csvQuotes')), row, column);
}

/**
 * Whole-text CSV: header = first non-empty record; row numbers as Excel shows them. Records are
 * validated as papaparse produces them (step), so no array of all records is ever built.
 */
export function validateCsvText(text: string, delimiter: Delimiter, v: ImportValidator): { headerFound: boolean } {
  let row = 0;
  let headers: string[] | null = null;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (res) => {
      row++;
      const cells = res.data;
      const broken = res.errors.some((e) => e.type === 'Quotes');
      if (!headers) {
        if (broken) reportQuoteError(row, cells, null, v.problems);
        if (cells.some((c) => c.trim() !== '')) {
          headers = cells;
          v.setHeader(headers, row);
        }
        return;
      }
      if (broken) reportQuoteError(row, cells, headers, v.problems);
      if (v.canReadRows) v.addRow(cells, row);
    },
  });
  return { headerFound: headers !== null };
}
