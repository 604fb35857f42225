import { describe, expect, test } from 'vitest';
import type { WorkshopTable } from '../../../../shared/api/agenda';
import { chosenTable, columnsByTable, tableSubject } from './tableModel';

const table = (id: number, name: string, extra: Partial<WorkshopTable> = {}): WorkshopTable => ({
  id,
  position: id,
  name,
  field: null,
  topic: null,
  host: null,
  cards: 0,
  ideas: 0,
  ...extra,
});
const fieldName = (k: string) => ({ zugang: 'Zugang', arbeit: 'Arbeit' })[k] ?? k;

describe('board by table', () => {
  const tables = [table(2, 'Tisch B'), table(1, 'Tisch A')];
  test('one column per table in the given order, then "ohne Tisch" for cards without or with a deleted table', () => {
    const items = [
      { id: 1, tableId: 1 },
      { id: 2, tableId: null },
      { id: 3, tableId: 2 },
      { id: 4, tableId: 9 }, // its table was deleted in another window
      { id: 5, tableId: 1 },
    ];
    const cols = columnsByTable(tables, items);
    expect(cols.map((c) => [c.table?.id ?? null, c.items.map((i) => i.id)])).toEqual([
      [2, [3]],
      [1, [1, 5]],
      [null, [2, 4]],
    ]);
  });
  test('an empty table keeps its column; no "ohne Tisch" column when every card has a table', () => {
    const cols = columnsByTable(tables, [{ id: 1, tableId: 2 }]);
    expect(cols.map((c) => [c.table?.name, c.items.length])).toEqual([
      ['Tisch B', 1],
      ['Tisch A', 0],
    ]);
  });
});

describe('table subject and choice', () => {
  test('field and free topic, leaving out what the name says already', () => {
    expect(tableSubject(table(1, 'Tisch 3: Zugang', { field: 'zugang' }), fieldName)).toBe('');
    expect(tableSubject(table(1, 'Jugendtisch', { topic: 'Jugendbeteiligung' }), fieldName)).toBe('Jugendbeteiligung');
    expect(tableSubject(table(1, 'Tisch Nord', { field: 'arbeit', topic: 'Ausbildung' }), fieldName)).toBe('Arbeit · Ausbildung');
    expect(tableSubject(table(1, 'Tisch Nord'), fieldName)).toBe('');
  });
  test('a chosen table that was deleted counts as none', () => {
    const tables = [table(1, 'A'), table(2, 'B')];
    expect(chosenTable(tables, 2)?.name).toBe('B');
    expect(chosenTable(tables, 3)).toBeNull();
    expect(chosenTable(tables, null)).toBeNull();
    expect(chosenTable(null, 1)).toBeNull();
  });
});
