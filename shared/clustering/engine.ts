// The clustering engine: blended char-n-gram TF-IDF + domain-concept similarity, threshold-based
// average linkage for "sort again", incremental assignment for live capture.
import type { FieldKey } from '../domain/fields';
import type { Concept } from './lexicon';
import { makeLabel, clusterTermSet, labelFits, sameLabelWord, type LabelAids, type LabelContext, type ThemeOf } from './labels';
import { makeLemmatizer, type LemmaTable, type Lemmatizer } from './lemmas';
import { averageLinkage, withSecondOrder } from './linkage';
import { features as modelFeatures, predict, type ThemeModel } from './model';
import { addCosineRow, addCosines, borrowedConcepts, denseWeighted, FeatureStore, type Sparse, type TextFeatures } from './vectors';

export interface EngineCard {
  id: number;
  text: string;
  clusterId: number | null;
  /** placed by hand: stays in its cluster on "sort again" and seeds it */
  pinned?: boolean;
}

export interface EngineCluster {
  id: number;
  label: string;
  /** renamed by the facilitator: the label is never replaced */
  labelLocked?: boolean;
}

export interface ProposedCluster {
  /** existing cluster id that this group continues, or null = open a new cluster */
  id: number | null;
  label: string;
  labelLocked: boolean;
  cardIds: number[];
}

export interface ClusterResult {
  clusters: ProposedCluster[];
}

export interface AssignResult {
  /** cluster to join, or null = open a new cluster */
  clusterId: number | null;
  /** average similarity to the best cluster's cards (0 if there is none) */
  similarity: number;
  /** label suggestion: for a new cluster from the card, for an unlocked cluster from its cards + this one, else the locked label */
  label?: string;
}

export interface TuningOptions {
  /** weight of char n-gram cosine; the domain-concept cosine gets 1 − alpha */
  alpha: number;
  /** base average-similarity threshold for a merge in clusterAll */
  threshold: number;
  /** threshold increase per card beyond marginFrom in the merged cluster */
  margin: number;
  marginFrom: number;
  /** threshold discount for merging into a cluster that holds pinned cards */
  seedBonus: number;
  priority: 'slack' | 'similarity';
  /** threshold for a new card to join an existing cluster (live mode) */
  assignThreshold: number;
  /** the same for a card that hits no concept (unknown words) */
  assignUnknownThreshold: number;
  /** live-mode increase per card beyond marginFrom */
  assignMargin: number;
  /** live mode: a card in unknown words joins a cluster of such cards (char similarity only) at this level (1 = off) */
  assignUnknownPair: number;
  /** tf factor for target-group words ("Geflüchtete", "Stadt") in char features */
  genericWeight: number;
  /** weight of the field dimensions learned from the questionnaire's question texts */
  questionWeight: number;
  /**
   * After linkage, groups of at most attachMaxSize cards (not pinned) join the most similar group
   * of ≥ 2 cards if their average similarity reaches this (0 = off). Live mode: a card that clears
   * no assignThreshold joins the most similar cluster of ≥ 2 cards at this level. A lone card costs
   * the facilitator a merge for sure; a guess costs a move only when it is wrong.
   */
  attachThreshold: number;
  attachMaxSize: number;
  /**
   * Small groups (≤ attachMaxSize cards) join the most similar larger group with the same broader
   * topic (Sport, Kultur, Religion → Begegnung; issue #12.2), if the average similarity reaches
   * attachThreshold. Groups that grew beyond attachMaxSize stay on their own.
   */
  topicAttach: boolean;
  /** attachThreshold applies only to cards in words the lexicon does not know (no concept) */
  attachUnknownOnly: boolean;
  /** sort again: the cards left alone (no pinned card) are gathered in one group ("unsortiert") */
  miscGroup: boolean;
  /**
   * A word that hits no stem may contain a stem of ≥ innerStems letters after an unknown first
   * part ("Integartionsbeirat", "Straßenfußballturnier"); 0 = off.
   */
  innerStems: number;
  /** match lexicon stems despite one typo ("Sprahcafé", "Ehrenamtlihce"; issue #12.7) */
  fuzzyStems: boolean;
  /** broader-topic dimension per concept (Sport, Kultur, Religion → Begegnung), relative to the concept */
  topicWeight: number;
  /** Handlungsfeld dimension per concept, relative to the concept */
  fieldWeight: number;
  /** room-theme dimension shared by Sport, Kultur, Religion and Begegnung etc. (lexicon `theme`), relative to the concept */
  themeWeight: number;
  /**
   * Cards in words the lexicon does not know borrow the concepts of their most char-similar cards
   * (`borrowK` neighbours with char cosine ≥ `borrowFloor`), at this weight (0 = off).
   */
  borrowWeight: number;
  /** weight of a concept named only as the card's place ("in der Unterkunft") beside another concept (1 = off) */
  settingWeight: number;
  /** a card's later concepts count orderDecay^rank (in order of first mention; 1 = off): cards name their point first */
  orderDecay: number;
  borrowK: number;
  borrowFloor: number;
  /** IDF-weight the concept dimensions (rare concepts count more) */
  conceptIdf: boolean;
  /** when neither card matches any concept, use the char similarity alone instead of halving it */
  charOnlyWithoutConcepts: boolean;
  /** when one card matches no concept, use (this share of) the char similarity alone: its wording is all we know */
  charOnlyIfEither: number;
  /**
   * Live mode: a renamed (locked) label counts as this many extra cards of its cluster when a new
   * card is compared with it, so the words the facilitator chose attract cards (issue #12.4). 0 = off.
   */
  labelPull: number;
  /** share of the theme model's similarity (cosine of two cards' theme distributions) in the card similarity (0 = off) */
  modelWeight: number;
  /** "sort again": share of the second-order similarity (shared nearest neighbours; linkage.ts withSecondOrder; 0 = off) */
  secondOrder: number;
  /** … the number of nearest neighbours each card's row keeps */
  secondOrderK: number;
  /** a group of two up to this many cards gets a one-word label (labels.ts LabelAids.oneWordUpTo; 0 = off) */
  oneWordUpTo: number;
  /** suggestMerges: groups of at most this many cards are offered to a related larger theme */
  suggestMaxSize: number;
  /** suggestMerges: minimum average similarity between the small group and the target theme */
  suggestThreshold: number;
  /** suggestMerges: lower minimum when both have the same broader topic (Sport → Begegnung; 1 = off) */
  suggestTopicThreshold: number;
  ngramMin: number;
  ngramMax: number;
  /** default threshold of nearDuplicates() */
  nearDuplicateThreshold: number;
}

