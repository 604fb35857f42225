// Threshold-based average linkage on a precomputed similarity matrix (typed arrays).
// Two clusters merge while their average pairwise similarity clears a threshold that rises with
// the size of the merged cluster (a margin per card beyond `marginFrom`, as Parabol does), so a
// weak similarity cannot snowball into one giant cluster. Generic O(n²) "nearest-neighbour cache"
// implementation: after a merge only rows that pointed at the merged pair are rescanned.

export interface LinkageOptions {
  threshold: number;
  /** added to the threshold per card beyond marginFrom in the merged cluster */
  margin: number;
  marginFrom: number;
  /** lowers the threshold for merges into a cluster that holds pinned cards */
  seedBonus: number;
  /** 'slack' = merge the pair that clears its threshold by most; 'similarity' = classic highest average */
  priority: 'slack' | 'similarity';
}

/**
 * @param sim    n×n similarity matrix, row-major, symmetric
 * @param groups initial clusters (indices into sim); every index must appear exactly once
 * @param seeds  per group: a seed key (≥ 0) for groups of pinned cards, -1 otherwise. Groups with
 *               different seed keys never merge (two hand-made clusters stay apart).
 * @returns final clusters as lists of indices, each sorted, ordered by their smallest index
 */
export function averageLinkage(sim: Float64Array, n: number, groups: number[][], seeds: number[], o: LinkageOptions): number[][] {
  const m = groups.length;
  const size = new Float64Array(m);
  const seed = Int32Array.from(seeds);
  const members: number[][] = groups.map((g) => [...g]);
  // S[i*m+j] = sum of pairwise similarities between groups i and j
  const S = new Float64Array(m * m);
  for (let i = 0; i < m; i++) size[i] = groups[i].length;
  for (let i = 0; i < m; i++)
    for (let j = i + 1; j < m; j++) {
      let s = 0;
      for (const a of groups[i]) {
        const row = a * n;
        for (const b of groups[j]) s += sim[row + b];
      }
      S[i * m + j] = s;
      S[j * m + i] = s;
    }
  const active = new Uint8Array(m).fill(1);
  const nn = new Int32Array(m).fill(-1);
  const nnScore = new Float64Array(m).fill(-Infinity);

  const score = (i: number, j: number): number => {
    if (seed[i] >= 0 && seed[j] >= 0 && seed[i] !== seed[j]) return -Infinity;
    const avg = S[i * m + j] / (size[i] * size[j]);
    const need = o.threshold + o.margin * Math.max(0, size[i] + size[j] - o.marginFrom) - (seed[i] >= 0 || seed[j] >= 0 ? o.seedBonus : 0);
    if (avg < need) return -Infinity;
    return o.priority === 'slack' ? avg - need : avg;
  };
  const rescan = (i: number): void => {
    let best = -1;
    let bs = -Infinity;
    for (let j = 0; j < m; j++) {
      if (j === i || !active[j]) continue;
      const s = score(i, j);
      if (s > bs) {
        bs = s;
        best = j; // strict '>' keeps the lowest index on ties → stable by id
      }
    }
    nn[i] = bs === -Infinity ? -1 : best;
    nnScore[i] = bs;
  };
  for (let i = 0; i < m; i++) rescan(i);

  for (;;) {
    let a = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < m; i++) {
      if (active[i] && nn[i] >= 0 && nnScore[i] > bestScore) {
        bestScore = nnScore[i];
        a = i;
      }
    }
    if (a < 0) break;
    let b = nn[a];
    if (b < a) [a, b] = [b, a];
    // merge b into a
    for (let k = 0; k < m; k++) {
      if (!active[k] || k === a || k === b) continue;
      const s = S[a * m + k] + S[b * m + k];
      S[a * m + k] = s;
      S[k * m + a] = s;
    }
    size[a] += size[b];
    if (seed[a] < 0) seed[a] = seed[b];
    members[a].push(...members[b]);
    active[b] = 0;
    nn[b] = -1;
    rescan(a);
    for (let k = 0; k < m; k++) {
      if (!active[k] || k === a) continue;
      if (nn[k] === a || nn[k] === b) rescan(k);
      else {
        const s = score(k, a);
        if (s > nnScore[k] || (s === nnScore[k] && s > -Infinity && a < nn[k])) {
          nnScore[k] = s;
          nn[k] = a;
        }
      }
    }
  }
  const out: number[][] = [];
  for (let i = 0; i < m; i++) if (active[i]) out.push(members[i].sort((x, y) => x - y));
  out.sort((x, y) => x[0] - y[0]);
  return out;
}

