// Quality floors on the blind held-out sets (issues #11.9, #12.1). Each set was written by someone
// who never saw the lexicon or the engine (see docs/clustering.md). The floors are the figures
// measured with the current engine, minus a small margin, so a change that degrades clustering
// fails here. Raise them when the engine improves for reasons found on the TUNING data (since round 6
// that includes the scored blind3–blind6); never tune on blind7–blind8 (looking at their misplaced
// cards to add stems would make their figures dishonest; the next engine round needs fresh sets).
//
// - blind7 (260 cards, 15 room themes, a rural district in western Lower Saxony) and blind8 (260
//   cards, 15 room themes, a Ruhr city): round 6's fresh sets, two more authors, added with the
//   engine unchanged since round 5 and scored once.
// - blind5 (260 cards, 14 room themes, an East German mid-sized town) and blind6 (260 cards, 14 room
//   themes, a large West German city): round 5's fresh sets, two more authors, added after the
//   engine was frozen at commit a30eb16 and scored once: the reported held-out figures.
// - blind4 (260 cards, 15 room themes, a rural district): round 4's set, scored in rounds 4 and 5.
// - blind3 (264 cards, 15 room themes): round 3's set, scored in rounds 3, 4 and 5 (never tuned on).
// - the old blind set (233 cards, 14 themes): scored in rounds 1–3, tuning data since round 4;
//   kept as a regression floor.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BLIND3_PATH, BLIND4_PATH, BLIND5_PATH, BLIND6_PATH, BLIND7_PATH, BLIND8_PATH, BLIND_PATH, parseSecondSort, parseThemed, secondSortPath } from './data';
import { evalEngine, evalLive } from './harness';
import { scoreAll } from '../metrics';

const load = (p: string) => parseThemed(readFileSync(join(__dirname, '..', '..', '..', p), 'utf8'));

// Measured with the engine of commit a30eb16 (full: clusterAll on all cards in file order; live:
// 10 seeded arrival orders). Round 4 (a2aa8a0): blind4 full 0.493 / 0.534 / 37.3, live 0.513 / 0.549 /
// 35.7; blind3 0.550 / 0.559 / 31.8, live 0.551 / 0.566 / 32.1; round-4 engine on blind5 0.371 / 0.451
// / 41.9, on blind6 0.377 / 0.456 / 42.3 (scored after the round-5 freeze, for comparison only).
const SETS = [
  {
    name: 'blind7',
    path: BLIND7_PATH,
    cards: 260,
    themes: 15,
    full: { ari: 0.303, ami: 0.42, corr: 44.2 },
    live: { ari: 0.31, ami: 0.422, corr: 43.8 },
  },
  {
    name: 'blind8',
    path: BLIND8_PATH,
    cards: 260,
    themes: 15,
    full: { ari: 0.33, ami: 0.451, corr: 43.8 },
    live: { ari: 0.347, ami: 0.454, corr: 44.2 },
  },
  {
    name: 'blind5',
    path: BLIND5_PATH,
    cards: 260,
    themes: 14,
    full: { ari: 0.392, ami: 0.484, corr: 37.7 },
    live: { ari: 0.437, ami: 0.502, corr: 36.9 },
  },
  {
    name: 'blind6',
    path: BLIND6_PATH,
    cards: 260,
    themes: 14,
    full: { ari: 0.404, ami: 0.488, corr: 40.4 },
    live: { ari: 0.406, ami: 0.501, corr: 40.1 },
  },
  {
    name: 'blind4',
    path: BLIND4_PATH,
    cards: 260,
    themes: 15,
    full: { ari: 0.516, ami: 0.586, corr: 30.0 },
    live: { ari: 0.557, ami: 0.599, corr: 30.0 },
  },
  {
    name: 'blind3',
    path: BLIND3_PATH,
    cards: 264,
    themes: 15,
    full: { ari: 0.642, ami: 0.65, corr: 26.1 },
    live: { ari: 0.625, ami: 0.646, corr: 26.3 },
  },
  {
    name: 'old blind set',
    path: BLIND_PATH,
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
    const s = evalEngine(items);
    expect(s.ari).toBeGreaterThanOrEqual(set.full.ari - MARGIN);
    expect(s.ami).toBeGreaterThanOrEqual(set.full.ami - MARGIN);
    expect(s.corr).toBeLessThanOrEqual(set.full.corr + CORR_MARGIN);
  });

  it('live (10 seeded arrival orders): not below the measured figures', { timeout: 60_000 }, () => {
    const s = evalLive(items, {}, 10, 1);
    expect(s.ari).toBeGreaterThanOrEqual(set.live.ari - MARGIN);
    expect(s.ami).toBeGreaterThanOrEqual(set.live.ami - MARGIN);
    expect(s.corr).toBeLessThanOrEqual(set.live.corr + CORR_MARGIN);
  });
});

// Rounds 5 and 6: a second facilitator sorted blind5–blind8 from the shuffled cards, without their
// themes. Two careful people agree this much; the targets (ARI ≥ 0.6, ≤ 15 corrections per
// 100) lie about where they meet, far above the engine (docs/clustering.md, "blind5 and blind6").
describe.each([
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
