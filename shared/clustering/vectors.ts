// Per-text features (cached by text) and cosine similarities over a set of texts.
// IDF depends on the set of cards in the call, so only raw term frequencies are cached; the
// weighting is recomputed per call, which is cheap (one pass over ~70 features per card).
import { CONCEPTS, type Concept } from './lexicon';
import { StemMatcher } from './matcher';
import { isGeneric, isStopword, lightStem, normalizeWord, tokenize, type Token } from './normalize';
import type { FieldKey } from '../domain/fields';

/** A sparse vector: feature ids and values, in a fixed per-text order. */
export interface Sparse {
  ids: Int32Array;
  vals: Float64Array;
}

export interface TextFeatures {
  text: string;
  tokens: Token[];
  /** non-stopword tokens */
  content: Token[];
  grams: Sparse;
  concepts: Sparse;
  /** which concept (index into the engine's concept list) matched which token */
  conceptHits: { concept: number; tokenIndex: number }[];
  /** exact-duplicate key: normalised content words joined */
  key: string;
}

export interface VectorOptions {
  ngramMin: number;
  ngramMax: number;
  /** tf factor for generic words (target groups, "Stadt") in the character features */
  genericWeight: number;
  /** weight of the questionnaire-derived field dimensions in the concept vector */
  questionWeight: number;
  /** weight of a concept's broader-topic dimension, relative to the concept (partial similarity, #12.2) */
  topicWeight?: number;
  /** weight of a concept's Handlungsfeld dimension, relative to the concept */
  fieldWeight?: number;
  /** weight of the shared room-theme dimension (Sport, Kultur, Religion → Begegnung), relative to the concept */
  themeWeight?: number;
  /** weight of a concept that occurs only as the place of the card ("… in der Unterkunft") beside another concept (1 = off) */
  settingWeight?: number;
  /** weight factor per rank of a concept's first mention on the card (1 = off) */
  orderDecay?: number;
  /** stems of ≥ this many letters match inside an otherwise unknown word (0 = off) */
  innerStems?: number;
  /** match lexicon stems despite one typo (default on) */
  fuzzyStems?: boolean;
  /** groups of concept keys the room has merged (issue #12.4): each group shares one dimension */
  links?: readonly (readonly string[])[];
}

export interface EngineConcept extends Pick<Concept, 'key' | 'field' | 'weight' | 'not' | 'label' | 'notNamedByOrigin' | 'broad'> {
  /** display name (lexicon concepts; questionnaire concepts have none) */
  name?: string;
  stems: string[];
  topic?: string;
  theme?: string;
}

/**
 * Build concept list = lexicon concepts + one concept per Handlungsfeld from the question texts:
 * content words that are distinctive for one field's questions (≥ 60 % of their occurrences).
 */
