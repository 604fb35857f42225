import { create } from 'zustand';
import type { WorkshopTable } from '../../../../shared/api/agenda';
import type { FieldKey } from '../../../../shared/domain/fields';
import { createResource } from '../../stores/resource';

// Table groups ("Tische", tables.* in shared/api/agenda.ts): the list mirrors the file; which table
// the facilitator is typing for and how the board is arranged are this window's own state.
export const useTablesStore = createResource('tables.list');

const VIEW_KEY = 'werkstatt-board-view';
export type BoardArrangement = 'themes' | 'tables';

interface TableUi {
  /** The table of the next card or step: chosen once, kept while one table's paper cards are typed. */
  current: number | null;
  /** The strengths board "nach Themen" (the clusters) or "nach Tischen" (one column per table). */
  view: BoardArrangement;
  setCurrent: (id: number | null) => void;
  setView: (v: BoardArrangement) => void;
}

function initialView(): BoardArrangement {
  return typeof localStorage !== 'undefined' && localStorage.getItem(VIEW_KEY) === 'tables' ? 'tables' : 'themes';
}

export const useTableUi = create<TableUi>((set) => ({
  current: null,
  view: initialView(),
  setCurrent: (current) => set({ current }),
  setView: (view) => {
    localStorage.setItem(VIEW_KEY, view);
    set({ view });
  },
}));

/** The chosen table if it still exists (it may have been deleted in the dialog or another window). */
export function chosenTable(tables: readonly WorkshopTable[] | null | undefined, id: number | null): WorkshopTable | null {
  return (id !== null && tables?.find((t) => t.id === id)) || null;
}

/** What a table is about, in one line: its Handlungsfeld or its free topic (both when both are set). */
export function tableSubject(t: Pick<WorkshopTable, 'field' | 'topic'>, fieldName: (k: FieldKey) => string): string {
  return [t.field ? fieldName(t.field) : null, t.topic].filter(Boolean).join(' · ');
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
