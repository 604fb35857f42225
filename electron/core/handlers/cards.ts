import type Database from 'better-sqlite3';
import { createEngine, diffPlan, mergeKey, tokenize, type Engine, type ClusterResult } from '../../../shared/clustering';
import type { FieldKey } from '../../../shared/domain/fields';
import { AppError } from '../../../shared/domain/errors';
import type { DuplicateMatch, MergeSuggestionView, SortPreview } from '../../../shared/api/cards';
import { getMeta, setMeta } from '../db/repo/meta';
import {
  addCard,
  clusterTexts,
  hasClusters,
  moveAllCards,
  deleteCard,
  deleteCluster,
  engineCards,
  getCard,
  getCluster,
  insertCluster,
  listBoard,
  listClusters,
  nextCardPosition,
  pinCluster,
  placeCard,
  questionsSignature,
  questionTexts,
  removeIfEmpty,
  setClusterLabel,
  updateCard,
} from '../db/repo/cards';
import type { AreaHandlers, MethodsOf, ServiceContext } from './types';
import { engineResources } from '../clustering/resources';

// Concepts the room merged (issue #12.4): when two clusters with different dominant concepts are
// merged by hand, those concepts count as one from then on (meta key, undoable like the merge).
const LINKS_KEY = 'concept_links';

function parseLinks(json: string): string[][] {
  try {
    const v = JSON.parse(json);
    return Array.isArray(v) ? v.filter((p): p is string[] => Array.isArray(p) && p.every((k) => typeof k === 'string')) : [];
  } catch {
    return []; // a damaged value only means the engine forgets what it learned
  }
}

// One clustering engine per open workshop (its feature cache is keyed by card text), built
// lazily with the imported questionnaire's question texts as extra vocabulary, and rebuilt
// when an import replaces the questions.
const engines = new WeakMap<Database.Database, { sig: string; engine: Engine }>();

export function engineFor(db: Database.Database): Engine {
  const linksJson = getMeta(db, LINKS_KEY) ?? '[]';
  const sig = `${questionsSignature(db)}|${linksJson}`;
  const hit = engines.get(db);
  if (hit && hit.sig === sig) return hit.engine;
  const questions = questionTexts(db) as { field: FieldKey; text: string }[];
  const engine = createEngine({ questions, links: parseLinks(linksJson), ...engineResources() });
  engines.set(db, { sig, engine });
  return engine;
}

/** Same words in the same order, ignoring case, umlaut spelling, spaces and punctuation. */
export function exactKey(text: string): string {
  return tokenize(text)
    .map((t) => t.norm)
    .join(' ');
}

const FALLBACK_LABEL = 'Neues Thema';

/**
 * Recomputes the automatic label of an unlocked cluster from its cards – live, so a label the room
 * has seen stays while it still fits the cards (≥ 3 cards, same dominant concept; see labelFits).
 * `added`: how many cards the change brought into the cluster (negative: took out).
 */
export function relabel(db: Database.Database, clusterId: number, added = 0): void {
  const c = listClusters(db).find((x) => x.id === clusterId);
  if (!c || c.labelLocked) return;
  const texts = clusterTexts(db, clusterId);
  if (texts.length) {
    const next = engineFor(db).liveLabel(c.label, texts, texts.length - added) || FALLBACK_LABEL;
    if (next !== c.label) setClusterLabel(db, clusterId, next);
  }
}

/** Exact and near duplicates of `text` among the cards, best first. */
export function findDuplicates(db: Database.Database, text: string, excludeId?: number, limit = 3): DuplicateMatch[] {
  const cards = engineCards(db).filter((c) => c.id !== excludeId);
  const engine = engineFor(db);
  const key = exactKey(text);
  const labels = new Map(listClusters(db).map((c) => [c.id, c.label]));
  const byId = new Map(cards.map((c) => [c.id, c]));
  return engine
    .nearDuplicates(text, cards)
    .slice(0, limit)
    .map((m) => {
      const c = byId.get(m.id)!;
      return {
        id: c.id,
        text: c.text,
        similarity: Math.round(m.similarity * 1000) / 1000,
        exact: key !== '' && exactKey(c.text) === key,
        clusterId: c.clusterId,
        clusterLabel: c.clusterId === null ? null : (labels.get(c.clusterId) ?? null),
      };
    });
}

