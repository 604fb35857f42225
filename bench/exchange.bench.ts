// Programme view at scale (issue #14): 400 generated exchange packages (ten times the
// programme's 40 municipalities) loaded from a folder, then searched. One JSON line per figure.
// Run: npx tsx --expose-gc bench/exchange.bench.ts
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WorkshopService } from '../electron/core/service';
import { makePackage } from '../electron/core/exchange/package-file';
import type { ExchangeContent } from '../shared/exchange/package';

const N = 400;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-exchange-bench-'));
const gc = (globalThis as { gc?: () => void }).gc;

// Seeded, so every run measures the same folder.
let seed = 14;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

const svc = new WorkshopService({ paths: { settingsDir: path.join(dir, 's'), workshopsDir: path.join(dir, 'ws') } });
svc.openOrCreateDemo();
const demo = (await svc.run('exchange.preview', { includeResponsible: false })).content;
svc.close();

const words = ['Quartier', 'Ortsteil', 'Schule', 'Verein', 'Beirat', 'Jobcenter', 'Moschee', 'Kita', 'Bibliothek', 'Sportverein'];
function variant(i: number): ExchangeContent {
  const w = () => words[Math.floor(rand() * words.length)];
  return {
    ...demo,
    municipality: `Kommune ${String(i + 1).padStart(3, '0')}`,
    fields: demo.fields.map((f) => ({ ...f, score: Math.round(rand() * 1000) / 10 })),
    // Twice the demo's plan and themes, with some words changed, so texts differ between packages.
    strengthThemes: [...demo.strengthThemes, ...demo.strengthThemes].map((t) => ({
      ...t,
      label: `${t.label} ${w()}`,
      cards: t.cards.map((c) => `${c} (${w()})`),
    })),
    ideas: demo.ideas.map((x) => ({ ...x, dots: Math.floor(rand() * 20) })),
    actions: [...demo.actions, ...demo.actions].map((a) => ({ ...a, title: `${a.title} – ${w()}` })),
  };
}
let bytes = 0;
const tw = performance.now();
for (let i = 0; i < N; i++) {
  const text = JSON.stringify(makePackage(variant(i)), null, 2);
  bytes += text.length;
  fs.writeFileSync(path.join(dir, `kommune-${String(i + 1).padStart(3, '0')}.werkstatt-austausch.json`), text);
}
const writeMs = performance.now() - tw;

const round = (n: number) => Math.round(n * 10) / 10;
const figures: { name: string; value: number; unit: string; target?: number }[] = [];
figures.push({ name: 'exchange_packages', value: N, unit: 'files' });
figures.push({ name: 'exchange_folder_mb', value: round(bytes / 1024 / 1024), unit: 'MB' });
figures.push({ name: 'exchange_generate_400_ms', value: Math.round(writeMs), unit: 'ms' });

// Load: a fresh service each time (no cache); the first run is cold (JIT, file cache).
const loads: number[] = [];
let heapDelta = 0;
for (let r = 0; r < 4; r++) {
  const s = new WorkshopService({ paths: { settingsDir: path.join(dir, 's'), workshopsDir: path.join(dir, 'ws') } });
  gc?.();
  const h0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const p = await s.run('programme.load', { dir });
  loads.push(performance.now() - t0);
  if (p.municipalities.length !== N || p.refused.length) throw new Error(`loaded ${p.municipalities.length}, refused ${p.refused.length}`);
  const practices = p.practices.themes + p.practices.actions;
  gc?.();
  if (r === 0) heapDelta = process.memoryUsage().heapUsed - h0;
  if (r < 3) s.close();
  else {
    // Search on the loaded, indexed programme: median over queries × repetitions.
    const queries = [
      { text: '' },
      { text: 'sprach' },
      { text: 'konflikt lotsen' },
      { text: 'beirat', field: 'engagement' as const },
      { text: 'quartier schule', kind: 'action' as const },
      { text: 'gibtesnicht' },
    ];
    const times: number[] = [];
    let worst = 0;
    for (let k = 0; k < 10; k++) {
      for (const q of queries) {
        const t1 = performance.now();
        await s.run('programme.search', { dir, ...q, limit: 200 });
        const dt = performance.now() - t1;
        times.push(dt);
        worst = Math.max(worst, dt);
      }
    }
    times.sort((a, b) => a - b);
    figures.push({ name: 'exchange_practices', value: practices, unit: 'entries' });
    figures.push({ name: 'exchange_load_400_cold_ms', value: Math.round(loads[0]), unit: 'ms', target: 2000 });
    figures.push({ name: 'exchange_load_400_ms', value: Math.round([...loads.slice(1)].sort((a, b) => a - b)[1]), unit: 'ms', target: 2000 });
    figures.push({ name: 'exchange_load_400_heap_mb', value: round(heapDelta / 1024 / 1024), unit: 'MB' });
    figures.push({ name: 'exchange_search_median_ms', value: round(times[Math.floor(times.length / 2)]), unit: 'ms', target: 100 });
    figures.push({ name: 'exchange_search_max_ms', value: round(worst), unit: 'ms', target: 100 });
    s.close();
  }
}
for (const f of figures) console.log(JSON.stringify(f));
fs.rmSync(dir, { recursive: true, force: true });