/** Defaults tuned on the tuning part of tests/fixtures/clustering/strengths-labelled.tsv only. */
export const DEFAULT_TUNING: Readonly<TuningOptions> = {
  alpha: 0.5,
  threshold: 0.1,
  margin: 0.007,
  marginFrom: 3,
  seedBonus: 0.05,
  priority: 'slack',
  assignThreshold: 0.25,
  assignUnknownThreshold: 0.25,
  assignMargin: 0,
  assignUnknownPair: 0.1,
  genericWeight: 0.3,
  questionWeight: 0.25,
  topicWeight: 0,
  fieldWeight: 0,
  themeWeight: 0.95,
  borrowWeight: 0.5,
  settingWeight: 0.5,
  orderDecay: 0.5,
  borrowK: 5,
  borrowFloor: 0.05,
  attachThreshold: 0,
  attachMaxSize: 1,
  topicAttach: false,
  miscGroup: false,
  attachUnknownOnly: false,
  fuzzyStems: true,
  innerStems: 6,
  conceptIdf: true,
  charOnlyWithoutConcepts: true,
  charOnlyIfEither: 0,
  labelPull: 1,
  modelWeight: 0.4,
  secondOrder: 0.4,
  secondOrderK: 20,
  oneWordUpTo: 4,
  suggestMaxSize: 3,
  suggestThreshold: 0.12,
  suggestTopicThreshold: 1,
  ngramMin: 3,
  ngramMax: 5,
  nearDuplicateThreshold: 0.8,
};

/** A proposal to fold a small group into a related, larger theme (issue #12.5). */
export interface MergeSuggestion {
  /** the small cluster */
  from: number;
  /** the theme it would join */
  to: number;
  /** average similarity between their cards */
  similarity: number;
}

/** Key under which a dismissed suggestion is remembered ("from>to"). */
export const mergeKey = (from: number, to: number): string => `${from}>${to}`;

export interface EngineOptions extends Partial<TuningOptions> {
  /** the imported questionnaire's questions: extra domain vocabulary per Handlungsfeld */
  questions?: { field: FieldKey; text: string }[];
  /** replaces the built-in lexicon (evaluation: lexicon dropout on the tuning part) */
  lexicon?: readonly Concept[];
  /**
   * Concepts the room has merged (issue #12.4, from `dominantConcept` of two merged clusters):
   * each group of concept keys becomes one concept, so later cards of either meet.
   */
  links?: readonly (readonly string[])[];
  /**
   * German noun base forms for labels (issue #12.6; resources/lemmas/de-nouns.json, loaded by the
   * caller: this module reads no files). Without it, labels use the shortest form on the cards.
   */
  lemmas?: LemmaTable | Lemmatizer;
  /** theme model (resources/clustering/theme-model.json, loaded by the caller): see modelWeight */
  themeModel?: ThemeModel;
}

