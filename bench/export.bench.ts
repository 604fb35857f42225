// Export benchmark: a plan of 60 actions to PDF, DOCX and XLSX. Prints one JSON line per figure.
// Run: npx tsx bench/export.bench.ts
import { exportPdf } from '../electron/core/export/pdf';
import { exportDocx } from '../electron/core/export/docx';
import { exportXlsx } from '../electron/core/export/xlsx';
import { exportCsv } from '../electron/core/export/csv';
import { exportMarkdown } from '../electron/core/export/markdown';
import { exportIcs } from '../electron/core/export/ics';
import { bigModel } from '../tests/fixtures/export/model';

const model = bigModel(60);
const RUNS = 5;

/** Median of RUNS timed runs after one warm-up (font loading, JIT). */
async function time(fn: () => unknown): Promise<number> {
  await fn();
  const t: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return Math.round(t[Math.floor(t.length / 2)] * 10) / 10;
}

// The first PDF in a fresh process pays for reading fonts and building glyph caches: report it too.
const c0 = performance.now();
await exportPdf(model);
const cold = Math.round((performance.now() - c0) * 10) / 10;

const figures: { name: string; value: number; target?: number }[] = [
  { name: 'export_pdf_60_actions_cold_ms', value: cold, target: 2000 },
  { name: 'export_pdf_60_actions_ms', value: await time(() => exportPdf(model)), target: 2000 },
  { name: 'export_docx_60_actions_ms', value: await time(() => exportDocx(model)), target: 1000 },
  { name: 'export_xlsx_60_actions_ms', value: await time(() => exportXlsx(model)), target: 1000 },
  { name: 'export_csv_60_actions_ms', value: await time(() => exportCsv(model)) },
  { name: 'export_md_60_actions_ms', value: await time(() => exportMarkdown(model)) },
  { name: 'export_ics_60_actions_ms', value: await time(() => exportIcs(model)) },
];
for (const f of figures) console.log(JSON.stringify(f));
