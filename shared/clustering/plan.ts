// "Sort again" as a preview: compare the current board with a proposed clustering and list the
// moves, so the facilitator can accept or discard it. Pure data in, pure data out.
import type { ClusterResult, EngineCard, EngineCluster } from './engine';

export interface CardMove {
  cardId: number;
  /** current cluster (null = not on the board yet) */
  from: number | null;
  /** target cluster id, or null when the target is a new cluster (see toIndex) */
  to: number | null;
  /** index of the target in plan.clusters */
  toIndex: number;
}

export interface PlanDiff {
  moves: CardMove[];
  /** number of cards that stay where they are */
  unchanged: number;
  /** indices into plan.clusters of clusters that would be newly created */
  newClusters: number[];
  /** existing cluster ids that would end up empty */
  emptiedClusterIds: number[];
  /** existing clusters whose (unlocked) label would change */
  relabelled: { id: number; from: string; to: string }[];
}

export function diffPlan(cards: EngineCard[], plan: ClusterResult, clusters: EngineCluster[] = []): PlanDiff {
  const current = new Map(cards.map((c) => [c.id, c.clusterId]));
  const moves: CardMove[] = [];
  let unchanged = 0;
  const newClusters: number[] = [];
  const stillUsed = new Set<number>();
  const relabelled: PlanDiff['relabelled'] = [];
  plan.clusters.forEach((pc, idx) => {
    if (pc.id === null) newClusters.push(idx);
    else {
      stillUsed.add(pc.id);
      const old = clusters.find((c) => c.id === pc.id);
      if (old && !old.labelLocked && old.label !== pc.label) relabelled.push({ id: pc.id, from: old.label, to: pc.label });
    }
    for (const id of pc.cardIds) {
      const from = current.get(id) ?? null;
      if (pc.id !== null && from === pc.id) unchanged++;
      else moves.push({ cardId: id, from, to: pc.id, toIndex: idx });
    }
  });
  const before = new Set<number>([...clusters.map((c) => c.id), ...cards.flatMap((c) => (c.clusterId === null ? [] : [c.clusterId]))]);
  const emptiedClusterIds = [...before].filter((id) => !stillUsed.has(id)).sort((a, b) => a - b);
  moves.sort((a, b) => a.cardId - b.cardId);
  return { moves, unchanged, newClusters, emptiedClusterIds, relabelled };
}

/**
 * Apply a plan to the cards. `newId(index)` allocates an id for each new cluster (called once per
 * new cluster, in plan order). Cards not in the plan keep their cluster.
 */
export function applyPlan(cards: EngineCard[], plan: ClusterResult, newId: (index: number) => number): EngineCard[] {
  const target = new Map<number, number>();
  plan.clusters.forEach((pc, idx) => {
    const id = pc.id ?? newId(idx);
    for (const c of pc.cardIds) target.set(c, id);
  });
  return cards.map((c) => (target.has(c.id) ? { ...c, clusterId: target.get(c.id)! } : { ...c }));
}