// Dismissed merge suggestions live in the meta table (no migration), so a "no" survives closing
// and reopening the workshop, and dismissing is one undo step like every other change.
const DISMISSED_KEY = 'dismissed_merges';

function dismissedMerges(db: Database.Database): string[] {
  try {
    const v = JSON.parse(getMeta(db, DISMISSED_KEY) ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return []; // a damaged value only means old suggestions may come back
  }
}

/** The board's merge suggestions (issue #12.5): small themes that fit into a larger related one. */
export function mergeSuggestions(db: Database.Database, limit = 3): MergeSuggestionView[] {
  const cards = engineCards(db);
  const clusters = listClusters(db);
  const count = new Map<number, number>();
  for (const c of cards) if (c.clusterId !== null) count.set(c.clusterId, (count.get(c.clusterId) ?? 0) + 1);
  const byId = new Map(clusters.map((c) => [c.id, c]));
  const side = (id: number) => ({ id, label: byId.get(id)?.label ?? '', cards: count.get(id) ?? 0 });
  return engineFor(db)
    .suggestMerges(cards, clusters, dismissedMerges(db))
    .slice(0, limit)
    .map((m) => ({ from: side(m.from), to: side(m.to), similarity: Math.round(m.similarity * 1000) / 1000 }));
}

/** Fingerprint of everything "sort again" depends on (FNV-1a over a canonical dump). */
export function boardRevision(db: Database.Database): string {
  const cards = engineCards(db);
  const clusters = listClusters(db);
  let h = 0x811c9dc5;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  };
  for (const c of cards) feed(`c${c.id}|${c.clusterId ?? ''}|${c.pinned ? 1 : 0}|${c.text}\n`);
  for (const c of clusters) feed(`k${c.id}|${c.labelLocked ? 1 : 0}|${c.label}\n`);
  return `${cards.length}-${clusters.length}-${h.toString(16)}`;
}

interface Plan {
  revision: string;
  plan: ClusterResult;
  preview: SortPreview;
}

function computePlan(db: Database.Database): Plan {
  const cards = engineCards(db);
  const clusters = listClusters(db);
  const plan = engineFor(db).clusterAll(cards, clusters);
  const diff = diffPlan(cards, plan, clusters);
  const label = new Map(clusters.map((c) => [c.id, c.label]));
  const text = new Map(cards.map((c) => [c.id, c.text]));
  const used = new Set(cards.flatMap((c) => (c.clusterId === null ? [] : [c.clusterId])));
  return {
    revision: boardRevision(db),
    plan,
    preview: {
      revision: boardRevision(db),
      moves: diff.moves.map((m) => ({
        cardId: m.cardId,
        text: text.get(m.cardId) ?? '',
        from: m.from === null ? null : { id: m.from, label: label.get(m.from) ?? '' },
        to: { id: m.to, label: m.to === null ? plan.clusters[m.toIndex].label : plan.clusters[m.toIndex].label || label.get(m.to) || '' },
      })),
      unchanged: diff.unchanged,
      newClusters: diff.newClusters.map((i) => ({ label: plan.clusters[i].label, cards: plan.clusters[i].cardIds.length })),
      // Clusters the facilitator made that are still empty are not "emptied" by sorting.
      emptied: diff.emptiedClusterIds.filter((id) => used.has(id)).map((id) => ({ id, label: label.get(id) ?? '' })),
      relabelled: diff.relabelled,
      pinned: cards.filter((c) => c.pinned && c.clusterId !== null).length,
    },
  };
}

/**
 * Clusters every card from scratch and writes the result (used for "sort again" and for a board
 * that was filled without clustering, e.g. the demo). Runs inside the caller's transaction.
 */
