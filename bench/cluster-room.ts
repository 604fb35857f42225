// Tuning for issue #12 round 3 (fragmentation): scores TUNING data only — tuning2 and the old
// tuning part with coarse labels and (round 4) the burnt old blind set, each also with 30 % of the lexicon stems dropped (3 seeds) as a
// stand-in for rooms whose wording the lexicon does not know. Never reads blind3 or the old held-out part.
// Run: npx tsx bench/cluster-room.ts '[{}, {"attachThreshold": 0.05}]'
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TUNING2_PATH, FIXTURE_PATH, BLIND_PATH, DEMO_PATH, parseDemoQuestions, parseLabelled, parseThemed } from '../shared/clustering/eval/data';
import { coarse, evalEngine, evalLive, lexiconDropout, type Labelled } from '../shared/clustering/eval/harness';
import type { EngineOptions } from '../shared/clustering';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (rel: string) => readFileSync(join(ROOT, rel), 'utf8');
const tuneCoarse = coarse(parseLabelled(read(FIXTURE_PATH), 'tune'));
const tuning2 = parseThemed(read(TUNING2_PATH));
const sets: [string, Labelled[]][] = [
  ['t2', tuning2],
  ['tc', tuneCoarse],
  // round 4: the old blind set is burnt (scored in rounds 1–3) and now counts as tuning data
  ['ob', parseThemed(read(BLIND_PATH))],
];
// QUESTIONS=1: every variant also gets the demo questionnaire's vocabulary, as the app passes the imported questions
const questions = process.env.QUESTIONS ? parseDemoQuestions(read(DEMO_PATH)) : undefined;
const variants: EngineOptions[] = (JSON.parse(process.argv[2] ?? '[{}]') as EngineOptions[]).map((v) => (questions ? { questions, ...v } : v));
const orders = Number(process.env.ORDERS ?? 6);
const drop = process.env.NODROP ? [] : [1, 2, 3];
const f = (x: number) => x.toFixed(3);
for (const v of variants) {
  const out: string[] = [];
  for (const [name, items] of sets) {
    const s = evalEngine(items, v);
    const l = evalLive(items, v, orders, 1);
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
  console.log(`${JSON.stringify({ ...v, questions: v.questions ? v.questions.length : undefined })}\n   ${out.join('\n   ')}`);
}
