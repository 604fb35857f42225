#!/usr/bin/env node
// Headless entry: the same service and contract as the desktop app, for scripts, CI and
// browser mode. Errors go to stderr with a non-zero exit code; data goes to stdout.
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AppError, errorText } from '../shared/domain/errors';
import { cliLocale } from '../shared/messages';
import { WorkshopService } from './core/service';
import { createWorkshopFile, checkIntegrity, openReadOnly } from './core/db/workshop-file';
import { readCounts, readWorkshopMeta } from './core/db/repo/meta';
import { fillDemo, DEMO_META } from './core/db/demo';
import { startWebServer } from './core/http/server';
import { buildRanking } from './core/handlers/ideas';

const USAGE = `Selbstcheck-Werkstatt – Kommandozeile

  new FILE --name NAME [--municipality M] [--date JJJJ-MM-TT]   neuen Workshop anlegen
  demo FILE                                                     Demo-Workshop schreiben
  info FILE [--json]                                            Name, Schemaversion, Anzahlen
  check FILE                                                    Integrität prüfen (Exit 0 = in Ordnung)
  import FILE QUELLE [--replace]                                Selbstcheck-Antworten importieren (CSV, XLSX, JSON)
  results FILE [--json]                                         Ergebnisse je Handlungsfeld
  ranking FILE [--json]                                         Rangfolge der nächsten Schritte mit Punkten
  export FILE --format pdf|docx|xlsx|csv|md|ics --out PFAD [--locale de|en]
                                                                Maßnahmenplan und Ergebnisse exportieren
  cluster EINGABE [--json] [--workshop FILE]                    Stärken clustern: eine Karte pro Zeile
                                                                (EINGABE = UTF-8-Textdatei oder - für stdin;
                                                                --workshop: mit den Fragen dieses Workshops)
  serve [FILE] [--port N] [--dir ORDNER] [--no-demo] [--json]   Browser-Modus auf 127.0.0.1
                                                                (ohne FILE: der Demo-Workshop)
`;

export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function requireFile(positionals: string[], cmd: string): string {
  const f = positionals[1];
  if (!f) throw new CliError(`„${cmd}“ braucht eine Datei, z. B.: ${cmd} workshop.werkstatt`, 2);
  return path.resolve(f);
}

/** Finds the built renderer both from out/main (built) and from the sources (tsx). */
export function findRendererDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.join(here, '../renderer'), path.join(here, '../out/renderer'), path.join(process.cwd(), 'out/renderer')];
  return candidates.find((d) => fs.existsSync(path.join(d, 'index.html'))) ?? candidates[0];
}