export function buildConcepts(
  questions: { field: FieldKey; text: string }[] | undefined,
  questionWeight: number,
  lexicon: readonly Concept[] = CONCEPTS,
): EngineConcept[] {
  const out: EngineConcept[] = lexicon.map((c) => ({
    key: c.key,
    name: c.name,
    label: c.label,
    notNamedByOrigin: c.notNamedByOrigin,
    broad: c.broad,
    field: c.field,
    weight: c.weight,
    not: c.not,
    stems: c.stems,
    topic: c.topic,
    theme: c.theme,
  }));
  if (!questions?.length || questionWeight <= 0) return out;
  const perField = new Map<FieldKey, Map<string, number>>();
  const total = new Map<string, number>();
  for (const q of questions) {
    const seen = new Set<string>();
    for (const t of tokenize(q.text)) {
      if (isStopword(t.norm) || isGeneric(t.norm) || QUESTION_FILLER.has(t.norm) || t.norm.length < 5) continue;
      const s = lightStem(t.norm);
      if (s.length < 4 || seen.has(s)) continue;
      seen.add(s);
      const m = perField.get(q.field) ?? new Map<string, number>();
      m.set(s, (m.get(s) ?? 0) + 1);
      perField.set(q.field, m);
      total.set(s, (total.get(s) ?? 0) + 1);
    }
  }
  for (const [field, m] of [...perField.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const stems = [...m.entries()]
      .filter(([s, c]) => c / (total.get(s) ?? c) >= 0.6)
      .map(([s]) => s)
      .sort();
    if (stems.length) out.push({ key: `q:${field}`, field, weight: questionWeight, stems });
  }
  return out;
}

// Words that appear in questionnaire items regardless of topic.
const QUESTION_FILLER = new Set(
  'gibt werden wird welche welchen regelmaessig bereits existiert vorhanden verwaltung kommune stadt gemeinde beispiel inwieweit inwiefern sind haben werden ihrer ihren unsere eigene eigenen'.split(
    ' ',
  ),
);

/** Per-engine feature extraction with caches keyed by text. */
export class FeatureStore {
  readonly concepts: EngineConcept[];
  private matcher: StemMatcher<number>;
  /** per concept: dimension of its broader topic and of its Handlungsfeld (after the concept dims) */
  private topicDim: number[];
  private fieldDim: number[];
  /** per concept: dimension of its room theme if the theme has ≥ 2 concepts, else -1 */
  private themeDim: number[];
  private conceptDims: number;
  /** per concept: its own dimension, or the dimension of the first concept linked with it */
  private conceptDim: number[];
  private gramIds = new Map<string, number>();
  private cache = new Map<string, TextFeatures>();

  constructor(
    private opts: VectorOptions,
    questions?: { field: FieldKey; text: string }[],
    lexicon?: readonly Concept[],
  ) {
    this.concepts = buildConcepts(questions, opts.questionWeight, lexicon);
    const entries: { raw: string; payload: number }[] = [];
    this.concepts.forEach((c, i) => c.stems.forEach((raw) => entries.push({ raw, payload: i })));
    this.matcher = new StemMatcher(entries, [], opts.fuzzyStems ?? true, opts.innerStems ?? 0);
    const topics = [...new Set(this.concepts.map((c) => c.topic).filter((t): t is string => !!t))];
    const fields = [...new Set(this.concepts.map((c) => c.field))];
    const C = this.concepts.length;
    this.topicDim = this.concepts.map((c) => (c.topic ? C + topics.indexOf(c.topic) : -1));
    this.fieldDim = this.concepts.map((c) => C + topics.length + fields.indexOf(c.field));
    const themeCount = new Map<string, number>();
    for (const c of this.concepts) if (c.theme) themeCount.set(c.theme, (themeCount.get(c.theme) ?? 0) + 1);
    const themes = [...themeCount.keys()].filter((t) => (themeCount.get(t) ?? 0) >= 2);
    const T0 = C + topics.length + fields.length;
    this.themeDim = this.concepts.map((c) => (c.theme && themes.includes(c.theme) ? T0 + themes.indexOf(c.theme) : -1));
    this.conceptDims = T0 + themes.length;
    this.conceptDim = this.concepts.map((_, i) => i);
    // union of linked concepts: every member maps to the lowest dimension of its (transitive) group
    const keyIdx = new Map(this.concepts.map((c, i) => [c.key, i]));
    const find = (i: number): number => (this.conceptDim[i] === i ? i : (this.conceptDim[i] = find(this.conceptDim[i])));
    for (const group of opts.links ?? []) {
      const ids = group
        .map((k) => keyIdx.get(k))
        .filter((i): i is number => i !== undefined)
        .map(find);
      const root = Math.min(...ids);
      for (const i of ids) this.conceptDim[i] = root;
    }
    this.conceptDim = this.conceptDim.map((_, i) => find(i));
  }

  get dims(): { grams: number; concepts: number } {
    return { grams: this.gramIds.size, concepts: this.conceptDims };
  }

  get(text: string): TextFeatures {
    let f = this.cache.get(text);
    if (!f) {
      f = this.compute(text);
      // Bounded cache: a workshop has hundreds of cards, not hundreds of thousands.
      if (this.cache.size > 20000) this.cache.clear();
      this.cache.set(text, f);
    }
    return f;
  }

  // Words repeat across cards ("Integrationsbeirat", "Sprachkurs"): cut them into n-grams once.
  private wordGramCache = new Map<string, string[]>();
  private wordGrams(norm: string, min: number, max: number): string[] {
    let gs = this.wordGramCache.get(norm);
    if (!gs) {
      gs = [];
      const s = `<${norm}>`;
      for (let n = min; n <= max; n++) for (let i = 0; i + n <= s.length; i++) gs.push(s.slice(i, i + n));
      if (this.wordGramCache.size > 50000) this.wordGramCache.clear();
      this.wordGramCache.set(norm, gs);
    }
    return gs;
  }

  private gramId(g: string): number {
    let id = this.gramIds.get(g);
    if (id === undefined) {
      id = this.gramIds.size;
      this.gramIds.set(g, id);
    }
    return id;
  }

  private compute(text: string): TextFeatures {
    const tokens = tokenize(text);
    const content = tokens.filter((t) => !isStopword(t.norm));
    const { ngramMin, ngramMax, genericWeight } = this.opts;
    const tf = new Map<string, number>();
    for (const t of content) {
      const w = isGeneric(t.norm) ? genericWeight : 1;
      if (w <= 0) continue;
      for (const g of this.wordGrams(t.norm, ngramMin, ngramMax)) tf.set(g, (tf.get(g) ?? 0) + w);
    }
    // Sorted by the n-gram string so that summation order never depends on cache history.
    const grams = [...tf.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const gIds = new Int32Array(grams.length);
    const gVals = new Float64Array(grams.length);
    grams.forEach(([g, c], i) => {
      gIds[i] = this.gramId(g);
      gVals[i] = c <= 1 ? c : 1 + Math.log(c); // sublinear tf
    });

    const hits = this.matcher.match(tokens).filter((h) => {
      const veto = this.concepts[h.payload].not;
      // a veto is part of the word, or with "=" the whole word ("=deutsche", not "Deutscherwerb")
      const norm = tokens[h.tokenIndex].norm;
      return !veto || !veto.some((v) => (v.startsWith('=') ? norm === v.slice(1) : norm.includes(v)));
    });
    const conceptSet = [...new Set(hits.map((h) => h.payload))].sort((a, b) => a - b);
    // A concept named only as the place where something happens ("Hebamme in der Unterkunft",
    // "Ausstellung im Rathaus", "bei der VHS") is the card's setting, not its point, when the card
    // names another concept outside such a phrase: it counts settingWeight.
    const { settingWeight = 1 } = this.opts;
    const setting = new Set<number>();
    if (settingWeight < 1 && conceptSet.length > 1) {
      const main = new Set<number>();
      for (const h of hits) if (!isPlacePhrase(tokens, h.tokenIndex)) main.add(h.payload);
      if (main.size > 0) for (const c of conceptSet) if (!main.has(c)) setting.add(c);
    }
    // Cards name their point first ("Sprachpaten im …", "Gesundheitslotsen in zehn Sprachen"):
    // each further concept (in order of first mention, settings aside) counts orderDecay^rank.
    const { orderDecay = 1 } = this.opts;
    const rank = new Map<number, number>();
    if (orderDecay < 1 && conceptSet.length > 1) {
      const first = new Map<number, number>();
      hits.forEach((h, k) => {
        // a phrase ("Schule ohne Rassismus") is more specific than its first word ("Schule"): it ranks first
        const at = h.tokenIndex * 1000 + (h.stem.includes(' ') ? 0 : 1 + k);
        // questionnaire concepts (q:…) are field-wide vocabulary: they keep their weight and do not demote lexicon concepts
        if (!setting.has(h.payload) && !this.concepts[h.payload].key.startsWith('q:') && at < (first.get(h.payload) ?? Infinity)) first.set(h.payload, at);
      });
      [...first.entries()].sort((a, b) => a[1] - b[1]).forEach(([c], r) => rank.set(c, r));
    }
    // Concept dims, then the broader topic and the Handlungsfeld of each hit concept (strongest
    // member counts), so related concepts are partly similar instead of orthogonal.
    const dimVal = new Map<number, number>();
    const { topicWeight = 0, fieldWeight = 0, themeWeight = 0 } = this.opts;
    for (const c of conceptSet) {
      const w = this.concepts[c].weight * (setting.has(c) ? settingWeight : 1) * orderDecay ** (rank.get(c) ?? 0);
      const d = this.conceptDim[c];
      const hd = this.themeDim[c];
      // A concept of a shared room theme splits its weight between its own and the theme's
      // dimension (same L2 mass as any other concept): cosine s² with a sibling concept.
      const s = hd >= 0 ? Math.min(1, themeWeight) : 0;
      dimVal.set(d, Math.max(dimVal.get(d) ?? 0, w * Math.sqrt(1 - s * s)));
      if (s > 0) dimVal.set(hd, Math.max(dimVal.get(hd) ?? 0, w * s));
      const td = this.topicDim[c];
      if (td >= 0 && topicWeight > 0) dimVal.set(td, Math.max(dimVal.get(td) ?? 0, w * topicWeight));
      if (fieldWeight > 0) dimVal.set(this.fieldDim[c], Math.max(dimVal.get(this.fieldDim[c]) ?? 0, w * fieldWeight));
    }
    const dimList = [...dimVal.entries()].sort((a, b) => a[0] - b[0]);
    const cIds = Int32Array.from(dimList.map((d) => d[0]));
    const cVals = Float64Array.from(dimList.map((d) => d[1]));
    const conceptHits = hits
      .map((h) => ({ concept: h.payload, tokenIndex: h.tokenIndex }))
      .sort((a, b) => a.concept - b.concept || a.tokenIndex - b.tokenIndex);
    const key = content.map((t) => t.norm).join(' ');
    return { text, tokens, content, grams: { ids: gIds, vals: gVals }, concepts: { ids: cIds, vals: cVals }, conceptHits, key };
  }
}

// Prepositions of place and the articles that may stand between them and the noun.
const PLACE_PREP = new Set(['in', 'im', 'an', 'am', 'bei', 'beim', 'auf', 'aus', 'ins', 'vom']);
const ARTICLE = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'einer', 'einem', 'einen', 'eine', 'allen', 'unserer', 'unserem', 'zwei', 'drei']);

