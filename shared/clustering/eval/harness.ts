// Evaluation routines shared by bench/cluster-eval.ts and the tuning script. Pure (no I/O).
import { baselineCluster } from '../baseline';
import { createEngine, type EngineCard, type EngineOptions } from '../engine';
import { CONCEPTS, type Concept } from '../lexicon';
import { scoreAll, type Scores } from '../metrics';
import { prng } from '../../prng';

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

export { prng };

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
  return scoreAll(
    items.map((i) => i.theme),
    predFromGroups(
      items.length,
      res.clusters.map((c) => c.cardIds),
    ),
  );
}

export function evalBaseline(items: Labelled[], threshold: number): Scores {
  const groups = baselineCluster(
    items.map((i) => i.text),
    threshold,
  );
  return scoreAll(
    items.map((i) => i.theme),
    predFromGroups(items.length, groups),
  );
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
    const order = shuffle(
      items.map((_, i) => i),
      rnd,
    );
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
    runs.push(
      scoreAll(
        items.map((i) => i.theme),
        pred,
      ),
    );
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
    const pinned = new Set(
      shuffle(
        items.map((_, i) => i),
        rnd,
      ).slice(0, Math.round(items.length * frac)),
    );
    const cards: EngineCard[] = items.map((it, i) =>
      pinned.has(i) ? { id: i, text: it.text, clusterId: 1000 + themes.indexOf(it.theme), pinned: true } : { id: i, text: it.text, clusterId: null },
    );
    const res = eng.clusterAll(cards);
    const pred = predFromGroups(
      items.length,
      res.clusters.map((c) => c.cardIds),
    );
    all.push(
      scoreAll(
        items.map((i) => i.theme),
        pred,
      ),
    );
    const idx = items.map((_, i) => i).filter((i) => !pinned.has(i));
    unp.push(
      scoreAll(
        idx.map((i) => items[i].theme),
        idx.map((i) => pred[i]),
      ),
    );
  }
  return { all: average(all), unpinned: average(unp) };
}

/** Coarse "room themes" for the old labelled set: Sport, Kultur, Religion belong to Begegnung (as in tuning2 and the blind set). */
export function coarse(items: Labelled[]): Labelled[] {
  const up: Record<string, string> = { sport: 'begegnung', kultur: 'begegnung', religion: 'begegnung' };
  return items.map((i) => ({ ...i, theme: up[i.theme] ?? i.theme }));
}

export interface FacilitatorAvg extends Avg {
  /** corrections the simulated facilitator made while cards arrived (per 100 cards) */
  fixed: number;
  /** corrections still needed at the end (per 100 cards), as in `corr` */
  remaining: number;
}

/**
 * Live capture with a facilitator who corrects the first `fixes` misplaced cards as they arrive
 * (issue #12.4). A card is misplaced when it joined a cluster whose majority is another theme, or
 * opened a new cluster although one stands for its theme. The facilitator moves it there (or to a
 * new cluster) like cards.move does: with `learn`, the card and the cards of the target cluster are
 * pinned and, with `rename`, the target gets the theme's name as a locked label; without `learn`
 * the move changes nothing else. `corr` = fixed + remaining.
 */
