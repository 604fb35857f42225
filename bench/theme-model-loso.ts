// Leave-one-set-out check of the theme model (issue #12, rounds 6 and 7): for each real room among
// the training sources (15 since round 7), train the model without that room and cluster the room's
// cards with it. This is the cross-author figure for the training rooms, and where model choices are
// made; the held-out figures come from the sets with `modelHeldOut` (bench/cluster-eval.ts).
// Run: npx tsx bench/theme-model-loso.ts '[{"modelWeight": 0}, {}]'   (engine option variants; --json for JSON lines)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine, type TuningOptions } from '../shared/clustering';
import { MODEL_TRAINING, trainingSources, trainThemeModel } from '../shared/clustering/eval/training';
import { coarse, evalEngine, evalLive } from '../shared/clustering/eval/harness';
import { FIXTURE_PATH, parseLabelled, parseThemed } from '../shared/clustering/eval/data';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (rel: string) => readFileSync(join(ROOT, rel), 'utf8');
const json = process.argv.includes('--json');
const variants = JSON.parse(process.argv.slice(2).find((a) => a.startsWith('[')) ?? '[{"modelWeight": 0}, {}]') as Partial<TuningOptions>[];
const engine = createEngine({});
const rooms = trainingSources().filter((s) => !s.name.startsWith('tr'));
const sum = new Map<string, { ari: number; corr: number; n: number }>();
for (const room of rooms) {
  const items = room.path === FIXTURE_PATH ? coarse(parseLabelled(read(room.path))) : parseThemed(read(room.path));
  // TOPTS='{"epochs": 15}' tries other training options
  const model = trainThemeModel(read, engine, [room.name], { ...MODEL_TRAINING, ...(JSON.parse(process.env.TOPTS ?? '{}') as object) });
  const out: string[] = [];
  for (const v of variants) {
    const w = JSON.stringify(v);
    const o = { themeModel: model, ...v };
    const s = evalEngine(items, o);
    const l = evalLive(items, o, 3, 1);
    const acc = sum.get(w) ?? { ari: 0, corr: 0, n: 0 };
    sum.set(w, { ari: acc.ari + s.ari + l.ari, corr: acc.corr + s.corr + l.corr, n: acc.n + 2 });
    if (json) {
      console.log(JSON.stringify({ name: `loso ${room.name} w${w} sort again ARI`, value: +s.ari.toFixed(3), unit: 'ARI' }));
      console.log(JSON.stringify({ name: `loso ${room.name} w${w} live ARI`, value: +l.ari.toFixed(3), unit: 'ARI' }));
    } else out.push(`${w} ${s.ari.toFixed(3)}/${s.corr.toFixed(1)} (${s.clusters}) live ${l.ari.toFixed(3)}/${l.corr.toFixed(1)}`);
  }
  if (!json) console.log(`${room.name.padEnd(10)} ${out.join(' | ')}`);
}
for (const [w, a] of sum)
  console.log(
    json
      ? JSON.stringify({ name: `loso mean ${w} ARI`, value: +(a.ari / a.n).toFixed(3), unit: 'ARI' })
      : `mean ${w}: ARI ${(a.ari / a.n).toFixed(3)}, corrections ${(a.corr / a.n).toFixed(1)} per 100`,
  );
