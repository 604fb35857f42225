import { describe, expect, test } from 'vitest';
import { averageLinkage, withSecondOrder } from './linkage';

const LINK = { threshold: 0.3, margin: 0, marginFrom: 3, seedBonus: 0, priority: 'slack' as const };

/** A symmetric n×n matrix with 1 on the diagonal and `pairs` set both ways. */
function matrix(n: number, pairs: [number, number, number][], base = 0): Float64Array {
  const m = new Float64Array(n * n).fill(base);
  for (let i = 0; i < n; i++) m[i * n + i] = 1;
  for (const [i, j, v] of pairs) {
    m[i * n + j] = v;
    m[j * n + i] = v;
  }
  return m;
}

describe('second-order similarity (round 14)', () => {
  test('weight 0 or a tiny matrix gives the matrix back unchanged, as a copy', () => {
    const m = matrix(4, [[0, 1, 0.5]]);
    const w0 = withSecondOrder(m, 4, 0, 2);
    expect([...w0]).toEqual([...m]);
    expect(w0).not.toBe(m);
    expect([...withSecondOrder(matrix(2, [[0, 1, 0.4]]), 2, 0.5, 2)]).toEqual([...matrix(2, [[0, 1, 0.4]])]);
  });

  test('symmetric, diagonal 1, the input untouched', () => {
    const m = matrix(6, [
      [0, 1, 0.6],
      [1, 2, 0.5],
      [3, 4, 0.7],
      [2, 3, 0.2],
      [4, 5, 0.3],
    ]);
    const before = [...m];
    const s = withSecondOrder(m, 6, 0.4, 2);
    expect([...m]).toEqual(before);
    for (let i = 0; i < 6; i++) {
      expect(s[i * 6 + i]).toBe(1);
      for (let j = 0; j < 6; j++) expect(s[i * 6 + j]).toBeCloseTo(s[j * 6 + i], 12);
    }
  });

  test('a card between two groups goes with the group its nearest neighbours belong to', () => {
    // 0–2 and 3–5 are two themes; card 6 is equally like card 2 and card 3 (0.35 each), but it shares
    // its other neighbours (weakly) with the first theme. First order: a tie, decided by index order.
    const pairs: [number, number, number][] = [
      [0, 1, 0.8],
      [0, 2, 0.8],
      [1, 2, 0.8],
      [3, 4, 0.8],
      [3, 5, 0.8],
      [4, 5, 0.8],
      [6, 2, 0.35],
      [6, 3, 0.35],
      [6, 0, 0.2],
      [6, 1, 0.2],
    ];
    const m = matrix(7, pairs);
    const s = withSecondOrder(m, 7, 0.5, 3);
    expect(s[6 * 7 + 2]).toBeGreaterThan(s[6 * 7 + 3]);
    const groups = averageLinkage(s, 7, [[0], [1], [2], [3], [4], [5], [6]], [-1, -1, -1, -1, -1, -1, -1], LINK);
    expect(groups).toContainEqual([0, 1, 2, 6]);
    expect(groups).toContainEqual([3, 4, 5]);
  });

  test.each([
    ['distinct values', (i: number, j: number) => 0.05 + ((i * 31 + j * 17) % 97) / 100 + i / 1000 + j / 100000],
    ['a few ties (all kept)', (i: number, j: number) => ((i * 7 + j * 13) % 10) / 10],
  ])('%s: the same matrix in another card order gives the same similarities', (_, value) => {
    const n = 9;
    const pairs: [number, number, number][] = [];
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([i, j, value(i, j)]);
    const m = matrix(n, pairs);
    const perm = [4, 0, 8, 2, 6, 1, 7, 3, 5];
    const pm = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) pm[i * n + j] = m[perm[i] * n + perm[j]];
    const a = withSecondOrder(m, n, 0.4, 3);
    const b = withSecondOrder(pm, n, 0.4, 3);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) expect(b[i * n + j]).toBeCloseTo(a[perm[i] * n + perm[j]], 12);
  });

  // a hang guard, not a speed target: keeping every tied entry took ~30 s here (O(n³)), this ~0.5 s
  test('a board of 3,000 equal cards keeps k + 1 neighbours per card, not all of them', { timeout: 20_000 }, () => {
    const n = 3000;
    const s = withSecondOrder(new Float64Array(n * n).fill(1), n, 0.4, 20);
    // every card keeps the first 21 (ties in card order), so all rows are alike: equal cards stay equal
    expect(s[0]).toBe(1);
    expect(s[1]).toBeCloseTo(1, 12);
    expect(s[n * n - 2]).toBeCloseTo(1, 12);
  });
});
