import { describe, expect, it } from 'vitest';
import { adjustedMutualInfo, adjustedRandIndex, corrections, normalizedMutualInfo } from './metrics';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_PATH, parseLabelled } from './eval/data';

const loadLabelled = (split?: 'tune' | 'heldout') => parseLabelled(readFileSync(join(__dirname, '..', '..', FIXTURE_PATH), 'utf8'), split);

// Reference values from an independent Python/scipy implementation (see docs/clustering.md); it
// reproduces scikit-learn's documented figures: ARI([0,0,0,1,1,1],[0,0,1,1,2,2]) = 0.2424…,
// MI = 0.4621…, AMI with max-normalisation = 0.2250…, ARI([0,0,1,1],[0,0,1,2]) = 0.5714…
const CASES: { t: (string | number)[]; p: (string | number)[]; ari: number; ami: number; nmi: number }[] = [
  { t: [0, 0, 0, 1, 1, 1], p: [0, 0, 1, 1, 2, 2], ari: 0.242424242424, ami: 0.298792458171, nmi: 0.515803742979 },
  { t: [0, 0, 1, 1], p: [0, 0, 1, 2], ari: 0.571428571429, ami: 0.571428571429, nmi: 0.8 },
  { t: [0, 0, 1, 1], p: [0, 1, 0, 1], ari: -0.5, ami: -0.5, nmi: 0 },
  { t: [0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 2], p: [1, 1, 0, 0, 2, 2, 2, 2, 3, 3, 4, 4], ari: 0.354628422425, ami: 0.49653029385, nmi: 0.674769739298 },
  { t: [...'aaabbbcccdddd'], p: [...'xxyyyzzzzwwwx'], ari: 0.422222222222, ami: 0.475986933132, nmi: 0.661202381297 },
];

describe('metrics', () => {
  it.each(CASES)('matches reference values %#', ({ t, p, ari, ami, nmi }) => {
    expect(adjustedRandIndex(t, p)).toBeCloseTo(ari, 9);
    expect(adjustedMutualInfo(t, p)).toBeCloseTo(ami, 9);
    expect(normalizedMutualInfo(t, p)).toBeCloseTo(nmi, 9);
  });

  it('identical partitions score 1, whatever the label names', () => {
    const t = ['a', 'a', 'b', 'c', 'c', 'c'];
    const p = [7, 7, 3, 9, 9, 9];
    expect(adjustedRandIndex(t, p)).toBeCloseTo(1, 12);
    expect(adjustedMutualInfo(t, p)).toBeCloseTo(1, 12);
    expect(normalizedMutualInfo(t, p)).toBeCloseTo(1, 12);
  });

  it('is symmetric', () => {
    const { t, p } = CASES[3];
    expect(adjustedRandIndex(p, t)).toBeCloseTo(adjustedRandIndex(t, p), 12);
    expect(adjustedMutualInfo(p, t)).toBeCloseTo(adjustedMutualInfo(t, p), 12);
  });

  it('degenerate answers score ≈ 0 on the labelled set: one big cluster, every card alone', () => {
    const truth = loadLabelled().map((i) => i.theme);
    const one = truth.map(() => 0);
    const singles = truth.map((_, i) => i);
    expect(adjustedRandIndex(truth, one)).toBeCloseTo(0, 9);
    expect(adjustedRandIndex(truth, singles)).toBeCloseTo(0, 9);
    expect(Math.abs(adjustedMutualInfo(truth, one))).toBeLessThan(1e-9);
    expect(Math.abs(adjustedMutualInfo(truth, singles))).toBeLessThan(1e-6);
    // NMI flatters the all-singletons answer — the reason AMI is reported next to it.
    expect(normalizedMutualInfo(truth, singles)).toBeGreaterThan(0.5);
  });

  it('rejects arrays of different length', () => {
    expect(() => adjustedRandIndex([1, 2], [1])).toThrow();
  });
});

describe('corrections per 100 cards', () => {
  it('counts moves to the majority theme and merges of groups of one theme', () => {
    // perfect answer: nothing to do
    expect(corrections(['a', 'a', 'b'], [1, 1, 2])).toEqual({ moves: 0, merges: 0, per100: 0 });
    // theme a split in two groups: one merge
    expect(corrections(['a', 'a', 'a', 'b', 'b'], [1, 1, 2, 3, 3])).toMatchObject({ moves: 0, merges: 1 });
    // a b-card sits in the a group: one move
    expect(corrections(['a', 'a', 'b', 'b', 'b'], [1, 1, 1, 2, 2])).toMatchObject({ moves: 1, merges: 0 });
    // 2 moves + 1 merge on 10 cards = 30 per 100
    expect(corrections([...'aaaabbbccc'], [1, 1, 1, 2, 2, 2, 3, 3, 3, 4])).toEqual({ moves: 2, merges: 1, per100: 30 });
    expect(corrections([...'aabbbb'], [1, 1, 1, 2, 2, 2])).toMatchObject({ moves: 1, merges: 0, per100: 100 / 6 });
  });

  it('degenerate answers are expensive: one big cluster, all singletons', () => {
    const t = loadLabelled('tune').map((i) => i.theme);
    const largest = Math.max(...[...new Set(t)].map((x) => t.filter((y) => y === x).length));
    const one = corrections(
      t,
      t.map(() => 0),
    );
    expect(one).toMatchObject({ moves: t.length - largest, merges: 0 });
    const single = corrections(
      t,
      t.map((_, i) => i),
    );
    expect(single).toMatchObject({ moves: 0, merges: t.length - new Set(t).size });
    expect(one.per100).toBeGreaterThan(80);
    expect(single.per100).toBeGreaterThan(80);
  });
});
