import { describe, expect, test } from 'vitest';
import type { Board, Card } from '../../../../shared/domain/schemas';
import { groupBoard, packProjectorPages, pageOfCard, positionAtEnd, projectorGroups, splitColumns, statusHolds, toggleSector } from './board';

const card = (id: number, clusterId: number | null, extra: Partial<Card> = {}): Card => ({
  id,
  text: `Karte ${id}`,
  field: null,
  sector: null,
  clusterId,
  pinned: false,
  hidden: false,
  source: null,
  tableId: null,
  position: id,
  createdAt: '',
  ...extra,
});
const board: Board = {
  clusters: [
    { id: 2, label: 'Sprache', labelLocked: false, position: 1 },
    { id: 1, label: 'Feste', labelLocked: true, position: 2 },
    { id: 3, label: 'Leer', labelLocked: true, position: 3 },
  ],
  cards: [card(1, 1), card(2, 2), card(3, null), card(4, 2, { hidden: true }), card(5, 1), card(6, 99)],
};

describe('groupBoard', () => {
  test('clusters in board order, then cards without a cluster; empty clusters stay as drop targets', () => {
    const g = groupBoard(board, 'Ohne Thema');
    expect(g.map((x) => [x.id, x.cards.map((c) => c.id)])).toEqual([
      [2, [2, 4]],
      [1, [1, 5]],
      [3, []],
      [null, [3, 6]],
    ]);
    expect(g[3].label).toBe('Ohne Thema');
  });
  test('an unconfirmed move shows at once', () => {
    const g = groupBoard(board, 'Ohne Thema', new Map([[1, 2]]));
    expect(g[0].cards.map((c) => c.id)).toEqual([1, 2, 4]);
    expect(g[1].cards.map((c) => c.id)).toEqual([5]);
  });
});

describe('helpers', () => {
  test('position at the end, sector toggle', () => {
    expect(positionAtEnd(board)).toBe(7);
    expect(toggleSector('politik', 'politik')).toBeNull();
    expect(toggleSector(null, 'politik')).toBe('politik');
  });
});

describe('projectorGroups', () => {
  const many: Board = { clusters: [1, 2, 3, 4].map((id) => ({ id, label: `T${id}`, labelLocked: false, position: id })), cards: [] };
  for (let i = 1; i <= 40; i++) many.cards.push(card(i, (i % 4) + 1, { hidden: i === 40 }));
  const groups = groupBoard(many, '–');
  test('level 0 shows every visible card, never a hidden one', () => {
    const r = projectorGroups(groups, 0, null);
    expect(r.groups.reduce((n, g) => n + g.shown.length, 0)).toBe(39);
    expect(r.groups.flatMap((g) => g.shown).some((c) => c.hidden)).toBe(false);
  });
  test('compact levels show the newest cards per cluster with the full count', () => {
    const r = projectorGroups(groups, 2, 39);
    for (const g of r.groups) {
      expect(g.shown.length).toBe(2);
      expect(g.count).toBe(g.id === 1 ? 9 : 10);
    }
    expect(r.groups.find((g) => g.id === 4)!.shown.map((c) => c.id)).toEqual([35, 39]);
    expect(projectorGroups(groups, 9, null).groups.every((g) => g.shown.length === 0)).toBe(true);
  });
  test('too many clusters: the largest ones plus the one with the newest card', () => {
    const r = projectorGroups(groups, 4, 36, 2);
    expect(r.hiddenGroups).toBe(2);
    expect(r.groups.map((g) => g.id)).toContain(1); // card 36 is in cluster 1
  });
});

describe('splitColumns', () => {
  const g = (n: number) => ({ cards: Array.from({ length: n }) });
  test('newspaper order, columns about even, nothing lost', () => {
    const groups = [g(10), g(2), g(3), g(8), g(1), g(4)];
    const [a, b] = splitColumns(groups);
    expect([...a, ...b]).toEqual(groups);
    const h = (xs: typeof groups) => xs.reduce((n, x) => n + 2 + x.cards.length, 0);
    expect(Math.abs(h(a) + 1 - h(b))).toBeLessThanOrEqual(12);
    expect(splitColumns([])).toEqual([[], []]);
    expect(splitColumns([g(3)])[0]).toHaveLength(1);
  });
});

