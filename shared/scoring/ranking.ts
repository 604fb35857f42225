// Ranking of next ideas ("Nächste Schritte") for the prioritisation phase.
// Pure TypeScript, no I/O: the service, the screens, the exports and the CLI all rank with it,
// so every place shows the same order and the same figures.
//
// Rules that hold for every method:
//  - Ties are ties. Ideas with the same score share a rank ("standard competition ranking":
//    1, 2, 2, 4) and are marked `tied`; they are listed in their capture order, but nothing
//    breaks the tie silently. Scores are compared after rounding to 6 decimals, so 0.1 + 0.2
//    ties with 0.3.
//  - An idea without a score (criteria method, not every weighted criterion rated) gets no rank;
//    it is listed after the ranked ones, never silently treated as 0.
//  - The method is part of the result (`method`, `criteria`, `votesWeight`) so it can be shown
//    next to the figures (methodText()).

import { SECTOR_KEYS } from '../domain/fields';

export type RankMethod = 'dots' | 'criteria' | 'combined';
export const RANK_METHODS: readonly RankMethod[] = ['dots', 'criteria', 'combined'];

/** Criteria are rated on this scale (e.g. Wirkung 1 = gering … 5 = sehr hoch). */
export const CRITERION_MIN = 1;
export const CRITERION_MAX = 5;

export interface RankCriterion {
  id: number;
  name: string;
  weight: number;
}

export interface RankIdeaInput {
  id: number;
  text: string;
  field: string | null;
  position: number;
  dots: number;
  dotsBySector: Record<string, number>;
  /** criterion id → value on the 1–5 scale, or null/absent when not yet rated. */
  scores?: Record<number, number | null | undefined>;
}

export interface RankedIdea {
  id: number;
  text: string;
  field: string | null;
  position: number;
  /** 1 = best; shared by tied ideas; null = not rankable (criteria missing). */
  rank: number | null;
  tied: boolean;
  /** The figure the rank is based on: dots, or the weighted mean on the 1–5 scale. */
  score: number | null;
  dots: number;
  dotsBySector: Record<string, number>;
  /** Weighted mean of the criteria alone (null when incomplete or no weighted criteria). */
  criteriaScore: number | null;
  /** Criteria that are weighted (> 0) but not rated for this idea. */
  missing: number[];
}

export interface SectorView {
  sector: string;
  total: number;
  /** Spearman rank correlation between this sector's dots and all dots (−1 … 1); null if undefined. */
  agreement: number | null;
  /** Ids of this sector's top ideas (rank 1 … 3, ties included). */
  top: number[];
}

export interface IdeaPerspective {
  id: number;
  /** sector → competition rank of this idea within the sector's dots (null if the sector gave no dots at all). */
  ranks: Record<string, number | null>;
  /** sector → share of that sector's dots on this idea (0 … 1). */
  shares: Record<string, number>;
  /** Largest minus smallest share across sectors that voted. */
  spread: number;
  divergent: boolean;
}

export interface Perspectives {
  sectors: SectorView[];
  ideas: IdeaPerspective[];
  /** Spread of shares from which an idea counts as "seen differently" (0.15 = 15 percentage points). */
  divergenceThreshold: number;
}

export interface Ranking {
  method: RankMethod;
  criteria: RankCriterion[];
  votesWeight: number;
  ideas: RankedIdea[];
  /** Groups of idea ids that share a rank (only groups with two or more). */
  ties: { rank: number; ids: number[] }[];
  perspectives: Perspectives;
}

export interface RankOptions {
  method?: RankMethod;
  criteria?: RankCriterion[];
  /** Weight of the dots in the combined method (default 1). */
  votesWeight?: number;
  divergenceThreshold?: number;
}

const key = (x: number) => Math.round(x * 1e6);

/** Weighted mean of the rated criteria; null if a weighted criterion is unrated or none is weighted. */
export function criteriaScore(idea: RankIdeaInput, criteria: RankCriterion[]): { score: number | null; missing: number[] } {
  const weighted = criteria.filter((c) => c.weight > 0);
  const missing = weighted.filter((c) => typeof idea.scores?.[c.id] !== 'number').map((c) => c.id);
  if (!weighted.length || missing.length) return { score: null, missing };
  const sumW = weighted.reduce((s, c) => s + c.weight, 0);
  const sum = weighted.reduce((s, c) => s + c.weight * (idea.scores![c.id] as number), 0);
  return { score: sum / sumW, missing };
}

