import type { AnswerValue, FieldKey } from '../../../shared/domain/fields';
import type { QuestionTally, ResultSummary } from '../../../shared/scoring';

export type ImportFormat = 'csv' | 'xlsx' | 'json';

/** Canonical column keys; the file may use German or English header names. */
export type ColumnKey = 'respondent' | 'role' | 'field' | 'questionId' | 'question' | 'answer' | 'comment';

export interface ParsedAnswerRow {
  respondent: string;
  role: string;
  field: FieldKey;
  questionId: string;
  /** The row's own question text ('' when the row left it empty; see questions[] for the text). */
  questionText: string;
  /** null = skipped (empty cell, or mapped to null via answerMap). */
  answer: AnswerValue | null;
  comment: string;
  /** CSV/XLSX: row number as Excel shows it (header = 1). JSON: 1-based position in the array. */
  sourceRow: number;
}

export interface ImportRespondent {
  code: string;
  role: string;
}

export interface ImportQuestion {
  id: string;
  field: FieldKey;
  text: string;
  /** 1-based order of first appearance in the file. */
  position: number;
}

export type ProblemCode =
  | 'file_too_large'
  | 'empty_file'
  | 'header_only'
  | 'json_empty'
  | 'unsupported_format'
  | 'not_a_spreadsheet'
  | 'format_mismatch'
  | 'mixed_encoding'
  | 'invalid_json'
  | 'json_not_rows'
  | 'json_entry_not_object'
  | 'json_value_not_text'
  | 'csv_quotes'
  | 'missing_column'
  | 'duplicate_column'
  | 'unknown_column'
  | 'delimiter_hint'
  | 'extra_cells'
  | 'missing_value'
  | 'unknown_field'
  | 'unknown_answer'
  | 'question_text_missing'
  | 'question_text_conflict'
  | 'question_field_conflict'
  | 'duplicate_answer'
  | 'respondent_role_conflict'
  | 'formula_cell'
  | 'read_error'
  | 'no_answers'
  | 'unknown_encoding'
  | 'binary_file'
  | 'xlsx_too_large'
  | 'json_too_complex'
  | 'too_many_columns';

export interface Problem {
  severity: 'error' | 'warning';
  code: ProblemCode;
  /** CSV/XLSX: row as Excel shows it (header = 1). JSON: 1-based entry in the array. */
  row?: number;
  /** The column's header as written in the file (or the expected name for a missing column). */
  column?: string;
  message: { de: string; en: string };
}

export interface CountsPreview {
  ja: number;
  teilweise: number;
  nein: number;
  weissNicht: number;
  skipped: number;
}

export interface FieldPreview extends CountsPreview {
  key: FieldKey;
  questions: number;
  /** Score as shared/scoring computes it, null when nothing scored. */
  score: number | null;
}

export interface RespondentPreview {
  code: string;
  role: string;
  /** Rows with a non-empty answer (including "weiß nicht"). */
  answers: number;
  dontKnow: number;
  /** Empty answers plus questions of the import without a row for this respondent. */
  skipped: number;
}

export interface ImportPreview {
  /** All seven fields in fixed order. */
  perField: FieldPreview[];
  /** In order of first appearance. */
  perRespondent: RespondentPreview[];
}

export interface UnknownAnswerValue {
  /** As written in the first row where it occurred (trimmed). */
  raw: string;
  /** Normalised key to use in answerMap. */
  key: string;
  count: number;
  firstRow: number;
}

/** Every distinct non-empty answer value of the file, for a mapping dialog. */
export interface AnswerValueCount {
  /** Normalised key (use it in answerMap). */
  key: string;
  /** First spelling in the file. */
  raw: string;
  count: number;
  /** What it is read as now: an AnswerValue, null (mapped to skipped) or 'unknown'. */
  mapsTo: AnswerValue | null | 'unknown';
}

export interface ParseOptions {
  /**
   * Extra answer values, e.g. for a 5-step agreement scale: normalised raw value → AnswerValue
   * or null (= skipped). Keys are normalised like the file's values (see normalizeToken), so
   * "Stimme voll zu" and "stimme voll zu" are the same key. Checked before the built-in values.
   */
  answerMap?: Record<string, AnswerValue | null>;
  /** Cap for problems[] (default 200); the rest are only counted in problemsOmitted. */
  maxProblems?: number;
  /** Size limit in bytes (default MAX_IMPORT_BYTES = 20 MB). */
  maxBytes?: number;
}

interface ParseResultBase {
  ok: boolean;
  format: ImportFormat;
  /** CSV/JSON: 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le' | 'utf-16be'. */
  encoding?: string;
  /** CSV only: ';' | ',' | '\t'. */
  delimiter?: string;
  respondents: ImportRespondent[];
  questions: ImportQuestion[];
  problems: Problem[];
  /** Problems not listed because of the cap. */
  problemsOmitted: number;
  errorCount: number;
  warningCount: number;
  /** Distinct answer values that are neither built-in nor in answerMap — offer a mapping for these. */
  unknownAnswerValues: UnknownAnswerValue[];
  /** All distinct non-empty answer values with counts (known and unknown). */
  answerValues: AnswerValueCount[];
  preview: ImportPreview;
  /** Per-question counts of the valid rows (input for shared/scoring computeResultsFromTallies). */
  tallies: QuestionTally[];
  summary: ResultSummary;
}

export interface ParseResult extends ParseResultBase {
  /** Valid rows only: rows with a row-level error are left out (and ok is false then). */
  rows: ParsedAnswerRow[];
}
