import { describe, expect, test } from 'vitest';
import {
  competitionRanks,
  criteriaScore,
  methodText,
  quadrant,
  quadrantCounts,
  rankIdeas,
  sectorColumn,
  spearman,
  topIdeas,
  type RankIdeaInput,
} from './ranking';

const idea = (id: number, dots: number, extra: Partial<RankIdeaInput> = {}): RankIdeaInput => ({
  id,
  text: `Schritt ${id}`,
  field: null,
  position: id,
  dots,
  dotsBySector: {},
  ...extra,
});

describe('dot ranking', () => {
  test('equal dots share a rank and are marked as a tie (1, 2, 2, 4)', () => {
    const r = rankIdeas([idea(1, 3), idea(2, 7), idea(3, 5), idea(4, 5)]);
    expect(r.ideas.map((s) => [s.id, s.rank, s.tied])).toEqual([
      [2, 1, false],
      [3, 2, true],
      [4, 2, true],
      [1, 4, false],
    ]);
    expect(r.ties).toEqual([{ rank: 2, ids: [3, 4] }]);
  });

  test('a tie keeps capture order, whatever the input order', () => {
    const r = rankIdeas([idea(9, 2, { position: 2 }), idea(5, 2, { position: 1 })]);
    expect(r.ideas.map((s) => s.id)).toEqual([5, 9]);
    expect(r.ideas.every((s) => s.rank === 1 && s.tied)).toBe(true);
  });

  test('all zero: everyone shares rank 1, nobody is "top"', () => {
    const r = rankIdeas([idea(1, 0), idea(2, 0)]);
    expect(r.ideas.map((s) => s.rank)).toEqual([1, 1]);
    expect(topIdeas(r, 3).ideas).toEqual([]);
  });
});

describe('weighted criteria', () => {
  const criteria = [
    { id: 1, name: 'Wirkung', weight: 2 },
    { id: 2, name: 'Machbarkeit', weight: 1 },
    { id: 3, name: 'Dringlichkeit', weight: 0 },
  ];

  test('weighted mean over weighted criteria; weight 0 does not count', () => {
    expect(criteriaScore(idea(1, 0, { scores: { 1: 5, 2: 2 } }), criteria).score).toBeCloseTo(4);
    expect(criteriaScore(idea(1, 0, { scores: { 1: 5, 2: 2, 3: 1 } }), criteria).score).toBeCloseTo(4);
  });

  test('weights change the order; equal weighted means tie even with float noise', () => {
    // A: 2·4 + 1·1 = 9/3 = 3.0 ; B: 2·3 + 1·3 = 9/3 = 3.0 ; C: 2·5 + 1·1 = 11/3
    const ideas = [idea(1, 0, { scores: { 1: 4, 2: 1 } }), idea(2, 0, { scores: { 1: 3, 2: 3 } }), idea(3, 0, { scores: { 1: 5, 2: 1 } })];
    const r = rankIdeas(ideas, { method: 'criteria', criteria });
    expect(r.ideas.map((s) => [s.id, s.rank, s.tied])).toEqual([
      [3, 1, false],
      [1, 2, true],
      [2, 2, true],
    ]);
    // Machbarkeit weighted up: B wins.
    const r2 = rankIdeas(ideas, {
      method: 'criteria',
      criteria: [
        { id: 1, name: 'Wirkung', weight: 1 },
        { id: 2, name: 'Machbarkeit', weight: 3 },
      ],
    });
    expect(r2.ideas[0].id).toBe(2);
    // 0.1 + 0.2 vs 0.3 style rounding noise is a tie.
    const noisy = rankIdeas([idea(1, 0, { scores: { 1: 0.1 + 0.2 } }), idea(2, 0, { scores: { 1: 0.3 } })], {
      method: 'criteria',
      criteria: [{ id: 1, name: 'X', weight: 1 }],
    });
    expect(noisy.ideas.map((s) => s.rank)).toEqual([1, 1]);
  });

  test('an idea missing a weighted rating gets no rank and comes last, never treated as 0', () => {
    const r = rankIdeas([idea(1, 0, { scores: { 1: 1 } }), idea(2, 0, { scores: { 1: 1, 2: 1 } })], { method: 'criteria', criteria });
    expect(r.ideas.map((s) => [s.id, s.rank])).toEqual([
      [2, 1],
      [1, null],
    ]);
    expect(r.ideas[1].missing).toEqual([2]);
  });

  test('combined: dots scaled to 1–5 count as one more weighted criterion', () => {
    const c = [{ id: 1, name: 'Wirkung', weight: 1 }];
    // idea 1: dots 10 (max) → 5 ; Wirkung 1 → (5 + 1)/2 = 3
    // idea 2: dots 0 → 1 ; Wirkung 5 → (1 + 5)/2 = 3  → tie
    const r = rankIdeas([idea(1, 10, { scores: { 1: 1 } }), idea(2, 0, { scores: { 1: 5 } })], { method: 'combined', criteria: c, votesWeight: 1 });
    expect(r.ideas.map((s) => [s.rank, s.score])).toEqual([
      [1, 3],
      [1, 3],
    ]);
    const r2 = rankIdeas([idea(1, 10, { scores: { 1: 1 } }), idea(2, 0, { scores: { 1: 5 } })], { method: 'combined', criteria: c, votesWeight: 3 });
    expect(r2.ideas[0].id).toBe(1);
    expect(r2.ideas[0].score).toBeCloseTo(4);
  });

  test('the method text names the method and the weights', () => {
    const r = rankIdeas([idea(1, 1)], { method: 'criteria', criteria });
    expect(methodText(r)).toContain('Wirkung × 2');
    expect(methodText(r)).not.toContain('Dringlichkeit');
    expect(methodText(rankIdeas([idea(1, 1)]), 'en')).toContain('dot voting');
  });
});

