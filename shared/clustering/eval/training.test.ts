import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLIND_SETS, parseThemed } from './data';
import { canonTheme, HELD_OUT_PATHS, MODEL_THEMES, trainingExamples, trainingSources } from './training';
import { normalizeWord } from '../normalize';
import { createEngine } from '../engine';

const root = join(__dirname, '..', '..', '..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const engine = createEngine({});
const concepts = (t: string) => engine.conceptKeys(t);

describe('theme model training data', () => {
  it('every source parses and every room theme maps onto one of the 16 model themes or is left out', () => {
    const ex = trainingExamples(read, concepts);
    expect(ex.length).toBeGreaterThan(3000);
    expect(new Set(ex.map((e) => e.theme))).toEqual(new Set(MODEL_THEMES));
    expect(canonTheme('quartiere')).toBe('wohnen');
    expect(() => canonTheme('schuetzenverein')).toThrow(/no model theme/);
    // a district theme holds cards on any topic: left out
    expect(canonTheme('nordstadt_quartier')).toBeNull();
    // begegnung splits by what the card names
    expect(canonTheme('begegnung', ['sport'])).toBe('sport');
    expect(canonTheme('begegnung', ['religion', 'begegnung'])).toBe('religion');
    expect(canonTheme('begegnung', ['sport', 'religion'])).toBe('begegnung');
    expect(canonTheme('begegnung_feste', [])).toBe('begegnung');
    expect(canonTheme('sprache', ['sport'])).toBe('sprache');
  });

  it('never holds a held-out card: the held-out sets are not sources and share no card text', () => {
    const paths = trainingSources().map((s) => s.path);
    expect(HELD_OUT_PATHS).toEqual(BLIND_SETS.filter((b) => b.modelHeldOut).map((b) => b.path));
    for (const p of HELD_OUT_PATHS) expect(paths).not.toContain(p);
    const key = (t: string) =>
      normalizeWord(t)
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
    const train = new Set(trainingExamples(read, concepts).map((e) => key(e.text)));
    for (const p of HELD_OUT_PATHS) for (const c of parseThemed(read(p))) expect(train.has(key(c.text)), c.text).toBe(false);
  });

  it('leaving a source out leaves exactly its cards out', () => {
    const all = trainingExamples(read, concepts);
    const without = trainingExamples(read, concepts, ['tr01']);
    const only = trainingExamples(
      read,
      concepts,
      trainingSources()
        .map((s) => s.name)
        .filter((n) => n !== 'tr01'),
    );
    const tr01 = parseThemed(read('tests/fixtures/clustering/training/tr01.tsv')).length;
    // exactly tr01's examples: its cards less those that equal a held-out card (left out of both)
    expect(all.length - without.length).toBe(only.length);
    expect(only.length).toBeGreaterThan(tr01 - 15);
    expect(only.length).toBeLessThanOrEqual(tr01);
  });
});