export interface Engine {
  clusterAll(cards: EngineCard[], clusters?: EngineCluster[]): ClusterResult;
  assign(card: { id: number; text: string }, cards: EngineCard[], clusters: EngineCluster[]): AssignResult;
  label(texts: string[]): string;
  /** The key of the concept hit by most of the texts (at least half of them), else null. */
  dominantConcept(texts: string[]): string | null;
  /**
   * Merge suggestions for the board: each cluster of ≤ suggestMaxSize cards (no locked label) with
   * the larger cluster it is most similar to, if the average similarity reaches suggestThreshold.
   * Pairs in `dismissed` (mergeKey) are never suggested again. Best first. Nothing is changed.
   */
  suggestMerges(cards: EngineCard[], clusters: EngineCluster[], dismissed?: Iterable<string>): MergeSuggestion[];
  /**
   * Live relabel of an unlocked cluster after a change: `current` if the cluster had ≥ 3 cards
   * before (`before`, default: as many as now) and the label still fits the texts (≥ 3 cards, the
   * dominant concept among its words, every word still on a card), else a new label.
   */
  liveLabel(current: string, texts: string[], before?: number): string;
  similarity(a: string, b: string, corpus?: string[]): number;
  nearDuplicates(text: string, cards: { id: number; text: string }[], threshold?: number): { id: number; similarity: number }[];
  /** the full n×n similarity matrix (row-major) of the texts, as used by clusterAll */
  similarityMatrix(texts: string[]): Float64Array;
  /** keys of the lexicon concepts a text names (no questionnaire concepts), sorted: the theme model's concept features */
  conceptKeys(text: string): string[];
  readonly options: Readonly<TuningOptions>;
}

const byId = <T extends { id: number }>(a: T, b: T) => a.id - b.id;

