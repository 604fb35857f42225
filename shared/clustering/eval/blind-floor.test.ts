// Quality floors on the blind held-out sets (issues #11.9, #12.1). Each set was written by someone
// who never saw the lexicon, the engine or the theme model's training data (docs/clustering.md).
// The floors are the figures measured with the current engine, minus a small margin, so a change
// that degrades clustering fails here. Raise them when the engine improves for reasons found on the
// TUNING data; never tune on blind7–blind10 (the next engine round needs fresh sets).
//
// With the theme model (round 6, as the app runs): blind13 (a Bergisches Land town) and blind14 (an
// Uckermark town), written for a label judgement and scored once at the end; blind11 (a rural
// district in Hesse) and blind12 (a large city in Baden-Württemberg), written after the label
// change (9eff0f9) and scored once;
// blind9 (260 cards, 14 room themes, a district
// town in Bavarian Swabia) and blind10 (260 cards, 15 themes, an East Westphalian city), written
// while the model was trained and scored once after the freeze (d4db830); blind7 (rural district in
// Lower Saxony) and blind8 (Ruhr city), scored with the round-5 engine first, then with the model.
//
// Without the model (the engine as it runs when resources/clustering is missing; round 5): the
// older sets. They are the model's training data since round 6, so with the model they would only
// show that it learned them (the old blind set: ARI 1.0) — cross-room figures for them come from
// bench/theme-model-loso.ts. blind5/blind6: round 5's fresh sets; blind4: round 4's; blind3:
// round 3's; the old blind set: rounds 1–3.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BLIND10_PATH,
  BLIND11_PATH,
  BLIND12_PATH,
  BLIND13_PATH,
  BLIND14_PATH,
  BLIND3_PATH,
  BLIND4_PATH,
  BLIND5_PATH,
  BLIND6_PATH,
  BLIND7_PATH,
  BLIND8_PATH,
  BLIND9_PATH,
  BLIND_PATH,
  parseSecondSort,
  parseThemed,
  secondSortPath,
} from './data';
import { evalEngine, evalLive } from './harness';
import { perturbItems } from './perturb';
import { scoreAll } from '../metrics';
import type { ThemeModel } from '../model';

const load = (p: string) => parseThemed(readFileSync(join(__dirname, '..', '..', '..', p), 'utf8'));

const themeModel = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'resources/clustering/theme-model.json'), 'utf8')) as ThemeModel;