export function evalFacilitator(items: Labelled[], opts: EngineOptions = {}, fixes = 10, orders = 10, seed = 1, learn = true, rename = false): FacilitatorAvg {
  const eng = createEngine(opts);
  const runs: Scores[] = [];
  const fixedRuns: number[] = [];
  for (let r = 0; r < orders; r++) {
    const order = shuffle(
      items.map((_, i) => i),
      prng(seed * 1000 + r),
    );
    const cards: EngineCard[] = [];
    const clusters: { id: number; label: string; labelLocked?: boolean }[] = [];
    let nextId = 1000;
    let used = 0;
    const majority = (cid: number): string | null => {
      const cnt = new Map<string, number>();
      for (const c of cards) if (c.clusterId === cid) cnt.set(items[c.id].theme, (cnt.get(items[c.id].theme) ?? 0) + 1);
      let best: string | null = null;
      let bn = 0;
      for (const [t, k] of [...cnt].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (k > bn) [best, bn] = [t, k];
      return best;
    };
    for (const i of order) {
      const theme = items[i].theme;
      const res = eng.assign({ id: i, text: items[i].text }, cards, clusters);
      let cid = res.clusterId;
      if (used < fixes) {
        // the cluster that stands for this theme: the largest with that majority
        let target: number | null = null;
        let tn = 0;
        for (const c of clusters) {
          if (majority(c.id) !== theme) continue;
          const n = cards.filter((k) => k.clusterId === c.id).length;
          if (n > tn) [target, tn] = [c.id, n];
        }
        const wrong = cid === null ? target !== null : majority(cid) !== theme;
        if (wrong) {
          used++;
          if (target === null) {
            target = nextId++;
            clusters.push({ id: target, label: res.label ?? '' });
          }
          if (learn) {
            for (const k of cards) if (k.clusterId === target) k.pinned = true;
            if (rename) {
              const c = clusters.find((x) => x.id === target)!;
              c.label = theme;
              c.labelLocked = true;
            }
          }
          cards.push({ id: i, text: items[i].text, clusterId: target, pinned: learn });
          continue;
        }
      }
      if (cid === null) {
        cid = nextId++;
        clusters.push({ id: cid, label: res.label ?? '' });
      }
      cards.push({ id: i, text: items[i].text, clusterId: cid });
    }
    const pred = new Array<number>(items.length);
    for (const c of cards) pred[c.id] = c.clusterId!;
    const s = scoreAll(
      items.map((x) => x.theme),
      pred,
    );
    fixedRuns.push((100 * used) / items.length);
    runs.push({ ...s, corr: s.corr + (100 * used) / items.length });
  }
  const a = average(runs);
  const fixed = fixedRuns.reduce((x, y) => x + y, 0) / fixedRuns.length;
  return { ...a, fixed, remaining: a.corr - fixed };
}

/**
 * "Sort again", then the board's merge suggestions (issue #12.5): how many there are, how many
 * join a group to a cluster of the same majority theme (precision), and the corrections per 100
 * cards before and after accepting all of them (one key each, counted as a correction).
 */
export function evalSuggest(
  items: Labelled[],
  opts: EngineOptions = {},
  liveSeed = 0,
): { before: Scores; after: Scores; suggestions: number; correct: number } {
  const eng = createEngine(opts);
  const truth = items.map((i) => i.theme);
  let pred: number[];
  if (liveSeed > 0) {
    // live capture in one seeded arrival order, then the suggestions
    const cards: EngineCard[] = [];
    let next = 0;
    for (const i of shuffle(
      items.map((_, k) => k),
      prng(liveSeed),
    )) {
      const r = eng.assign({ id: i, text: items[i].text }, cards, []);
      cards.push({ id: i, text: items[i].text, clusterId: r.clusterId ?? next++ });
    }
    pred = new Array<number>(items.length);
    for (const c of cards) pred[c.id] = c.clusterId!;
  } else {
    const res = eng.clusterAll(items.map((it, i) => ({ id: i, text: it.text, clusterId: null })));
    pred = predFromGroups(
      items.length,
      res.clusters.map((c) => c.cardIds),
    );
  }
  const before = scoreAll(truth, pred);
  const placed: EngineCard[] = items.map((it, i) => ({ id: i, text: it.text, clusterId: pred[i] }));
  const sug = eng.suggestMerges(placed, []);
  const maj = (cid: number) => {
    const cnt = new Map<string, number>();
    pred.forEach((p, i) => p === cid && cnt.set(truth[i], (cnt.get(truth[i]) ?? 0) + 1));
    return [...cnt].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
  };
  const correct = sug.filter((m) => maj(m.from) === maj(m.to)).length;
  const after0 = pred.map((p) => sug.find((m) => m.from === p)?.to ?? p);
  const a = scoreAll(truth, after0);
  return { before, after: { ...a, corr: a.corr + (100 * sug.length) / items.length }, suggestions: sug.length, correct };
}
