// Parameter search on the TUNING part only (never reads the held-out rows).
// Run: npx tsx shared/clustering/eval/tune.ts
import { loadLabelled } from './data';
import { evalBaseline, evalEngine, evalLive, evalPinned } from './harness';

const tune = loadLabelled('tune');
if (tune.some((i) => i.split !== 'tune')) throw new Error('held-out rows leaked into tuning');

const mode = process.argv[2] ?? 'engine';
const f = (x: number) => x.toFixed(3);

if (mode === 'baseline') {
  for (const t of [0.005, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4]) {
    const s = evalBaseline(tune, t);
    console.log(`baseline t=${t.toFixed(2)} ARI=${f(s.ari)} AMI=${f(s.ami)} k=${s.clusters}`);
  }
} else if (mode === 'engine') {
  const rows: string[] = [];
  for (const alpha of [0.3, 0.4, 0.5, 0.6])
    for (const threshold of [0.15, 0.2, 0.25, 0.3, 0.35, 0.4])
      for (const margin of [0, 0.01, 0.02])
        for (const priority of ['slack', 'similarity'] as const) {
          const s = evalEngine(tune, { alpha, threshold, margin, priority });
          rows.push(`${f(s.ari)} AMI=${f(s.ami)} k=${s.clusters} alpha=${alpha} t=${threshold} m=${margin} ${priority}`);
        }
  rows.sort().reverse();
  console.log(rows.slice(0, 25).join('\n'));
} else if (mode === 'live') {
  const rows: string[] = [];
  for (const assignThreshold of [0.15, 0.2, 0.25, 0.3, 0.35, 0.4])
    for (const assignMargin of [0, 0.005, 0.01]) {
      const s = evalLive(tune, { assignThreshold, assignMargin }, 10);
      rows.push(`${f(s.ari)} AMI=${f(s.ami)} k=${s.clusters.toFixed(1)} at=${assignThreshold} am=${assignMargin}`);
    }
  rows.sort().reverse();
  console.log(rows.join('\n'));
}
if (mode === 'grid2') {
  // secondary knobs around a fixed core setting
  const rows: string[] = [];
  for (const margin of [0.02, 0.03, 0.04])
    for (const genericWeight of [0, 0.3, 0.6, 1])
      for (const conceptIdf of [true, false])
        for (const charOnlyWithoutConcepts of [true, false]) {
          const o = { alpha: 0.5, threshold: 0.2, margin, genericWeight, conceptIdf, charOnlyWithoutConcepts };
          const s = evalEngine(tune, o);
          rows.push(`${f(s.ari)} AMI=${f(s.ami)} k=${s.clusters} ${JSON.stringify(o)}`);
        }
  rows.sort().reverse();
  console.log(rows.slice(0, 20).join('\n'));
}
if (mode === 'seed') {
  for (const seedBonus of [0, 0.03, 0.05, 0.1]) {
    const p = evalPinned(tune, { seedBonus }, 0.1, 10);
    const l = evalLive(tune, { seedBonus }, 10, 1, 0.1);
    console.log(`seedBonus=${seedBonus} full+pinned ARI=${f(p.all.ari)} (unpinned ${f(p.unpinned.ari)}) live+pinned ARI=${f(l.ari)}`);
  }
}