/** Token ti stands in a phrase of place: "in der Unterkunft", "im Rathaus", "bei Ämtern". */
const HOW_MANY =
  /^(\d+|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|elf|zwoelf|zwanzig|mehrere[n]?|viele[n]?|verschiedene[n]?|alle[n]?|unterschiedliche[n]?)$/;

function isPlacePhrase(tokens: Token[], ti: number): boolean {
  const p1 = ti > 0 ? tokens[ti - 1].norm : '';
  if (PLACE_PREP.has(p1)) return true;
  // "in sechs Sprachen", "auf mehreren Sprachen": the card's format, not its point (like a place)
  if (tokens[ti].norm.startsWith('sprache') && ti > 1 && (tokens[ti - 2].norm === 'in' || tokens[ti - 2].norm === 'auf') && HOW_MANY.test(p1)) return true;
  return ARTICLE.has(p1) && ti > 1 && PLACE_PREP.has(tokens[ti - 2].norm);
}

/** Smoothed IDF over `docs` (sklearn style: ln((1+N)/(1+df)) + 1), dense over `dim`. */
function idfOf(docs: Sparse[], dim: number): Float64Array {
  const df = new Float64Array(dim);
  for (const d of docs) for (let k = 0; k < d.ids.length; k++) df[d.ids[k]]++;
  const N = docs.length;
  for (let i = 0; i < dim; i++) if (df[i] > 0) df[i] = Math.log((1 + N) / (1 + df[i])) + 1;
  return df;
}