describe('top N', () => {
  test('a tie across the cut is not split: top 3 of ranks 1, 2, 3, 3 is four ideas', () => {
    const r = rankIdeas([idea(1, 9), idea(2, 7), idea(3, 4), idea(4, 4), idea(5, 1)]);
    const top = topIdeas(r, 3);
    expect(top.ideas.map((s) => s.id)).toEqual([1, 2, 3, 4]);
    expect(top.extended).toBe(true);
    expect(topIdeas(r, 2).extended).toBe(false);
  });
});

describe('perspectives', () => {
  test('sector ranks, shares and divergence', () => {
    const r = rankIdeas([
      idea(1, 6, { dotsBySector: { verwaltung: 5, zivilgesellschaft: 1 } }),
      idea(2, 6, { dotsBySector: { verwaltung: 1, zivilgesellschaft: 5 } }),
      idea(3, 2, { dotsBySector: { verwaltung: 1, zivilgesellschaft: 1 } }),
    ]);
    const p = r.perspectives;
    expect(p.sectors.map((s) => s.sector).sort()).toEqual(['verwaltung', 'zivilgesellschaft']);
    const s1 = p.ideas.find((s) => s.id === 1)!;
    expect(s1.ranks).toEqual({ verwaltung: 1, zivilgesellschaft: 2 });
    expect(s1.shares.verwaltung).toBeCloseTo(5 / 7);
    expect(s1.divergent).toBe(true);
    expect(p.ideas.find((s) => s.id === 3)!.divergent).toBe(false);
  });

  test('spearman handles ties and constant input', () => {
    expect(spearman([1, 2, 3], [1, 2, 3])).toBeCloseTo(1);
    expect(spearman([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1);
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(competitionRanks([5, null, 5, 1])).toEqual([1, null, 1, 3]);
  });
});

describe('impact/effort quadrants', () => {
  test('3 counts as low on both axes; 4 and 5 as high; no value sits on the line', () => {
    expect(quadrant(4, 1)).toBe('quickWins');
    expect(quadrant(4, 3)).toBe('quickWins');
    expect(quadrant(5, 4)).toBe('bigProjects');
    expect(quadrant(3, 3)).toBe('smallTasks');
    expect(quadrant(3, 5)).toBe('reconsider');
    expect(quadrant(1, 4)).toBe('reconsider');
    // Old fractional placements: the line is at 3.5, and 3.5 itself counts as low.
    expect(quadrant(3.5, 3.6)).toBe('reconsider');
    expect(quadrant(3.6, 3.5)).toBe('quickWins');
  });
  test('counts every placed idea exactly once, unplaced ones not at all', () => {
    const c = quadrantCounts([
      { impact: 3, effort: 3 },
      { impact: 4, effort: 3 },
      { impact: 4, effort: 4 },
      { impact: null, effort: 2 },
      { impact: 2, effort: 5 },
    ]);
    expect(c).toEqual({ quickWins: 1, bigProjects: 1, smallTasks: 1, reconsider: 1 });
  });
});

describe('sector column (projector "Bereiche")', () => {
  const s = (id: number, v: number, p = 0) => ({ id, dotsBySector: { verwaltung: v, politik: p } });
  test("sorted by the sector's own rank, ties marked, ideas without dots left out", () => {
    const c = sectorColumn([s(1, 2), s(2, 5), s(3, 0, 4), s(4, 5), s(5, 1)], 'verwaltung', 5);
    expect(c.items).toEqual([
      { id: 2, rank: 1, tied: true },
      { id: 4, rank: 1, tied: true },
      { id: 1, rank: 3, tied: false },
      { id: 5, rank: 4, tied: false },
    ]);
    expect(c.more).toBe(0);
  });
  test('at most `limit` rows; a tie cut at the limit is counted, not hidden silently', () => {
    const c = sectorColumn([s(1, 9), s(2, 8), s(3, 3), s(4, 3), s(5, 3)], 'verwaltung', 3);
    expect(c.items.map((x) => `${x.rank}${x.tied ? '=' : ''}`)).toEqual(['1', '2', '3=']);
    expect(c.more).toBe(2);
    expect(c.cutTies).toBe(2);
  });
  test('ranks come from the ideas passed in (hidden ideas leave no gap)', () => {
    const c = sectorColumn([s(2, 4), s(3, 1)], 'verwaltung', 5);
    expect(c.items[0]).toEqual({ id: 2, rank: 1, tied: false });
  });
});