/** Dots on the criteria scale: the idea with most dots = 5, no dots = 1 (linear). */
export function dotsOnScale(dots: number, maxDots: number): number {
  if (maxDots <= 0) return CRITERION_MIN;
  return CRITERION_MIN + ((CRITERION_MAX - CRITERION_MIN) * dots) / maxDots;
}

/**
 * Competition ranks for scores (higher is better). Equal scores share the rank; null scores
 * get null. Returns ranks in the input order.
 */
export function competitionRanks(scores: (number | null)[]): (number | null)[] {
  return scores.map((s) => (s === null ? null : 1 + scores.filter((o) => o !== null && key(o) > key(s)).length));
}

/** Average (fractional) ranks, for Spearman's correlation with ties. */
function averageRanks(values: number[]): number[] {
  const idx = values.map((v, i) => ({ v, i })).sort((a, b) => b.v - a.v);
  const out = new Array<number>(values.length);
  for (let i = 0; i < idx.length;) {
    let j = i;
    while (j + 1 < idx.length && key(idx[j + 1].v) === key(idx[i].v)) j++;
    const avg = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) out[idx[k].i] = avg;
    i = j + 1;
  }
  return out;
}

/** Spearman's rho as the Pearson correlation of average ranks; null when a side has no variance. */
export function spearman(a: number[], b: number[]): number | null {
  if (a.length !== b.length || a.length < 3) return null;
  const ra = averageRanks(a);
  const rb = averageRanks(b);
  const mean = (x: number[]) => x.reduce((s, v) => s + v, 0) / x.length;
  const ma = mean(ra),
    mb = mean(rb);
  let num = 0,
    da = 0,
    db = 0;
  for (let i = 0; i < ra.length; i++) {
    num += (ra[i] - ma) * (rb[i] - mb);
    da += (ra[i] - ma) ** 2;
    db += (rb[i] - mb) ** 2;
  }
  if (da === 0 || db === 0) return null;
  return num / Math.sqrt(da * db);
}

/** How the sectors (Verwaltung, Politik, …) rank the ideas by their own dots, and where they differ. */
export function perspectives(ideas: RankIdeaInput[], threshold = 0.15): Perspectives {
  // in the fixed sector order everywhere (Verwaltung, Politik, Zivilgesellschaft, Wirtschaft, Sonstige)
  const order = (k: string) => {
    const i = (SECTOR_KEYS as readonly string[]).indexOf(k);
    return i < 0 ? SECTOR_KEYS.length : i;
  };
  const sectorKeys = [...new Set(ideas.flatMap((s) => Object.keys(s.dotsBySector)))].sort((a, b) => order(a) - order(b));
  const totals = new Map(sectorKeys.map((k) => [k, ideas.reduce((n, s) => n + (s.dotsBySector[k] ?? 0), 0)]));
  const voting = sectorKeys.filter((k) => (totals.get(k) ?? 0) > 0);
  const overall = ideas.map((s) => s.dots);
  const ranksBySector = new Map(voting.map((k) => [k, competitionRanks(ideas.map((s) => s.dotsBySector[k] ?? 0))]));
  const sectors: SectorView[] = voting.map((k) => {
    const mine = ideas.map((s) => s.dotsBySector[k] ?? 0);
    const ranks = ranksBySector.get(k)!;
    return {
      sector: k,
      total: totals.get(k)!,
      agreement: spearman(mine, overall),
      top: ideas.filter((s, i) => (ranks[i] ?? Infinity) <= 3 && (s.dotsBySector[k] ?? 0) > 0).map((s) => s.id),
    };
  });
  const ideaViews: IdeaPerspective[] = ideas.map((s, i) => {
    const ranks: Record<string, number | null> = {};
    const shares: Record<string, number> = {};
    for (const k of voting) {
      ranks[k] = ranksBySector.get(k)![i];
      shares[k] = (s.dotsBySector[k] ?? 0) / totals.get(k)!;
    }
    const vals = Object.values(shares);
    const spread = vals.length >= 2 ? Math.max(...vals) - Math.min(...vals) : 0;
    return { id: s.id, ranks, shares, spread, divergent: vals.length >= 2 && key(spread) >= key(threshold) };
  });
  return { sectors, ideas: ideaViews, divergenceThreshold: threshold };
}

