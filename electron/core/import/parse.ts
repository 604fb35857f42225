// Whole-file import of a self-check export (CSV, XLSX or JSON). No database, no UI: returns
// normalised rows plus every problem with row, column and advice in German and English.
import { decodeBytes } from './encoding';
import { detectDelimiter, stripSepLine, validateCsvText } from './csv';
import { checkJsonShape, readJson, validateJsonEntries } from './json';
import { at, delimiterHint, mixedEncodingMessage, msg, MSG_EMPTY_FILE, MSG_HEADER_ONLY, ProblemList, tooLargeMessage } from './problems';
import { inspectXlsxZip } from './zip';
import type { AnswerValueCount, ImportFormat, ParseOptions, ParseResult, ParsedAnswerRow } from './types';
import { ImportValidator } from './validator';
import { looksLikeOle2, looksLikeZip } from './sniff';

/** 20 MB: the whole file is held in memory several times (bytes, text, records). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export function formatFromName(fileName: string): ImportFormat | 'xls' | null {
  const ext = /\.([^./\\]+)$/.exec(fileName.toLowerCase())?.[1] ?? '';
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv' || ext === 'tab') return 'csv';
  if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx';
  if (ext === 'xls') return 'xls';
  if (ext === 'json') return 'json';
  return null;
}

function sniff(bytes: Uint8Array): ImportFormat | 'xls' {
  if (looksLikeZip(bytes)) return 'xlsx';
  if (looksLikeOle2(bytes)) return 'xls';
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return bytes[i] === 0x5b || bytes[i] === 0x7b ? 'json' : 'csv';
}

function emptyResult(format: ImportFormat, problems: ProblemList, extra: Partial<ParseResult> = {}): ParseResult {
  const v = new ImportValidator(format, {}, new ProblemList());
  const out = v.finish();
  return {
    ok: problems.errorCount === 0,
    format,
    rows: [],
    ...out,
    problems: problems.items,
    problemsOmitted: problems.omitted,
    errorCount: problems.errorCount,
    warningCount: problems.warningCount,
    ...extra,
  };
}

export async function parseSelfCheck(bytes: Uint8Array, fileName: string, opts: ParseOptions = {}): Promise<ParseResult> {
  const problems = new ProblemList(opts.maxProblems);
  const max = opts.maxBytes ?? MAX_IMPORT_BYTES;
  const byName = formatFromName(fileName);
  let guess = byName ?? sniff(bytes);

  // Size first: nothing else is looked at for an oversized file.
  if (bytes.byteLength > max) {
    problems.error('file_too_large', tooLargeMessage(bytes.byteLength, max));
    return emptyResult(guess === 'xls' ? 'xlsx' : guess, problems);
  }
  if (bytes.byteLength === 0) return emptyFile(guess === 'xls' ? 'xlsx' : guess, problems);

  const sniffed = sniff(bytes);
  if (guess === 'xls' || sniffed === 'xls') {
    problems.error('unsupported_format', msg('unsupportedXls'));
    return emptyResult('xlsx', problems);
  }
  // A workbook renamed to .csv/.json is still read, with a hint; a text file named .xlsx is
  // rejected below with a clear message instead of being guessed at.
  if (sniffed === 'xlsx' && guess !== 'xlsx') {
    problems.warning('format_mismatch', msg('formatMismatch', { file: fileName }));
    guess = 'xlsx';
  }
  const format: ImportFormat = guess;
  const rows: ParsedAnswerRow[] = [];
  const validator = new ImportValidator(format, opts, problems, (r) => rows.push(r));
  const extra: Partial<ParseResult> = {};

  if (format === 'xlsx') {
    // Loaded on demand: exceljs is large and CSV/JSON imports (and the CLI) do not need it.
    // The archive is checked (counts, declared and actual inflated sizes) before exceljs,
    // which would inflate everything and build an object per cell.
    const zip = inspectXlsxZip(bytes);
    if (!zip.ok) {
      if (zip.reason === 'too_big') {
        problems.error('xlsx_too_large', msg('xlsxTooBig', { file: fileName, what: zip.what, count: zip.count, limit: zip.limit, entry: zip.entry ?? '' }));
      } else if (zip.reason === 'size_lie') {
        problems.error('xlsx_too_large', msg('xlsxSizeLie', { file: fileName, entry: zip.entry }));
      } else problems.error('not_a_spreadsheet', msg('notASpreadsheet', { file: fileName, reason: zip.reason }));
      return emptyResult(format, problems);
    }
    const { readFirstSheet } = await import('./xlsx');
    const sheet = await readFirstSheet(bytes);
    if (!sheet.ok) {
      problems.error('not_a_spreadsheet', msg('notASpreadsheet', { file: fileName, reason: sheet.reason }));
      return emptyResult(format, problems);
    }
    const data = sheet.rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
    if (data.length === 0) return emptyFile(format, problems);
    const [head, ...body] = data;
    validator.setHeader(head.cells, head.row);
    if (validator.canReadRows && body.length === 0) return headerOnly(format, problems, head.row);
    if (validator.canReadRows) {
      let formulaWarnings = 0;
      for (const r of body) {
        validator.addRow(r.cells, r.row);
        for (const c of r.formulaColumns) {
          // One warning per cell would drown real problems; the first few show the pattern.
          if (formulaWarnings++ >= 5) break;
          const col = head.cells[c] || undefined;
          problems.warning('formula_cell', at(format, r.row, col, msg('formulaCell')), r.row, col);
        }
      }
    }
  } else {
    const dec = decodeBytes(bytes);
    if (!dec.ok) {
      if (dec.kind === 'mixed') problems.error('mixed_encoding', mixedEncodingMessage(dec.report), dec.report.firstInvalidLine);
      else if (dec.kind === 'unknown')
        problems.error('unknown_encoding', msg('unknownEncoding', { guess: dec.guess, line: dec.line, sample: dec.sample ?? '' }), dec.line);
      else problems.error('binary_file', msg('binaryFile', { what: dec.what, line: dec.line }), dec.line);
      return emptyResult(format, problems);
    }
    extra.encoding = dec.encoding;
    if (!dec.text.trim()) return emptyFile(format, problems, extra);

    if (format === 'json') {
      const shape = checkJsonShape(dec.text);
      if (!shape.ok) {
        problems.error('json_too_complex', msg('jsonTooComplex', { what: shape.what, count: shape.count, limit: shape.limit }));
        return emptyResult(format, problems, extra);
      }
      const j = readJson(dec.text);
      if (!j.ok) {
        if (j.code === 'invalid_json') {
          problems.error('invalid_json', msg('invalidJson', { line: j.line ?? 'none', column: j.column ?? 0, detail: j.detail }), j.line);
        } else problems.error('json_not_rows', msg('jsonNotRows', { kind: j.detail }));
        return emptyResult(format, problems, extra);
      }
      if (j.entries.length === 0) {
        problems.error('json_empty', msg('jsonEmpty'));
        return emptyResult(format, problems, extra);
      }
      validateJsonEntries(j.entries, validator, problems);
    } else {
      const sep = stripSepLine(dec.text);
      const delimiter = sep.delimiter ?? detectDelimiter(sep.text);
      extra.delimiter = delimiter;
      const before = problems.errorCount;
      const { headerFound } = validateCsvText(sep.text, delimiter, validator);
      if (!headerFound) return emptyFile(format, problems, extra);
      if (validator.canReadRows && validator.dataRows === 0 && problems.errorCount === before) {
        return headerOnly(format, problems, 1, extra);
      }
      if (!validator.canReadRows && problems.items.some((p) => p.code === 'missing_column')) {
        // Name the delimiter we used: a wrong guess is the usual reason for "missing" columns.
        problems.warning('delimiter_hint', delimiterHint(delimiter), 1);
      }
    }
  }

  const out = validator.finish();
  // Whatever the format: a file that yields no answer row is refused, so it can never replace
  // (wipe) existing results.
  if (problems.errorCount === 0 && rows.length === 0) problems.error('no_answers', msg('noAnswers', { file: fileName }));
  return {
    ok: problems.errorCount === 0,
    format,
    ...extra,
    rows,
    ...out,
    problems: problems.items,
    problemsOmitted: problems.omitted,
    errorCount: problems.errorCount,
    warningCount: problems.warningCount,
  };
}

function emptyFile(format: ImportFormat, problems: ProblemList, extra: Partial<ParseResult> = {}): ParseResult {
  problems.error('empty_file', MSG_EMPTY_FILE);
  return emptyResult(format, problems, extra);
}

function headerOnly(format: ImportFormat, problems: ProblemList, headerRow: number, extra: Partial<ParseResult> = {}): ParseResult {
  problems.error('header_only', at(format, headerRow, undefined, MSG_HEADER_ONLY), headerRow);
  return emptyResult(format, problems, extra);
}

/**
 * Distinct non-empty answer values of a file with counts and what each maps to (built-in value,
 * opts.answerMap entry, or 'unknown'), for a mapping dialog. Other problems are ignored.
 */
export async function distinctAnswerValues(
  bytes: Uint8Array,
  fileName: string,
  opts: Pick<ParseOptions, 'answerMap' | 'maxBytes'> = {},
): Promise<AnswerValueCount[]> {
  return (await parseSelfCheck(bytes, fileName, { ...opts, maxProblems: 0 })).answerValues;
}