describe('projector pages', () => {
  const mg = (id: number, n: number, h = 10) => ({ id, head: 10, cards: Array.from({ length: n }, () => h) });
  test('whole themes down the columns, then the next page; every card once', () => {
    const groups = [mg(1, 4), mg(2, 2), mg(3, 5), mg(4, 1), mg(5, 3), mg(6, 2)];
    const pages = packProjectorPages(groups, 60, 2, 5);
    // 1: 50 → col 1; 2: 30 > 60-50-5 → col 2; 3: 60 > 60-30-5 → col 3 = page 2
    expect(pages[0].map((col) => col.map((p) => p.id))).toEqual([[1], [2]]);
    expect(pages[1][0].map((p) => p.id)).toEqual([3]);
    const seen = pages.flat(2).flatMap((p) => Array.from({ length: p.to - p.from }, (_, k) => `${p.id}:${p.from + k}`));
    expect(seen).toEqual(groups.flatMap((g) => g.cards.map((_, k) => `${g.id}:${k}`)));
    expect(pages.flat(2).every((p) => !p.cont)).toBe(true);
  });

  test('a small theme fills a gap in an earlier column of the same page', () => {
    const pages = packProjectorPages([mg(1, 4), mg(2, 4), mg(3, 1)], 80, 2, 5);
    expect(pages).toHaveLength(1);
    expect(pages[0].map((col) => col.map((p) => p.id))).toEqual([[1, 3], [2]]);
  });

  test('a theme taller than a column is split with its head repeated', () => {
    const pages = packProjectorPages([mg(1, 1), mg(2, 12)], 60, 3, 5);
    const pieces = pages.flat(2).filter((p) => p.id === 2);
    expect(pieces.map((p) => [p.from, p.to, p.cont])).toEqual([
      [0, 2, false],
      [2, 7, true],
      [7, 12, true],
    ]);
  });

  test('a continued piece is packed with its own (taller) head: "(Forts.)" may take a line', () => {
    // 12 cards of 10 under a 10 head; continued pieces have a 30 head (the label wraps once more)
    const g = { ...mg(2, 12), contHead: 30 };
    const pieces = packProjectorPages([mg(1, 1), g], 60, 3, 5)
      .flat(2)
      .filter((p) => p.id === 2);
    expect(pieces.map((p) => [p.from, p.to, p.cont])).toEqual([
      [0, 2, false],
      [2, 5, true],
      [5, 8, true],
      [8, 11, true],
      [11, 12, true],
    ]);
    for (const p of pieces) expect((p.cont ? 30 : 10) + (p.to - p.from) * 10).toBeLessThanOrEqual(60);
  });

  test('pageOfCard finds the newest card', () => {
    const groups = [
      { id: 1, cards: [{ id: 10 }, { id: 11 }] },
      { id: 2, cards: [{ id: 12 }, { id: 13 }, { id: 14 }, { id: 15 }] },
    ];
    const pages = packProjectorPages([mg(1, 2), mg(2, 4)], 40, 1, 0);
    expect(pages.length).toBe(3);
    expect(pageOfCard(pages, groups, 11)).toBe(0);
    expect(pageOfCard(pages, groups, 15)).toBe(2);
    expect(pageOfCard(pages, groups, null)).toBe(0);
    expect(packProjectorPages([], 40, 3, 0)).toEqual([[]]);
  });
});

describe('statusHolds', () => {
  test('a message without facts always holds', () => {
    expect(statusHolds(null, board)).toBe(true);
    expect(statusHolds({}, board)).toBe(true);
  });
  test('cards and themes that must exist', () => {
    expect(statusHolds({ cards: [1, 2], clusters: [3] }, board)).toBe(true);
    expect(statusHolds({ cards: [1, 7] }, board)).toBe(false);
    expect(statusHolds({ clusters: [4] }, board)).toBe(false);
  });
  test('a card in a theme (a move, a merge) stops holding once it is back where it was (undo)', () => {
    expect(
      statusHolds(
        {
          placed: [
            [2, 2],
            [3, null],
          ],
        },
        board,
      ),
    ).toBe(true);
    expect(statusHolds({ placed: [[2, 1]] }, board)).toBe(false);
    expect(statusHolds({ placed: [[7, null]] }, board)).toBe(false);
    expect(statusHolds({ left: [[2, 1]] }, board)).toBe(true);
    expect(statusHolds({ left: [[2, 2]] }, board)).toBe(false);
    expect(statusHolds({ left: [[7, 1]] }, board)).toBe(false);
  });
  test("a theme's name (compared as stored), or an automatic one", () => {
    expect(statusHolds({ named: [[1, 'Feste']] }, board)).toBe(true);
    expect(statusHolds({ named: [[1, ' Feste\u200b']] }, board)).toBe(true);
    expect(statusHolds({ named: [[1, 'feste']] }, board)).toBe(false);
    expect(statusHolds({ named: [[1, 'Sprache']] }, board)).toBe(false);
    expect(statusHolds({ named: [[2, null]] }, board)).toBe(true);
    expect(statusHolds({ named: [[1, null]] }, board)).toBe(false);
    expect(statusHolds({ named: [[9, null]] }, board)).toBe(false);
  });
  test('a theme that is gone (merged, dissolved) stops holding once it is back (undo)', () => {
    expect(statusHolds({ goneClusters: [4] }, board)).toBe(true);
    expect(statusHolds({ goneClusters: [3] }, board)).toBe(false);
  });
});