export function applyPlanToDb(db: Database.Database, plan: ClusterResult, emptied: number[]): { moved: number; created: number; removed: number } {
  const current = new Map(engineCards(db).map((c) => [c.id, c.clusterId]));
  const clusters = new Map(listClusters(db).map((c) => [c.id, c]));
  let moved = 0;
  let created = 0;
  for (const pc of plan.clusters) {
    let id = pc.id;
    if (id === null) {
      id = insertCluster(db, pc.label || FALLBACK_LABEL, false);
      created++;
    } else {
      const old = clusters.get(id);
      if (old && !old.labelLocked && pc.label && old.label !== pc.label) setClusterLabel(db, id, pc.label);
    }
    for (const cardId of pc.cardIds) {
      if (current.get(cardId) !== id) {
        placeCard(db, cardId, id);
        moved++;
      }
    }
  }
  const removed = removeIfEmpty(db, emptied);
  return { moved, created, removed };
}

/** Clusters a board whose cards have no clusters yet (demo, old files); no-op otherwise. */
export function clusterUnsortedBoard(db: Database.Database): void {
  if (hasClusters(db)) return;
  const { plan, preview } = computePlan(db);
  applyPlanToDb(
    db,
    plan,
    preview.emptied.map((e) => e.id),
  );
}

