// Evaluation routines shared by bench/cluster-eval.ts and the tuning script. Pure (no I/O).
import { baselineCluster } from '../baseline';
import { createEngine, type EngineCard, type EngineOptions } from '../engine';
import { CONCEPTS, type Concept } from '../lexicon';
import { scoreAll, type Scores } from '../metrics';

/**
 * The lexicon with a seeded share of its stems left out: cards in words the lexicon does not know,
 * as in a real room. Lets the tuning part stand in for unseen wording (the held-out parts stay unseen).
 */
export function lexiconDropout(frac: number, seed: number): Concept[] {
  const rnd = prng(seed * 31 + 5);
  return CONCEPTS.map((c) => ({ ...c, stems: c.stems.filter(() => rnd() >= frac) }));
}

export interface Labelled {
  theme: string;
  text: string;
}

/** Seeded PRNG (mulberry32) — evaluation only; the engine itself uses no randomness. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(xs: T[], rnd: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

function predFromGroups(n: number, groups: number[][]): number[] {
  const pred = new Array<number>(n).fill(-1);
  groups.forEach((g, gi) => g.forEach((i) => (pred[i] = gi)));
  return pred;
}

export function evalEngine(items: Labelled[], opts: EngineOptions = {}): Scores {
  const eng = createEngine(opts);
  const res = eng.clusterAll(items.map((it, i) => ({ id: i, text: it.text, clusterId: null })));
  return scoreAll(items.map((i) => i.theme), predFromGroups(items.length, res.clusters.map((c) => c.cardIds)));
}

export function evalBaseline(items: Labelled[], threshold: number): Scores {
  const groups = baselineCluster(items.map((i) => i.text), threshold);
  return scoreAll(items.map((i) => i.theme), predFromGroups(items.length, groups));
}

export interface Avg {
  ari: number;
  ami: number;
  nmi: number;
  clusters: number;
  ariSd: number;
  classes: number;
  /** corrections per 100 cards (mean) */
  corr: number;
}

function average(xs: Scores[]): Avg {
  const m = (f: (s: Scores) => number) => xs.reduce((s, x) => s + f(x), 0) / xs.length;
  const ari = m((s) => s.ari);
  const ariSd = Math.sqrt(m((s) => (s.ari - ari) ** 2));
  return { ari, ami: m((s) => s.ami), nmi: m((s) => s.nmi), clusters: m((s) => s.clusters), ariSd, classes: xs[0]?.classes ?? 0, corr: m((s) => s.corr) };
}

/** Live mode: cards arrive one by one in a random order; each goes where engine.assign says. */
export function evalLive(items: Labelled[], opts: EngineOptions = {}, orders = 20, seed = 1, pinnedFrac = 0): Avg {
  const eng = createEngine(opts);
  const runs: Scores[] = [];
  for (let r = 0; r < orders; r++) {
    const rnd = prng(seed * 1000 + r);
    const order = shuffle(items.map((_, i) => i), rnd);
    const cards: EngineCard[] = [];
    const clusters: { id: number; label: string }[] = [];
    let nextId = 1000;
    // Pinned seeds: the facilitator has already placed the first few cards of the room by theme.
    const nPinned = Math.round(items.length * pinnedFrac);
    const themeId = new Map<string, number>();
    for (const i of order.slice(0, nPinned)) {
      const t = items[i].theme;
      if (!themeId.has(t)) {
        themeId.set(t, nextId);
        clusters.push({ id: nextId++, label: t });
      }
      cards.push({ id: i, text: items[i].text, clusterId: themeId.get(t)!, pinned: true });
    }
    for (const i of order.slice(nPinned)) {
      const res = eng.assign({ id: i, text: items[i].text }, cards, clusters);
      let cid = res.clusterId;
      if (cid === null) {
        cid = nextId++;
        clusters.push({ id: cid, label: res.label ?? '' });
      }
      cards.push({ id: i, text: items[i].text, clusterId: cid });
    }
    const pred = new Array<number>(items.length);
    for (const c of cards) pred[c.id] = c.clusterId!;
    runs.push(scoreAll(items.map((i) => i.theme), pred));
  }
  return average(runs);
}

/**
 * "Sort again" with pinned seeds: a random `frac` of cards is pinned into clusters by true theme
 * (as if the facilitator had dragged them), the rest is clustered by clusterAll. Scored on all
 * cards and on the unpinned cards only.
 */
export function evalPinned(items: Labelled[], opts: EngineOptions = {}, frac = 0.1, reps = 20, seed = 7): { all: Avg; unpinned: Avg } {
  const eng = createEngine(opts);
  const all: Scores[] = [];
  const unp: Scores[] = [];
  const themes = [...new Set(items.map((i) => i.theme))].sort();
  for (let r = 0; r < reps; r++) {
    const rnd = prng(seed * 1000 + r);
    const pinned = new Set(shuffle(items.map((_, i) => i), rnd).slice(0, Math.round(items.length * frac)));
    const cards: EngineCard[] = items.map((it, i) =>
      pinned.has(i) ? { id: i, text: it.text, clusterId: 1000 + themes.indexOf(it.theme), pinned: true } : { id: i, text: it.text, clusterId: null },
    );
    const res = eng.clusterAll(cards);
    const pred = predFromGroups(items.length, res.clusters.map((c) => c.cardIds));
    all.push(scoreAll(items.map((i) => i.theme), pred));
    const idx = items.map((_, i) => i).filter((i) => !pinned.has(i));
    unp.push(scoreAll(idx.map((i) => items[i].theme), idx.map((i) => pred[i])));
  }
  return { all: average(all), unpinned: average(unp) };
}
