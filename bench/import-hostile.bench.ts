// Hostile imports: time and peak RSS per file, and a fuzz run. Prints one JSON line per figure.
//   npx tsx bench/import-hostile.bench.ts [--only corpus|fuzz] [--filter NAME] [--fuzz N] [--seed S]
// Every case runs in its own child process (a bundle of this file, so a child starts in well
// under a second and its RSS is the import's, not tsx's) through the app's real path: open a
// workshop that already holds results, `import.preview`, then `import.commit` with replace.
// The child reports the import's wall time and its peak RSS (getrusage maxRSS, which includes
// Node's own ~130 MB for the loaded bundle). Targets: every input up to the size limit is
// imported or refused within 5 s and 500 MB.
// 1) the hostile corpus (tests/fixtures/hostile/import): one line per file;
// 2) fuzz: mutated imports (byte flips, truncations, delimiter swaps, encoding swaps, mutated ZIP
//    entries) of valid seeds; counts tried / refused with message / accepted / crashed / hung /
//    changedOnFailure (results changed although the import was refused) / over the limits.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { WorkshopService } from '../electron/core/service';
import { prng } from '../shared/prng';

const LIMIT_MS = 5000;
const LIMIT_RSS_MB = 500;
/** A child still running after this is "hung" (and killed). */
const HANG_MS = 30_000;

function emit(name: string, value: number, unit: string, extra: Record<string, unknown> = {}) {
  console.log(JSON.stringify({ name, value: Math.round(value * 10) / 10, unit, ...extra }));
}

function resultsHash(db: Database.Database): string {
  const all = (sql: string) => db.prepare(sql).raw().all();
  return createHash('sha256')
    .update(
      JSON.stringify([
        all('SELECT * FROM respondents ORDER BY id'),
        all('SELECT * FROM questions ORDER BY id'),
        all('SELECT * FROM answers ORDER BY respondent_id, question_id'),
        all('SELECT source, rows FROM imports ORDER BY id'),
      ]),
    )
    .digest('hex');
}

interface ChildReport {
  /** Wall time of preview + commit. */
  ms: number;
  /** Of that: reading, base64, parsing and validating (import.preview); the rest is the write. */
  previewMs: number;
  /** CPU time of the same (user + system): less distorted by other load on the machine. */
  cpuMs: number;
  /** Peak RSS of the child (Node + the app's modules + the import). */
  rssMb: number;
  /** RSS before the import started (Node + modules + the open workshop). */
  baseRssMb: number;
  accepted: boolean;
  previewOk: boolean;
  errorCode: string | null;
  message: string;
  changed: boolean;
  rows: number;
}

