import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportPreview } from '../../../shared/api/import';
import { AppError } from '../../../shared/domain/errors';
import { formatMessage, type Locale } from '../../../shared/messages';
import { parseSelfCheck, type ParseOptions, type ParseResult, type ParsedAnswerRow } from '../import';
import { parseKey, unpackRows, type ParseSummary } from '../import/transfer';
import { importWorkerAvailable, parseInWorker } from '../import/worker-client';
import { existingResults, storeImportInSlices } from '../db/repo/import';
import type { AreaHandlers, MethodsOf, ServiceContext } from './types';

const TEMPLATES = { csv: 'selbstcheck-vorlage.csv', xlsx: 'selbstcheck-vorlage.xlsx' } as const;

/** resources/templates from the sources (tsx), the build (out/main) and a packaged app. */
function templateFile(name: string): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  const candidates = [
    path.join(here, '../../../resources/templates', name),
    path.join(here, '../../resources/templates', name),
    ...(resourcesPath ? [path.join(resourcesPath, 'app.asar/resources/templates', name), path.join(resourcesPath, 'resources/templates', name)] : []),
    path.join(process.cwd(), 'resources/templates', name),
  ];
  const found = candidates.find((f) => fs.existsSync(f));
  if (!found) throw AppError.of('IO', 'import.templateMissing', { name });
  return found;
}

function decode(b64: string): Uint8Array {
  return new Uint8Array(Buffer.from(b64, 'base64'));
}

/** One line per problem, as the UI and the CLI show them (the message names row and column). */
export function problemLines(
  r: { problems: readonly Pick<ParseResult['problems'][number], 'severity' | 'message'>[]; problemsOmitted: number },
  severity: 'error' | 'warning' | 'all' = 'error',
  locale: Locale = 'de',
): string[] {
  const lines = r.problems.filter((p) => severity === 'all' || p.severity === severity).map((p) => p.message[locale]);
  if (r.problemsOmitted > 0) lines.push(formatMessage(locale, 'import.moreProblems', { count: r.problemsOmitted }));
  return lines;
}

export function importFailed(r: ParseResult | Pick<ParseResult, 'problems' | 'problemsOmitted' | 'errorCount'>): AppError {
  const shown = (l: Locale) => problemLines(r, 'error', l).slice(0, 5).join('\n');
  return AppError.of('IMPORT_FAILED', 'import.failed', {
    errors: r.errorCount,
    more: r.errorCount > 5 ? r.errorCount : 0,
    lines: shown('de'),
    linesEn: shown('en'),
  });
}

export function conflictExisting(e: { respondents: number; questions: number }): AppError {
  return AppError.of('CONFLICT', 'import.existingResults', { respondents: e.respondents, questions: e.questions });
}

/** A parse as the handlers use it: the summary at once, the rows only when a commit writes them. */
interface Parsed {
  summary: ParseSummary;
  rows(): ParsedAnswerRow[];
}

/**
 * The last parse, reused when the same file (same name, bytes and answer map) comes again:
 * the app's preview → commit and the CLI (which runs the same two methods) parse a file once.
 */
let lastParse: { key: string; result: Promise<Parsed> } | null = null;

function remember(key: string, result: Promise<Parsed>): Promise<Parsed> {
  const entry = { key, result };
  lastParse = entry;
  // A preview that is never committed must not hold a big file's rows for ever.
  setTimeout(() => {
    if (lastParse === entry) lastParse = null;
  }, 120_000).unref();
  return result;
}

type ParseInput = { fileName: string; dataBase64: string; answerMap?: ParseOptions['answerMap'] };

/**
 * SCWK_IMPORT_INLINE=1 parses on the API thread: the "before" of bench/import-responsive.bench.ts,
 * and an escape hatch should a packaging ever break the worker. Without a worker entry (an
 * unusual layout) it parses in place as well.
 */
const inline = () => process.env.SCWK_IMPORT_INLINE === '1' || !importWorkerAvailable();

function parseInline(i: ParseInput): Promise<Parsed> {
  const bytes = decode(i.dataBase64);
  const key = parseKey(i.fileName, i.answerMap, bytes);
  if (lastParse?.key === key) return lastParse.result;
  return remember(
    key,
    parseSelfCheck(bytes, i.fileName, { answerMap: i.answerMap }).then(({ rows, ...rest }) => ({
      summary: { ...rest, rowCount: rows.length },
      rows: () => rows,
    })),
  );
}

/**
 * Decoding, hashing and parsing run in the worker; the API thread only keeps the result. The
 * worker is told the key of the parse held here and answers `cached` instead of parsing again.
 */
async function parseOffThread(i: ParseInput): Promise<Parsed> {
  for (;;) {
    const held = lastParse;
    const res = await parseInWorker({ fileName: i.fileName, dataBase64: i.dataBase64, answerMap: i.answerMap, knownKey: held?.key });
    if (res.cached) {
      // The held parse may have expired or been replaced meanwhile: then ask for a real parse.
      if (held && lastParse === held) return held.result;
      lastParse = null;
      continue;
    }
    const packed = res.rows;
    let rows: ParsedAnswerRow[] | null = null;
    return remember(res.key, Promise.resolve({ summary: res.summary, rows: () => (rows ??= unpackRows(packed)) }));
  }
}

/** Lets the event loop answer waiting requests (I/O runs before setImmediate callbacks). */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

const parseOnce = (i: ParseInput): Promise<Parsed> => (inline() ? parseInline(i) : parseOffThread(i));

export function importHandlers(s: ServiceContext): AreaHandlers<MethodsOf<'import'>> {
  const parse = parseOnce;

  return {
    'import.preview': async (i): Promise<ImportPreview> => {
      const existing = existingResults(s.db());
      const { summary: r } = await parse(i);
      return {
        ok: r.ok,
        fileName: i.fileName,
        format: r.format,
        encoding: r.encoding ?? null,
        delimiter: r.delimiter ?? null,
        respondents: r.respondents.length,
        questions: r.questions.length,
        rows: r.rowCount,
        perField: r.preview.perField,
        perRespondent: r.preview.perRespondent,
        problems: r.problems,
        problemsOmitted: r.problemsOmitted,
        errorCount: r.errorCount,
        warningCount: r.warningCount,
        unknownAnswerValues: r.unknownAnswerValues,
        answerValues: r.answerValues,
        hasExistingResults: existing.respondents + existing.questions + existing.answers > 0,
        existing,
      };
    },

    'import.commit': async (i) => {
      s.db(); // no workshop: refuse before parsing
      const parsed = await parse(i);
      const r = parsed.summary;
      lastParse = null; // a commit ends the preview cycle: do not keep the rows in memory
      // parse() refuses a file without answer rows; checked again because an import that writes
      // nothing must never replace (wipe) existing results.
      if (!r.ok || r.rowCount === 0) throw importFailed(r);
      // The write holds other writes and reads of the results back while it pauses between slices;
      // the check for existing results is inside the hold, so nothing can slip in between.
      return s.exclusive(['results', 'workshop', 'history'], async () => {
        const db = s.db();
        const existing = existingResults(db);
        const replaced = existing.respondents + existing.questions + existing.answers > 0;
        if (replaced && !i.replace) throw conflictExisting(existing);
        const stored = await storeImportInSlices(db, { ...r, rows: parsed.rows() }, i.fileName, nextTurn);
        return { fileName: i.fileName, format: r.format, ...stored, replaced, warningCount: r.warningCount };
      });
    },

    'import.template': (i) => {
      const name = TEMPLATES[i.format];
      return { fileName: name, base64: fs.readFileSync(templateFile(name)).toString('base64') };
    },
  };
}
