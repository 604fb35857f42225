import { readFileSync } from 'node:fs';
import { parseThemed } from '../shared/clustering/eval/data';
import { scoreAll, corrections } from '../shared/clustering';
for (const n of process.argv.slice(2)) {
  const items = parseThemed(readFileSync(`tests/fixtures/clustering/strengths-blind${n}.tsv`, 'utf8'));
  const sorted = new Map(readFileSync(`/work/judge/sort${n}/sorted.tsv`, 'utf8').trim().split('\n').slice(1).map((l) => { const [id, t] = l.split('\t'); return [Number(id), t] as const; }));
  const truth = items.map((i) => i.theme);
  const other = items.map((_, i) => sorted.get(i + 1)!);
  const s = scoreAll(truth, other);
  const c = corrections(truth, other);
  const c2 = corrections(other, truth);
  console.log(`blind${n}: second facilitator vs author ARI ${s.ari.toFixed(3)} AMI ${s.ami.toFixed(3)} corr/100 ${c.per100.toFixed(1)} (moves ${c.moves}, merges ${c.merges}); author vs second: ${c2.per100.toFixed(1)}; themes ${new Set(other).size} vs ${new Set(truth).size}`);
}
