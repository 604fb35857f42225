// Pure board logic for the strengths screen: grouping, positions, projector fitting.
// No React, no DOM: tested in node (board.test.ts).
import type { Board, Card, Cluster } from '../../../../shared/domain/schemas';

export interface Group {
  /** cluster id, or null for cards without a cluster */
  id: number | null;
  label: string;
  labelLocked: boolean;
  cards: Card[];
}

/**
 * Clusters in board order with their cards (by position), then the cards without a cluster.
 * `overrides` (card id → cluster id) shows a move the server has not confirmed yet.
 * Empty clusters are kept (a cluster the facilitator just created is a drop target).
 */
export function groupBoard(board: Board, unclusteredLabel: string, overrides?: ReadonlyMap<number, number | null>): Group[] {
  const byCluster = new Map<number | null, Card[]>();
  for (const c of board.cards) {
    const cid = overrides?.has(c.id) ? overrides.get(c.id)! : c.clusterId;
    const list = byCluster.get(cid);
    if (list) list.push(c);
    else byCluster.set(cid, [c]);
  }
  const known = new Set(board.clusters.map((c) => c.id));
  const groups: Group[] = board.clusters.map((k: Cluster) => ({ id: k.id, label: k.label, labelLocked: k.labelLocked, cards: byCluster.get(k.id) ?? [] }));
  // cards pointing at a cluster that does not exist (should not happen) count as unclustered
  const loose = [...(byCluster.get(null) ?? [])];
  for (const [cid, list] of byCluster) if (cid !== null && !known.has(cid)) loose.push(...list);
  if (loose.length) groups.push({ id: null, label: unclusteredLabel, labelLocked: false, cards: loose.sort((a, b) => a.position - b.position || a.id - b.id) });
  return groups;
}

/**
 * The board's two columns, filled like newspaper columns (reading order: down the first, then down
 * the second) by an estimate of the height (a theme's head ≈ 2 cards). Two independent stacks
 * instead of CSS multi-column: a theme that grows or comes into view (content-visibility) only
 * shifts the themes below it, never rebalances the whole board while a card is dragged.
 * `extra` is the height of what sits on top of the first column (the "new theme" drop zone).
 */
export function splitColumns<T extends { cards: unknown[] }>(groups: T[], extra = 1): [T[], T[]] {
  const h = (g: T) => 2 + g.cards.length;
  const total = groups.reduce((n, g) => n + h(g), extra);
  const first: T[] = [];
  let used = extra;
  let i = 0;
  // take a theme into the first column while that leaves the columns closer to even
  while (i < groups.length && (i === 0 || Math.abs(total - 2 * (used + h(groups[i]))) <= Math.abs(total - 2 * used))) {
    used += h(groups[i]);
    first.push(groups[i++]);
  }
  return [first, groups.slice(i)];
}

/** A position that puts a card at the end of a group. */
export function positionAtEnd(board: Board): number {
  let max = 0;
  for (const c of board.cards) if (c.position > max) max = c.position;
  return max + 1;
}

/** Sector shortcuts (Alt+letter) → sector key; same key again clears. */
export const SECTOR_KEYS_BY_LETTER: Record<string, 'verwaltung' | 'politik' | 'zivilgesellschaft' | 'wirtschaft' | 'sonstige'> = {
  v: 'verwaltung',
  p: 'politik',
  z: 'zivilgesellschaft',
  w: 'wirtschaft',
  s: 'sonstige',
};

export function toggleSector<T extends string>(current: T | null, next: T): T | null {
  return current === next ? null : next;
}

export interface ProjectorGroup {
  id: number | null;
  label: string;
  count: number;
  /** the cards to show (newest last), possibly fewer than count */
  shown: Card[];
}

/**
 * What the projector shows at a given density level, never more than fits:
 * level 0 = every visible card; level k ≥ 1 = per cluster the newest `perCluster[k]` cards
 * (the one that just arrived always among them); beyond that only labels with counts, and
 * finally only the `maxTiles` largest clusters plus the one with the newest card.
 */
export const PROJECTOR_LEVELS = [Infinity, 4, 2, 1, 1, 0] as const; // level 3: two lines per card, level 4: one line

export function projectorGroups(
  groups: Group[],
  level: number,
  newestId: number | null,
  maxTiles = Infinity,
): { groups: ProjectorGroup[]; hiddenGroups: number } {
  const per = PROJECTOR_LEVELS[Math.min(level, PROJECTOR_LEVELS.length - 1)];
  let out: ProjectorGroup[] = [];
  for (const g of groups) {
    const visible = g.cards.filter((c) => !c.hidden);
    if (!visible.length) continue;
    let shown: Card[];
    if (per === Infinity) shown = visible;
    else {
      const newest = [...visible].sort((a, b) => b.id - a.id).slice(0, per);
      // the card that just arrived is always shown, even on a tile
      if (newestId !== null && !newest.some((c) => c.id === newestId)) {
        const arrived = visible.find((c) => c.id === newestId);
        if (arrived) newest.splice(Math.max(0, newest.length - 1), 1, arrived);
      }
      shown = visible.filter((c) => newest.includes(c));
    }
    out.push({ id: g.id, label: g.label, count: visible.length, shown });
  }
  let hiddenGroups = 0;
  if (out.length > maxTiles) {
    const keep = new Set(
      [...out]
        .sort((a, b) => b.count - a.count || (a.id ?? 0) - (b.id ?? 0))
        .slice(0, maxTiles)
        .map((g) => g.id),
    );
    if (newestId !== null) {
      const withNewest = out.find((g) => g.shown.some((c) => c.id === newestId) || groups.find((x) => x.id === g.id)?.cards.some((c) => c.id === newestId));
      if (withNewest && !keep.has(withNewest.id)) {
        const smallest = [...out].filter((g) => keep.has(g.id)).sort((a, b) => a.count - b.count)[0];
        keep.delete(smallest.id);
        keep.add(withNewest.id);
      }
    }
    hiddenGroups = out.length - keep.size;
    out = out.filter((g) => keep.has(g.id));
  }
  return { groups: out, hiddenGroups };
}

