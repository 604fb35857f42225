// Import into a workshop file: prints one JSON line per figure.
//   npx tsx bench/import-workshop.bench.ts
// 1) 60 respondents × 120 questions (7,200 rows, CSV) through the service ('import.commit':
//    decode, parse, validate, one SQLite transaction into a fresh workshop file), target < 500 ms;
// 2) a 200,000-row CSV through the CLI's streaming path (`import FILE SOURCE`) in a child
//    process, reporting wall time and its peak RSS (process.resourceUsage().maxRSS).
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HEADER, line, row } from './synthetic-selfcheck';

const emit = (o: Record<string, unknown>) => console.log(JSON.stringify(o));

async function workshopImport(dir: string) {
  const { WorkshopService } = await import('../electron/core/service');
  let csv = line(HEADER);
  for (let r = 0; r < 60; r++) for (let q = 0; q < 120; q++) csv += line(row(r, q, 120));
  const dataBase64 = Buffer.from(csv, 'utf8').toString('base64');
  const times: number[] = [];
  for (let i = 0; i < 6; i++) {
    const s = new WorkshopService({ paths: { settingsDir: join(dir, 'settings'), workshopsDir: join(dir, 'ws') } });
    await s.run('workshop.create', { name: `Bench ${i}`, municipality: 'Benchstadt', date: '2026-11-24', file: join(dir, `bench-${i}.werkstatt`) });
    const t0 = performance.now();
    const r = await s.run('import.commit', { fileName: 'bench.csv', dataBase64, replace: false });
    const ms = performance.now() - t0;
    if (r.rows !== 7200) throw new Error(`expected 7200 rows, got ${r.rows}`);
    s.close();
    if (i > 0) times.push(ms); // first run: warm-up (JIT, module loading)
  }
  times.sort((a, b) => a - b);
  emit({ name: 'import.workshop.7200rows.median', value: Math.round(times[times.length >> 1] * 10) / 10, unit: 'ms', target: '< 500', runs: times.length });
  emit({ name: 'import.workshop.7200rows.max', value: Math.round(times[times.length - 1] * 10) / 10, unit: 'ms' });
}

async function streamingCli(dir: string) {
  const src = join(dir, 'gross.csv');
  const out = createWriteStream(src);
  out.write(line(HEADER));
  const respondents = 500;
  const questions = 400; // 500 × 400 = 200,000 rows
  for (let r = 0; r < respondents; r++) {
    let chunk = '';
    for (let q = 0; q < questions; q++) chunk += line(row(r, q, questions));
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  const ws = join(dir, 'gross.werkstatt');
  const root = fileURLToPath(new URL('..', import.meta.url));
  const tsx = join(root, 'node_modules/.bin/tsx');
  const mk = spawnSync(tsx, [join(root, 'electron/cli.ts'), 'new', ws, '--name', 'Bench'], { encoding: 'utf8' });
  if (mk.status !== 0) throw new Error(mk.stderr);
  // The child reports its own peak RSS after the import (resourceUsage is per process).
  // The built CLI (out/main/cli.js, as shipped) when present, else the sources through tsx.
  const built = join(root, 'out/main/cli.js');
  const entry = existsSync(built) ? built : join(root, 'electron/cli.ts');
  const script = `
    const { main } = await import(${JSON.stringify(entry)});
    const baseRSSkB = process.resourceUsage().maxRSS;
    const t0 = performance.now();
    const code = await main(['import', ${JSON.stringify(ws)}, ${JSON.stringify(src)}], { write() { return true; } });
    process.stdout.write(JSON.stringify({ code, ms: performance.now() - t0, maxRSSkB: process.resourceUsage().maxRSS, baseRSSkB }));
  `;
  const child = spawnSync(join(root, 'node_modules/.bin/node'), [...(entry === built ? [] : ['--import', 'tsx']), '--input-type=module', '-e', script], {
    encoding: 'utf8',
    cwd: root,
  });
  if (child.status !== 0) throw new Error(child.stderr);
  const r = JSON.parse(child.stdout.trim().split('\n').pop()!) as { code: number; ms: number; maxRSSkB: number; baseRSSkB: number };
  if (r.code !== 0) throw new Error(`CLI import exited ${r.code}`);
  emit({ name: 'import.cli.stream.200000rows', value: Math.round(r.ms), unit: 'ms', fileMB: Math.round(statSync(src).size / 1024 / 102.4) / 10 });
  emit({
    name: 'import.cli.stream.200000rows.peakRSS',
    value: Math.round(r.maxRSSkB / 1024),
    unit: 'MB',
    beforeImportMB: Math.round(r.baseRSSkB / 1024),
    cli: entry === built ? 'out/main/cli.js' : 'tsx electron/cli.ts',
  });
  const check = spawnSync(tsx, [join(root, 'electron/cli.ts'), 'results', ws, '--json'], { encoding: 'utf8' });
  const sum = JSON.parse(check.stdout) as { respondents: number; questions: number };
  if (sum.respondents !== respondents || sum.questions !== questions) throw new Error(`unexpected result ${check.stdout}`);
}

const dir = mkdtempSync(join(tmpdir(), 'werkstatt-bench-import-'));
try {
  await workshopImport(dir);
  await streamingCli(dir);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
