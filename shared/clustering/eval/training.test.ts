import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLIND10_PATH, BLIND11_PATH, BLIND12_PATH, BLIND13_PATH, BLIND14_PATH, BLIND7_PATH, BLIND8_PATH, BLIND9_PATH, parseThemed } from './data';
import { canonTheme, HELD_OUT_PATHS, MODEL_THEMES, trainingExamples, trainingSources } from './training';
import { normalizeWord } from '../normalize';

const root = join(__dirname, '..', '..', '..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');

describe('theme model training data', () => {
  it('every source parses and every room theme maps onto one of the 14 model themes', () => {
    const ex = trainingExamples(read);
    expect(ex.length).toBeGreaterThan(3000);
    expect(new Set(ex.map((e) => e.theme))).toEqual(new Set(MODEL_THEMES));
    expect(canonTheme('quartiere')).toBe('wohnen');
    expect(() => canonTheme('feuerwehr')).toThrow(/no model theme/);
  });

  it('never holds a held-out card: blind7–blind14 are not sources and share no card text', () => {
    const paths = trainingSources().map((s) => s.path);
    expect(HELD_OUT_PATHS).toEqual([BLIND7_PATH, BLIND8_PATH, BLIND9_PATH, BLIND10_PATH, BLIND11_PATH, BLIND12_PATH, BLIND13_PATH, BLIND14_PATH]);
    for (const p of HELD_OUT_PATHS) expect(paths).not.toContain(p);
    const key = (t: string) =>
      normalizeWord(t)
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
    const train = new Set(trainingExamples(read).map((e) => key(e.text)));
    for (const p of HELD_OUT_PATHS) for (const c of parseThemed(read(p))) expect(train.has(key(c.text)), c.text).toBe(false);
  });

  it('leaving a source out leaves exactly its cards out', () => {
    const all = trainingExamples(read);
    const without = trainingExamples(read, ['tr01']);
    const tr01 = parseThemed(read('tests/fixtures/clustering/training/tr01.tsv')).length;
    // less the tr01 cards that equal a held-out card (left out of both)
    expect(all.length - without.length).toBeGreaterThan(tr01 - 5);
    expect(all.length - without.length).toBeLessThanOrEqual(tr01);
  });
});
