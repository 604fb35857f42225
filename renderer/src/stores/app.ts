import { create } from 'zustand';
import type { AppStatus, ChangeEvent, Input, Method, Output } from '../../../shared/api';
import { api, ApiCallError } from '../api/client';
import { invalidate } from './resource';
import type { ApiError } from '../../../shared/domain/errors';

interface AppState {
  status: AppStatus | null;
  /** Cheap partial reloads for the frequent events (phase switch, undo), so every window follows fast. */
  refreshSession: () => Promise<void>;
  refreshHistory: () => Promise<void>;
  error: ApiError | { message: string; code?: undefined; key?: undefined; params?: undefined } | null;
  refresh: () => Promise<void>;
  /** Calls the API and turns a failure into the visible error banner; returns null then. */
  run: <M extends Method>(method: M, input: Input<M>) => Promise<Output<M> | null>;
  setError: (e: AppState['error']) => void;
}

// Each kind of reload answers only if no newer one of its kind was started meanwhile.
let seq = 0;
let seqSession = 0;
let seqHistory = 0;

export const useApp = create<AppState>((set, get) => ({
  status: null,
  error: null,
  refresh: async () => {
    const mine = ++seq;
    const status = await api.call('app.status', {});
    if (mine === seq) set({ status });
  },
  refreshSession: async () => {
    const mine = ++seqSession;
    const session = await api.call('session.get', {}).catch(() => null);
    const status = get().status;
    if (mine === seqSession && status?.workshop && session) set({ status: { ...status, session } });
  },
  refreshHistory: async () => {
    const mine = ++seqHistory;
    const history = await api.call('history.get', {}).catch(() => null);
    const status = get().status;
    if (mine === seqHistory && status && history) set({ status: { ...status, history } });
  },
  run: async (method, input) => {
    try {
      const out = await api.call(method, input);
      if (get().error) set({ error: null });
      return out;
    } catch (e) {
      set({ error: e instanceof ApiCallError ? { ...e.error } : { message: (e as Error).message } });
      return null;
    }
  },
  setError: (error) => set({ error }),
}));

/** One subscription per window: every change event reloads the stores that care. */
export function startSync(): () => void {
  const unsubscribe = api.subscribe((ev: ChangeEvent) => {
    const app = useApp.getState();
    if (ev.topics.some((t) => t === 'workshop' || t === 'recent')) void app.refresh();
    else {
      if (ev.topics.includes('session')) void app.refreshSession();
      if (ev.topics.includes('history')) void app.refreshHistory();
    }
    invalidate(ev.topics);
  });
  void useApp.getState().refresh();
  return unsubscribe;
}
