// Clustering agreement metrics: Adjusted Rand Index, Adjusted Mutual Information and Normalised
// Mutual Information (both with arithmetic-mean normalisation, as scikit-learn's defaults), so our
// figures are comparable with published ones. Labels may be any strings/numbers.

type Label = string | number;

interface Contingency {
  n: number;
  a: number[]; // row sums (true classes)
  b: number[]; // column sums (predicted clusters)
  cells: { i: number; j: number; v: number }[];
}

function contingency(truth: Label[], pred: Label[]): Contingency {
  if (truth.length !== pred.length) throw new Error('label arrays differ in length');
  const ti = new Map<Label, number>();
  const pj = new Map<Label, number>();
  const cell = new Map<string, number>();
  for (let k = 0; k < truth.length; k++) {
    if (!ti.has(truth[k])) ti.set(truth[k], ti.size);
    if (!pj.has(pred[k])) pj.set(pred[k], pj.size);
    const key = `${ti.get(truth[k])},${pj.get(pred[k])}`;
    cell.set(key, (cell.get(key) ?? 0) + 1);
  }
  const a = new Array<number>(ti.size).fill(0);
  const b = new Array<number>(pj.size).fill(0);
  const cells = [...cell.entries()].map(([k, v]) => {
    const [i, j] = k.split(',').map(Number);
    a[i] += v;
    b[j] += v;
    return { i, j, v };
  });
  return { n: truth.length, a, b, cells };
}

const comb2 = (x: number) => (x * (x - 1)) / 2;

/** Adjusted Rand Index: 1 = identical partitions, ≈ 0 = chance (also for one-cluster / all-singleton answers). */
export function adjustedRandIndex(truth: Label[], pred: Label[]): number {
  const c = contingency(truth, pred);
  const { n } = c;
  // Same special cases as scikit-learn: identical trivial partitions agree perfectly.
  if (n === 0 || (c.a.length === c.b.length && (c.a.length === 1 || c.a.length === n))) return 1;
  const sumIJ = c.cells.reduce((s, x) => s + comb2(x.v), 0);
  const sumA = c.a.reduce((s, x) => s + comb2(x), 0);
  const sumB = c.b.reduce((s, x) => s + comb2(x), 0);
  const expected = (sumA * sumB) / comb2(n);
  const max = (sumA + sumB) / 2;
  if (max === expected) return 0;
  return (sumIJ - expected) / (max - expected);
}

function entropy(counts: number[], n: number): number {
  let h = 0;
  for (const c of counts) if (c > 0) h -= (c / n) * Math.log(c / n);
  return h;
}

function mutualInfo(c: Contingency): number {
  let mi = 0;
  for (const { i, j, v } of c.cells) mi += (v / c.n) * Math.log((c.n * v) / (c.a[i] * c.b[j]));
  return Math.max(0, mi);
}

// log k! from a growing table of cumulative logs: exact to float rounding (a Lanczos log Γ was
// off by ~1e-9 in AMI, which the hypergeometric sums amplify).
const LOG_FACT: number[] = [0];
function logFact(k: number): number {
  for (let i = LOG_FACT.length; i <= k; i++) LOG_FACT.push(LOG_FACT[i - 1] + Math.log(i));
  return LOG_FACT[k];
}

/** Expected mutual information under the hypergeometric model (Vinh, Epps & Bailey 2010). */
function expectedMutualInfo(a: number[], b: number[], n: number): number {
  let emi = 0;
  const lfN = logFact(n);
  for (const ai of a)
    for (const bj of b) {
      const lo = Math.max(1, ai + bj - n);
      const hi = Math.min(ai, bj);
      const base = logFact(ai) + logFact(bj) + logFact(n - ai) + logFact(n - bj) - lfN;
      for (let nij = lo; nij <= hi; nij++) {
        const term = (nij / n) * Math.log((n * nij) / (ai * bj));
        const lp = base - logFact(nij) - logFact(ai - nij) - logFact(bj - nij) - logFact(n - ai - bj + nij);
        emi += term * Math.exp(lp);
      }
    }
  return emi;
}

