import { create } from 'zustand';
import type { AppStatus, ChangeEvent, Input, Method, Output } from '../../../shared/api';
import { api, ApiCallError } from '../api/client';
import { invalidate } from './resource';

interface AppState {
  status: AppStatus | null;
  error: { message: string; code?: string } | null;
  refresh: () => Promise<void>;
  /** Calls the API and turns a failure into the visible error banner; returns null then. */
  run: <M extends Method>(method: M, input: Input<M>) => Promise<Output<M> | null>;
  setError: (e: AppState['error']) => void;
}

let seq = 0;

export const useApp = create<AppState>((set, get) => ({
  status: null,
  error: null,
  refresh: async () => {
    const mine = ++seq;
    const status = await api.call('app.status', {});
    if (mine === seq) set({ status });
  },
  run: async (method, input) => {
    try {
      const out = await api.call(method, input);
      if (get().error) set({ error: null });
      return out;
    } catch (e) {
      set({ error: { message: (e as Error).message, code: e instanceof ApiCallError ? e.code : undefined } });
      return null;
    }
  },
  setError: (error) => set({ error }),
}));

/** One subscription per window: every change event reloads the stores that care. */
export function startSync(): () => void {
  const unsubscribe = api.subscribe((ev: ChangeEvent) => {
    if (ev.topics.some((t) => t === 'workshop' || t === 'session' || t === 'history' || t === 'recent')) {
      void useApp.getState().refresh();
    }
    invalidate(ev.topics);
  });
  void useApp.getState().refresh();
  return unsubscribe;
}
