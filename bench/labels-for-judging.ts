// Labels for a blind judgement (issue #12.6): clusters "sort again" makes on a labelled set, each
// with two labels — with the noun dictionary (the app) and without it (round 4) — in a random
// A/B order, so the judge cannot tell which is new. Writes the sheet for the judge and, apart,
// the key. Run: npx tsx bench/labels-for-judging.ts OUT_DIR SET.tsv [SET.tsv …]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseThemed } from '../shared/clustering/eval/data';
import { prng } from '../shared/clustering/eval/harness';
import { createEngine } from '../shared/clustering';
import type { LemmaTable } from '../shared/clustering/lemmas';

const [out, ...sets] = process.argv.slice(2);
if (!out || !sets.length) throw new Error('usage: labels-for-judging.ts OUT_DIR SET.tsv [SET.tsv …]');
mkdirSync(out, { recursive: true });
const lemmas = JSON.parse(readFileSync('resources/lemmas/de-nouns.json', 'utf8')) as LemmaTable;
const rnd = prng(20261130);
const sheet: string[] = [];
const key: { set: string; cluster: number; A: 'dictionary' | 'round4'; labelA: string; labelB: string }[] = [];
for (const file of sets) {
  const name = basename(file, '.tsv');
  const items = parseThemed(readFileSync(file, 'utf8'));
  const cards = items.map((it, i) => ({ id: i + 1, text: it.text, clusterId: null }));
  const withDict = createEngine({ lemmas }).clusterAll(cards).clusters;
  const without = createEngine().clusterAll(cards).clusters;
  sheet.push(`# ${name}\n`);
  withDict.forEach((c, k) => {
    if (c.cardIds.length < 2) return; // a lone card is shown as its own text on the board
    const old = without[k];
    if (old.cardIds.join() !== c.cardIds.join()) throw new Error('labels must not change the clusters');
    const dictFirst = rnd() < 0.5;
    const [a, b] = dictFirst ? [c.label, old.label] : [old.label, c.label];
    key.push({ set: name, cluster: k + 1, A: dictFirst ? 'dictionary' : 'round4', labelA: a, labelB: b });
    sheet.push(
      `## ${name} / cluster ${k + 1} (${c.cardIds.length} cards)\n\n- Label A: ${a}\n- Label B: ${b}\n\nCards:\n${c.cardIds.map((id) => `- ${items[id - 1].text}`).join('\n')}\n`,
    );
  });
}
writeFileSync(join(out, 'sheet.md'), sheet.join('\n'));
writeFileSync(join(out, 'key.json'), JSON.stringify(key, null, 1));
console.log(`${key.length} clusters → ${join(out, 'sheet.md')} (key: ${join(out, 'key.json')})`);