/** Adjusted Mutual Information (arithmetic normalisation): 1 = identical, ≈ 0 = chance. */
export function adjustedMutualInfo(truth: Label[], pred: Label[]): number {
  const c = contingency(truth, pred);
  if (c.n === 0 || (c.a.length === 1 && c.b.length === 1)) return 1;
  const mi = mutualInfo(c);
  const emi = expectedMutualInfo(c.a, c.b, c.n);
  const hA = entropy(c.a, c.n);
  const hB = entropy(c.b, c.n);
  const norm = (hA + hB) / 2;
  let denom = norm - emi;
  const eps = 2.220446049250313e-16;
  denom = denom < 0 ? Math.min(denom, -eps) : Math.max(denom, eps);
  return (mi - emi) / denom;
}

/** Normalised Mutual Information (arithmetic). Flatters many small clusters — read it next to AMI. */
export function normalizedMutualInfo(truth: Label[], pred: Label[]): number {
  const c = contingency(truth, pred);
  if (c.n === 0 || (c.a.length === 1 && c.b.length === 1)) return 1;
  const mi = mutualInfo(c);
  if (mi === 0) return 0;
  const norm = (entropy(c.a, c.n) + entropy(c.b, c.n)) / 2;
  return mi / Math.max(norm, 2.220446049250313e-16);
}

export interface Scores {
  ari: number;
  ami: number;
  nmi: number;
  clusters: number;
  classes: number;
  /** facilitator corrections (moves + merges) per 100 cards, see corrections() */
  corr: number;
}

export function scoreAll(truth: Label[], pred: Label[]): Scores {
  return {
    ari: adjustedRandIndex(truth, pred),
    ami: adjustedMutualInfo(truth, pred),
    nmi: normalizedMutualInfo(truth, pred),
    clusters: new Set(pred).size,
    classes: new Set(truth).size,
    corr: corrections(truth, pred).per100,
  };
}

export interface Corrections {
  /** cards dragged out of a group whose majority theme is not theirs */
  moves: number;
  /** merges of groups that share a majority theme */
  merges: number;
  /** (moves + merges) per 100 cards */
  per100: number;
}

/**
 * What a facilitator has to do to turn the predicted groups into the room's themes (issue #12.1):
 * every group stands for its majority theme; each card of another theme is moved (to its theme's
 * group, or it opens one), and groups standing for the same theme are merged (k groups → k − 1
 * merges). Ties for the majority go to the theme with fewer groups so far (fewer merges), then by
 * name. A lower bound on real effort, comparable across modes: 0 for a perfect answer; one big
 * cluster costs n − (largest theme) moves; all singletons cost n − (#themes) merges.
 */
export function corrections(truth: Label[], pred: Label[]): Corrections {
  if (truth.length !== pred.length) throw new Error('label arrays differ in length');
  const groups = new Map<Label, Map<Label, number>>();
  for (let k = 0; k < truth.length; k++) {
    const g = groups.get(pred[k]) ?? new Map<Label, number>();
    g.set(truth[k], (g.get(truth[k]) ?? 0) + 1);
    groups.set(pred[k], g);
  }
  const sizes = [...groups.values()].map((g) => ({ g, n: [...g.values()].reduce((s, x) => s + x, 0) }));
  sizes.sort((a, b) => b.n - a.n);
  const perTheme = new Map<Label, number>();
  let moves = 0;
  for (const { g, n } of sizes) {
    let best: Label | null = null;
    let bestN = -1;
    for (const [t, c] of [...g.entries()].sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1))) {
      if (c > bestN || (c === bestN && (perTheme.get(t) ?? 0) < (perTheme.get(best as Label) ?? 0))) {
        best = t;
        bestN = c;
      }
    }
    moves += n - bestN;
    perTheme.set(best as Label, (perTheme.get(best as Label) ?? 0) + 1);
  }
  let merges = 0;
  for (const k of perTheme.values()) merges += k - 1;
  return { moves, merges, per100: truth.length ? (100 * (moves + merges)) / truth.length : 0 };
}
