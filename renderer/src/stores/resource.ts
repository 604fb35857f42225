import { useEffect } from 'react';
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { contract, type Method, type Output, type Topic } from '../../../shared/api';
import { api } from '../api/client';

/**
 * A cached read of one query method. The SQLite file is the source of truth: a store only
 * mirrors it and reloads when a change event names one of its topics.
 */
export interface ResourceState<T> {
  data: T | null;
  error: string | null;
  loaded: boolean;
  load: () => Promise<void>;
  reset: () => void;
}

export type ResourceStore<T> = UseBoundStore<StoreApi<ResourceState<T>>>;

const registry: { topics: readonly Topic[]; store: ResourceStore<unknown> }[] = [];

/** A store for a query; it reloads on the change topics the contract declares for that query. */
export function createResource<M extends Method>(method: M): ResourceStore<Output<M>> {
  const topics = contract[method].staleOn;
  let seq = 0;
  const store = create<ResourceState<Output<M>>>((set) => ({
    data: null,
    error: null,
    loaded: false,
    load: async () => {
      const mine = ++seq;
      try {
        const data = await api.call(method, {} as never);
        if (mine === seq) set({ data, error: null, loaded: true });
      } catch (e) {
        if (mine === seq) set({ error: (e as Error).message, loaded: true });
      }
    },
    reset: () => set({ data: null, error: null, loaded: false }),
  }));
  registry.push({ topics, store: store as ResourceStore<unknown> });
  return store;
}

/** Reload every store that was in use and listens to one of these topics. */
export function invalidate(topics: readonly Topic[]): void {
  for (const r of registry) {
    if (!r.topics.some((t) => topics.includes(t))) continue;
    const s = r.store.getState();
    if (topics.includes('workshop') && topics.includes('session')) s.reset(); // another file was opened
    if (s.loaded || topics.includes('workshop')) void s.load();
  }
}

/** Use a resource in a component: loads it on first use. */
export function useResource<T>(store: ResourceStore<T>): ResourceState<T> {
  const state = store();
  useEffect(() => {
    if (!store.getState().loaded) void store.getState().load();
  }, [store]);
  return state;
}