export function createEngine(opts: EngineOptions = {}): Engine {
  const { questions, lexicon, links, lemmas, themeModel, ...tuning } = opts;
  const lem = lemmas ? ('lemma' in lemmas ? lemmas : makeLemmatizer(lemmas)) : undefined;
  const o: TuningOptions = { ...DEFAULT_TUNING };
  for (const [k, v] of Object.entries(tuning)) if (v !== undefined) (o as unknown as Record<string, unknown>)[k] = v;
  const store = new FeatureStore(
    {
      ngramMin: o.ngramMin,
      ngramMax: o.ngramMax,
      genericWeight: o.genericWeight,
      questionWeight: o.questionWeight,
      topicWeight: o.topicWeight,
      fieldWeight: o.fieldWeight,
      themeWeight: o.themeWeight,
      settingWeight: o.settingWeight,
      orderDecay: o.orderDecay,
      fuzzyStems: o.fuzzyStems,
      innerStems: o.innerStems,
      links,
    },
    questions,
    lexicon,
  );

  // Theme words for labels (issue #12.6): a concept's short name, and for room themes shared by
  // several concepts (Sport, Kultur, Religion → Begegnung) the name of the theme's own concept.
  const shortName = (c: (typeof store.concepts)[number]) => c.label ?? c.name?.split(' und ')[0] ?? null;
  const themeKey = (c: (typeof store.concepts)[number]) => c.theme ?? c.key;
  const themeSize = new Map<string, number>();
  for (const c of store.concepts) themeSize.set(themeKey(c), (themeSize.get(themeKey(c)) ?? 0) + 1);
  const themeOf: ThemeOf = (i) => {
    const c = store.concepts[i];
    const name = c ? shortName(c) : null;
    if (!c || !name) return null;
    const theme = themeKey(c);
    const home = store.concepts.find((x) => x.key === theme) ?? c;
    return { name, theme, themeName: shortName(home) ?? name, shared: (themeSize.get(theme) ?? 1) > 1, notNamedByOrigin: !!c.notNamedByOrigin, broad: c.broad };
  };
  const aids: LabelAids = { lem, themeOf, oneWordUpTo: o.oneWordUpTo };

  const keysOf = (f: TextFeatures) => [...new Set(f.conceptHits.map((h) => store.concepts[h.concept].key).filter((k) => !k.startsWith('q:')))].sort();
  // Theme distributions per text (unit length), when a theme model is given. A card with no
  // feature the model knows ("xxxx", a name, another language) gets null, not the model's prior:
  // two such cards would otherwise look alike to it (cosine 1) and pull each other together.
  const probCache = new Map<string, Float64Array | null>();
  const probs = (f: TextFeatures): Float64Array | null => {
    let p = probCache.get(f.text);
    if (p === undefined) {
      const x = modelFeatures(f.text, keysOf(f));
      p = null;
      if ([...x.keys()].some((k) => themeModel!.weights[k])) {
        p = predict(themeModel!, x);
        let norm = 0;
        for (const v of p) norm += v * v;
        norm = Math.sqrt(norm);
        for (let t = 0; t < p.length; t++) p[t] /= norm;
      }
      if (probCache.size > 20000) probCache.clear();
      probCache.set(f.text, p);
    }
    return p;
  };
  /** the similarity s of two cards with the theme model mixed in, when both have a distribution */
  const mix = (s: number, a: Float64Array | null, b: Float64Array | null) => (a && b ? (1 - o.modelWeight) * s + o.modelWeight * dot(a, b) : s);
  const useModel = !!themeModel && o.modelWeight > 0;
  const dot = (a: Float64Array, b: Float64Array) => {
    let d = 0;
    for (let t = 0; t < a.length; t++) d += a[t] * b[t];
    return d;
  };

  function matrix(feats: TextFeatures[]): Float64Array {
    const n = feats.length;
    const dims = store.dims;
    const C = new Float64Array(n * n);
    const K = new Float64Array(n * n);
    addCosines(
      C,
      feats.map((f) => f.grams),
      dims.grams,
      1,
      true,
    );
    addCosines(
      K,
      feats.map((f) => f.concepts),
      dims.concepts,
      1,
      o.conceptIdf,
    );
    // Borrowed concepts for cards without any (see borrowWeight): K gets borrowWeight·cosine
    // between the borrowed vector and the other card's own concepts.
    const unknown = feats.map((f) => f.concepts.ids.length === 0);
    if (o.borrowWeight > 0 && unknown.some((u) => u) && unknown.some((u) => !u)) {
      const D = dims.concepts;
      const dense = denseWeighted(
        feats.map((f) => f.concepts),
        D,
        o.conceptIdf,
      );
      for (let u = 0; u < n; u++) {
        if (!unknown[u]) continue;
        const v = borrowedConcepts(
          n,
          D,
          dense,
          (j) => (j < u ? C[j * n + u] : C[u * n + j]),
          (j) => !unknown[j],
          o.borrowK,
          o.borrowFloor,
        );
        for (let j = 0; j < n; j++) {
          if (unknown[j]) continue;
          let dot = 0;
          for (let d = 0; d < D; d++) dot += v[d] * dense[j * D + d];
          K[j < u ? j * n + u : u * n + j] = o.borrowWeight * dot;
        }
      }
    }
    const M = new Float64Array(n * n);
    const P = useModel ? feats.map(probs) : [];
    for (let i = 0; i < n; i++) {
      M[i * n + i] = 1;
      const ei = feats[i].concepts.ids.length === 0;
      for (let j = i + 1; j < n; j++) {
        const c = C[i * n + j];
        const ej = feats[j].concepts.ids.length === 0;
        const s =
          o.charOnlyWithoutConcepts && ei && ej
            ? c
            : o.charOnlyIfEither > 0 && (ei || ej) && o.borrowWeight === 0
              ? o.charOnlyIfEither * c
              : o.alpha * c + (1 - o.alpha) * K[i * n + j];
        const m = useModel ? mix(s, P[i], P[j]) : s;
        M[i * n + j] = m;
        M[j * n + i] = m;
      }
    }
    return M;
  }

  function row(q: TextFeatures, docs: TextFeatures[]): Float64Array {
    const dims = store.dims;
    const C = new Float64Array(docs.length);
    const K = new Float64Array(docs.length);
    addCosineRow(
      C,
      q.grams,
      docs.map((d) => d.grams),
      dims.grams,
      1,
      true,
    );
    addCosineRow(
      K,
      q.concepts,
      docs.map((d) => d.concepts),
      dims.concepts,
      1,
      o.conceptIdf,
    );
    const qe = q.concepts.ids.length === 0;
    // A new card in unknown words borrows the concepts of its most char-similar cards (as in matrix()).
    if (o.borrowWeight > 0 && qe && docs.some((d) => d.concepts.ids.length > 0)) {
      const D = dims.concepts;
      const dense = denseWeighted(
        docs.map((d) => d.concepts),
        D,
        o.conceptIdf,
      );
      const v = borrowedConcepts(
        docs.length,
        D,
        dense,
        (j) => C[j],
        (j) => docs[j].concepts.ids.length > 0,
        o.borrowK,
        o.borrowFloor,
      );
      for (let j = 0; j < docs.length; j++) {
        if (docs[j].concepts.ids.length === 0) continue;
        let dot = 0;
        for (let d = 0; d < D; d++) dot += v[d] * dense[j * D + d];
        K[j] = o.borrowWeight * dot;
      }
    }
    const out = new Float64Array(docs.length);
    const pq = useModel ? probs(q) : null;
    for (let i = 0; i < docs.length; i++) {
      const ed = docs[i].concepts.ids.length === 0;
      out[i] =
        o.charOnlyWithoutConcepts && qe && ed ? C[i] : o.charOnlyIfEither > 0 && (qe || ed) ? o.charOnlyIfEither * C[i] : o.alpha * C[i] + (1 - o.alpha) * K[i];
      if (pq) out[i] = mix(out[i], pq, probs(docs[i]));
    }
    return out;
  }

  /** The broader topic hit by at least half of the cards (most cards first, ties → first in the lexicon), else null. */
  function topicOf(fs: TextFeatures[]): string | null {
    const count = new Map<string, number>();
    for (const f of fs) {
      const ts = new Set<string>();
      for (const c of f.concepts.ids) {
        const t = c < store.concepts.length ? store.concepts[c].topic : undefined;
        if (t) ts.add(t);
      }
      for (const t of ts) count.set(t, (count.get(t) ?? 0) + 1);
    }
    let best: string | null = null;
    let bn = 0;
    for (const [t, k] of count) if (k > bn) [best, bn] = [t, k];
    return best !== null && bn * 2 >= fs.length ? best : null;
  }

  /**
   * Labels of the groups of one board; `fixed[i]` is a renamed (locked) label that the group keeps.
   * Two groups with the same label ("Begegnung" twice) confuse the room (round 16): a group whose
   * label another group has — a fixed one, or a larger one — is named with the looser bars for its
   * card words (`makeLabel(…, strict false)`), which usually adds what sets it apart; if that does
   * not help, the larger group of a pair takes them too. Each group is named again at most once, so
   * this ends; groups with the same cards' words may still share a label.
   */
  function labelsFor(groups: TextFeatures[][], fixed: (string | undefined)[] = []): string[] {
    const termSets = groups.map(clusterTermSet);
    const termClusters = new Map<string, number>();
    for (const s of termSets) for (const t of s) termClusters.set(t, (termClusters.get(t) ?? 0) + 1);
    const ctx: LabelContext = { termClusters, clusterCount: groups.length };
    const labels = groups.map((g, i) => fixed[i] ?? makeLabel(g, { ...aids, ctx }));
    const key = (l: string) => l.toLocaleLowerCase('de');
    const loose = new Set<number>();
    // larger groups first (ties: lower index), so the larger keeps the strict label
    const order = groups
      .map((_, i) => i)
      .sort((a, b) => Number(fixed[b] !== undefined) - Number(fixed[a] !== undefined) || groups[b].length - groups[a].length || a - b);
    for (let pass = 0; pass < 2; pass++) {
      const taken = new Map<string, number>();
      for (const i of order) {
        const k = key(labels[i]);
        const first = taken.get(k);
        if (first === undefined) {
          taken.set(k, i);
          continue;
        }
        // a pair: looser bars for the smaller group, else for the larger one (each at most once)
        const target = [i, first].find((g) => fixed[g] === undefined && !loose.has(g));
        if (target === undefined) continue;
        loose.add(target);
        // (a group of oneWordUpTo cards or fewer: two words at most — what sets it apart, not a list)
        labels[target] = makeLabel(groups[target], { ...aids, ctx }, groups[target].length <= o.oneWordUpTo ? 2 : 3, false);
      }
    }
    // Still twice ("Begegnung, Kultur" on 30 and on 10 cards; judges of round 23): the smaller group
    // is named by its own words on a fifth of its cards (two at least), without the theme word, when
    // that sets it apart — not by a form of a word already there ("Sprachen" beside "Sprache").
    const byKey = new Map<string, number[]>();
    for (const i of order) byKey.set(key(labels[i]), [...(byKey.get(key(labels[i])) ?? []), i]);
    for (const same of byKey.values()) {
      for (const i of same.slice(1)) {
        if (fixed[i] !== undefined) continue;
        const minCards = Math.max(2, Math.ceil(groups[i].length * 0.2));
        const own = makeLabel(groups[i], { ...aids, ctx, themeOf: undefined, minCards }, 2);
        const onBoard = labels.flatMap((l) => l.split(', '));
        if (own && !own.split(', ').some((w) => onBoard.some((b) => sameLabelWord(w, b)))) labels[i] = own;
      }
    }
    return labels;
  }

  const engine: Engine = {
    options: o,

    clusterAll(cardsIn, clustersIn = []) {
      const cards = [...cardsIn].sort(byId);
      if (cards.length === 0) return { clusters: [] };
      const feats = cards.map((c) => store.get(c.text));
      const M = withSecondOrder(matrix(feats), feats.length, o.secondOrder, o.secondOrderK);
      // Pinned cards of one existing cluster start as one group with that cluster as seed.
      const seedGroups = new Map<number, number[]>();
      const groups: number[][] = [];
      const seeds: number[] = [];
      cards.forEach((c, i) => {
        if (c.pinned && c.clusterId !== null) {
          const g = seedGroups.get(c.clusterId);
          if (g) g.push(i);
          else {
            const ng = [i];
            seedGroups.set(c.clusterId, ng);
            groups.push(ng);
            seeds.push(c.clusterId);
          }
        } else {
          groups.push([i]);
          seeds.push(-1);
        }
      });
      const linked = averageLinkage(M, cards.length, groups, seeds, {
        threshold: o.threshold,
        margin: o.margin,
        marginFrom: o.marginFrom,
        seedBonus: o.seedBonus,
        priority: o.priority,
      });
      const attached =
        o.attachThreshold > 0 || o.topicAttach
          ? attachSmall(
              linked,
              M,
              cards.length,
              (i) => (!!cards[i].pinned && cards[i].clusterId !== null) || (o.attachUnknownOnly && feats[i].concepts.ids.length > 0),
              (g) => topicOf(g.map((i) => feats[i])),
              o,
            )
          : linked;
      const result = o.miscGroup ? gatherSingles(attached, (i) => !!cards[i].pinned && cards[i].clusterId !== null) : attached;

      // Which existing cluster does each result group continue? Seeds keep their id; otherwise the
      // old cluster that supplies at least half of the group's cards (largest overlap first), so a
      // preview shows few, meaningful moves.
      const ids: (number | null)[] = result.map(() => null);
      const used = new Set<number>();
      result.forEach((g, gi) => {
        const p = g.find((i) => cards[i].pinned && cards[i].clusterId !== null);
        if (p !== undefined) {
          ids[gi] = cards[p].clusterId;
          used.add(cards[p].clusterId as number);
        }
      });
      const cand: { gi: number; old: number; overlap: number }[] = [];
      result.forEach((g, gi) => {
        if (ids[gi] !== null) return;
        const counts = new Map<number, number>();
        for (const i of g) {
          const cid = cards[i].clusterId;
          if (cid !== null) counts.set(cid, (counts.get(cid) ?? 0) + 1);
        }
        for (const [old, overlap] of counts) if (overlap * 2 >= g.length) cand.push({ gi, old, overlap });
      });
      cand.sort((a, b) => b.overlap - a.overlap || a.old - b.old || a.gi - b.gi);
      for (const c of cand) {
        if (ids[c.gi] !== null || used.has(c.old)) continue;
        ids[c.gi] = c.old;
        used.add(c.old);
      }

      const locked = new Map(clustersIn.filter((c) => c.labelLocked).map((c) => [c.id, c.label]));
      const labels = labelsFor(
        result.map((g) => g.map((i) => feats[i])),
        result.map((_, gi) => (ids[gi] !== null ? locked.get(ids[gi]!) : undefined)),
      );
      return {
        clusters: result.map((g, gi) => {
          const id = ids[gi];
          const lockedLabel = id !== null ? locked.get(id) : undefined;
          return {
            id,
            label: lockedLabel ?? labels[gi],
            labelLocked: lockedLabel !== undefined,
            cardIds: g.map((i) => cards[i].id),
          };
        }),
      };
    },

    assign(card, cardsIn, clusters) {
      const q = store.get(card.text);
      const members = cardsIn.filter((c) => c.clusterId !== null && c.id !== card.id).sort(byId);
      if (members.length === 0) return { clusterId: null, similarity: 0, label: makeLabel([q], aids) };
      const feats = members.map((c) => store.get(c.text));
      // Renamed labels (the facilitator's own words) take part as extra members (issue #12.4).
      const present = new Set(members.map((c) => c.clusterId as number));
      const named = o.labelPull > 0 ? clusters.filter((c) => c.labelLocked && c.label.trim() && present.has(c.id)).sort(byId) : [];
      const sims = row(q, named.length ? [...feats, ...named.map((c) => store.get(c.label))] : feats);
      // a card in unknown words has only its wording (and borrowed concepts) to go by
      const qe = q.concepts.ids.length === 0;
      const agg = new Map<number, { sum: number; n: number; pinned: boolean; idx: number[] }>();
      members.forEach((c, i) => {
        const a = agg.get(c.clusterId as number) ?? { sum: 0, n: 0, pinned: false, idx: [] };
        a.sum += sims[i];
        a.n++;
        a.pinned ||= !!c.pinned;
        a.idx.push(i);
        agg.set(c.clusterId as number, a);
      });
      named.forEach((c, k) => {
        const a = agg.get(c.id)!;
        a.sum += o.labelPull * sims[feats.length + k];
        a.n += o.labelPull;
      });
      let best: number | null = null;
      let bestScore = -Infinity;
      let bestAvg = 0;
      let bestAvgAny = 0;
      for (const cid of [...agg.keys()].sort((x, y) => x - y)) {
        const a = agg.get(cid)!;
        const avg = a.sum / a.n;
        bestAvgAny = Math.max(bestAvgAny, avg);
        const base = qe
          ? o.assignUnknownPair < 1 && a.idx.every((i) => feats[i].concepts.ids.length === 0)
            ? Math.min(o.assignUnknownPair, o.assignUnknownThreshold)
            : o.assignUnknownThreshold
          : o.assignThreshold;
        const need = base + o.assignMargin * Math.max(0, a.n + 1 - o.marginFrom) - (a.pinned ? o.seedBonus : 0);
        if (avg < need) continue;
        const s = o.priority === 'slack' ? avg - need : avg;
        if (s > bestScore) {
          bestScore = s;
          best = cid;
          bestAvg = avg;
        }
      }
      if (best === null && (o.attachThreshold > 0 || o.topicAttach) && (!o.attachUnknownOnly || q.concepts.ids.length === 0)) {
        // No cluster clears its threshold: join the most similar established cluster (of the
        // card's broader topic, with topicAttach) if close enough.
        const qt = o.topicAttach ? topicOf([q]) : null;
        let bestAtt = -Infinity;
        for (const cid of [...agg.keys()].sort((x, y) => x - y)) {
          const a = agg.get(cid)!;
          const avg = a.sum / a.n;
          if (o.topicAttach && (qt === null || topicOf(a.idx.map((i) => feats[i])) !== qt)) continue;
          if (a.n >= 2 && avg >= o.attachThreshold && avg > bestAtt) {
            bestAtt = avg;
            best = cid;
            bestAvg = avg;
          }
        }
      }
      if (best === null && o.miscGroup && q.concepts.ids.length === 0) {
        // A card in words the engine does not know, near no cluster: into the group of such cards
        // (every card without a concept; the largest, ties → lowest id) rather than alone.
        let bn = 0;
        for (const cid of [...agg.keys()].sort((x, y) => x - y)) {
          const a = agg.get(cid)!;
          if (a.idx.length > bn && !a.pinned && a.idx.every((i) => feats[i].concepts.ids.length === 0)) {
            bn = a.idx.length;
            best = cid;
            bestAvg = a.sum / a.n;
          }
        }
      }
      if (best === null) return { clusterId: null, similarity: bestAvgAny, label: makeLabel([q], aids) };
      const cl = clusters.find((c) => c.id === best);
      const joined = [...agg.get(best)!.idx.map((i) => feats[i]), q];
      // a label the room has seen stays while it fits (see labelFits): no live drift
      const label = cl?.labelLocked || (cl && labelFits(cl.label, joined, joined.length - 1, aids)) ? cl!.label : makeLabel(joined, aids);
      return { clusterId: best, similarity: bestAvg, label };
    },

    label(texts) {
      return makeLabel(
        texts.map((t) => store.get(t)),
        aids,
      );
    },

    dominantConcept(texts) {
      const count = new Map<number, number>();
      for (const t of texts) for (const c of new Set(store.get(t).conceptHits.map((h) => h.concept))) count.set(c, (count.get(c) ?? 0) + 1);
      let best = -1;
      let bn = 0;
      for (const [c, k] of [...count].sort((a, b) => a[0] - b[0])) if (k > bn) [best, bn] = [c, k];
      return best >= 0 && bn * 2 >= texts.length ? store.concepts[best].key : null;
    },

    suggestMerges(cardsIn, clusters, dismissed = []) {
      const no = new Set(dismissed);
      const cards = cardsIn.filter((c) => c.clusterId !== null).sort(byId);
      if (cards.length < 2) return [];
      const feats = cards.map((c) => store.get(c.text));
      const M = matrix(feats);
      const n = cards.length;
      const idx = new Map<number, number[]>();
      cards.forEach((c, i) => idx.set(c.clusterId as number, [...(idx.get(c.clusterId as number) ?? []), i]));
      const locked = new Set(clusters.filter((c) => c.labelLocked).map((c) => c.id));
      const ids = [...idx.keys()].sort((a, b) => a - b);
      const out: MergeSuggestion[] = [];
      for (const from of ids) {
        const g = idx.get(from)!;
        // a renamed theme is the room's decision; a group is only offered to a larger one
        if (g.length > o.suggestMaxSize || locked.has(from)) continue;
        // cards in unknown words only: their similarity is borrowed (a guess), no suggestion
        if (g.every((i) => feats[i].concepts.ids.length === 0)) continue;
        const gt = o.suggestTopicThreshold < 1 ? topicOf(g.map((i) => feats[i])) : null;
        let best = -1;
        let bestAvg = -Infinity;
        for (const to of ids) {
          const h = idx.get(to)!;
          if (to === from || h.length <= g.length || no.has(mergeKey(from, to))) continue;
          let sum = 0;
          for (const a of g) for (const b of h) sum += M[a * n + b];
          const avg = sum / (g.length * h.length);
          const need = gt !== null && topicOf(h.map((i) => feats[i])) === gt ? o.suggestTopicThreshold : o.suggestThreshold;
          if (avg >= need && avg > bestAvg) [best, bestAvg] = [to, avg];
        }
        if (best >= 0) out.push({ from, to: best, similarity: bestAvg });
      }
      // a theme that is itself offered elsewhere is no target (no chains); best first
      const froms = new Set(out.map((m) => m.from));
      return out.filter((m) => !froms.has(m.to)).sort((a, b) => b.similarity - a.similarity || a.from - b.from);
    },

    liveLabel(current, texts, before = texts.length) {
      const feats = texts.map((t) => store.get(t));
      return labelFits(current, feats, before, aids) ? current : makeLabel(feats, aids);
    },

    similarity(a, b, corpus) {
      const fa = store.get(a);
      const fb = store.get(b);
      if (corpus?.length) {
        const docs = [fb, ...corpus.map((t) => store.get(t))];
        return row(fa, docs)[0];
      }
      // Without a corpus there is no meaningful IDF: plain tf cosine for both parts.
      const cg = cosPlain(fa.grams, fb.grams);
      const ce = fa.concepts.ids.length === 0 && fb.concepts.ids.length === 0;
      return o.charOnlyWithoutConcepts && ce ? cg : o.alpha * cg + (1 - o.alpha) * cosPlain(fa.concepts, fb.concepts);
    },

    nearDuplicates(text, cards, threshold = o.nearDuplicateThreshold) {
      const q = store.get(text);
      const out: { id: number; similarity: number }[] = [];
      for (const c of cards) {
        const f = store.get(c.text);
        // Character similarity only: two different Sprache cards share concepts, not wording.
        const s = f.key === q.key && q.key !== '' ? 1 : cosPlain(q.grams, f.grams);
        if (s >= threshold) out.push({ id: c.id, similarity: s });
      }
      return out.sort((a, b) => b.similarity - a.similarity || a.id - b.id);
    },

    similarityMatrix(texts) {
      return matrix(texts.map((t) => store.get(t)));
    },

    conceptKeys(text) {
      return keysOf(store.get(text));
    },
  };
  return engine;
}

