// The CLI's `import` and `results` commands (called from electron/cli.ts).
// Exit codes: 0 = done, 2 = bad input (every problem on stderr as "Zeile R, Spalte „C“: …"),
// 1 = other failure (file cannot be opened or written).
import fs from 'node:fs';
import path from 'node:path';
import { FIELDS } from '../../../shared/domain/fields';
import { openReadOnly, openWorkshopFile } from '../db/workshop-file';
import { existingResults, storeImport, streamImportCsv, type StoredImport } from '../db/repo/import';
import { readSummary } from '../db/repo/results';
import { conflictExisting, problemLines } from '../handlers/import';
import { formatFromName, MAX_IMPORT_BYTES, parseSelfCheck } from './index';
import { tooLargeMessage } from './problems';
import type { Problem } from './types';

type Write = (s: string) => void;
interface Io { print: Write; err: Write }
const defaultErr: Write = (s) => void process.stderr.write(`${s}\n`);

const num = (n: number) => n.toLocaleString('de-DE');
const pct = (n: number | null) => (n === null ? 'keine Bewertung' : `${n.toLocaleString('de-DE', { maximumFractionDigits: 1 })}\u202f%`);

/** `import FILE.werkstatt SOURCE [--replace]` */
export async function importCommand(args: string[], opts: { replace?: boolean }, print: Write, err: Write = defaultErr): Promise<number> {
  const io: Io = { print, err };
  const [file, source] = args;
  if (!file || !source) {
    io.err('„import“ braucht die Workshop-Datei und die Datei mit den Antworten, z. B.: import workshop.werkstatt selbstcheck.csv [--replace]');
    return 2;
  }
  const src = path.resolve(source);
  if (!fs.existsSync(src) || !fs.statSync(src).isFile()) {
    io.err(`Die Datei „${source}“ gibt es nicht. Prüfen Sie den Pfad.`);
    return 2;
  }
  const w = openWorkshopFile(file);
  try {
    const existing = existingResults(w.db);
    const replaced = existing.respondents + existing.questions + existing.answers > 0;
    if (replaced && !opts.replace) {
      io.err(`${conflictExisting(existing).message}\nZum Ersetzen: import ${file} ${source} --replace`);
      return 2;
    }
    const fileName = path.basename(src);
    const t0 = performance.now();
    let stored: StoredImport | null;
    let problems: Problem[];
    let omitted: number;
    let format: string;
    // CSV is streamed (bounded memory, also for files far above 20 MB); XLSX and JSON are read whole.
    if (formatFromName(fileName) === 'csv') {
      const r = await streamImportCsv(w.db, src, fileName);
      stored = r.stored;
      problems = r.result.problems;
      omitted = r.result.problemsOmitted;
      format = 'CSV';
    } else {
      const size = fs.statSync(src).size;
      if (size > MAX_IMPORT_BYTES) {
        // Not read at all: the parser's own message with the real size.
        io.err(`Nicht importiert – nichts wurde gespeichert. ${tooLargeMessage(size, MAX_IMPORT_BYTES).de}`);
        return 2;
      }
      const r = await parseSelfCheck(new Uint8Array(fs.readFileSync(src)), fileName);
      stored = r.ok ? storeImport(w.db, r, fileName) : null;
      problems = r.problems;
      omitted = r.problemsOmitted;
      format = r.format.toUpperCase();
    }
    if (!stored) {
      io.err(`Nicht importiert – nichts wurde gespeichert. Bitte korrigieren Sie „${fileName}“:`);
      for (const line of problemLines({ problems, problemsOmitted: omitted }, 'error')) io.err(line);
      return 2;
    }
    for (const p of problems.filter((x) => x.severity === 'warning')) io.err(`Hinweis: ${p.message.de}`);
    const ms = Math.round(performance.now() - t0);
    io.print(
      `Importiert: ${num(stored.respondents)} Befragte, ${num(stored.questions)} Fragen, ${num(stored.rows)} Antworten aus „${fileName}“ (${format}) in ${path.basename(w.file)}` +
        `${replaced ? ' – frühere Ergebnisse ersetzt' : ''} (${ms} ms).`,
    );
    return 0;
  } finally {
    w.db.close();
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
    print(`${num(s.respondents)} Befragte, ${num(s.questions)} Fragen. Wert = 100 × (ja + 0,5 × teilweise) / (ja + teilweise + nein); kein Vergleich mit anderen Kommunen.`);
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
