#!/usr/bin/env node
// Headless entry: the same service and contract as the desktop app, for scripts, CI and
// browser mode. Every command (but `import`, see core/import/cli.ts) goes through
// WorkshopService.run: the same validation, errors and events as IPC and HTTP; this file only
// parses arguments and prints. Errors go to stderr with a non-zero exit code; data to stdout.
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AppError, errorText } from '../shared/domain/errors';
import { cliLocale, formatMessage, type MessageId } from '../shared/messages';
import { FIELDS } from '../shared/domain/fields';
import { WorkshopService } from './core/service';
import { sqliteError } from './core/db/workshop-file';
import { startWebServer } from './core/http/server';

/** A CLI text in the language of WERKSTATT_LANG / LANG. */
const lang = cliLocale(process.env);
const m = (id: MessageId, params?: Record<string, string | number>) => formatMessage(lang, id, params);

const USAGE = () => m('cli.usage');

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function requireFile(positionals: string[], cmd: string): string {
  const f = positionals[1];
  if (!f) throw new CliError(m('cli.needsFile', { cmd }), 2);
  return path.resolve(f);
}

/** A service for one command: the user's settings folder, but no entry in the recent-files list. */
function cliService(settings?: string): WorkshopService {
  return new WorkshopService({ mode: 'cli', remember: false, paths: settings ? { settingsDir: path.resolve(settings) } : {} });
}

/** Runs `fn` with `file` opened read-only (nothing migrated or written), then closes it. */
async function withWorkshop<T>(file: string, settings: string | undefined, fn: (s: WorkshopService) => Promise<T>): Promise<T> {
  const s = cliService(settings);
  try {
    await s.run('workshop.open', { file, readOnly: true });
    return await fn(s);
  } finally {
    s.close();
  }
}