// Full: clusterAll on all cards in file order; live: 10 seeded arrival orders. With the model:
// engine of d4db830 with the labels of 9eff0f9, the model retrained only to leave out training
// cards equal to a held-out card (blind9–14; each such retraining moved single rooms by up to ±0.05). Without: the engine of a30eb16 (round 5). Earlier figures: docs/clustering.md.
const SETS = [
  {
    name: 'blind13 (theme model)',
    path: BLIND13_PATH,
    model: true,
    cards: 260,
    themes: 14,
    full: { ari: 0.436, ami: 0.532, corr: 36.9 },
    live: { ari: 0.447, ami: 0.545, corr: 36.1 },
  },
  {
    name: 'blind14 (theme model)',
    path: BLIND14_PATH,
    model: true,
    cards: 260,
    themes: 15,
    full: { ari: 0.475, ami: 0.584, corr: 33.1 },
    live: { ari: 0.476, ami: 0.585, corr: 33.5 },
  },
  {
    name: 'blind11 (theme model)',
    path: BLIND11_PATH,
    model: true,
    cards: 260,
    themes: 15,
    full: { ari: 0.447, ami: 0.545, corr: 39.6 },
    live: { ari: 0.42, ami: 0.56, corr: 39.2 },
  },
  {
    name: 'blind12 (theme model)',
    path: BLIND12_PATH,
    model: true,
    cards: 260,
    themes: 15,
    full: { ari: 0.519, ami: 0.6, corr: 33.1 },
    live: { ari: 0.483, ami: 0.591, corr: 34.0 },
  },
  {
    name: 'blind9 (theme model)',
    path: BLIND9_PATH,
    model: true,
    cards: 260,
    themes: 14,
    full: { ari: 0.467, ami: 0.518, corr: 37.3 },
    live: { ari: 0.426, ami: 0.503, corr: 38.6 },
  },
  {
    name: 'blind10 (theme model)',
    path: BLIND10_PATH,
    model: true,
    cards: 260,
    themes: 15,
    full: { ari: 0.502, ami: 0.569, corr: 34.2 },
    live: { ari: 0.503, ami: 0.568, corr: 34.6 },
  },
  {
    name: 'blind7 (theme model)',
    path: BLIND7_PATH,
    model: true,
    cards: 260,
    themes: 15,
    full: { ari: 0.409, ami: 0.514, corr: 36.5 },
    live: { ari: 0.414, ami: 0.515, corr: 35.9 },
  },
  {
    name: 'blind8 (theme model)',
    path: BLIND8_PATH,
    model: true,
    cards: 260,
    themes: 15,
    full: { ari: 0.454, ami: 0.576, corr: 35.0 },
    live: { ari: 0.432, ami: 0.582, corr: 34.5 },
  },
  {
    name: 'blind7 (no model)',
    path: BLIND7_PATH,
    model: false,
    cards: 260,
    themes: 15,
    full: { ari: 0.303, ami: 0.42, corr: 44.2 },
    live: { ari: 0.31, ami: 0.422, corr: 43.8 },
  },
  {
    name: 'blind8 (no model)',
    path: BLIND8_PATH,
    model: false,
    cards: 260,
    themes: 15,
    full: { ari: 0.33, ami: 0.451, corr: 43.8 },
    live: { ari: 0.347, ami: 0.454, corr: 44.2 },
  },
  {
    name: 'blind5 (no model)',
    path: BLIND5_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.392, ami: 0.484, corr: 37.7 },
    live: { ari: 0.437, ami: 0.502, corr: 36.9 },
  },
  {
    name: 'blind6 (no model)',
    path: BLIND6_PATH,
    model: false,
    cards: 260,
    themes: 14,
    full: { ari: 0.404, ami: 0.488, corr: 40.4 },
    live: { ari: 0.406, ami: 0.501, corr: 40.1 },
  },
  {
    name: 'blind4 (no model)',
    path: BLIND4_PATH,
    model: false,
    cards: 260,
    themes: 15,
    full: { ari: 0.516, ami: 0.586, corr: 30.0 },
    live: { ari: 0.557, ami: 0.599, corr: 30.0 },
  },
  {
    name: 'blind3 (no model)',
    path: BLIND3_PATH,
    model: false,
    cards: 264,
    themes: 15,
    full: { ari: 0.642, ami: 0.65, corr: 26.1 },
    live: { ari: 0.625, ami: 0.646, corr: 26.3 },
  },
  {
    name: 'old blind set (no model)',
    path: BLIND_PATH,
    model: false,
    cards: 233,
    themes: 14,
    full: { ari: 0.783, ami: 0.813, corr: 12.4 },
    live: { ari: 0.788, ami: 0.82, corr: 12.7 },
  },
] as const;
const MARGIN = 0.03; // ARI/AMI
const CORR_MARGIN = 3; // corrections per 100 cards

