// Issue #16.7: the largest valid workshop (bench/largest-workshop.ts: every count and text at its
// limit) exports every format in < 5 s and < 500 MB. Each format runs as the built CLI in a fresh
// child process — `node out/main/cli.js export FILE --format F --out …`, the product's own path:
// file opened read-only, model on the main thread, rendering in the worker thread — so its peak
// RSS (both threads) is its own and cold start (modules, fonts, worker) is included.
// Needs `npx electron-vite build` first (npm run bench does it).
// Run: npx tsx bench/export-bounds.bench.ts   (optional: --size cards,actions,updates,ideas; --keep
// keeps the workshop file in the temp folder for the next run; --only pdf,docx)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExportFormat } from '../electron/core/export/model';
import { writeWorkshop, LARGEST } from './largest-workshop';

const FORMATS: ExportFormat[] = ['pdf', 'docx', 'xlsx', 'csv', 'md', 'ics'];
const TIME_TARGET_MS = 5000;
const RSS_TARGET_MB = 500;

const sizeArg = process.argv.indexOf('--size');
const size =
  sizeArg > 0
    ? (([cards, actions, updatesPerAction, ideas]) => ({ cards, actions, updatesPerAction, ideas }))(process.argv[sizeArg + 1].split(',').map(Number))
    : LARGEST;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-export-bounds-'));
const t0 = performance.now();
// Writing 200 actions × 20 notes through the repository takes a while; --keep reuses the file.
const keep = process.argv.includes('--keep') ? path.join(os.tmpdir(), `scwk-bounds-${Object.values(size).join('-')}.werkstatt`) : null;
const file = keep && fs.existsSync(keep) ? keep : writeWorkshop(dir, size);
if (keep && file !== keep) fs.copyFileSync(file, keep);
console.error(`workshop written in ${Math.round(performance.now() - t0)} ms: ${JSON.stringify(size)}, ${Math.round(fs.statSync(file).size / 1e6)} MB`);
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'out', 'main', 'cli.js');
if (!fs.existsSync(cli)) {
  console.error('out/main/cli.js missing: run npx electron-vite build first');
  process.exit(1);
}
// Peak RSS of the whole child (every thread), printed when it exits.
const RSS_HOOK =
  "data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('MAXRSS_KB='+u.maxRSS+' CPU_US='+(u.userCPUTime+u.systemCPUTime)+'\\n')})";
const tag = size === LARGEST ? 'largest' : `${size.actions}x${size.updatesPerAction}`;
let failed = false;
const onlyArg = process.argv.indexOf('--only');
const formats = onlyArg > 0 ? (process.argv[onlyArg + 1].split(',') as ExportFormat[]) : FORMATS;
for (const format of formats) {
  const out = path.join(dir, `plan.${format}`);
  const w0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', RSS_HOOK, cli, 'export', file, '--format', format, '--out', out], { encoding: 'utf8', timeout: 120_000 });
  const wall = performance.now() - w0;
  const ms = /, (\d+) ms\)/.exec(r.stdout)?.[1];
  const kb = /MAXRSS_KB=(\d+)/.exec(r.stderr)?.[1];
  const cpu = Number(/CPU_US=(\d+)/.exec(r.stderr)?.[1] ?? 0) / 1000;
  if (r.status !== 0 || !ms || !kb) {
    console.error(`${format}: export failed (${r.status}): ${r.stdout.slice(-500)} ${r.stderr.slice(-2000)}`);
    failed = true;
    continue;
  }
  const bytes = fs.statSync(out).size;
  const over = Number(ms) > TIME_TARGET_MS || Number(kb) / 1024 > RSS_TARGET_MB;
  if (over) failed = true;
  console.log(
    JSON.stringify({
      name: `export_${tag}_${format}_ms`,
      value: Number(ms),
      unit: 'ms',
      target: TIME_TARGET_MS,
      process_wall_ms: Math.round(wall),
      process_cpu_ms: Math.round(cpu),
      bytes,
    }),
  );
  console.log(JSON.stringify({ name: `export_${tag}_${format}_peak_rss_mb`, value: Math.round(Number(kb) / 1024), unit: 'MB', target: RSS_TARGET_MB }));
}
fs.rmSync(dir, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