/** All single-card groups without a pinned card become one group (placed where the first was). */
function gatherSingles(groups: number[][], isPinned: (i: number) => boolean): number[][] {
  const single = (g: number[]) => g.length === 1 && !isPinned(g[0]);
  const singles = groups.filter(single).flat();
  if (singles.length < 2) return groups;
  const out = groups.filter((g) => !single(g));
  out.push(singles.sort((a, b) => a - b));
  return out.sort((x, y) => x[0] - y[0]);
}

/**
 * Small leftover groups (≤ attachMaxSize cards, no pinned card) join the most similar group of
 * ≥ 2 cards when the average similarity reaches attachThreshold; best pairs first, ties by index.
 * Targets only groups that existed after linkage, so leftovers never chain into each other.
 */
function attachSmall(
  groups: number[][],
  M: Float64Array,
  n: number,
  isPinned: (i: number) => boolean,
  topicOf: (g: number[]) => string | null,
  o: TuningOptions,
): number[][] {
  const small = groups.map((g) => g.length <= o.attachMaxSize && !g.some(isPinned));
  const targets = groups.map((g, gi) => !small[gi] && g.length >= 2);
  const topics = o.topicAttach ? groups.map(topicOf) : [];
  const moves: { from: number; to: number; avg: number }[] = [];
  groups.forEach((g, gi) => {
    if (!small[gi]) return;
    if (o.topicAttach && topics[gi] === null) return;
    let best = -1;
    let bestAvg = -Infinity;
    groups.forEach((h, hi) => {
      if (!targets[hi]) return;
      if (o.topicAttach && topics[hi] !== topics[gi]) return;
      let sum = 0;
      for (const a of g) for (const b of h) sum += M[a * n + b];
      const avg = sum / (g.length * h.length);
      if (avg > bestAvg) {
        bestAvg = avg;
        best = hi;
      }
    });
    if (best >= 0 && bestAvg >= o.attachThreshold) moves.push({ from: gi, to: best, avg: bestAvg });
  });
  if (!moves.length) return groups;
  const out = groups.map((g) => [...g]);
  for (const m of moves) {
    out[m.to].push(...out[m.from]);
    out[m.from] = [];
  }
  return out
    .filter((g) => g.length)
    .map((g) => g.sort((x, y) => x - y))
    .sort((x, y) => x[0] - y[0]);
}

function cosPlain(a: Sparse, b: Sparse): number {
  const m = new Map<number, number>();
  let na = 0;
  let nb = 0;
  for (let k = 0; k < a.ids.length; k++) {
    m.set(a.ids[k], a.vals[k]);
    na += a.vals[k] * a.vals[k];
  }
  let dot = 0;
  for (let k = 0; k < b.ids.length; k++) {
    nb += b.vals[k] * b.vals[k];
    const v = m.get(b.ids[k]);
    if (v !== undefined) dot += v * b.vals[k];
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}
