import { create } from 'zustand';
import { createResource } from '../../stores/resource';

export { chosenTable, columnsByTable, tableSubject, type TableColumn } from './tableModel';

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