/** L2-normalised, optionally IDF-weighted copies of the vectors. */
function weighted(docs: Sparse[], idf: Float64Array | null): Sparse[] {
  return docs.map((d) => {
    const v = new Float64Array(d.vals.length);
    let norm = 0;
    for (let k = 0; k < v.length; k++) {
      v[k] = idf ? d.vals[k] * idf[d.ids[k]] : d.vals[k];
      norm += v[k] * v[k];
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let k = 0; k < v.length; k++) v[k] /= norm;
    return { ids: d.ids, vals: v };
  });
}

/**
 * Adds factor·cos(a, b) into the upper triangle of the n×n matrix `out` (row-major), via an
 * inverted index: only features shared by ≥ 2 documents contribute, so this is far cheaper
 * than n²/2 sparse dot products.
 */
export function addCosines(out: Float64Array, docs: Sparse[], dim: number, factor: number, useIdf: boolean): void {
  const n = docs.length;
  if (factor === 0 || n < 2) return;
  const w = weighted(docs, useIdf ? idfOf(docs, dim) : null);
  // Count postings; remember features in first-seen order (deterministic for a given input).
  const count = new Int32Array(dim);
  const order: number[] = [];
  for (const d of w)
    for (let k = 0; k < d.ids.length; k++) {
      if (count[d.ids[k]]++ === 0) order.push(d.ids[k]);
    }
  const start = new Int32Array(dim);
  let pos = 0;
  for (const f of order) {
    start[f] = pos;
    pos += count[f];
  }
  const pDoc = new Int32Array(pos);
  const pVal = new Float64Array(pos);
  const fill = new Int32Array(dim);
  for (let di = 0; di < n; di++) {
    const d = w[di];
    for (let k = 0; k < d.ids.length; k++) {
      const f = d.ids[k];
      const at = start[f] + fill[f]++;
      pDoc[at] = di;
      pVal[at] = d.vals[k];
    }
  }
  for (const f of order) {
    const c = count[f];
    if (c < 2) continue;
    const s = start[f];
    for (let x = 0; x < c; x++) {
      const a = pDoc[s + x];
      const va = pVal[s + x] * factor;
      const row = a * n;
      for (let y = x + 1; y < c; y++) out[row + pDoc[s + y]] += va * pVal[s + y];
    }
  }
}

