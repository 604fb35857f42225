import { describe, expect, it } from 'vitest';
import { applyPlan, diffPlan } from './plan';
import type { ClusterResult, EngineCard } from './engine';

describe('diffPlan / applyPlan', () => {
  const cards: EngineCard[] = [
    { id: 1, text: 'a', clusterId: 10 },
    { id: 2, text: 'b', clusterId: 10 },
    { id: 3, text: 'c', clusterId: 20 },
    { id: 4, text: 'd', clusterId: null },
  ];
  const plan: ClusterResult = {
    clusters: [
      { id: 10, label: 'Neu', labelLocked: false, cardIds: [1, 3] },
      { id: null, label: 'Frisch', labelLocked: false, cardIds: [2, 4] },
    ],
  };
  it('lists moves, new and emptied clusters, relabels', () => {
    const d = diffPlan(cards, plan, [
      { id: 10, label: 'Alt' },
      { id: 20, label: 'Zwei' },
    ]);
    expect(d.unchanged).toBe(1);
    expect(d.moves).toEqual([
      { cardId: 2, from: 10, to: null, toIndex: 1 },
      { cardId: 3, from: 20, to: 10, toIndex: 0 },
      { cardId: 4, from: null, to: null, toIndex: 1 },
    ]);
    expect(d.newClusters).toEqual([1]);
    expect(d.emptiedClusterIds).toEqual([20]);
    expect(d.relabelled).toEqual([{ id: 10, from: 'Alt', to: 'Neu' }]);
  });
  it('applies a plan without mutating the input', () => {
    const next = applyPlan(cards, plan, () => 99);
    expect(next.map((c) => c.clusterId)).toEqual([10, 99, 10, 99]);
    expect(cards[1].clusterId).toBe(10);
  });
});