const num = (n: number) => n.toLocaleString('de-DE');
const pct = (n: number | null) => (n === null ? 'keine Bewertung' : `${n.toLocaleString('de-DE', { maximumFractionDigits: 1 })}\u202f%`);

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
      name: { type: 'string' },
      municipality: { type: 'string' },
      date: { type: 'string' },
      port: { type: 'string' },
      dir: { type: 'string' },
      settings: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      locale: { type: 'string' },
      replace: { type: 'boolean' },
      'read-only': { type: 'boolean' },
      participants: { type: 'boolean' },
      address: { type: 'string' },
      'participants-port': { type: 'string' },
      workshop: { type: 'string' },
      json: { type: 'boolean' },
      'no-demo': { type: 'boolean' },
      pseudonym: { type: 'string' },
      'include-responsible': { type: 'boolean' },
      'include-notes': { type: 'boolean' },
      'hide-names': { type: 'boolean' },
      csv: { type: 'string' },
      xlsx: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const cmd = positionals[0];
  const print = (s: string) => out.write(`${s}\n`);
  if (!cmd || values.help) {
    print(USAGE());
    return cmd ? 0 : 2;
  }
  switch (cmd) {
    case 'new': {
      const file = requireFile(positionals, cmd);
      if (values.name === undefined) throw new CliError(m('cli.needsName'), 2);
      const s = cliService(values.settings);
      try {
        await s.run('workshop.create', { file, name: values.name, municipality: values.municipality ?? values.name, date: values.date ?? today() });
      } finally {
        s.close();
      }
      print(m('cli.created', { file }));
      return 0;
    }
    case 'demo': {
      const file = requireFile(positionals, cmd);
      const s = cliService(values.settings);
      try {
        const w = await s.run('workshop.openDemo', { file });
        const c = w.counts;
        print(m('cli.demoWritten', { municipality: w.meta.municipality, file, questions: c.questions, cards: c.cards, actions: c.actions }));
      } finally {
        s.close();
      }
      return 0;
    }
    case 'info': {
      const file = requireFile(positionals, cmd);
      return withWorkshop(file, values.settings, async (s) => {
        const { meta, counts, schemaVersion } = await s.run('workshop.info', {});
        if (values.json) print(JSON.stringify({ file, schemaVersion, ...meta, counts }));
        else {
          const lang = cliLocale(process.env);
          const t = (id: MessageId, p?: Record<string, string | number>) => formatMessage(lang, id, p);
          const row = (label: string, value: string) => print(`${`${label}:`.padEnd(16)}${value}`);
          row(t('db.infoName'), meta.name);
          row(t('db.infoMunicipality'), meta.municipality);
          row(t('db.infoDate'), meta.date);
          row(t('db.infoVersion'), String(schemaVersion));
          row(t('db.infoResults'), t('db.infoRespondents', { ...counts }));
          row(t('db.infoStrengths'), t('db.infoCards', { ...counts }));
          row(t('db.infoIdeasLabel'), t('db.infoIdeas', { ...counts }));
          row(t('db.infoPlan'), t('db.infoActions', { ...counts }));
        }
        return 0;
      });
    }
    case 'check': {
      const file = requireFile(positionals, cmd);
      const lang = cliLocale(process.env);
      const r = await cliService(values.settings).run('workshop.check', { file });
      for (const n of r.notes) print(errorText(n, lang));
      if (r.ok) {
        print(formatMessage(lang, r.rolledBack ? 'db.checkOkAfterRollback' : 'db.checkOk', { file, version: r.schemaVersion ?? '?' }));
        return 0;
      }
      process.stderr.write(`${formatMessage(lang, 'db.checkBad', { file })}\n${r.problems.map((p) => `  – ${errorText(p, lang)}`).join('\n')}\n`);
      return 1;
    }
    case 'export': {
      const file = requireFile(positionals, cmd);
      // Only "given at all" is checked here; the values are the contract's to validate.
      if (values.format === undefined) throw new CliError(m('cli.needsFormat'), 2);
      if (!values.out) throw new CliError(m('cli.needsOut'), 2);
      const outFile = values.out;
      return withWorkshop(file, values.settings, async (s) => {
        const t0 = Date.now();
        const r = await s.run('export.render', { format: values.format, locale: values.locale });
        const { counts } = await s.run('workshop.info', {});
        const bytes = Buffer.from(r.base64, 'base64');
        const target = path.resolve(outFile);
        fs.writeFileSync(target, bytes);
        print(
          `Exportiert: ${target} (${values.format!.toUpperCase()}, ${counts.actions} Maßnahmen, ${Math.round(bytes.length / 1024)} KB, ${Date.now() - t0} ms)`,
        );
        return 0;
      });
    }
    case 'ranking': {
      const file = requireFile(positionals, cmd);
      return withWorkshop(file, values.settings, async (s) => {
        const r = await s.run('ranking.get', {});
        if (values.json) print(JSON.stringify(r, null, 2));
        else {
          print(r.methodText.de);
          for (const st of r.ideas) {
            const sectors = Object.entries(st.dotsBySector)
              .map(([k, n]) => `${k[0].toUpperCase()} ${n}`)
              .join(', ');
            const score =
              r.method === 'dots' || st.score === null
                ? ''
                : ` · ${m('cli.score', { score: st.score.toLocaleString(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) })}`;
            print(
              `${String(st.rank ?? '–').padStart(3)}${st.tied ? '=' : ' '} ${m('cli.dots', { n: st.dots }).padStart(9)}${score}  ${st.text}${sectors ? `  (${sectors})` : ''}`,
            );
          }
          if (r.ties.length) print(m('cli.ties', { list: r.ties.map((t) => m('cli.tie', { rank: t.rank, n: t.ids.length })).join(', ') }));
        }
        return 0;
      });
    }
    case 'import': {
      const { importCommand } = await import('./core/import/cli');
      return importCommand(positionals.slice(1), { replace: values.replace }, print);
    }
    case 'results': {
      if (!positionals[1]) throw new CliError(m('cli.resultsNeedsFile'), 2);
      return withWorkshop(path.resolve(positionals[1]), values.settings, async (s) => {
        const r = await s.run('results.summary', {});
        if (values.json) {
          print(JSON.stringify(r));
          return 0;
        }
        print(
          `${num(r.respondents)} Befragte, ${num(r.questions)} Fragen. Wert = 100 × (ja + 0,5 × teilweise) / (ja + teilweise + nein); kein Vergleich mit anderen Kommunen.`,
        );
        const rows = r.fields.map((f) => {
          const info = FIELDS.find((x) => x.key === f.key)!;
          return [`${info.number}. ${info.de}`, pct(f.score), num(f.answered), num(f.dontKnow), num(f.skipped)];
        });
        const head = ['Handlungsfeld', 'Wert', 'gewertet', 'weiß nicht', 'ohne Antwort'];
        const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
        const line = (row: string[]) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
        print(line(head));
        for (const row of rows) print(line(row));
        return 0;
      });
    }
    case 'cluster': {
      const input = positionals[1];
      if (!input) throw new CliError(m('cli.clusterNeedsInput'), 2);
      let bytes: Buffer;
      try {
        bytes = input === '-' ? fs.readFileSync(0) : fs.readFileSync(path.resolve(input));
      } catch {
        throw new CliError(m('cli.cannotRead', { file: input }), 2);
      }
      const { decodeCardFile } = await import('../shared/clustering');
      // like the import: UTF-8 (with or without BOM) if valid, else Windows-1252 (said on stderr)
      const decoded = decodeCardFile(bytes);
      if (decoded.encoding === 'windows-1252') process.stderr.write('Hinweis: Datei als Windows-1252 gelesen (kein gültiges UTF-8).\n');
      const lines = decoded.text.replace(/^\uFEFF/, '').split(/\r?\n/);
      // --workshop: that workshop's imported questions add their vocabulary (issue #12.3), as in the app
      const service = cliService(values.settings);
      if (values.workshop) await service.run('workshop.open', { file: path.resolve(values.workshop), readOnly: true });
      const r = await service.run('clustering.lines', { lines, workshopVocabulary: !!values.workshop });
      if (values.json) print(JSON.stringify(r));
      else {
        r.clusters.forEach((c, i) => {
          print(`${i + 1}. ${c.label} (${c.cards.length})`);
          for (const n of c.cards) print(`   ${String(n + 1).padStart(4)}: ${lines[n].trim()}`);
        });
        print(m('cli.clusterSummary', { cards: r.clusters.reduce((n, c) => n + c.cards.length, 0), themes: r.clusters.length }));
      }
      return 0;
    }
    case 'package': {
      const file = requireFile(positionals, cmd);
      if (!values.out) throw new CliError(m('cli.packageNeedsOut'), 2);
      const target = path.resolve(values.out);
      return withWorkshop(file, values.settings, async (s) => {
        const r = await s.run('exchange.write', {
          file: target,
          pseudonym: values.pseudonym,
          includeResponsible: !!values['include-responsible'],
          includeNotes: !!values['include-notes'],
        });
        const c = r.counts;
        print(
          `Austauschpaket geschrieben: ${r.file} (${c.fields} Handlungsfelder, ${c.themes} Stärken-Themen mit ${c.cards} Karten, ${c.ideas} nächste Schritte, ${c.actions} Maßnahmen; ${Math.ceil(r.bytes / 1024)} KB)`,
        );
        return 0;
      });
    }
    case 'programme': {
      if (!positionals[1]) throw new CliError(m('cli.programmeNeedsDir'), 2);
      const dir = path.resolve(positionals[1]);
      const s = cliService(values.settings);
      try {
        const p = await s.run('programme.load', { dir, hideNames: !!values['hide-names'] });
        if (values.csv) {
          const csv = await s.run('programme.exportCsv', { dir, hideNames: !!values['hide-names'] });
          fs.writeFileSync(path.resolve(values.csv), Buffer.from(csv.base64, 'base64'), { flag: 'wx' });
        }
        if (values.xlsx) {
          // The same catalogue as the app's "Als XLSX exportieren"; never over an existing file.
          const xlsx = await s.run('programme.exportXlsx', { dir, hideNames: !!values['hide-names'] });
          fs.writeFileSync(path.resolve(values.xlsx), Buffer.from(xlsx.base64, 'base64'), { flag: 'wx' });
        }
        const lang = cliLocale(process.env);
        const fields = p.fields.map(({ dots: _dots, ...f }) => f);
        if (values.json) {
          print(
            JSON.stringify({
              municipalities: p.municipalities.length,
              fields,
              practices: p.practices,
              sharedPotentials: p.sharedPotentials,
              sharedIdeas: p.sharedIdeas,
              refused: p.refused.map((r) => ({ file: r.file, code: r.code, message: errorText(r, lang) })),
            }),
          );
          return 0;
        }
        const q = (n: number | null) => (n === null ? '–' : n.toLocaleString('de-DE', { maximumFractionDigits: 1 }));
        print(m('cli.programmeHeader', { n: p.municipalities.length }));
        for (const f of fields) {
          const info = FIELDS.find((x) => x.key === f.key)!;
          print(
            `${`${info.number}. ${info.de}`.padEnd(46)} n=${String(f.n).padStart(3)}  ${q(f.min)} | ${q(f.q1)} | ${q(f.median)} | ${q(f.q3)} | ${q(f.max)}`,
          );
        }
        print(m('cli.practices', { themes: p.practices.themes, actions: p.practices.actions }));
        for (const r of p.refused) process.stderr.write(`${r.file}: ${errorText(r, lang)}\n`);
        return 0;
      } finally {
        s.close();
      }
    }
    case 'serve': {
      const service = new WorkshopService({
        mode: 'browser',
        paths: {
          ...(values.dir ? { workshopsDir: path.resolve(values.dir) } : {}),
          ...(values.settings ? { settingsDir: path.resolve(values.settings) } : {}),
        },
      });
      if (positionals[1]) await service.run('workshop.open', { file: path.resolve(positionals[1]), readOnly: values['read-only'] });
      else if (!values['no-demo']) await service.run('workshop.openDemo', {});
      const web = await startWebServer({ service, rendererDir: findRendererDir(), port: values.port ? Number(values.port) : 0 });
      let phones: { joinUrl: string | null; address: string | null; port: number | null; code: string | null; check: unknown } | null = null;
      if (values.participants) {
        const { addressCandidates } = await import('./core/participants/addresses');
        const address = values.address ?? addressCandidates()[0]?.address;
        if (!address) throw new CliError(m('cli.noAddress'), 2);
        phones = await service.run('participants.start', { address, port: values['participants-port'] ? Number(values['participants-port']) : 8765 });
      }
      if (values.json) {
        print(
          JSON.stringify({
            url: web.url,
            port: web.port,
            token: web.token,
            ...(phones
              ? { joinUrl: phones.joinUrl, participants: { address: phones.address, port: phones.port, code: phones.code, check: phones.check } }
              : {}),
          }),
        );
      } else {
        print(m('cli.serveRunning'));
        print(m('cli.serveOpen', { url: web.url }));
        print(m('cli.serveProjector', { url: `${web.url}#/projektor` }));
        if (phones) print(m('cli.servePhones', { url: String(phones.joinUrl) }));
        print(m('cli.serveStop'));
      }
      const stop = async () => {
        if (service.participants.running) await service.participants.stop();
        await web.close();
        service.close();
        process.exit(0);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      return new Promise<number>(() => {}); // runs until stopped
    }
    default:
      throw new CliError(`${m('cli.unknownCommand', { cmd })}\n\n${USAGE()}`, 2);
  }
}

const isEntry = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      // SQLite failures (read-only, disk full, busy, …) as catalogue messages too, never raw SQLite text.
      const known = e instanceof CliError ? null : sqliteError(null, e);
      const msg = known ? errorText(known.toJSON(), cliLocale(process.env)) : e instanceof CliError ? e.message : `Fehler: ${(e as Error).message}`;
      process.stderr.write(`${msg}\n`);
      process.exit(e instanceof CliError ? e.exitCode : e instanceof AppError && e.code === 'INVALID_INPUT' ? 2 : 1);
    },
  );
}
