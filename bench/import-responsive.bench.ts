// Issue #11.7: heavy work does not freeze the room. While `import.preview` reads a 19 MB
// self-check CSV (143,000 answers), API round trips in browser mode (app.status, cards.list –
// what the projector and other tabs poll) keep p95 < 20 ms. The built browser-mode server runs
// as a child (`node out/main/cli.js serve FILE`, as in export-responsive.bench.ts); this process
// fires import.preview and measures round trips until the preview is back, then the same for
// import.commit (one transaction, written in slices with pauses in between, so the API thread
// answers calls while it writes: electron/core/db/repo/import.ts storeImportInSlices). Twice:
// parsing on the API thread (SCWK_IMPORT_INLINE=1, the "before") and in the worker thread (the app's path).
// Needs `npx electron-vite build` first (npm run bench does it).
// Run: npx tsx bench/import-responsive.bench.ts
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeWorkshop } from './largest-workshop';
import { HEADER, line, row } from './synthetic-selfcheck';
import { rttProbe, serveChild } from './probe';

const TARGET_P95_MS = 20;
const RESPONDENTS = 1100;
const QUESTIONS = 130;
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'out', 'main', 'cli.js');
if (!fs.existsSync(cli)) {
  console.error('out/main/cli.js missing: run npx electron-vite build first');
  process.exit(1);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-import-responsive-'));
const parts = [line(HEADER)];
for (let r = 0; r < RESPONDENTS; r++) for (let q = 0; q < QUESTIONS; q++) parts.push(line(row(r, q, QUESTIONS)));
const csv = Buffer.from(parts.join(''), 'utf8');
const bigInput = { fileName: 'selbstcheck-gross.csv', dataBase64: csv.toString('base64') };
const smallInput = { fileName: 'klein.csv', dataBase64: Buffer.from(parts.slice(0, 200).join(''), 'utf8').toString('base64') };

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};
const r1 = (x: number) => Math.round(x * 10) / 10;

async function run(mode: 'inline' | 'worker') {
  // A fresh workshop per mode (the commit writes into it).
  const file = writeWorkshop(dir, { cards: 100, actions: 50, updatesPerAction: 1, ideas: 50 }, `import-${mode}`);
  const { url, token, call, timed, stop } = await serveChild(cli, file, dir, mode, { SCWK_IMPORT_INLINE: mode === 'inline' ? '1' : '0' });
  /**
   * Round trips while `job` runs: another tab polling every few ms (not a flood), from a process of
   * its own — this one serialises the 26 MB request body, which would stall its own timings.
   */
  const during = async (job: () => Promise<unknown>) => {
    // Two tabs: cards.list reads nothing the import writes; app.status shows the workshop's answer
    // counts, so during the commit's sliced write it waits for the whole import (never a half-written count).
    const tab = rttProbe(url, token, 5, ['cards.list']);
    const statusTab = rttProbe(url, token, 5, ['app.status']);
    await Promise.all([tab.start(), statusTab.start()]);
    const t0 = performance.now();
    const value = await job();
    const ms = performance.now() - t0;
    const [independent, dependent] = await Promise.all([tab.stop(), statusTab.stop()]);
    return { rtts: [...independent, ...dependent], independent, dependent, ms, value };
  };
  // Warm up (modules, first queries, the worker) and an idle baseline.
  for (let i = 0; i < 20; i++) await timed(i % 2 ? 'cards.list' : 'app.status');
  const idle: number[] = [];
  for (let i = 0; i < 100; i++) idle.push(await timed(i % 2 ? 'cards.list' : 'app.status'));
  await call('import.preview', smallInput);

  const preview = await during(() => call('import.preview', bigInput));
  const p = preview.value as { ok: boolean; rows: number };
  if (!p.ok || p.rows !== RESPONDENTS * QUESTIONS) throw new Error(`unexpected preview: ${JSON.stringify(p).slice(0, 300)}`);
  const commit = await during(() => call('import.commit', { ...bigInput, replace: true }));
  await stop();
  return { idle, preview, commit };
}

for (const mode of ['inline', 'worker'] as const) {
  const r = await run(mode);
  const tag = `import_responsive_${mode}`;
  const stats = (xs: number[]) => ({ samples: xs.length, p50: r1(pct(xs, 50)), max: r1(Math.max(...xs)) });
  console.log(
    JSON.stringify({
      name: `${tag}_preview_api_p95_ms`,
      value: r1(pct(r.preview.rtts, 95)),
      unit: 'ms',
      target: mode === 'worker' ? TARGET_P95_MS : undefined,
      ...stats(r.preview.rtts),
      idle_p95: r1(pct(r.idle, 95)),
    }),
  );
  console.log(
    JSON.stringify({ name: `${tag}_preview_19mb_ms`, value: Math.round(r.preview.ms), unit: 'ms', bytes: csv.byteLength, rows: RESPONDENTS * QUESTIONS }),
  );
  // The commit's write is sliced in both modes. Calls that read what it writes (app.status: the
  // answer counts) wait for the whole import by design; the target is for the others.
  console.log(
    JSON.stringify({
      name: `${tag}_commit_api_p95_ms`,
      value: r1(pct(r.commit.independent, 95)),
      unit: 'ms',
      target: mode === 'worker' ? TARGET_P95_MS : undefined,
      method: 'cards.list',
      ...stats(r.commit.independent),
    }),
  );
  console.log(
    JSON.stringify({
      name: `${tag}_commit_results_reader_max_ms`,
      value: r1(Math.max(...r.commit.dependent)),
      unit: 'ms',
      method: 'app.status (waits for the whole import)',
      samples: r.commit.dependent.length,
    }),
  );
  console.log(JSON.stringify({ name: `${tag}_commit_19mb_ms`, value: Math.round(r.commit.ms), unit: 'ms' }));
}
fs.rmSync(dir, { recursive: true, force: true });
