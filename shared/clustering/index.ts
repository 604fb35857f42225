/**
 * Live clustering of "strength" cards (short German statements) for the Selbstcheck workshop.
 * Pure TypeScript: no Node, DOM or Electron APIs; deterministic (no randomness, ties broken by id);
 * fully offline. See docs/clustering.md for the approach and measured quality.
 *
 * Similarity = alpha · cosine(char 3–5-gram TF-IDF) + (1 − alpha) · cosine(domain concepts), where
 * concepts come from the team's lexicon (lexicon.ts) and, optionally, from the imported
 * questionnaire's question texts per Handlungsfeld. With a `themeModel` (round 6, model.ts; the
 * app loads resources/clustering/theme-model.json), that blend counts 1 − modelWeight and the
 * cosine of the two cards' distributions over 16 recurring room themes counts modelWeight (0.4).
 *
 * Typical use:
 * ```ts
 * const engine = createEngine({ questions, themeModel }); // once per workshop; caches card vectors by text
 * // live capture: where does the new card go?
 * const { clusterId, label } = engine.assign(newCard, cards, clusters); // null → open a new cluster
 * // "sort again": proposal + preview; the caller applies it only if the facilitator accepts
 * const plan = engine.clusterAll(cards, clusters);    // pinned cards stay, locked labels stay
 * const diff = diffPlan(cards, plan, clusters);       // which cards would move where
 * const next = applyPlan(cards, plan, allocateId);
 * ```
 *
 * Engine methods:
 * - `clusterAll(cards, clusters?)` — full clustering from scratch. Pinned cards (with a clusterId)
 *   stay together in their cluster, seed it, and two different pinned clusters never merge.
 *   Result clusters carry the existing id they continue (pinned seed, or the old cluster that
 *   supplies ≥ half of the cards) or `null` for a new cluster; `labelLocked` clusters keep their label.
 * - `assign(card, cards, clusters)` — live mode: the cluster whose cards are on average most similar
 *   if that clears `assignThreshold`, else `null` (open a new cluster). Never moves other cards.
 * - `label(texts)` — 1–3 words: the theme word when most texts share a concept, then words of the
 *   texts (nouns in their base form when `lemmas` is given).
 * - `liveLabel(current, texts, before?)` — keeps `current` once the cluster had ≥ 3 cards while it still
 *   fits (every word on a card, carries the dominant concept), else `label(texts)`: no live drift.
 * - `similarity(a, b, corpus?)` — blended similarity (IDF from `corpus` if given, else plain tf).
 * - `nearDuplicates(text, cards, threshold = 0.8)` — exact (after normalisation) or near-identical
 *   wording, by character similarity only; sorted by similarity, then id.
 * - `similarityMatrix(texts)` — the matrix clusterAll works on (diagnostics, tests).
 * - `suggestMerges(cards, clusters, dismissed?)` — small clusters (≤ 3 cards, label not locked) with
 *   the related larger cluster they could join; dismissed `mergeKey(from, to)` pairs never return.
 * - `dominantConcept(texts)` — concept key hit by ≥ half of the texts; a hand merge of two clusters
 *   with different ones passes `links: [[a, b]]` to the next engine (learning, issue #12.4).
 * Locked labels attract cards in `assign` (`labelPull`: the label counts as one card).
 *
 * Quality: `corrections(truth, pred)` counts what a facilitator must do to reach the room's themes
 * (moves to the majority theme + merges of same-theme groups); figures and the blind held-out set
 * in docs/clustering.md. Round 3 (issue #12, fragmentation) turned on: `themeWeight` (concepts of
 * one room theme — Sport/Kultur/Religion/Begegnung, Konflikt/Kommunikation, Personal/Verwaltung —
 * share a dimension: partly similar), `orderDecay` (a card's later concepts count less: cards name
 * their point first), `settingWeight` (a concept named only as the place, "in der Unterkunft",
 * counts half), `innerStems` (long stems inside unknown compounds), `borrowWeight` (cards in
 * unknown words borrow the concepts of their char neighbours). Options `topicWeight`,
 * `fieldWeight`, `topicAttach`, `attachThreshold`, `attachUnknownOnly`, `miscGroup` exist but are
 * off: they did not help on the tuning data (docs/clustering.md says by how much).
 */
export {
  createEngine,
  mergeKey,
  type MergeSuggestion,
  DEFAULT_TUNING,
  type Engine,
  type EngineCard,
  type EngineCluster,
  type EngineOptions,
  type TuningOptions,
  type ProposedCluster,
  type ClusterResult,
  type AssignResult,
} from './engine';
export { diffPlan, applyPlan, type PlanDiff, type CardMove } from './plan';
export { clusterLines, decodeCardFile } from './cli';
export { adjustedRandIndex, adjustedMutualInfo, normalizedMutualInfo, scoreAll, corrections, type Scores, type Corrections } from './metrics';
export { baselineCluster } from './baseline';
export { CONCEPTS, MODIFIERS, type Concept } from './lexicon';
export { features as themeModelFeatures, predict as predictThemes, type ThemeModel } from './model';
export { stemMatchesWord } from './matcher';
export { normalizeWord, tokenize, lightStem } from './normalize';
