// Import benchmark: prints one JSON line per figure.
//   npx tsx bench/import-parse.bench.ts
// 1) whole-file parse of 60 respondents × 120 questions (7,200 rows) as CSV, XLSX and JSON;
// 2) streaming a 200,000-row CSV in a child process, so its peak RSS is not inflated by (1).
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HEADER, line, row } from './synthetic-selfcheck';
import { parseSelfCheckCsvStream } from '../electron/core/import/stream';


function emit(name: string, value: number, unit: string) {
  console.log(JSON.stringify({ name, value: Math.round(value * 10) / 10, unit }));
}

async function timeIt(fn: () => Promise<unknown> | unknown, runs = 5): Promise<number> {
  await fn(); // warm-up (JIT, lazy module loading)
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]; // median
}

async function streamChild(path: string, suffix: string) {
  const base = process.memoryUsage().rss;
  let rows = 0;
  let heapPeak = 0;
  const t = performance.now();
  const res = await parseSelfCheckCsvStream(path, (b) => {
    rows += b.length; // a caller would insert the batch into SQLite here
    if (rows % 10_000 === 0) heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  });
  const ms = performance.now() - t;
  if (!res.ok || rows !== 200_000) throw new Error(`unexpected: ok=${res.ok} rows=${rows} ${JSON.stringify(res.problems.slice(0, 3))}`);
  const peak = process.resourceUsage().maxRSS * 1024; // maxRSS is in KiB
  emit(`stream_200000_rows_ms${suffix}`, ms, 'ms');
  emit(`stream_200000_rows_peak_rss_mb${suffix}`, peak / 2 ** 20, 'MiB');
  emit(`stream_200000_rows_baseline_rss_mb${suffix}`, base / 2 ** 20, 'MiB');
  emit(`stream_200000_rows_heap_used_peak_mb${suffix}`, heapPeak / 2 ** 20, 'MiB');
}

async function main() {
  // Imported here so the streaming child loads only what a streaming import loads.
  const { default: ExcelJS } = await import('exceljs');
  const { computeResults } = await import('../shared/scoring');
  const { parseSelfCheck } = await import('../electron/core/import/parse');
  const R = 60, Q = 120;
  const records = [HEADER];
  for (let r = 0; r < R; r++) for (let q = 0; q < Q; q++) records.push(row(r, q, Q));
  const csv = new TextEncoder().encode('\uFEFF' + records.map(line).join(''));
  emit('csv_7200_rows_kb', csv.byteLength / 1024, 'KiB');

  let parsed = await parseSelfCheck(csv, 'bench.csv');
  if (!parsed.ok || parsed.rows.length !== R * Q) throw new Error(`bench CSV did not parse: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
  emit('parse_7200_rows_ms', await timeIt(async () => { parsed = await parseSelfCheck(csv, 'bench.csv'); }), 'ms');
  emit('score_7200_rows_ms', await timeIt(() => computeResults(parsed.rows)), 'ms');

  const json = new TextEncoder().encode(JSON.stringify(records.slice(1).map((r) => Object.fromEntries(HEADER.map((h, i) => [h, r[i]])))));
  emit('parse_7200_rows_json_ms', await timeIt(() => parseSelfCheck(json, 'bench.json')), 'ms');

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Antworten');
  for (const r of records) ws.addRow(r);
  const xlsx = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  emit('parse_7200_rows_xlsx_ms', await timeIt(() => parseSelfCheck(xlsx, 'bench.xlsx'), 3), 'ms');

  // 200,000 rows: 1,000 respondents × 200 questions, written without holding it in memory.
  const dir = mkdtempSync(join(tmpdir(), 'selbstcheck-bench-'));
  try {
    const path = join(dir, 'big.csv');
    const out = createWriteStream(path);
    out.write(line(HEADER));
    for (let r = 0; r < 1000; r++) {
      let chunk = '';
      for (let q = 0; q < 200; q++) chunk += line(row(r, q, 200));
      if (!out.write(chunk)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    emit('csv_200000_rows_mb', statSync(path).size / 2 ** 20, 'MiB');
    const self = fileURLToPath(import.meta.url);
    // Second run with a 48 MB old-generation cap: shows the streaming path really is bounded
    // (V8 otherwise grows its heap lazily, which inflates the first peak RSS figure).
    for (const [suffix, flags] of [['', []], ['_heap48', ['--max-old-space-size=48']]] as const) {
      const child = spawnSync(process.execPath, [...flags, ...process.execArgv, self, '--stream-child', path, suffix], { encoding: 'utf8' });
      process.stdout.write(child.stdout);
      if (child.status !== 0) throw new Error(child.stderr);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const i = process.argv.indexOf('--stream-child');
if (i >= 0) await streamChild(process.argv[i + 1], process.argv[i + 2] ?? '');
else await main();
