import { z } from 'zod';
import { AnswerSchema, FieldKeySchema } from '../domain/schemas';
import { ctl, q } from './define';

// Import of a municipality's self-check answers (format: docs/import-format.md).
// The file travels as base64 (works over Electron IPC and the browser-mode HTTP transport).
// 'import.preview' writes nothing; 'import.commit' parses again and writes everything in one
// SQLite transaction, replacing earlier results; cards, ideas and actions are never touched.
// An import is not an undo entry (results are replaced as a whole, after a confirmation); the
// undo history of cards/ideas/actions stays valid and is kept.

/** 20 MB file limit → ~27 MB of base64; the parser reports the 20 MB limit itself. */
const MAX_BASE64 = 30 * 1024 * 1024;

/** Normalised raw answer value → ja | teilweise | nein | weiss_nicht | null (= übersprungen). */
export const AnswerMapSchema = z.record(z.string().max(200), AnswerSchema.nullable());
export type AnswerMap = z.infer<typeof AnswerMapSchema>;

const FileInput = {
  fileName: z.string().trim().min(1, 'validation.chooseFile').max(300),
  dataBase64: z.string().max(MAX_BASE64, 'validation.fileTooBig'),
  answerMap: AnswerMapSchema.optional(),
};

const CountsFields = {
  ja: z.number().int(),
  teilweise: z.number().int(),
  nein: z.number().int(),
  weissNicht: z.number().int(),
  skipped: z.number().int(),
};

export const ImportProblemSchema = z.object({
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  row: z.number().int().optional(),
  column: z.string().optional(),
  message: z.object({ de: z.string(), en: z.string() }),
});
export type ImportProblem = z.infer<typeof ImportProblemSchema>;

export const ImportPreviewSchema = z.object({
  ok: z.boolean(),
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx', 'json']),
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  respondents: z.number().int(),
  questions: z.number().int(),
  rows: z.number().int(),
  perField: z.array(z.object({ key: FieldKeySchema, questions: z.number().int(), ...CountsFields, score: z.number().nullable() })),
  perRespondent: z.array(z.object({ code: z.string(), role: z.string(), answers: z.number().int(), dontKnow: z.number().int(), skipped: z.number().int() })),
  problems: z.array(ImportProblemSchema),
  problemsOmitted: z.number().int(),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
  unknownAnswerValues: z.array(z.object({ raw: z.string(), key: z.string(), count: z.number().int(), firstRow: z.number().int() })),
  answerValues: z.array(
    z.object({ key: z.string(), raw: z.string(), count: z.number().int(), mapsTo: z.union([AnswerSchema, z.null(), z.literal('unknown')]) }),
  ),
  /** The open workshop already holds results: committing needs replace: true. */
  hasExistingResults: z.boolean(),
  existing: z.object({ respondents: z.number().int(), questions: z.number().int(), answers: z.number().int() }),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportSummarySchema = z.object({
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx', 'json']),
  respondents: z.number().int(),
  questions: z.number().int(),
  rows: z.number().int(),
  replaced: z.boolean(),
  warningCount: z.number().int(),
  importedAt: z.string(),
});
export type ImportSummary = z.infer<typeof ImportSummarySchema>;

export const importMethods = {
  'import.preview': q(z.object(FileInput).strict(), ImportPreviewSchema, ['results']),
  'import.commit': ctl(z.object({ ...FileInput, replace: z.boolean() }).strict(), ImportSummarySchema, ['results', 'workshop', 'history']),
  /** The exchange template the app offers for download. */
  'import.template': q(z.object({ format: z.enum(['csv', 'xlsx']) }).strict(), z.object({ fileName: z.string(), base64: z.string() }), []),
} as const;