/** Rank the ideas. Input order does not matter; ties are listed by capture position. */
export function rankIdeas(input: RankIdeaInput[], opts: RankOptions = {}): Ranking {
  const method = opts.method ?? 'dots';
  const criteria = (opts.criteria ?? []).filter((c) => Number.isFinite(c.weight) && c.weight >= 0);
  const votesWeight = Math.max(0, opts.votesWeight ?? 1);
  const ideas = [...input].sort((a, b) => a.position - b.position || a.id - b.id);
  const maxDots = Math.max(0, ...ideas.map((s) => s.dots));

  const scored = ideas.map((s) => {
    const c = criteriaScore(s, criteria);
    let score: number | null;
    if (method === 'dots') score = s.dots;
    else if (method === 'criteria') score = c.score;
    else {
      // Combined: the dots count as one more criterion (scaled to 1–5) with weight votesWeight.
      const weighted = criteria.filter((x) => x.weight > 0);
      const sumW = weighted.reduce((n, x) => n + x.weight, 0) + votesWeight;
      if (c.missing.length || sumW === 0) score = null;
      else {
        const sum = weighted.reduce((n, x) => n + x.weight * (s.scores![x.id] as number), 0) + votesWeight * dotsOnScale(s.dots, maxDots);
        score = sum / sumW;
      }
    }
    return { s, score, criteriaScore: c.score, missing: c.missing };
  });
  const ranks = competitionRanks(scored.map((x) => x.score));
  const out: RankedIdea[] = scored.map((x, i) => ({
    id: x.s.id,
    text: x.s.text,
    field: x.s.field,
    position: x.s.position,
    rank: ranks[i],
    tied: ranks[i] !== null && ranks.filter((r) => r === ranks[i]).length > 1,
    score: x.score,
    dots: x.s.dots,
    dotsBySector: { ...x.s.dotsBySector },
    criteriaScore: x.criteriaScore,
    missing: x.missing,
  }));
  // Stable: by rank, then unranked last; equal ranks keep capture order.
  out.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  const ties: Ranking['ties'] = [];
  for (const r of out) {
    if (!r.tied || r.rank === null) continue;
    const g = ties.find((t) => t.rank === r.rank);
    if (g) g.ids.push(r.id);
    else ties.push({ rank: r.rank, ids: [r.id] });
  }
  return { method, criteria, votesWeight, ideas: out, ties, perspectives: perspectives(ideas, opts.divergenceThreshold) };
}

/**
 * The top N by rank: every idea whose rank is ≤ N. A tie across the cut is never split —
 * with ranks 1, 2, 3, 3 the "top 3" are four ideas (`extended` says so). Ideas without a
 * score, and with the dots method ideas without a single dot, are never "top".
 */
export function topIdeas<S extends Pick<RankedIdea, 'rank' | 'dots'>>(r: { method: RankMethod; ideas: S[] }, n: number): { ideas: S[]; extended: boolean } {
  const ideas = r.ideas.filter((s) => s.rank !== null && s.rank <= n && !(r.method === 'dots' && s.dots === 0));
  return { ideas, extended: ideas.length > n };
}

const NUM = (x: number, locale: 'de' | 'en') => x.toLocaleString(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 2 });

