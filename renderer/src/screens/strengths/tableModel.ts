// Pure logic of the table groups for the screens (no React, no DOM): tested in node (tableModel.test.ts).
import type { WorkshopTable } from '../../../../shared/api/agenda';
import type { FieldKey } from '../../../../shared/domain/fields';

/** The chosen table if it still exists (it may have been deleted in the dialog or another window). */
export function chosenTable(tables: readonly WorkshopTable[] | null | undefined, id: number | null): WorkshopTable | null {
  return (id !== null && tables?.find((t) => t.id === id)) || null;
}

/**
 * What a table is about, in one line: its Handlungsfeld and/or its free topic — leaving out what its
 * name already says ("Tisch 3: Zugang" needs no second "Zugang").
 */
export function tableSubject(t: Pick<WorkshopTable, 'name' | 'field' | 'topic'>, fieldName: (k: FieldKey) => string): string {
  const name = t.name.toLocaleLowerCase();
  return [t.field ? fieldName(t.field) : null, t.topic].filter((part): part is string => !!part && !name.includes(part.toLocaleLowerCase())).join(' · ');
}

export interface TableColumn<T> {
  table: WorkshopTable | null;
  items: T[];
}

/**
 * The board arranged by table: one column per table in the dialog's order, then "ohne Tisch"
 * (only when something has no table, or a card points at a table that no longer exists).
 */
export function columnsByTable<T extends { tableId: number | null }>(tables: readonly WorkshopTable[], items: readonly T[]): TableColumn<T>[] {
  const known = new Set(tables.map((t) => t.id));
  const cols: TableColumn<T>[] = tables.map((t) => ({ table: t, items: items.filter((i) => i.tableId === t.id) }));
  const loose = items.filter((i) => i.tableId === null || !known.has(i.tableId));
  if (loose.length) cols.push({ table: null, items: loose });
  return cols;
}
