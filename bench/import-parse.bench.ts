// Import benchmark: prints one JSON line per figure.
//   npx tsx bench/import-parse.bench.ts
// 1) whole-file parse of 60 respondents × 120 questions (7,200 rows) as CSV, XLSX and JSON;
// (Hostile and maximum-size files, time and peak RSS per file: bench/import-hostile.bench.ts.)
import { HEADER, line, row } from './synthetic-selfcheck';

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

async function main() {
  // Imported here so the streaming child loads only what a streaming import loads.
  const { default: ExcelJS } = await import('exceljs');
  const { computeResults } = await import('../shared/scoring');
  const { parseSelfCheck } = await import('../electron/core/import/parse');
  const R = 60,
    Q = 120;
  const records = [HEADER];
  for (let r = 0; r < R; r++) for (let q = 0; q < Q; q++) records.push(row(r, q, Q));
  const csv = new TextEncoder().encode('\uFEFF' + records.map(line).join(''));
  emit('csv_7200_rows_kb', csv.byteLength / 1024, 'KiB');

  let parsed = await parseSelfCheck(csv, 'bench.csv');
  if (!parsed.ok || parsed.rows.length !== R * Q) throw new Error(`bench CSV did not parse: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
  emit(
    'parse_7200_rows_ms',
    await timeIt(async () => {
      parsed = await parseSelfCheck(csv, 'bench.csv');
    }),
    'ms',
  );
  emit('score_7200_rows_ms', await timeIt(() => computeResults(parsed.rows)), 'ms');

  const json = new TextEncoder().encode(JSON.stringify(records.slice(1).map((r) => Object.fromEntries(HEADER.map((h, i) => [h, r[i]])))));
  emit('parse_7200_rows_json_ms', await timeIt(() => parseSelfCheck(json, 'bench.json')), 'ms');

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Antworten');
  for (const r of records) ws.addRow(r);
  const xlsx = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  emit('parse_7200_rows_xlsx_ms', await timeIt(() => parseSelfCheck(xlsx, 'bench.xlsx'), 3), 'ms');
}

await main();
