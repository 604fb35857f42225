// What crosses between the import worker (worker.ts) and the API thread (worker-client.ts).
// The parse result minus its rows is small (problems are capped, previews are per field and per
// respondent) and is cloned. The rows are not: 143,000 row objects of a 19 MB CSV take ~150 ms to
// deserialise – a freeze of the very thread the worker is there to spare. So the worker packs
// them into two buffers that are transferred without copying, and the API thread unpacks them
// only for `import.commit`, whose database write blocks that thread anyway.
import { createHash } from 'node:crypto';
import { ANSWER_VALUES, type AnswerValue, type FieldKey } from '../../../shared/domain/fields';
import type { ParseOptions, ParseResult, ParsedAnswerRow } from './types';

/** A parse result without its rows (rowCount says how many there are). */
export type ParseSummary = Omit<ParseResult, 'rows'> & { rowCount: number };

/** Rows as a table of distinct strings (UTF-8 JSON) and 8 integers per row. */
export interface PackedRows {
  count: number;
  ints: Int32Array;
  strings: Uint8Array;
}

export interface ParseRequest {
  id: number;
  fileName: string;
  dataBase64: string;
  answerMap?: ParseOptions['answerMap'];
  /** Key of the parse the API thread holds: when the file has that key, the worker does not parse. */
  knownKey?: string;
}

export type ParseResponse =
  | { id: number; ok: true; key: string; cached: true }
  | { id: number; ok: true; key: string; cached: false; summary: ParseSummary; rows: PackedRows }
  | { id: number; ok: false; message: string };

/**
 * Identity of a parse: file name, answer map and the decoded bytes (hashing the base64 string
 * would copy it to UTF-8 first). Same key, same parse result.
 */
export function parseKey(fileName: string, answerMap: ParseOptions['answerMap'], bytes: Uint8Array): string {
  return createHash('sha256')
    .update(fileName)
    .update('\0')
    .update(JSON.stringify(answerMap ?? null))
    .update('\0')
    .update(bytes)
    .digest('hex');
}

const PER_ROW = 8;

export function packRows(rows: readonly ParsedAnswerRow[]): PackedRows {
  const index = new Map<string, number>();
  const table: string[] = [];
  const id = (s: string) => {
    let i = index.get(s);
    if (i === undefined) {
      i = table.length;
      table.push(s);
      index.set(s, i);
    }
    return i;
  };
  const ints = new Int32Array(rows.length * PER_ROW);
  let o = 0;
  for (const r of rows) {
    ints[o++] = id(r.respondent);
    ints[o++] = id(r.role);
    ints[o++] = id(r.field);
    ints[o++] = id(r.questionId);
    ints[o++] = id(r.questionText);
    ints[o++] = id(r.comment);
    ints[o++] = r.answer === null ? -1 : ANSWER_VALUES.indexOf(r.answer);
    ints[o++] = r.sourceRow;
  }
  return { count: rows.length, ints, strings: new TextEncoder().encode(JSON.stringify(table)) };
}

export function unpackRows(p: PackedRows): ParsedAnswerRow[] {
  const table = JSON.parse(new TextDecoder().decode(p.strings)) as string[];
  const rows: ParsedAnswerRow[] = new Array(p.count);
  const x = p.ints;
  for (let i = 0, o = 0; i < p.count; i++, o += PER_ROW) {
    rows[i] = {
      respondent: table[x[o]],
      role: table[x[o + 1]],
      field: table[x[o + 2]] as FieldKey,
      questionId: table[x[o + 3]],
      questionText: table[x[o + 4]],
      comment: table[x[o + 5]],
      answer: x[o + 6] < 0 ? null : (ANSWER_VALUES[x[o + 6]] as AnswerValue),
      sourceRow: x[o + 7],
    };
  }
  return rows;
}
