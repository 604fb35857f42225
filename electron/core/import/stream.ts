// Streaming CSV import for large files (e.g. 200,000 rows): rows are validated as they are read
// and handed to the caller in batches; only aggregates stay in memory. Two passes over the file:
// the first decides the encoding (a Windows-1252 byte may appear in the last line, and text
// already handed on cannot be re-decoded), the second parses.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import Papa from 'papaparse';
import { CsvRecordSplitter, detectDelimiter, reportQuoteErrors, stripSepLine, type Delimiter } from './csv';
import { decideEncoding, detectBom, textDecoderFor, Utf8Scanner, type BomResult, type Utf8ScanReport } from './encoding';
import { at, delimiterHint, mixedEncodingMessage, MSG_EMPTY_FILE, MSG_HEADER_ONLY, ProblemList, tooLargeMessage } from './problems';
import type { ParsedAnswerRow, ParseOptions, StreamParseResult } from './types';
import { ImportValidator } from './validator';

/** Streaming reads bounded memory, so its default limit is higher than the whole-file 20 MB. */
export const MAX_STREAM_IMPORT_BYTES = 500 * 1024 * 1024;
/** A single record (quoted field) longer than this means an unclosed quote, not real data. */
const MAX_RECORD_CHARS = 1024 * 1024;

export interface StreamParseOptions extends ParseOptions {
  /** Rows per onRows call (default 1000). */
  batchSize?: number;
  /** Read chunk size in bytes (default 256 KiB). */
  highWaterMark?: number;
}

/**
 * Parses a CSV file from disk. onRows receives valid, normalised rows in file order (it may be
 * async; reading waits for it). Cross-row errors (duplicates, conflicting question texts, a
 * question without text) can surface after earlier rows were delivered, so the caller should
 * write rows inside a transaction and commit only when the returned result has ok = true.
 */
