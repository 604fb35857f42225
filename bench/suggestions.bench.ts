// "Anregungen aus anderen Kommunen" at scale (issue #14): the demo workshop with a folder of
// 40 and of 400 generated packages. The panel reloads after every next step typed (staleOn
// 'ideas'), so the warm answer (files cached, only stat'ed) is the figure that matters in the
// room; the cold one is the first open. One JSON line per figure.
// Run: npx tsx bench/suggestions.bench.ts
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WorkshopService } from '../electron/core/service';
import { makePackage } from '../electron/core/exchange/package-file';
import type { ExchangeContent } from '../shared/exchange/package';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-suggest-bench-'));
let seed = 4;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const words = ['Quartier', 'Ortsteil', 'Schule', 'Verein', 'Beirat', 'Jobcenter', 'Moschee', 'Kita', 'Bibliothek', 'Sportverein'];

const svc = new WorkshopService({ paths: { settingsDir: path.join(dir, 's'), workshopsDir: path.join(dir, 'ws') } });
svc.openOrCreateDemo();
const demo = (await svc.run('exchange.preview', {})).content;

function variant(i: number): ExchangeContent {
  const w = () => words[Math.floor(rand() * words.length)];
  return {
    ...demo,
    municipality: `Kommune ${String(i + 1).padStart(3, '0')}`,
    strengthThemes: [...demo.strengthThemes, ...demo.strengthThemes].map((t) => ({
      ...t,
      label: `${t.label} ${w()}`,
      cards: t.cards.map((c) => `${c} (${w()})`),
    })),
    actions: [...demo.actions, ...demo.actions].map((a) => ({ ...a, title: `${a.title} – ${w()}` })),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const figures: { name: string; value: number; unit: string }[] = [];
for (const n of [40, 400]) {
  const folder = path.join(dir, `p${n}`);
  fs.mkdirSync(folder);
  for (let i = 0; i < n; i++) fs.writeFileSync(path.join(folder, `k${String(i).padStart(3, '0')}.json`), JSON.stringify(makePackage(variant(i))));
  await svc.run('exchange.setSources', { sources: [folder] }); // reads every file once (checks the folder)
  // Cold: a fresh service on the same workshop, nothing cached.
  const file = (await svc.run('app.status', {})).workshop!.file;
  svc.close();
  const fresh = new WorkshopService({ paths: { settingsDir: path.join(dir, 's'), workshopsDir: path.join(dir, 'ws') } });
  await fresh.run('workshop.open', { file });
  let t = performance.now();
  const first = await fresh.run('exchange.suggestions', {});
  figures.push({ name: `suggestions_cold_${n}_packages_ms`, value: Math.round(performance.now() - t), unit: 'ms' });
  const warm: number[] = [];
  for (let r = 0; r < 15; r++) {
    t = performance.now();
    await fresh.run('exchange.suggestions', {});
    warm.push(performance.now() - t);
  }
  figures.push({ name: `suggestions_warm_${n}_packages_median_ms`, value: Math.round(median(warm) * 10) / 10, unit: 'ms' });
  figures.push({ name: `suggestions_${n}_packages_matching`, value: first.total, unit: 'suggestions' });
  const s = first.suggestions[0];
  t = performance.now();
  await fresh.run('exchange.adopt', { packageHash: s.packageHash, kind: s.kind, index: s.index });
  figures.push({ name: `suggestions_adopt_${n}_packages_ms`, value: Math.round(performance.now() - t), unit: 'ms' });
  fresh.close();
  svc.openOrCreateDemo();
}
svc.close();
fs.rmSync(dir, { recursive: true, force: true });
for (const f of figures) console.log(JSON.stringify(f));
