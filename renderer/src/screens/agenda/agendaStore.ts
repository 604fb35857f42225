import { useEffect, useState } from 'react';
import { createResource, useResource } from '../../stores/resource';
import { formatMessage, type MessageId, type Params } from '../../../../shared/messages';
import { schedule, startOf, type AgendaItem } from '../../../../shared/agenda/timer';
import { useApp } from '../../stores/app';
import { useLocale } from '../../i18n';

export const useAgendaStore = createResource('agenda.get');

/** Catalogue messages in the window's language (shared/messages). */
export function useMsg() {
  const locale = useLocale((s) => s.locale);
  return (id: MessageId, params?: Params) => formatMessage(locale, id, params);
}

/** The laptop's clock as every window sees it: local time corrected by the offset at the last read. */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const h = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(h);
  }, [everyMs]);
  return now;
}

export interface RunState {
  items: AgendaItem[];
  current: AgendaItem | null;
  next: AgendaItem | null;
  /** Server clock now (ms). */
  now: number;
  startTime: string | null;
  plannedEnd: number | null;
  expectedEnd: number | null;
  deltaMinutes: number;
  totalMinutes: number;
}

/** The agenda and its timer at this second, against the laptop's clock. */
export function useRunOfShow(): RunState | null {
  const { data } = useResource(useAgendaStore);
  const date = useApp((s) => s.status?.workshop?.meta.date ?? null);
  const local = useNow();
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    // A projector on another machine (browser mode) may run a different clock: count against the laptop's.
    if (data) setOffset(data.serverNow - Date.now());
  }, [data]);
  if (!data) return null;
  const now = local + offset;
  const items = [...data.items].sort((a, b) => a.position - b.position);
  const current = items.find((i) => i.id === data.currentId) ?? null;
  const idx = current ? items.indexOf(current) : -1;
  const next = items.slice(idx + 1).find((i) => i.endedAt === null) ?? null;
  const s = schedule(items, data.currentId, startOf(date, data.startTime), now);
  return {
    items,
    current,
    next,
    now,
    startTime: data.startTime,
    plannedEnd: s.plannedEnd,
    expectedEnd: s.expectedEnd,
    deltaMinutes: s.deltaMinutes,
    totalMinutes: s.totalPlannedMinutes,
  };
}
