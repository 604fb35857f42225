// The CLI's `import` and `results` commands (called from electron/cli.ts).
// Exit codes: 0 = done, 2 = bad input (every problem on stderr as "Zeile R, Spalte „C“: …"),
// 1 = other failure (file cannot be opened or written).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIELDS } from '../../../shared/domain/fields';
import { AppError, errorText } from '../../../shared/domain/errors';
import { cliLocale, formatMessage, type Locale, type Params } from '../../../shared/messages';
import { openReadOnly } from '../db/workshop-file';
import { readSummary } from '../db/repo/results';
import { WorkshopService } from '../service';
import { problemLines } from '../handlers/import';
import { MAX_IMPORT_BYTES } from './parse';
import { tooLargeMessage } from './problems';

type Write = (s: string) => void;
const defaultErr: Write = (s) => void process.stderr.write(`${s}\n`);

const num = (n: number) => n.toLocaleString('de-DE');
const pct = (n: number | null) => (n === null ? 'keine Bewertung' : `${n.toLocaleString('de-DE', { maximumFractionDigits: 1 })}\u202f%`);

/**
 * `import FILE.werkstatt SOURCE [--replace]` — through the service's own `import.preview` and
 * `import.commit` (the app's methods, same validation, same parse: the service keeps the last
 * parse, so the file is parsed once), so the CLI and the app cannot disagree about a file.
 * The preview supplies the full problem list for stderr; the commit decides and writes.
 */
export async function importCommand(
  args: string[],
  opts: { replace?: boolean },
  print: Write,
  err: Write = defaultErr,
  locale: Locale = cliLocale(process.env),
): Promise<number> {
  const t = (key: string, params: Params = {}) => formatMessage(locale, `import.${key}`, params);
  const [file, source] = args;
  if (!file || !source) {
    err(t('usage'));
    return 2;
  }
  const src = path.resolve(source);
  if (!fs.existsSync(src) || !fs.statSync(src).isFile()) {
    err(t('sourceMissing', { file: source }));
    return 2;
  }
  const fileName = path.basename(src);
  const size = fs.statSync(src).size;
  // The CLI must not touch the user's list of recent workshops.
  const settingsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-cli-'));
  const service = new WorkshopService({ mode: 'cli', paths: { settingsDir, workshopsDir: path.dirname(path.resolve(file)) } });
  try {
    const target = service.openFile(file).file;
    if (size > MAX_IMPORT_BYTES) {
      // The parser's own refusal, without reading a file it would refuse unread.
      err(t('notImported', { file: fileName }));
      err(tooLargeMessage(size, MAX_IMPORT_BYTES)[locale]);
      return 2;
    }
    const t0 = performance.now();
    const input = { fileName, dataBase64: fs.readFileSync(src).toString('base64') };
    const preview = await service.run('import.preview', input);
    if (!preview.ok) {
      err(t('notImported', { file: fileName }));
      for (const line of problemLines(preview, 'error', locale)) err(line);
      return 2;
    }
    let done;
    try {
      done = await service.run('import.commit', { ...input, replace: opts.replace === true });
    } catch (e) {
      if (!(e instanceof AppError) || !['CONFLICT', 'IMPORT_FAILED', 'INVALID_INPUT'].includes(e.code)) throw e;
      err(errorText(e.toJSON(), locale));
      if (e.code === 'CONFLICT') err(t('replaceHint', { file, source }));
      return 2;
    }
    for (const p of preview.problems.filter((x) => x.severity === 'warning')) err(t('warning', { text: p.message[locale] }));
    print(
      t('imported', {
        respondents: done.respondents,
        questions: done.questions,
        rows: done.rows,
        file: fileName,
        format: done.format.toUpperCase(),
        target: path.basename(target),
        replaced: done.replaced ? 'yes' : 'no',
        ms: Math.round(performance.now() - t0),
      }),
    );
    return 0;
  } finally {
    service.close();
    fs.rmSync(settingsDir, { recursive: true, force: true });
  }
}

/** `results FILE.werkstatt [--json]` */
export function resultsCommand(args: string[], opts: { json?: boolean }, print: Write): number {
  const [file] = args;
  if (!file) {
    defaultErr('„results“ braucht eine Workshop-Datei, z. B.: results workshop.werkstatt --json');
    return 2;
  }
  const { db } = openReadOnly(file);
  try {
    const s = readSummary(db);
    if (opts.json) {
      print(JSON.stringify(s));
      return 0;
    }
    print(
      `${num(s.respondents)} Befragte, ${num(s.questions)} Fragen. Wert = 100 × (ja + 0,5 × teilweise) / (ja + teilweise + nein); kein Vergleich mit anderen Kommunen.`,
    );
    const rows = s.fields.map((f) => {
      const info = FIELDS.find((x) => x.key === f.key)!;
      return [`${info.number}. ${info.de}`, pct(f.score), num(f.answered), num(f.dontKnow), num(f.skipped)];
    });
    const head = ['Handlungsfeld', 'Wert', 'gewertet', 'weiß nicht', 'ohne Antwort'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    print(line(head));
    for (const r of rows) print(line(r));
    return 0;
  } finally {
    db.close();
  }
}