/**
 * Second-order similarity (round 14): two cards are also alike when they have the same nearest
 * neighbours. Each card's row of `sim` is cut to its k + 1 largest positive entries (itself
 * included; a few ties all kept, a big block of ties cut in card order) and scaled to length 1; the
 * result is `(1 − weight)·sim + weight·(cosine of the two cut rows)`. A card between two themes goes with the theme its neighbours belong to. O(n²) for the
 * cut rows (quickselect), at most O(n²·k) for the cosines (one card may be a near neighbour of
 * many; about n·k² on real boards). Returns a new matrix; `sim` is not changed.
 */
export function withSecondOrder(sim: Float64Array, n: number, weight: number, kIn: number): Float64Array {
  const out = Float64Array.from(sim);
  const k = Number.isFinite(kIn) ? Math.max(0, Math.floor(kIn)) : 0;
  if (!(weight > 0) || n < 3) return out;
  // cut rows, stored per column: which rows keep an entry in column t, and its scaled value
  const colRows: number[][] = Array.from({ length: n }, () => []);
  const colVals: number[][] = Array.from({ length: n }, () => []);
  const row = new Float64Array(n);
  const scratch = new Float64Array(n);
  const kept: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) row[j] = sim[i * n + j];
    scratch.set(row);
    const keep = Math.min(k, n - 1) + 1;
    const kth = nthLargest(scratch, keep - 1);
    // entries above the k-th value, then the ties; a board of many equal cards must not keep every
    // entry (that would make the cosines O(n³): 3,000 equal cards took 38 s)
    let ties = keep;
    let equal = 0;
    for (let j = 0; j < n; j++) {
      if (row[j] > kth) ties--;
      else if (row[j] === kth) equal++;
    }
    // a few ties are all kept (no effect of the card order); only a big block is cut in card order
    if (equal <= ties + keep) ties = equal;
    kept.length = 0;
    let norm = 0;
    for (let j = 0; j < n; j++) {
      const v = row[j];
      if (v <= 0 || v < kth || (v === kth && ties-- <= 0)) continue;
      kept.push(j);
      norm += v * v;
    }
    if (norm === 0) continue;
    const scale = 1 / Math.sqrt(norm);
    for (const j of kept) {
      colRows[j].push(i);
      colVals[j].push(row[j] * scale);
    }
  }
  // out = (1 − weight)·sim + weight·(cosines), built in the upper triangle, then mirrored
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) out[i * n + j] = (1 - weight) * sim[i * n + j];
  for (let t = 0; t < n; t++) {
    const rs = colRows[t];
    const vs = colVals[t];
    for (let a = 0; a < rs.length; a++)
      for (let b = a + 1; b < rs.length; b++) {
        // rows are pushed in increasing order, so rs[a] < rs[b]
        out[rs[a] * n + rs[b]] += weight * vs[a] * vs[b];
      }
  }
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) out[j * n + i] = out[i * n + j];
  return out;
}

/** The (r+1)-th largest value of `a` (r = 0: the largest); reorders `a`. Quickselect, O(n) on average. */
function nthLargest(a: Float64Array, r: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] > pivot) i++;
      while (a[j] < pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (r <= j) hi = j;
    else if (r >= i) lo = i;
    else return a[r];
  }
  return a[r];
}