// Scratch buffers for addCosineRow, grown on demand and cleaned after use: the live path runs on
// every captured card, so it should not allocate arrays the size of the vocabulary each time.
let scratchDf = new Float64Array(0);
let scratchQ = new Float64Array(0);

/** factor·cos(q, docs[i]) for each i, with IDF over docs ∪ {q}. One pass per doc, no per-doc copies. */
export function addCosineRow(out: Float64Array, q: Sparse, docs: Sparse[], dim: number, factor: number, useIdf: boolean): void {
  if (factor === 0 || docs.length === 0) return;
  if (scratchDf.length < dim) {
    scratchDf = new Float64Array(dim * 2);
    scratchQ = new Float64Array(dim * 2);
  }
  const df = scratchDf;
  const qv = scratchQ;
  const N = docs.length + 1;
  const idf = (f: number) => (useIdf ? Math.log((1 + N) / (1 + df[f])) + 1 : 1);
  if (useIdf) {
    for (const d of docs) for (let k = 0; k < d.ids.length; k++) df[d.ids[k]]++;
    for (let k = 0; k < q.ids.length; k++) df[q.ids[k]]++;
  }
  let qn = 0;
  for (let k = 0; k < q.ids.length; k++) {
    const v = q.vals[k] * idf(q.ids[k]);
    qv[q.ids[k]] = v;
    qn += v * v;
  }
  qn = Math.sqrt(qn);
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i];
    let dot = 0;
    let dn = 0;
    for (let k = 0; k < d.ids.length; k++) {
      const f = d.ids[k];
      const v = d.vals[k] * (useIdf ? Math.log((1 + N) / (1 + df[f])) + 1 : 1);
      dn += v * v;
      dot += qv[f] * v;
    }
    if (dn > 0 && qn > 0) out[i] += (factor * dot) / (Math.sqrt(dn) * qn);
  }
  // clean only what was touched
  for (let k = 0; k < q.ids.length; k++) qv[q.ids[k]] = 0;
  if (useIdf) {
    for (const d of docs) for (let k = 0; k < d.ids.length; k++) df[d.ids[k]] = 0;
    for (let k = 0; k < q.ids.length; k++) df[q.ids[k]] = 0;
  }
}

/** Words of a text reduced for word-level features (labels, baseline): normalised, light-stemmed, no stopwords. */
export function wordStems(text: string): string[] {
  return tokenize(text)
    .filter((t) => !isStopword(t.norm))
    .map((t) => lightStem(t.norm));
}

export { normalizeWord };

/** Dense row-major n×dim copy of L2-normalised, optionally IDF-weighted vectors (IDF over `docs`). */
export function denseWeighted(docs: Sparse[], dim: number, useIdf: boolean): Float64Array {
  const w = weighted(docs, useIdf ? idfOf(docs, dim) : null);
  const out = new Float64Array(docs.length * dim);
  w.forEach((d, i) => {
    for (let k = 0; k < d.ids.length; k++) out[i * dim + d.ids[k]] = d.vals[k];
  });
  return out;
}

/**
 * Borrowed concepts for a card in words the lexicon does not know (round 3 of issue #12): the
 * concept vectors (rows of `dense`, normalised) of its `k` most char-similar cards that have
 * concepts, weighted by that similarity, normalised. `charSim(j)` is the card's char cosine with
 * card j; `known(j)` says whether card j has concepts of its own. Zero vector if no neighbour
 * reaches `floor`. Ties go to the lower index.
 */
export function borrowedConcepts(
  n: number,
  dim: number,
  dense: Float64Array,
  charSim: (j: number) => number,
  known: (j: number) => boolean,
  k: number,
  floor: number,
): Float64Array {
  const top: { j: number; s: number }[] = [];
  for (let j = 0; j < n; j++) {
    if (!known(j)) continue;
    const s = charSim(j);
    if (s < floor) continue;
    if (top.length < k) top.push({ j, s });
    else if (s > top[top.length - 1].s) top[top.length - 1] = { j, s };
    else continue;
    top.sort((a, b) => b.s - a.s || a.j - b.j);
  }
  const v = new Float64Array(dim);
  for (const { j, s } of top) for (let d = 0; d < dim; d++) v[d] += s * dense[j * dim + d];
  let norm = 0;
  for (let d = 0; d < dim; d++) norm += v[d] * v[d];
  norm = Math.sqrt(norm);
  if (norm > 0) for (let d = 0; d < dim; d++) v[d] /= norm;
  return v;
}