/** Measured heights (px) of one theme on the projector: its head and each visible card. */
export interface MeasuredGroup {
  id: number | null;
  head: number;
  /** the head of a continued piece ("(Forts.)" may need a line of its own); default `head` */
  contHead?: number;
  cards: number[];
}

/** A piece of a theme in a projector column: cards [from, to) of it; `cont` = continued from before. */
export interface ColumnPiece {
  id: number | null;
  from: number;
  to: number;
  cont: boolean;
}

/**
 * Pages for the projector: themes in board order, each into the first column of the current page
 * where it fits whole (columns of height `colHeight`, `gap` between themes, `cols` per page); if
 * none has room, a new page. Only a theme taller than a column is split (its head repeated,
 * `cont`). Every card is on exactly one page.
 */
export function packProjectorPages(groups: MeasuredGroup[], colHeight: number, cols: number, gap: number): ColumnPiece[][][] {
  const pages: ColumnPiece[][][] = [];
  let page: { pieces: ColumnPiece[]; used: number }[] = [];
  const newPage = () => {
    if (page.some((c) => c.pieces.length)) pages.push(page.map((c) => c.pieces).filter((c) => c.length));
    page = Array.from({ length: cols }, () => ({ pieces: [], used: 0 }));
  };
  newPage();
  const height = (g: MeasuredGroup, from: number, to: number) =>
    (from > 0 ? (g.contHead ?? g.head) : g.head) + g.cards.slice(from, to).reduce((a, b) => a + b, 0);
  const room = (c: { pieces: ColumnPiece[]; used: number }) => colHeight - c.used - (c.pieces.length ? gap : 0);
  const put = (c: { pieces: ColumnPiece[]; used: number }, piece: ColumnPiece, h: number) => {
    c.used += (c.pieces.length ? gap : 0) + h;
    c.pieces.push(piece);
  };
  for (const g of groups) {
    const whole = height(g, 0, g.cards.length);
    if (whole <= colHeight) {
      let c = page.find((x) => whole <= room(x));
      if (!c) {
        newPage();
        c = page[0];
      }
      put(c, { id: g.id, from: 0, to: g.cards.length, cont: false }, whole);
      continue;
    }
    // taller than a column: fill the columns from the first free one, the head repeated
    let from = 0;
    let ci = page.findIndex((x) => x.pieces.length === 0 || room(x) >= height(g, 0, 1));
    if (ci < 0) {
      newPage();
      ci = 0;
    }
    while (from < g.cards.length) {
      if (ci >= cols) {
        newPage();
        ci = 0;
      }
      const c = page[ci];
      let to = from;
      while (to < g.cards.length && height(g, from, to + 1) <= room(c)) to++;
      if (to === from && c.pieces.length === 0) to = from + 1; // one card taller than a column: shown anyway (clipped)
      if (to > from) {
        put(c, { id: g.id, from, to, cont: from > 0 }, height(g, from, to));
        from = to;
      }
      ci++;
    }
  }
  newPage();
  return pages.length ? pages : [[]];
}

/** The page that shows a card (or the first page). */
export function pageOfCard(pages: ColumnPiece[][][], groups: { id: number | null; cards: { id: number }[] }[], cardId: number | null): number {
  if (cardId === null) return 0;
  const g = groups.find((x) => x.cards.some((c) => c.id === cardId));
  if (!g) return 0;
  const idx = g.cards.findIndex((c) => c.id === cardId);
  const p = pages.findIndex((page) => page.some((col) => col.some((pc) => pc.id === g.id && idx >= pc.from && idx < pc.to)));
  return Math.max(0, p);
}

/**
 * What a status message ("Karte … liegt jetzt im Thema …") claims about the board. Each list is
 * optional; the message holds while all of them are true.
 */
export interface StatusFacts {
  /** these cards exist */
  cards?: number[];
  /** these themes exist */
  clusters?: number[];
  /** these themes exist no longer (merged, dissolved) */
  goneClusters?: number[];
  /** card id → the theme it lies in (null: without a theme) */
  placed?: [card: number, cluster: number | null][];
  /** card id → a theme it no longer lies in (the card still exists) */
  left?: [card: number, cluster: number | null][];
  /** theme id → its name, or null for "named automatically" */
  named?: [cluster: number, label: string | null][];
}

// a name compared as the server stores it (trimmed, invisible and control characters removed)
const nameKey = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .trim();

/** Does the board still say what the status message says? (An undo or another window may have changed it.) */
export function statusHolds(facts: StatusFacts | null, board: Board): boolean {
  if (!facts) return true;
  const cards = new Map(board.cards.map((c) => [c.id, c]));
  const clusters = new Map(board.clusters.map((k) => [k.id, k]));
  return (
    (facts.cards ?? []).every((id) => cards.has(id)) &&
    (facts.clusters ?? []).every((id) => clusters.has(id)) &&
    (facts.goneClusters ?? []).every((id) => !clusters.has(id)) &&
    (facts.placed ?? []).every(([id, cid]) => cards.get(id)?.clusterId === cid) &&
    (facts.left ?? []).every(([id, cid]) => cards.has(id) && cards.get(id)!.clusterId !== cid) &&
    (facts.named ?? []).every(([cid, label]) => {
      const k = clusters.get(cid);
      return !!k && (label === null ? !k.labelLocked : nameKey(k.label) === nameKey(label));
    })
  );
}