export async function main(argv: string[], out = process.stdout): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      name: { type: 'string' }, municipality: { type: 'string' }, date: { type: 'string' },
      port: { type: 'string' }, dir: { type: 'string' }, settings: { type: 'string' },
      format: { type: 'string' }, out: { type: 'string' }, locale: { type: 'string' },
      replace: { type: 'boolean' }, workshop: { type: 'string' },
      json: { type: 'boolean' }, 'no-demo': { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    },
  });
  const cmd = positionals[0];
  const print = (s: string) => out.write(`${s}\n`);
  if (!cmd || values.help) {
    print(USAGE);
    return cmd ? 0 : 2;
  }
  switch (cmd) {
    case 'new': {
      const file = requireFile(positionals, cmd);
      if (!values.name) throw new CliError('Bitte geben Sie mit --name einen Namen an.', 2);
      const date = values.date ?? today();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new CliError('Datum bitte als JJJJ-MM-TT angeben, z. B. 2026-11-24.', 2);
      const w = createWorkshopFile(file, { name: values.name, municipality: values.municipality ?? values.name, date });
      w.db.close();
      print(`Angelegt: ${file}`);
      return 0;
    }
    case 'demo': {
      const file = requireFile(positionals, cmd);
      const w = createWorkshopFile(file, DEMO_META, fillDemo);
      const c = readCounts(w.db);
      w.db.close();
      print(`Demo-Workshop „${DEMO_META.municipality}“ geschrieben: ${file} (${c.questions} Fragen, ${c.cards} Karten, ${c.actions} Maßnahmen)`);
      return 0;
    }
    case 'info': {
      const file = requireFile(positionals, cmd);
      const { db, header } = openReadOnly(file);
      try {
        const meta = readWorkshopMeta(db);
        const counts = readCounts(db);
        if (values.json) print(JSON.stringify({ file, schemaVersion: header.userVersion, ...meta, counts }));
        else {
          print(`Name:           ${meta.name}`);
          print(`Kommune:        ${meta.municipality}`);
          print(`Datum:          ${meta.date}`);
          print(`Schemaversion:  ${header.userVersion}`);
          print(`Befragte:       ${counts.respondents}, Fragen: ${counts.questions}, Antworten: ${counts.answers}`);
          print(`Karten:         ${counts.cards} in ${counts.clusters} Themen`);
          print(`Nächste Schritte: ${counts.ideas}, Punkte: ${counts.votes}`);
          print(`Maßnahmen:      ${counts.actions}`);
        }
      } finally {
        db.close();
      }
      return 0;
    }
    case 'check': {
      const file = requireFile(positionals, cmd);
      const r = checkIntegrity(file);
      if (r.ok) {
        print(`In Ordnung: ${file} (Schemaversion ${r.schemaVersion})`);
        return 0;
      }
      process.stderr.write(`Beschädigt: ${file}\n${r.problems.map((p) => `  – ${p}`).join('\n')}\n`);
      return 1;
    }
    case 'export': {
      const file = requireFile(positionals, cmd);
      const { EXPORT_FORMATS } = await import('./core/export/model');
      const format = values.format as (typeof EXPORT_FORMATS)[number] | undefined;
      if (!format || !EXPORT_FORMATS.includes(format)) {
        throw new CliError(`Unbekanntes Format „${values.format ?? ''}“. Möglich sind: ${EXPORT_FORMATS.join(', ')} (z. B. --format pdf).`, 2);
      }
      if (!values.out) throw new CliError('Bitte geben Sie mit --out an, wohin die Datei geschrieben werden soll.', 2);
      if (values.locale && values.locale !== 'de' && values.locale !== 'en') throw new CliError('Sprache bitte als --locale de oder --locale en angeben.', 2);
      const { exportWorkshop } = await import('./core/export/workshop-export');
      const { db } = openReadOnly(file);
      try {
        const t0 = Date.now();
        const r = await exportWorkshop(db, format, { locale: values.locale as 'de' | 'en' | undefined });
        const target = path.resolve(values.out);
        fs.writeFileSync(target, r.bytes);
        print(`Exportiert: ${target} (${format.toUpperCase()}, ${r.actions} Maßnahmen, ${Math.round(r.bytes.length / 1024)} KB, ${Date.now() - t0} ms)`);
      } finally {
        db.close();
      }
      return 0;
    }
    case 'ranking': {
      const file = requireFile(positionals, cmd);
      const { db } = openReadOnly(file);
      try {
        const r = buildRanking(db);
        if (values.json) print(JSON.stringify(r, null, 2));
        else {
          print(r.methodText.de);
          for (const s of r.steps) {
            const sectors = Object.entries(s.dotsBySector).map(([k, n]) => `${k[0].toUpperCase()} ${n}`).join(', ');
            const score = r.method === 'dots' || s.score === null ? '' : ` · Wert ${s.score.toFixed(2).replace('.', ',')}`;
            print(`${String(s.rank ?? '–').padStart(3)}${s.tied ? '=' : ' '} ${String(s.dots).padStart(3)} Punkte${score}  ${s.text}${sectors ? `  (${sectors})` : ''}`);
          }
          if (r.ties.length) print(`Gleichstand: ${r.ties.map((t) => `Rang ${t.rank} (${t.ids.length} Schritte)`).join(', ')}`);
        }
      } finally {
        db.close();
      }
      return 0;
    }
    case 'import': {
      const { importCommand } = await import('./core/import/cli');
      return importCommand(positionals.slice(1), { replace: values.replace }, print);
    }
    case 'results': {
      const { resultsCommand } = await import('./core/import/cli');
      return resultsCommand(positionals.slice(1), { json: values.json }, print);
    }
    case 'cluster': {
      const input = positionals[1];
      if (!input) throw new CliError('„cluster“ braucht eine Textdatei mit einer Karte pro Zeile, oder - für die Standardeingabe.', 2);
      let bytes: Buffer;
      try {
        bytes = input === '-' ? fs.readFileSync(0) : fs.readFileSync(path.resolve(input));
      } catch {
        throw new CliError(`Die Datei „${input}“ kann nicht gelesen werden. Prüfen Sie den Pfad.`, 2);
      }
      const { clusterLines, decodeCardFile } = await import('../shared/clustering');
      // like the import: UTF-8 (with or without BOM) if valid, else Windows-1252 (said on stderr)
      const decoded = decodeCardFile(bytes);
      if (decoded.encoding === 'windows-1252') process.stderr.write('Hinweis: Datei als Windows-1252 gelesen (kein gültiges UTF-8).\n');
      const text = decoded.text;
      // --workshop: that workshop's imported questions add their vocabulary (issue #12.3), as in the app
      let questions: import('../shared/clustering').EngineOptions['questions'];
      if (values.workshop) {
        const { questionTexts } = await import('./core/db/repo/cards');
        const { db } = openReadOnly(path.resolve(values.workshop));
        try {
          questions = questionTexts(db) as NonNullable<typeof questions>;
        } finally {
          db.close();
        }
      }
      const r = clusterLines(text.replace(/^\uFEFF/, '').split(/\r?\n/), { questions });
      if (values.json) print(JSON.stringify(r));
      else {
        const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
        r.clusters.forEach((c, i) => {
          print(`${i + 1}. ${c.label} (${c.cards.length})`);
          for (const n of c.cards) print(`   ${String(n + 1).padStart(4)}: ${lines[n].trim()}`);
        });
        print(`${r.clusters.reduce((n, c) => n + c.cards.length, 0)} Karten in ${r.clusters.length} Themen (Zeilennummern ab 1; mit --json ab 0).`);
      }
      return 0;
    }
    case 'serve': {
      const service = new WorkshopService({
        mode: 'browser',
        paths: { ...(values.dir ? { workshopsDir: path.resolve(values.dir) } : {}), ...(values.settings ? { settingsDir: path.resolve(values.settings) } : {}) },
      });
      if (positionals[1]) service.openFile(positionals[1]);
      else if (!values['no-demo']) service.openOrCreateDemo();
      const web = await startWebServer({ service, rendererDir: findRendererDir(), port: values.port ? Number(values.port) : 0 });
      if (values.json) print(JSON.stringify({ url: web.url, port: web.port, token: web.token }));
      else {
        print('Selbstcheck-Werkstatt läuft im Browser-Modus.');
        print(`Öffnen Sie: ${web.url}`);
        print(`Projektor:  ${web.url}#/projektor`);
        print('Beenden mit Strg+C.');
      }
      const stop = async () => {
        await web.close();
        service.close();
        process.exit(0);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      return new Promise<number>(() => {}); // runs until stopped
    }
    default:
      throw new CliError(`Unbekannter Befehl „${cmd}“.\n\n${USAGE}`, 2);
  }
}

const isEntry = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      const msg = e instanceof AppError ? errorText(e.toJSON(), cliLocale(process.env)) : e instanceof CliError ? e.message : `Fehler: ${(e as Error).message}`;
      process.stderr.write(`${msg}\n`);
      process.exit(e instanceof CliError ? e.exitCode : e instanceof AppError && e.code === 'INVALID_INPUT' ? 2 : 1);
    },
  );
}