export function cardsHandlers(s: ServiceContext): AreaHandlers<MethodsOf<'cards'> | MethodsOf<'clusters'>> {
  return {
    'cards.list': () => listBoard(s.db()),

    'cards.add': (i) => {
      const db = s.db();
      const similar = findDuplicates(db, i.text, undefined, 3);
      // near (and, with allowDuplicate, exact) duplicates are allowed but named in the answer
      const nearDuplicates = similar;
      if (!i.allowDuplicate) {
        const exact = similar.find((m) => m.exact);
        if (exact) {
          throw AppError.of('CONFLICT', 'domain.cardExists', { id: exact.id, text: exact.text, cluster: exact.clusterLabel || 'none' });
        }
      }
      if (i.clusterId) {
        const target = getCluster(db, i.clusterId);
        const card = addCard(db, { ...i, clusterId: target.id, pinned: true });
        relabel(db, target.id, 1);
        return { ...card, joined: { clusterId: target.id, label: getCluster(db, target.id).label, isNew: false }, nearDuplicates };
      }
      const engine = engineFor(db);
      const cards = engineCards(db);
      const clusters = listClusters(db);
      const res = engine.assign({ id: Number.MAX_SAFE_INTEGER, text: i.text }, cards, clusters);
      let clusterId = res.clusterId;
      let isNew = false;
      if (clusterId === null) {
        clusterId = insertCluster(db, res.label || FALLBACK_LABEL, false);
        isNew = true;
      } else {
        const c = clusters.find((x) => x.id === clusterId);
        if (c && !c.labelLocked && res.label && res.label !== c.label) setClusterLabel(db, clusterId, res.label);
      }
      const card = addCard(db, { ...i, clusterId });
      return { ...card, joined: { clusterId, label: getCluster(db, clusterId).label, isNew }, nearDuplicates };
    },

    'cards.checkDuplicate': (i) => ({ matches: findDuplicates(s.db(), i.text, i.excludeId) }),

    'cards.update': (i) => {
      const db = s.db();
      const card = updateCard(db, i.id, i);
      if (i.text !== undefined && card.clusterId) relabel(db, card.clusterId);
      return card;
    },

    'cards.delete': (i) => {
      const db = s.db();
      const card = getCard(db, i.id);
      deleteCard(db, i.id);
      if (card.clusterId && removeIfEmpty(db, [card.clusterId]) === 0) relabel(db, card.clusterId, -1);
      return { ok: true as const };
    },

    'cards.move': (i) => {
      const db = s.db();
      const card = getCard(db, i.id);
      if (i.clusterId !== null) getCluster(db, i.clusterId);
      placeCard(db, i.id, i.clusterId, {
        pinned: i.clusterId !== null,
        position: i.position ?? (card.clusterId === i.clusterId ? undefined : nextCardPosition(db)),
      });
      // The facilitator put the card *with these cards*: the group the room saw stays together on
      // "sort again" (otherwise the seed would keep the cluster and its other cards could leave it).
      if (i.clusterId !== null) pinCluster(db, i.clusterId);
      if (card.clusterId !== i.clusterId) {
        if (card.clusterId && removeIfEmpty(db, [card.clusterId]) === 0) relabel(db, card.clusterId, -1);
        if (i.clusterId) relabel(db, i.clusterId, 1);
      }
      return getCard(db, i.id);
    },

    'cards.sortPreview': () => computePlan(s.db()).preview,

    'cards.sortApply': (i) => {
      const db = s.db();
      const { revision, plan, preview } = computePlan(db);
      if (revision !== i.revision) {
        throw AppError.of('CONFLICT', 'domain.boardChanged', { revision });
      }
      return applyPlanToDb(
        db,
        plan,
        preview.emptied.map((e) => e.id),
      );
    },

    'clusters.rename': (i) => {
      const db = s.db();
      getCluster(db, i.id);
      if (i.label === '') {
        // Empty name: give the cluster back to the engine.
        const texts = clusterTexts(db, i.id);
        setClusterLabel(db, i.id, texts.length ? engineFor(db).label(texts) || FALLBACK_LABEL : FALLBACK_LABEL, false);
      } else setClusterLabel(db, i.id, i.label, true);
      return { ok: true as const };
    },

    'clusters.merge': (i) => {
      const db = s.db();
      if (i.sourceId === i.targetId) throw AppError.of('INVALID_INPUT', 'domain.mergeSelf');
      getCluster(db, i.sourceId);
      getCluster(db, i.targetId);
      // Merging is a decision by hand: every card of the merged cluster stays together on "sort again".
      const srcTexts = clusterTexts(db, i.sourceId);
      const brought = srcTexts.length;
      const engine = engineFor(db);
      const a = engine.dominantConcept(srcTexts);
      const b = engine.dominantConcept(clusterTexts(db, i.targetId));
      if (a && b && a !== b) {
        const links = parseLinks(getMeta(db, LINKS_KEY) ?? '[]');
        if (!links.some((p) => p.includes(a) && p.includes(b))) setMeta(db, LINKS_KEY, JSON.stringify([...links, [a, b]]));
      }
      moveAllCards(db, i.sourceId, i.targetId);
      pinCluster(db, i.targetId);
      deleteCluster(db, i.sourceId);
      relabel(db, i.targetId, brought);
      return { ok: true as const };
    },

    'clusters.suggestions': () => ({ suggestions: mergeSuggestions(s.db()) }),

    'clusters.dismissSuggestion': (i) => {
      const db = s.db();
      getCluster(db, i.sourceId);
      getCluster(db, i.targetId);
      // Keys of clusters that no longer exist are dropped: SQLite may give a freed id to a new cluster.
      const live = new Set(listClusters(db).map((c) => c.id));
      const key = mergeKey(i.sourceId, i.targetId);
      const kept = dismissedMerges(db).filter((k) => k !== key && k.split('>').every((x) => live.has(Number(x))));
      setMeta(db, DISMISSED_KEY, JSON.stringify([...kept, key]));
      return { ok: true as const };
    },

    'clusters.split': (i) => {
      const db = s.db();
      getCluster(db, i.id);
      const ids = [...new Set(i.cardIds)];
      const texts = ids.map((id) => {
        const c = getCard(db, id);
        if (c.clusterId !== i.id) throw AppError.of('INVALID_INPUT', 'domain.cardNotInCluster', { id, text: c.text });
        return c.text;
      });
      const label = engineFor(db).label(texts) || FALLBACK_LABEL;
      const clusterId = insertCluster(db, label, false);
      for (const id of ids) placeCard(db, id, clusterId, { pinned: true });
      if (removeIfEmpty(db, [i.id]) === 0) relabel(db, i.id, -ids.length);
      return { clusterId, label };
    },

    'clusters.create': (i) => {
      const db = s.db();
      const label = i.label || FALLBACK_LABEL;
      return { clusterId: insertCluster(db, label, !!i.label), label };
    },

    'clusters.delete': (i) => {
      const db = s.db();
      getCluster(db, i.id);
      deleteCluster(db, i.id);
      return { ok: true as const };
    },
  };
}
