// Tuning for issue #12 round 3 (fragmentation): scores TUNING data only — tuning2 and the old
// tuning part with coarse labels and (round 4) the burnt old blind set, each also with 30 % of the lexicon stems dropped (3 seeds) as a
// stand-in for rooms whose wording the lexicon does not know. Never reads blind3 or the old held-out part.
// Run: npx tsx bench/cluster-room.ts '[{}, {"attachThreshold": 0.05}]'
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  TUNING2_PATH,
  FIXTURE_PATH,
  BLIND_PATH,
  BLIND3_PATH,
  BLIND4_PATH,
  BLIND5_PATH,
  BLIND6_PATH,
  DEMO_PATH,
  parseDemoQuestions,
  parseLabelled,
  parseThemed,
} from '../shared/clustering/eval/data';
import { coarse, evalEngine, evalLive, lexiconDropout, type Labelled } from '../shared/clustering/eval/harness';
import type { EngineOptions } from '../shared/clustering';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (rel: string) => readFileSync(join(ROOT, rel), 'utf8');
const tuneCoarse = coarse(parseLabelled(read(FIXTURE_PATH), 'tune'));
const tuning2 = parseThemed(read(TUNING2_PATH));
const allSets: [string, Labelled[]][] = [
  ['t2', tuning2],
  ['tc', tuneCoarse],
  // round 4: the old blind set is burnt (scored in rounds 1–3) and now counts as tuning data
  ['ob', parseThemed(read(BLIND_PATH))],
  // round 6: blind3–blind6 are burnt (scored in rounds 3–5) and count as tuning data too
  ['b3', parseThemed(read(BLIND3_PATH))],
  ['b4', parseThemed(read(BLIND4_PATH))],
  ['b5', parseThemed(read(BLIND5_PATH))],
  ['b6', parseThemed(read(BLIND6_PATH))],
];
// SETS=t2,b5 picks sets (default: all)
const pick = process.env.SETS?.split(',');
const sets = pick ? allSets.filter(([n]) => pick.includes(n)) : allSets;
// QUESTIONS=1: every variant also gets the demo questionnaire's vocabulary, as the app passes the imported questions
const questions = process.env.QUESTIONS ? parseDemoQuestions(read(DEMO_PATH)) : undefined;
const variants: EngineOptions[] = (JSON.parse(process.argv[2] ?? '[{}]') as EngineOptions[]).map((v) => (questions ? { questions, ...v } : v));
const orders = Number(process.env.ORDERS ?? 6);
const drop = process.env.NODROP ? [] : [1, 2, 3];
const f = (x: number) => x.toFixed(3);
for (const v of variants) {
  const out: string[] = [];
  const fullA: number[] = [],
    fullC: number[] = [],
    liveA: number[] = [],
    liveC: number[] = [];
  for (const [name, items] of sets) {
    const s = evalEngine(items, v);
    const l = evalLive(items, v, orders, 1);
    fullA.push(s.ari);
    fullC.push(s.corr);
    liveA.push(l.ari);
    liveC.push(l.corr);
    out.push(`${name} full ${f(s.ari)}/${s.corr.toFixed(1)} k${s.clusters} live ${f(l.ari)}/${l.corr.toFixed(1)} k${l.clusters.toFixed(0)}`);
    if (drop.length) {
      let a = 0,
        c = 0,
        la = 0,
        lc = 0,
        k = 0,
        lk = 0;
      for (const seed of drop) {
        const o = { ...v, lexicon: lexiconDropout(0.3, seed) };
        const ds = evalEngine(items, o);
        const dl = evalLive(items, o, 3, seed);
        a += ds.ari;
        c += ds.corr;
        la += dl.ari;
        lc += dl.corr;
        k += ds.clusters;
        lk += dl.clusters;
      }
      const n = drop.length;
      out.push(`${name}-drop30 full ${f(a / n)}/${(c / n).toFixed(1)} k${(k / n).toFixed(0)} live ${f(la / n)}/${(lc / n).toFixed(1)} k${(lk / n).toFixed(0)}`);
    }
  }
  const m = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const mean = `mean full ${f(m(fullA))}/${m(fullC).toFixed(1)} live ${f(m(liveA))}/${m(liveC).toFixed(1)}`;
  console.log(`${JSON.stringify({ ...v, questions: v.questions ? v.questions.length : undefined })}\n   ${out.join('\n   ')}\n   ${mean}`);
}