/** Child: one import through the service, as the app does it. */
async function child(workshop: string, source: string, fileName: string) {
  const settingsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-bench-child-'));
  const s = new WorkshopService({ mode: 'cli', paths: { settingsDir, workshopsDir: path.dirname(workshop) } });
  s.openFile(workshop);
  const before = resultsHash(s.workshop!.db);
  const baseRssMb = process.memoryUsage().rss / 1024 / 1024;
  const cpu0 = process.cpuUsage();
  const t = performance.now();
  const input = { fileName, dataBase64: fs.readFileSync(source).toString('base64') };
  const preview = await s.call('import.preview', input);
  const previewMs = performance.now() - t;
  const commit = await s.call('import.commit', { ...input, replace: true });
  const ms = performance.now() - t;
  const cpu = process.cpuUsage(cpu0);
  const after = resultsHash(s.workshop!.db);
  s.close();
  fs.rmSync(settingsDir, { recursive: true, force: true });
  const report: ChildReport = {
    ms,
    previewMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    rssMb: peakRssMb(),
    baseRssMb,
    accepted: commit.ok,
    previewOk: preview.ok,
    errorCode: commit.ok ? null : commit.error.code,
    message: commit.ok ? '' : commit.error.message.slice(0, 300),
    changed: before !== after,
    rows: commit.ok ? (commit.value as { rows: number }).rows : 0,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

/**
 * Peak RSS of this process. VmHWM (Linux) is per address space and starts afresh at exec;
 * getrusage's maxRSS is not: Linux carries it over from the parent across fork + exec, so a
 * child of a big parent would report the parent's size.
 */
function peakRssMb(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

type Outcome = { kind: 'ok'; r: ChildReport } | { kind: 'crashed'; detail: string } | { kind: 'hung' };

function runChild(bundle: string, workshop: string, source: string, fileName: string): Outcome {
  const p = spawnSync(process.execPath, [bundle, '--child', workshop, source, fileName], { encoding: 'utf8', timeout: HANG_MS, maxBuffer: 64 << 20 });
  if (p.error && (p.error as { code?: string }).code === 'ETIMEDOUT') return { kind: 'hung' };
  const line = p.stdout.trim().split('\n').pop() ?? '';
  if (p.status !== 0 || !line.startsWith('{')) return { kind: 'crashed', detail: `exit ${p.status} ${p.signal ?? ''} ${p.stderr.slice(-500)}` };
  const r = JSON.parse(line) as ChildReport;
  // An INTERNAL error is an exception the import did not turn into a message: a crash.
  if (!r.previewOk || r.errorCode === 'INTERNAL') return { kind: 'crashed', detail: r.message };
  return { kind: 'ok', r };
}

// ---------------------------------------------------------------- fuzz mutations

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rand, n: number) => Math.floor(r() * n);

function utf16(s: string, be: boolean, bom: boolean): Uint8Array {
  const b = Buffer.from(s, 'utf16le');
  if (be) b.swap16();
  return new Uint8Array(bom ? Buffer.concat([Buffer.from(be ? [0xfe, 0xff] : [0xff, 0xfe]), b]) : b);
}

function utf7(s: string): string {
  return s.replace(/[^\x20-\x7e\n\r\t]+/g, (m) => `+${Buffer.from(m, 'utf16le').swap16().toString('base64').replace(/=+$/, '')}-`);
}

function cp1252(s: string): Uint8Array {
  return Uint8Array.from([...s].map((c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));
}

async function mutate(
  r: Rand,
  seed: { name: string; bytes: Uint8Array },
  zip: typeof import('../tests/fixtures/hostile/import/corpus'),
): Promise<{ bytes: Uint8Array; ops: string[] }> {
  let b: Uint8Array = seed.bytes;
  const ops: string[] = [];
  const isZip = b[0] === 0x50 && b[1] === 0x4b;
  const steps = 1 + int(r, 3);
  for (let k = 0; k < steps; k++) {
    const op = isZip && r() < 0.6 ? 'zip' : pick(r, ['flip', 'truncate', 'delimiter', 'encoding', 'insert', 'lines'] as const);
    ops.push(op);
    if (op === 'flip') {
      const c = Buffer.from(b);
      const n = 1 + int(r, 12);
      for (let i = 0; i < n && c.length; i++) c[int(r, c.length)] = int(r, 256);
      b = new Uint8Array(c);
    } else if (op === 'truncate') {
      b = b.subarray(0, int(r, b.length + 1));
    } else if (op === 'delimiter') {
      const from = pick(r, [';', ',', '\n', '"']);
      const to = pick(r, [',', '\t', '|', '"', '\n', '\r', ';', '']);
      const all = r() < 0.5;
      const t = Buffer.from(b).toString('latin1');
      b = new Uint8Array(Buffer.from(all ? t.split(from).join(to) : t.replace(from, to), 'latin1'));
    } else if (op === 'encoding') {
      const text = Buffer.from(b)
        .toString('utf8')
        .replace(/^\uFEFF/, '');
      const enc = pick(r, ['utf16le', 'utf16le-nobom', 'utf16be', 'utf16be-nobom', 'cp1252', 'utf7', 'utf8bom', 'latin1-as-utf8'] as const);
      ops[ops.length - 1] += `:${enc}`;
      if (enc.startsWith('utf16')) b = utf16(text, enc.includes('be'), !enc.includes('nobom'));
      else if (enc === 'cp1252') b = cp1252(text);
      else if (enc === 'utf7') b = new Uint8Array(Buffer.from(utf7(text)));
      else if (enc === 'utf8bom') b = new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
      else b = new Uint8Array(Buffer.from(Buffer.from(text, 'latin1').toString('utf8')));
    } else if (op === 'insert') {
      const what = pick(r, ['"', '\0', '\r', '\xff\xfe', '=cmd|', '+AOQ-', '\u2028', ';;;;;;;;', '\n\n\n', '{"a":[[[[', '<c r="A1">']);
      const at = int(r, b.length + 1);
      const times = 1 + int(r, 50);
      b = new Uint8Array(Buffer.concat([b.subarray(0, at), Buffer.from(what.repeat(times), 'latin1'), b.subarray(at)]));
    } else if (op === 'lines') {
      const lines = Buffer.from(b).toString('latin1').split('\n');
      const i = int(r, lines.length);
      const mode = pick(r, ['dup', 'drop', 'swap', 'long']);
      if (mode === 'dup') lines.splice(i, 0, lines[i]);
      else if (mode === 'drop') lines.splice(i, 1);
      else if (mode === 'swap') [lines[0], lines[i]] = [lines[i], lines[0]];
      else lines[i] = lines[i] + 'x'.repeat(int(r, 1 << 20));
      b = new Uint8Array(Buffer.from(lines.join('\n'), 'latin1'));
    } else {
      let entries: { name: string; data: Uint8Array }[];
      try {
        entries = zip.readZip(b);
      } catch {
        continue; // already broken by an earlier step
      }
      if (entries.length === 0) continue;
      const e = pick(r, entries);
      const mode = pick(r, ['flip', 'truncate', 'bomb', 'lie', 'drop', 'dup', 'xml', 'cells'] as const);
      ops[ops.length - 1] += `:${mode}`;
      const list: import('../tests/fixtures/hostile/import/corpus').ZipEntryIn[] = entries.map((x) => ({ name: x.name, data: x.data }));
      const idx = entries.indexOf(e);
      if (mode === 'flip') {
        const c = Buffer.from(e.data);
        for (let i = 0; i < 1 + int(r, 8) && c.length; i++) c[int(r, c.length)] = int(r, 256);
        list[idx] = { name: e.name, data: c };
      } else if (mode === 'truncate') list[idx] = { name: e.name, data: e.data.subarray(0, int(r, e.data.length + 1)) };
      else if (mode === 'bomb') {
        const bomb = zip.deflateBomb(pick(r, [32, 96, 512]), 0x3c);
        list[idx] = { name: e.name, raw: bomb.raw, size: bomb.size, declaredSize: r() < 0.5 ? e.data.length : undefined };
      } else if (mode === 'lie') list[idx] = { name: e.name, data: e.data, declaredSize: Math.max(0, e.data.length - 1 - int(r, 100)) };
      else if (mode === 'drop') list.splice(idx, 1);
      else if (mode === 'dup') list.push({ name: e.name, data: e.data });
      else if (mode === 'xml') {
        const s = Buffer.from(e.data).toString('utf8');
        const cut = int(r, s.length + 1);
        list[idx] = {
          name: e.name,
          data: Buffer.from(
            s.slice(0, cut) + pick(r, ['<!DOCTYPE x [<!ENTITY a "aaaa">]>', '&a;', '<c><is><t>', ']]>', '</row></row>', '\u0000']) + s.slice(cut),
          ),
        };
      } else {
        const n = 50_000 + int(r, 400_000);
        list[idx] = {
          name: 'xl/worksheets/sheet1.xml',
          data: Buffer.from(
            `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${'<c t="inlineStr"><is><t>x</t></is></c>'.repeat(n)}</row></sheetData></worksheet>`,
          ),
        };
      }
      b = zip.writeZip(list);
    }
  }
  return { bytes: b, ops };
}

// ---------------------------------------------------------------- main

async function main() {
  const args = process.argv.slice(2);
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
  const fuzzN = args.includes('--fuzz') ? Number(args[args.indexOf('--fuzz') + 1]) : 520;
  const filter = args.includes('--filter') ? args[args.indexOf('--filter') + 1] : null;
  const seed = args.includes('--seed') ? Number(args[args.indexOf('--seed') + 1]) : 16;
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const corpus = await import('../tests/fixtures/hostile/import/corpus');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-bench-hostile-'));
  try {
    // The child: our sources bundled into one CommonJS file (esbuild ships with tsx and vite),
    // packages loaded from node_modules as in the app: no tsx in the child, so its RSS is Node +
    // the app's modules + the import.
    const bundle = path.join(root, `node_modules/.cache/werkstatt-bench/import-hostile-child-${process.pid}.cjs`);
    const { build } = await import('esbuild');
    await build({
      entryPoints: [fileURLToPath(import.meta.url)],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: bundle,
      logLevel: 'error',
      packages: 'external',
      define: { 'import.meta.url': '__importMetaUrl' },
      banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    });

    // A workshop with results (the Musterstadt fixture): what a refused import must leave alone.
    const baseline = path.join(work, 'baseline.werkstatt');
    const s = new WorkshopService({ paths: { settingsDir: path.join(work, 'settings'), workshopsDir: work } });
    await s.run('workshop.create', { name: 'Bench', municipality: 'Musterstadt', date: '2026-11-24', file: baseline });
    const musterstadt = fs.readFileSync(path.join(root, 'tests/fixtures/import/musterstadt-selbstcheck.csv'));
    await s.run('import.commit', { fileName: 'musterstadt.csv', dataBase64: musterstadt.toString('base64'), replace: false });
    s.close();

    const once = (name: string, bytes: Uint8Array): Outcome => {
      const ws = path.join(work, 'case.werkstatt');
      const src = path.join(work, 'src', name);
      fs.mkdirSync(path.dirname(src), { recursive: true });
      fs.copyFileSync(baseline, ws);
      fs.writeFileSync(src, bytes);
      try {
        return runChild(bundle, ws, src, name);
      } finally {
        fs.rmSync(src, { force: true });
      }
    };

    if (only !== 'fuzz') {
      let maxMs = 0;
      let maxCpu = 0;
      let maxRss = 0;
      let over = 0;
      let bad = 0;
      const files = corpus.allFiles().filter((f) => !filter || f.name.includes(filter));
      for (const f of files) {
        const o = once(f.name, f.bytes);
        if (o.kind !== 'ok') {
          bad++;
          emit(`import_hostile:${f.name}`, -1, 'ms', { outcome: o.kind, detail: o.kind === 'crashed' ? o.detail.slice(0, 300) : undefined });
          continue;
        }
        const { r } = o;
        maxMs = Math.max(maxMs, r.ms);
        maxCpu = Math.max(maxCpu, r.cpuMs);
        maxRss = Math.max(maxRss, r.rssMb);
        if (r.ms > LIMIT_MS || r.rssMb > LIMIT_RSS_MB) over++;
        if (!r.accepted && r.changed) bad++;
        emit(`import_hostile:${f.name}`, r.ms, 'ms', {
          previewMs: Math.round(r.previewMs),
          cpuMs: Math.round(r.cpuMs),
          peakRssMb: Math.round(r.rssMb),
          baseRssMb: Math.round(r.baseRssMb),
          bytes: f.bytes.length,
          verdict: r.accepted ? 'accepted' : 'refused',
          rows: r.rows,
          ...(r.changed && !r.accepted ? { changedOnFailure: true } : {}),
        });
      }
      emit('import_hostile_files', files.length, 'count');
      emit('import_hostile_max_ms', maxMs, 'ms');
      emit('import_hostile_max_cpu_ms', maxCpu, 'ms');
      emit('import_hostile_max_peak_rss_mb', maxRss, 'MiB');
      emit('import_hostile_over_limit', over, 'count', { limitMs: LIMIT_MS, limitRssMb: LIMIT_RSS_MB });
      emit('import_hostile_crashed_hung_or_changed', bad, 'count');
    }

    if (only !== 'corpus') {
      const r = prng(seed);
      const seeds = corpus
        .smallFiles()
        .filter((f) => ['windows-1252.csv', 'utf-16le-bom.csv', 'csv-injection.csv', 'json-valid.json', 'cr-only-line-ends.csv'].includes(f.name));
      seeds.push(
        { name: 'valid.xlsx', bytes: corpus.templateWith(corpus.sheetXml(200)) },
        { name: 'formulas.xlsx', bytes: corpus.templateWith(corpus.sheetXml(20, true)) },
        { name: 'template.xlsx', bytes: new Uint8Array(fs.readFileSync(path.join(root, 'resources/templates/selbstcheck-vorlage.xlsx'))) },
      );
      seeds.push({ name: 'musterstadt.csv', bytes: new Uint8Array(musterstadt) });
      const counts = { tried: 0, refusedWithMessage: 0, refusedWithoutMessage: 0, accepted: 0, crashed: 0, hung: 0, changedOnFailure: 0, overLimit: 0 };
      let maxMs = 0;
      let maxRss = 0;
      const t0 = performance.now();
      for (let i = 0; i < fuzzN; i++) {
        if (i % 50 === 0) console.error(`fuzz ${i}/${fuzzN} …`);
        const sd = pick(r, seeds);
        const m = await mutate(r, sd, corpus);
        // Keep the seed's extension most of the time; sometimes a wrong one.
        const ext = r() < 0.85 ? path.extname(sd.name) : pick(r, ['.csv', '.xlsx', '.json', '.txt', '.xls']);
        const name = `fuzz-${i}${ext}`;
        const o = once(name, m.bytes);
        counts.tried++;
        if (o.kind === 'hung') {
          counts.hung++;
          console.error(`hung: #${i} ${sd.name} ${m.ops.join(',')}`);
          continue;
        }
        if (o.kind === 'crashed') {
          counts.crashed++;
          console.error(`crashed: #${i} ${sd.name} ${m.ops.join(',')}: ${o.detail.slice(0, 300)}`);
          continue;
        }
        const x = o.r;
        maxMs = Math.max(maxMs, x.ms);
        maxRss = Math.max(maxRss, x.rssMb);
        if (x.ms > LIMIT_MS || x.rssMb > LIMIT_RSS_MB) {
          counts.overLimit++;
          console.error(`over limit: #${i} ${sd.name} ${m.ops.join(',')}: ${Math.round(x.ms)} ms, ${Math.round(x.rssMb)} MB`);
        }
        if (x.accepted) counts.accepted++;
        else {
          if (x.message.length > 20) counts.refusedWithMessage++;
          else counts.refusedWithoutMessage++;
          if (x.changed) {
            counts.changedOnFailure++;
            console.error(`changed on failure: #${i} ${sd.name} ${m.ops.join(',')}`);
          }
        }
      }
      for (const [k, v] of Object.entries(counts)) emit(`import_fuzz_${k}`, v, 'count', { seed });
      emit('import_fuzz_max_ms', maxMs, 'ms');
      emit('import_fuzz_max_peak_rss_mb', maxRss, 'MiB');
      emit('import_fuzz_wall_s', (performance.now() - t0) / 1000, 's');
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
    fs.rmSync(path.join(root, `node_modules/.cache/werkstatt-bench/import-hostile-child-${process.pid}.cjs`), { force: true });
  }
}

// No top-level await: the child is bundled as CommonJS.
const c = process.argv.indexOf('--child');
void (c >= 0 ? child(process.argv[c + 1], process.argv[c + 2], process.argv[c + 3]) : main()).catch((e) => {
  console.error(e);
  process.exit(1);
});
