// Clustering quality on the labelled strengths set: engine vs baseline, tuning vs held-out,
// full ("sort again") vs live (incremental, 20 random arrival orders), with/without 10 % pinned
// seeds. Run: npx tsx bench/cluster-eval.ts   (add --json for one JSON line per figure)
//
// The engine uses its built-in defaults (tuned on the tuning part only). The baseline threshold is
// chosen on the tuning part below and then applied unchanged to the held-out part.
import { loadDemoQuestions, loadDemoStrengths, loadLabelled } from '../shared/clustering/eval/data';
import { evalBaseline, evalEngine, evalLive, evalPinned, type Avg, type Labelled } from '../shared/clustering/eval/harness';
import type { Scores } from '../shared/clustering/metrics';

const json = process.argv.includes('--json');
const tune = loadLabelled('tune');
const held = loadLabelled('heldout');

// Baseline threshold: best ARI on the tuning part.
const grid = [0.005, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4];
let baseT = grid[0];
let baseBest = -Infinity;
for (const t of grid) {
  const s = evalBaseline(tune, t);
  if (s.ari > baseBest) {
    baseBest = s.ari;
    baseT = t;
  }
}

type Row = { part: string; method: string; ari: number; ami: number; nmi: number; clusters: number; classes: number; n: number; note?: string };
const rows: Row[] = [];
const add = (part: string, method: string, items: Labelled[], s: Scores | Avg, note?: string) =>
  rows.push({ part, method, ari: s.ari, ami: s.ami, nmi: s.nmi, clusters: s.clusters, classes: s.classes, n: items.length, note });

const questions = loadDemoQuestions();
for (const [part, items] of [['tuning', tune], ['held-out', held]] as const) {
  add(part, 'baseline: word TF-IDF + avg linkage', items, evalBaseline(items, baseT), `threshold ${baseT} (tuned)`);
  add(part, 'engine: full clusterAll', items, evalEngine(items));
  if (questions.length) add(part, 'engine + demo questionnaire vocab', items, evalEngine(items, { questions }), `${questions.length} questions`);
  const live = evalLive(items, {}, 20, 1);
  add(part, 'engine: live assign (20 orders)', items, live, `ARI sd ${live.ariSd.toFixed(3)}`);
  const pin = evalPinned(items, {}, 0.1, 20);
  add(part, 'engine: full + 10% pinned seeds', items, pin.all, `unpinned cards only: ARI ${pin.unpinned.ari.toFixed(3)}`);
  const livePin = evalLive(items, {}, 20, 1, 0.1);
  add(part, 'engine: live + 10% pinned seeds', items, livePin, `ARI sd ${livePin.ariSd.toFixed(3)}`);
}
// Ablations: each signal alone, its threshold chosen on the tuning part (same grid for both parts).
const tuneThreshold = (alpha: number) => {
  let best = { t: 0.1, ari: -Infinity };
  for (const t of [0.01, 0.02, 0.03, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6]) {
    const s = evalEngine(tune, { alpha, threshold: t });
    if (s.ari > best.ari) best = { t, ari: s.ari };
  }
  return best.t;
};
for (const [name, alpha] of [['ablation: char n-grams only', 1], ['ablation: concepts only', 0]] as const) {
  const t = tuneThreshold(alpha);
  add('tuning', name, tune, evalEngine(tune, { alpha, threshold: t }), `alpha ${alpha}, threshold ${t} (tuned)`);
  add('held-out', name, held, evalEngine(held, { alpha, threshold: t }), `alpha ${alpha}, threshold ${t} (tuned)`);
}

// Another author's cards (demo workshop), labelled only by Handlungsfeld (7 coarse classes, not our
// themes): a sanity check on unseen wording, not comparable with the theme figures above.
const demo = loadDemoStrengths().map((s) => ({ theme: s.field, text: s.text }));
if (demo.length) {
  add('demo (by field)', 'baseline', demo, evalBaseline(demo, baseT));
  add('demo (by field)', 'engine: full clusterAll', demo, evalEngine(demo));
}

if (json) {
  for (const r of rows) console.log(JSON.stringify(r));
} else {
  const f = (x: number) => x.toFixed(3).padStart(6);
  console.log(`tuning n=${tune.length} (${new Set(tune.map((i) => i.theme)).size} themes), held-out n=${held.length} (${new Set(held.map((i) => i.theme)).size} themes)`);
  console.log(`${'part'.padEnd(16)} ${'method'.padEnd(38)}    ARI    AMI    NMI  #clusters/#themes  note`);
  for (const r of rows)
    console.log(`${r.part.padEnd(16)} ${r.method.padEnd(38)} ${f(r.ari)} ${f(r.ami)} ${f(r.nmi)}  ${r.clusters.toFixed(1).padStart(6)} / ${String(r.classes).padEnd(8)} ${r.note ?? ''}`);
}
