// Issue #11.7: heavy work does not freeze the room. While a plan PDF is written, API round
// trips in browser mode (app.status, cards.list — what the projector and other tabs poll) keep
// p95 < 20 ms. The built browser-mode server runs as a child (`node out/main/cli.js serve FILE`)
// on the largest valid plan: MAX_COUNT.actions (100) actions with 20 notes each, every text at its
// maximum — about as much text as the 200 actions with a few notes (a 200-action plan is
// beyond the workshop's limit since the DOCX bound, docs/export.md); this process fires
// export.render and measures round trips until the export is back. Twice: rendering on the API
// thread (SCWK_EXPORT_INLINE=1, the "before") and in the worker thread (the app's path).
// Needs `npx electron-vite build` first (npm run bench does it).
// Run: npx tsx bench/export-responsive.bench.ts
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAX_COUNT } from '../shared/domain/limits';
import { fileURLToPath } from 'node:url';
import { writeWorkshop } from './largest-workshop';
import { rttProbe, serveChild } from './probe';

const TARGET_P95_MS = 20;
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'out', 'main', 'cli.js');
if (!fs.existsSync(cli)) {
  console.error('out/main/cli.js missing: run npx electron-vite build first');
  process.exit(1);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-export-responsive-'));
const file = writeWorkshop(dir, { cards: 100, actions: MAX_COUNT.actions, updatesPerAction: MAX_COUNT.updatesPerAction, ideas: 50 }, 'planmax');

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};
const r1 = (x: number) => Math.round(x * 10) / 10;

async function run(mode: 'inline' | 'worker') {
  const { url, token, call, timed, stop } = await serveChild(cli, file, dir, mode, { SCWK_EXPORT_INLINE: mode === 'inline' ? '1' : '0' });
  // Warm up (modules, first queries) and an idle baseline.
  for (let i = 0; i < 20; i++) await timed(i % 2 ? 'cards.list' : 'app.status');
  const idle: number[] = [];
  for (let i = 0; i < 100; i++) idle.push(await timed(i % 2 ? 'cards.list' : 'app.status'));
  // A first export warms the worker (and the exporter modules) as the app's first export would.
  await call('export.render', { format: 'csv' });

  // Another tab polling every few ms (not a flood), from a process of its own: this one parses the
  // export's large answer, which would stall its own timings (bench/probe.ts).
  const probe = rttProbe(url, token, 5, ['app.status', 'cards.list']);
  await probe.start();
  const e0 = performance.now();
  const out = (await call('export.render', { format: 'pdf' })) as { bytes: number };
  const exportMs = performance.now() - e0;
  const during = await probe.stop();
  await stop();
  return { idle, during, exportMs, bytes: out.bytes };
}

for (const mode of ['inline', 'worker'] as const) {
  const r = await run(mode);
  const tag = `export_responsive_${mode}`;
  console.log(
    JSON.stringify({
      name: `${tag}_api_p95_ms`,
      value: r1(pct(r.during, 95)),
      unit: 'ms',
      target: mode === 'worker' ? TARGET_P95_MS : undefined,
      samples: r.during.length,
      p50: r1(pct(r.during, 50)),
      max: r1(Math.max(...r.during)),
      idle_p95: r1(pct(r.idle, 95)),
    }),
  );
  console.log(JSON.stringify({ name: `${tag}_pdf_largest_plan_ms`, value: Math.round(r.exportMs), unit: 'ms', bytes: r.bytes }));
}
fs.rmSync(dir, { recursive: true, force: true });