describe.each(SETS)('$name: quality floor', (set) => {
  const items = load(set.path);
  const truth = items.map((i) => i.theme);

  it('is the set described in docs/clustering.md', () => {
    expect(items).toHaveLength(set.cards);
    expect(new Set(truth).size).toBe(set.themes);
  });

  it('degenerate answers score about 0 on it (one big cluster, every card alone)', () => {
    const one = scoreAll(
      truth,
      truth.map(() => 0),
    );
    const alone = scoreAll(
      truth,
      truth.map((_, i) => i),
    );
    for (const s of [one, alone]) {
      expect(Math.abs(s.ari)).toBeLessThan(0.02);
      expect(Math.abs(s.ami)).toBeLessThan(0.02);
      expect(s.corr).toBeGreaterThan(80);
    }
  });

  it('sort again (clusterAll): not below the measured figures (−0.03 ARI/AMI, +3 corrections per 100)', () => {
    const s = evalEngine(items, set.model ? { themeModel } : {});
    expect(s.ari).toBeGreaterThanOrEqual(set.full.ari - MARGIN);
    expect(s.ami).toBeGreaterThanOrEqual(set.full.ami - MARGIN);
    expect(s.corr).toBeLessThanOrEqual(set.full.corr + CORR_MARGIN);
  });

  it('live (10 seeded arrival orders): not below the measured figures', { timeout: 60_000 }, () => {
    const s = evalLive(items, set.model ? { themeModel } : {}, 10, 1);
    expect(s.ari).toBeGreaterThanOrEqual(set.live.ari - MARGIN);
    expect(s.ami).toBeGreaterThanOrEqual(set.live.ami - MARGIN);
    expect(s.corr).toBeLessThanOrEqual(set.live.corr + CORR_MARGIN);
  });
});

// Rounds 5 and 6: a second facilitator sorted blind5–blind14 from the shuffled cards, without their
// themes. Two careful people agree this much; the targets (ARI ≥ 0.6, ≤ 15 corrections per
// 100) lie about where they meet, far above the engine (docs/clustering.md, "blind5 and blind6").
describe.each([
  { name: 'blind13', path: BLIND13_PATH, ari: 0.87, corr: 5.0 },
  { name: 'blind14', path: BLIND14_PATH, ari: 0.647, corr: 18.8 },
  { name: 'blind11', path: BLIND11_PATH, ari: 0.606, corr: 20.4 },
  { name: 'blind12', path: BLIND12_PATH, ari: 0.803, corr: 9.2 },
  { name: 'blind9', path: BLIND9_PATH, ari: 0.658, corr: 15.8 },
  { name: 'blind10', path: BLIND10_PATH, ari: 0.952, corr: 2.7 },
  { name: 'blind7', path: BLIND7_PATH, ari: 0.614, corr: 18.8 },
  { name: 'blind8', path: BLIND8_PATH, ari: 0.687, corr: 13.8 },
  { name: 'blind5', path: BLIND5_PATH, ari: 0.598, corr: 19.2 },
  { name: 'blind6', path: BLIND6_PATH, ari: 0.746, corr: 9.2 },
])('$name: a second facilitator', (set) => {
  it('sorted every card once; agreement with the author as documented', () => {
    const items = load(set.path);
    const second = parseSecondSort(readFileSync(join(__dirname, '..', '..', '..', secondSortPath(set.path)), 'utf8'), items.length);
    const s = scoreAll(
      items.map((i) => i.theme),
      second,
    );
    expect(s.ari).toBeCloseTo(set.ari, 3);
    expect(s.corr).toBeCloseTo(set.corr, 1);
    expect(() => parseSecondSort('id\ttheme\n1\ta\n1\tb\n', 2)).toThrow(/bad line/);
    expect(() => parseSecondSort('id\ttheme\n1\ta\n', 2)).toThrow(/misses/);
    expect(() => parseSecondSort('id\ttheme\n3\ta\n', 2)).toThrow(/bad line/);
  });
});

// Issue #12.7 with the theme model: real typing (15 % of the cards with typos, abbreviations or
// ALL-CAPS) costs at most 0.03 ARI. On held-out rooms, because the model has learned the tuning sets.
describe.each([
  { name: 'blind13', path: BLIND13_PATH },
  { name: 'blind14', path: BLIND14_PATH },
])('$name with the theme model: real typing', (set) => {
  it('sort again loses at most 0.03 ARI (5 seeded perturbations)', { timeout: 60_000 }, () => {
    const items = load(set.path);
    const clean = evalEngine(items, { themeModel }).ari;
    const seeds = [1, 2, 3, 4, 5];
    const mean = seeds.reduce((s, seed) => s + evalEngine(perturbItems(items, 0.15, seed), { themeModel }).ari, 0) / seeds.length;
    expect(clean - mean).toBeLessThanOrEqual(0.03);
  });
});
