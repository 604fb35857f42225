// Labels for a blind judgement (issue #12.6): the clusters "sort again" makes on a labelled set (the
// engine as the app runs it: theme model and noun dictionary), each with two labels — this code's and
// the label code of an older checkout on the same clusters — in a random A/B order, so the judge
// cannot tell which is new. Writes the sheet for the judge and, apart, the key.
// Run: npx tsx bench/labels-for-judging.ts OUT_DIR OLD_CHECKOUT SET.tsv [SET.tsv …]
// (OLD_CHECKOUT: e.g. `git worktree add /tmp/old 759ebcb`; its shared/clustering is imported.)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseThemed } from '../shared/clustering/eval/data';
import { prng } from '../shared/clustering/eval/harness';
import { createEngine, type EngineCard } from '../shared/clustering';
import type { LemmaTable } from '../shared/clustering/lemmas';
import { loadThemeModel } from '../electron/core/clustering/theme-model';

const [out, oldDir, ...sets] = process.argv.slice(2);
if (!out || !oldDir || !sets.length) throw new Error('usage: labels-for-judging.ts OUT_DIR OLD_CHECKOUT SET.tsv [SET.tsv …]');
mkdirSync(out, { recursive: true });
const lemmas = JSON.parse(readFileSync('resources/lemmas/de-nouns.json', 'utf8')) as LemmaTable;
const themeModel = loadThemeModel('resources/clustering/theme-model.json');
const old = (await import(resolve(oldDir, 'shared/clustering/index.ts'))) as typeof import('../shared/clustering');
const rnd = prng(20261130);
const sheet: string[] = [];
const key: { set: string; cluster: number; A: 'new' | 'old'; labelA: string; labelB: string }[] = [];
for (const file of sets) {
  const name = basename(file, '.tsv');
  const items = parseThemed(readFileSync(file, 'utf8'));
  const cards = items.map((it, i) => ({ id: i + 1, text: it.text, clusterId: null }));
  const clusters = createEngine({ lemmas, themeModel }).clusterAll(cards).clusters;
  // the old code labels the same clusters: every card pinned to its cluster, so nothing moves
  const pinned: EngineCard[] = clusters.flatMap((c, k) => c.cardIds.map((id) => ({ id, text: items[id - 1].text, clusterId: k + 1, pinned: true })));
  const before = old.createEngine({ lemmas, themeModel }).clusterAll(
    pinned,
    clusters.map((_, k) => ({ id: k + 1, label: '' })),
  ).clusters;
  sheet.push(`# ${name}\n`);
  clusters.forEach((c, k) => {
    if (c.cardIds.length < 2) return; // a lone card is shown as its own text on the board
    const o = before.find((b) => b.id === k + 1);
    if (!o || o.cardIds.join() !== c.cardIds.join()) throw new Error('the old code must label the same clusters');
    const newFirst = rnd() < 0.5;
    const [a, b] = newFirst ? [c.label, o.label] : [o.label, c.label];
    key.push({ set: name, cluster: k + 1, A: newFirst ? 'new' : 'old', labelA: a, labelB: b });
    sheet.push(
      `## ${name} / cluster ${k + 1} (${c.cardIds.length} cards)\n\n- Label A: ${a}\n- Label B: ${b}\n\nCards:\n${c.cardIds.map((id) => `- ${items[id - 1].text}`).join('\n')}\n`,
    );
  });
}
writeFileSync(join(out, 'sheet.md'), sheet.join('\n'));
writeFileSync(join(out, 'key.json'), JSON.stringify(key, null, 1));
console.log(`${key.length} clusters → ${join(out, 'sheet.md')} (key: ${join(out, 'key.json')})`);
