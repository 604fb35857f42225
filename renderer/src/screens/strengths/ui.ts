import { create } from 'zustand';
import type { StatusFacts } from './board';

/** Local UI state of the board (never persisted): selection, inline editors, open menus, unconfirmed moves. */
interface BoardUi {
  selected: ReadonlySet<number>;
  editingCard: number | null;
  editingCluster: number | null;
  menu: string | null;
  overrides: ReadonlyMap<number, number | null>;
  flash: number | null;
  /** the card being dragged (pointer or keyboard), for its slot's look and aria-pressed */
  dragging: number | null;
  /** the card whose "Verschieben nach …" list is open (M on a card) */
  moving: number | null;
  status: string;
  /** what the status message says about the board: it disappears once the board says otherwise (see statusHolds) */
  statusRefs: StatusFacts | null;
  toggleSelect: (id: number) => void;
  clearSelection: () => void;
  set: (p: Partial<Pick<BoardUi, 'editingCard' | 'editingCluster' | 'menu' | 'flash' | 'status' | 'statusRefs' | 'dragging' | 'moving'>>) => void;
  override: (cardId: number, clusterId: number | null) => void;
  clearOverride: (cardId: number) => void;
}

export const useBoardUi = create<BoardUi>((set) => ({
  selected: new Set(),
  editingCard: null,
  editingCluster: null,
  menu: null,
  overrides: new Map(),
  flash: null,
  dragging: null,
  moving: null,
  status: '',
  statusRefs: null,
  toggleSelect: (id) =>
    set((s) => {
      const next = new Set(s.selected);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return { selected: next };
    }),
  clearSelection: () => set({ selected: new Set() }),
  set: (p) => set(p),
  override: (cardId, clusterId) => set((s) => ({ overrides: new Map(s.overrides).set(cardId, clusterId) })),
  clearOverride: (cardId) =>
    set((s) => {
      const next = new Map(s.overrides);
      next.delete(cardId);
      return { overrides: next };
    }),
}));

let flashTimer: ReturnType<typeof setTimeout> | undefined;
/** Highlights a card for a moment (just saved, merged into, moved). */
export function flashCard(id: number): void {
  useBoardUi.getState().set({ flash: id });
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => useBoardUi.getState().set({ flash: null }), 2500);
}

/**
 * The outcome of a board action in the status line. It replaces whatever was there, so the line
 * never speaks of an older action; an action without news clears it (`say()`). `facts` are what
 * the message claims: once an undo (or another window) makes them untrue, the message goes.
 */
export function say(status = '', facts: StatusFacts | null = null): void {
  useBoardUi.getState().set({ status, statusRefs: facts });
}

let wanted: { selector: string; from: Element | null; until: number } | null = null;
let watching = false;
const giveUp = () => (wanted = null);

/**
 * Puts the keyboard focus on the element `selector` finds once it is there, and keeps it there for
 * a moment: after a move or a rename the board re-renders when the server's answer arrives, and a
 * theme that changes column is built anew (the focused element goes, and the focus with it to
 * <body>, from where a keyboard user would start at the top). Gives up as soon as the user is
 * somewhere else (another element focused, a click).
 */
export function focusSoon(selector: string, ms = 3000, from: Element | null = document.activeElement): void {
  wanted = { selector, from, until: Date.now() + ms };
  if (!watching) {
    watching = true;
    window.addEventListener('pointerdown', giveUp, true);
    requestAnimationFrame(keepFocus);
  }
}

function keepFocus(): void {
  if (wanted && Date.now() <= wanted.until) {
    const el = document.querySelector<HTMLElement>(wanted.selector);
    const active = document.activeElement;
    // still on the control the action started from (not yet gone), or on nothing: ours to place
    const free = !active || active === document.body || active === wanted.from || !active.isConnected;
    if (active && active === el) {
      // there; stay watching for a re-render that takes it away
    } else if (!free) wanted = null;
    else el?.focus();
  } else wanted = null;
  if (wanted) requestAnimationFrame(keepFocus);
  else {
    watching = false;
    window.removeEventListener('pointerdown', giveUp, true);
  }
}