/** One line that says how the ranking was made, shown next to the result (screen, projector, CLI). */
export function methodText(r: Pick<Ranking, 'method' | 'criteria' | 'votesWeight'>, locale: 'de' | 'en' = 'de'): string {
  const crit = r.criteria.filter((c) => c.weight > 0).map((c) => `${c.name} × ${NUM(c.weight, locale)}`);
  const de = locale === 'de';
  if (r.method === 'dots') {
    return de
      ? 'Methode: Punktabfrage – Rang nach Anzahl der Punkte; gleiche Punktzahl = gleicher Rang.'
      : 'Method: dot voting – rank by number of dots; equal dots = equal rank.';
  }
  if (r.method === 'criteria') {
    return de
      ? `Methode: gewichtete Kriterien (Skala 1–5, gewichteter Mittelwert: ${crit.join(', ') || 'keine Kriterien'}); gleicher Wert = gleicher Rang.`
      : `Method: weighted criteria (scale 1–5, weighted mean: ${crit.join(', ') || 'no criteria'}); equal value = equal rank.`;
  }
  return de
    ? `Methode: kombiniert – gewichteter Mittelwert aus Punkten (auf 1–5 umgerechnet, × ${NUM(r.votesWeight, locale)}) und Kriterien (${crit.join(', ') || 'keine'}); gleicher Wert = gleicher Rang.`
    : `Method: combined – weighted mean of dots (scaled to 1–5, × ${NUM(r.votesWeight, locale)}) and criteria (${crit.join(', ') || 'none'}); equal value = equal rank.`;
}

// ── Impact/effort matrix ────────────────────────────────────────────────────────────────────
// Both axes use the 1–5 scale. The middle value 3 counts as "gering" (low), 4 and 5 as "hoch"
// (high); the dividing line is drawn at 3.5, between 3 and 4, so no point sits on a line and
// every point has exactly one quadrant. The screens, the projector and any count use this rule.

/** Where the matrix is split: values above it are "high". */
export const MATRIX_SPLIT = 3.5;
export type Quadrant = 'quickWins' | 'bigProjects' | 'smallTasks' | 'reconsider';
export const QUADRANTS: readonly Quadrant[] = ['quickWins', 'bigProjects', 'smallTasks', 'reconsider'];

export const isHigh = (v: number) => v > MATRIX_SPLIT;

/** High impact + low effort = quick win, high + high = big project, low + low = small task, low impact + high effort = reconsider. */
export function quadrant(impact: number, effort: number): Quadrant {
  if (isHigh(impact)) return isHigh(effort) ? 'bigProjects' : 'quickWins';
  return isHigh(effort) ? 'reconsider' : 'smallTasks';
}

/** How many placed ideas fall into each quadrant. */
export function quadrantCounts(points: { impact: number | null; effort: number | null }[]): Record<Quadrant, number> {
  const out: Record<Quadrant, number> = { quickWins: 0, bigProjects: 0, smallTasks: 0, reconsider: 0 };
  for (const p of points) if (p.impact !== null && p.effort !== null) out[quadrant(p.impact, p.effort)]++;
  return out;
}

// ── Per-sector columns (projector "Bereiche") ────────────────────────────────────────────────

export interface SectorColumnItem {
  id: number;
  /** Competition rank within this sector's own dots. */
  rank: number;
  /** Another listed idea of this sector has the same rank. */
  tied: boolean;
}

/**
 * One sector's own order: the ideas this sector gave dots to, sorted by the sector's rank (ties
 * in the input order, i.e. the overall order), at most `limit` rows. Ranks are computed from the
 * ideas passed in, so hidden ideas (not passed) leave no gap. `cutTies` counts ideas left out
 * although they share the rank of the last row shown, so a cut through a tie is never silent.
 */
export function sectorColumn(
  ideas: { id: number; dotsBySector: Record<string, number> }[],
  sector: string,
  limit: number,
): { items: SectorColumnItem[]; more: number; cutTies: number } {
  const dots = ideas.map((s) => s.dotsBySector[sector] ?? 0);
  const ranks = competitionRanks(dots);
  const voted = ideas
    .map((s, i) => ({ id: s.id, rank: ranks[i] as number, dots: dots[i], i }))
    .filter((x) => x.dots > 0)
    .sort((a, b) => a.rank - b.rank || a.i - b.i);
  const all = voted.map((x) => ({ id: x.id, rank: x.rank, tied: voted.filter((y) => y.rank === x.rank).length > 1 }));
  const items = all.slice(0, Math.max(0, limit));
  const last = items[items.length - 1];
  const cutTies = last ? all.slice(items.length).filter((x) => x.rank === last.rank).length : 0;
  return { items, more: all.length - items.length, cutTies };
}