export async function parseSelfCheckCsvStream(
  filePath: string,
  onRows: (batch: ParsedAnswerRow[]) => void | Promise<void>,
  opts: StreamParseOptions = {},
): Promise<StreamParseResult> {
  const problems = new ProblemList(opts.maxProblems);
  const max = opts.maxBytes ?? MAX_STREAM_IMPORT_BYTES;
  const batchSize = Math.max(1, opts.batchSize ?? 1000);
  const hwm = opts.highWaterMark ?? 256 * 1024;
  let rowCount = 0;
  let batch: ParsedAnswerRow[] = [];
  const validator = new ImportValidator('csv', opts, problems, (r) => batch.push(r));

  const { size } = await stat(filePath);
  const base = { bytes: size, format: 'csv' as const };
  const done = (extra: Partial<StreamParseResult> = {}): StreamParseResult => ({
    ...base,
    ...validator.finish(),
    ok: problems.errorCount === 0,
    rowCount,
    problems: problems.items,
    problemsOmitted: problems.omitted,
    errorCount: problems.errorCount,
    warningCount: problems.warningCount,
    ...extra,
  });
  if (size > max) {
    problems.error('file_too_large', tooLargeMessage(size, max));
    return done();
  }
  if (size === 0) return emptyFile();

  // Pass 1: encoding. A UTF-16 BOM decides alone; otherwise scan all bytes after any BOM.
  const bom = await readBom(filePath);
  let report: Utf8ScanReport | null = null;
  if (!bom || bom.encoding === 'utf-8-bom') {
    const scanner = new Utf8Scanner();
    for await (const chunk of createReadStream(filePath, { highWaterMark: hwm, start: bom?.skip ?? 0 }) as AsyncIterable<Buffer>) {
      scanner.push(chunk);
    }
    report = scanner.end();
  }
  const decision = decideEncoding(bom, report);
  if (!decision.ok) {
    problems.error('mixed_encoding', mixedEncodingMessage(decision.report), decision.report.firstInvalidLine);
    return done();
  }
  const encoding = decision.encoding;

  // Pass 2: decode, cut at record boundaries, parse, validate.
  const decoder = textDecoderFor(encoding);
  let splitter: CsvRecordSplitter | null = null;
  let delimiter: Delimiter = ';';
  let head = ''; // text before the delimiter is known
  let headers: string[] | null = null;
  let recordsBefore = 0; // records (Excel rows) already parsed
  let sawText = false;
  let aborted = false;

  const flushBatch = async () => {
    if (batch.length === 0) return;
    const b = batch;
    batch = [];
    rowCount += b.length;
    await onRows(b);
  };

  const parseRecords = async (text: string, final: boolean) => {
    if (!text) return;
    // Each piece ends with a line break (except the last); drop it so papaparse does not
    // report an extra empty record.
    const body = !final ? text.replace(/\r?\n$/, '') : text;
    const res = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
    let i = 0;
    if (!headers) {
      while (i < res.data.length && !res.data[i].some((c) => c.trim() !== '')) i++;
      if (i >= res.data.length) {
        recordsBefore += res.data.length;
        return;
      }
      headers = res.data[i];
      reportQuoteErrors(res.errors, res.data, recordsBefore, headers, problems);
      validator.setHeader(headers, recordsBefore + i + 1);
      if (!validator.canReadRows) {
        aborted = true;
        if (problems.items.some((p) => p.code === 'missing_column')) {
          problems.warning('delimiter_hint', delimiterHint(delimiter), 1);
        }
        return;
      }
      i++;
    } else reportQuoteErrors(res.errors, res.data, recordsBefore, headers, problems);
    for (; i < res.data.length; i++) {
      validator.addRow(res.data[i], recordsBefore + i + 1);
      if (batch.length >= batchSize) await flushBatch();
    }
    recordsBefore += res.data.length;
  };

  const feed = async (text: string, final: boolean) => {
    if (!splitter) {
      head += text;
      // Wait for the whole first line before guessing the delimiter.
      if (!final && !/\S[^\n]*\n/.test(head)) return;
      const sep = stripSepLine(head);
      delimiter = sep.delimiter ?? detectDelimiter(sep.text);
      splitter = new CsvRecordSplitter(delimiter);
      text = sep.text;
      head = '';
    }
    const complete = splitter.push(text);
    await parseRecords(complete, false);
    if (!final && splitter.pendingLength > MAX_RECORD_CHARS) {
      problems.error('csv_quotes', at('csv', recordsBefore + 1, undefined, {
        de: 'Fehlerhafte Anführungszeichen: ab dieser Zeile wird ein mit " begonnener Text über mehr als 1 MB nicht geschlossen. Prüfen Sie die Anführungszeichen in dieser Zeile oder speichern Sie die Datei in Excel neu als CSV.',
        en: 'Broken quoting: from this row on a text started with " is not closed for more than 1 MB. Check the quotes in this row or save the file again as CSV from Excel.',
      }), recordsBefore + 1);
      aborted = true;
    }
    if (final && !aborted) await parseRecords(splitter.flush(), true);
  };

  const stream = createReadStream(filePath, { highWaterMark: hwm, start: decision.skip });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const text = decoder.decode(chunk, { stream: true });
      if (!sawText && text.trim()) sawText = true;
      await feed(text, false);
      if (aborted) break;
    }
    if (!aborted) {
      const rest = decoder.decode();
      if (rest.trim()) sawText = true;
      await feed(rest, true);
    }
  } finally {
    stream.destroy();
  }
  if (!sawText) return emptyFile();
  await flushBatch();
  if (!aborted && headers && validator.canReadRows && validator.dataRows === 0 && problems.errorCount === 0) {
    problems.error('header_only', at('csv', 1, undefined, MSG_HEADER_ONLY), 1);
  }
  return done({ encoding, delimiter });

  function emptyFile() {
    problems.error('empty_file', MSG_EMPTY_FILE);
    return done();
  }
}

async function readBom(filePath: string): Promise<BomResult> {
  const fh = await open(filePath, 'r');
  try {
    const buf = new Uint8Array(3);
    const { bytesRead } = await fh.read(buf, 0, 3, 0);
    return detectBom(buf.subarray(0, bytesRead));
  } finally {
    await fh.close();
  }
}
