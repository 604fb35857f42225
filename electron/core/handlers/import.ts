import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportPreview } from '../../../shared/api/import';
import { AppError } from '../../../shared/domain/errors';
import { formatMessage, type Locale } from '../../../shared/messages';
import { parseSelfCheck, type ParseOptions, type ParseResult } from '../import';
import { existingResults, storeImport } from '../db/repo/import';
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
  if (!found)
    throw new AppError('IO', `Die Vorlage „${name}“ fehlt in der Installation. Installieren Sie die Werkstatt neu oder nutzen Sie docs/import-format.md.`);
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

/**
 * The last parse, reused when the same file (same name, bytes and answer map) comes again:
 * the app's preview → commit and the CLI (which runs the same two methods) parse a file once.
 */
let lastParse: { key: string; result: Promise<ParseResult> } | null = null;

function parseOnce(i: { fileName: string; dataBase64: string; answerMap?: ParseOptions['answerMap'] }): Promise<ParseResult> {
  const bytes = decode(i.dataBase64);
  // Hash the decoded bytes: hashing the base64 string would copy it to UTF-8 first (27 MB).
  const key = createHash('sha256')
    .update(i.fileName)
    .update('\0')
    .update(JSON.stringify(i.answerMap ?? null))
    .update('\0')
    .update(bytes)
    .digest('hex');
  if (lastParse?.key !== key) {
    const entry = { key, result: parseSelfCheck(bytes, i.fileName, { answerMap: i.answerMap }) };
    lastParse = entry;
    // A preview that is never committed must not hold a big file's rows for ever.
    setTimeout(() => {
      if (lastParse === entry) lastParse = null;
    }, 120_000).unref();
  }
  return lastParse.result;
}

export function importHandlers(s: ServiceContext): AreaHandlers<MethodsOf<'import'>> {
  const parse = parseOnce;

  return {
    'import.preview': async (i): Promise<ImportPreview> => {
      const existing = existingResults(s.db());
      const r = await parse(i);
      return {
        ok: r.ok,
        fileName: i.fileName,
        format: r.format,
        encoding: r.encoding ?? null,
        delimiter: r.delimiter ?? null,
        respondents: r.respondents.length,
        questions: r.questions.length,
        rows: r.rows.length,
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
      const db = s.db();
      const r = await parse(i);
      lastParse = null; // a commit ends the preview cycle: do not keep the rows in memory
      // parse() refuses a file without answer rows; checked again because an import that writes
      // nothing must never replace (wipe) existing results.
      if (!r.ok || r.rows.length === 0) throw importFailed(r);
      // Checked after the (async) parse, right before the synchronous write: nothing can slip in between.
      const existing = existingResults(db);
      const replaced = existing.respondents + existing.questions + existing.answers > 0;
      if (replaced && !i.replace) throw conflictExisting(existing);
      const stored = storeImport(db, r, i.fileName);
      return { fileName: i.fileName, format: r.format, ...stored, replaced, warningCount: r.warningCount };
    },

    'import.template': (i) => {
      const name = TEMPLATES[i.format];
      return { fileName: name, base64: fs.readFileSync(templateFile(name)).toString('base64') };
    },
  };
}
