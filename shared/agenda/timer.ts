import type { Phase } from '../domain/fields';

// The afternoon's run of show as pure arithmetic: what is running, how much time is left, and
// when the workshop will end at this pace. Times are stored (ms since the epoch), never kept in
// memory, so a restart resumes with the right remaining time.

export type AgendaKind = 'item' | 'pause';

export interface AgendaItem {
  id: number;
  position: number;
  title: string;
  minutes: number;
  kind: AgendaKind;
  phase: Phase | null;
  note: string | null;
  /** When it was started (first time), ms; null = not started. */
  startedAt: number | null;
  /** When it ended (finished or skipped), ms. */
  endedAt: number | null;
  /** Minutes added with "+5 min". */
  extraMinutes: number;
  /** Accumulated paused time, ms. */
  pausedMs: number;
  /** Paused since, ms; null = running (or not current). */
  pausedAt: number | null;
}

export interface TimerView {
  itemId: number;
  /** Planned length including "+5 min", ms. */
  plannedMs: number;
  elapsedMs: number;
  /** Negative when the item runs over. */
  remainingMs: number;
  overrun: boolean;
  paused: boolean;
}

export function plannedMs(it: Pick<AgendaItem, 'minutes' | 'extraMinutes'>): number {
  return (it.minutes + it.extraMinutes) * 60_000;
}

/** Time the item has been running (pauses excluded), at `now` or until it ended. */
export function elapsedMs(it: AgendaItem, now: number): number {
  if (it.startedAt === null) return 0;
  const until = it.endedAt ?? it.pausedAt ?? now;
  return Math.max(0, until - it.startedAt - it.pausedMs);
}

export function timerView(it: AgendaItem, now: number): TimerView {
  const planned = plannedMs(it);
  const elapsed = elapsedMs(it, now);
  return { itemId: it.id, plannedMs: planned, elapsedMs: elapsed, remainingMs: planned - elapsed, overrun: elapsed > planned, paused: it.pausedAt !== null };
}

export interface Schedule {
  /** Planned end: start time + every item's planned minutes (without "+5 min"), ms. */
  plannedEnd: number | null;
  /** Expected end at the current pace: items done as they ran, the current one as planned or
   * (when over) ending now, the rest as planned. */
  expectedEnd: number | null;
  /** expectedEnd − plannedEnd in whole minutes (positive = later). */
  deltaMinutes: number;
  totalPlannedMinutes: number;
}

/** `start` is the workshop's start on its day (ms); null when no start time is set. */
export function schedule(items: readonly AgendaItem[], currentId: number | null, start: number | null, now: number): Schedule {
  const sorted = [...items].sort((a, b) => a.position - b.position);
  const totalPlannedMinutes = sorted.reduce((s, it) => s + it.minutes, 0);
  if (start === null) return { plannedEnd: null, expectedEnd: null, deltaMinutes: 0, totalPlannedMinutes };
  const plannedEnd = start + totalPlannedMinutes * 60_000;
  const anyStarted = sorted.some((it) => it.startedAt !== null);
  if (!anyStarted) return { plannedEnd, totalPlannedMinutes, ...expectedBeforeStart(plannedEnd, start, totalPlannedMinutes, now) };
  let t = now;
  // Items before the running (or last started) one that never started were skipped.
  const lastStarted = Math.max(...sorted.filter((it) => it.startedAt !== null).map((it) => it.position));
  for (const it of sorted) {
    if (it.endedAt !== null) continue; // done: its real time is already behind `now`
    if (it.startedAt === null && it.position < lastStarted) continue;
    if (it.id === currentId && it.startedAt !== null) {
      // A paused item keeps its remaining time, so the expected end moves on with the clock.
      t += Math.max(0, plannedMs(it) - elapsedMs(it, now));
    } else if (it.startedAt === null) {
      t += it.minutes * 60_000;
    }
  }
  return { plannedEnd, expectedEnd: t, deltaMinutes: Math.round((t - plannedEnd) / 60_000), totalPlannedMinutes };
}

function expectedBeforeStart(plannedEnd: number, start: number, totalMinutes: number, now: number): Pick<Schedule, 'expectedEnd' | 'deltaMinutes'> {
  // Nothing started yet: if the start time has passed (on the workshop's day), everything shifts
  // by the delay. Before that day, or long after it (a file opened again later), the plan stands.
  const late = now > start && now - start < 12 * 3_600_000;
  const expectedEnd = late ? now + totalMinutes * 60_000 : plannedEnd;
  return { expectedEnd, deltaMinutes: Math.round((expectedEnd - plannedEnd) / 60_000) };
}

/** The item after `id` in agenda order that has not ended, or null. */
export function nextItem(items: readonly AgendaItem[], id: number | null): AgendaItem | null {
  const sorted = [...items].sort((a, b) => a.position - b.position);
  const from = id === null ? -1 : sorted.findIndex((it) => it.id === id);
  return sorted.slice(from + 1).find((it) => it.endedAt === null) ?? null;
}

/** "HH:MM" on the workshop's date (local time of this computer) → ms; null if either is missing. */
export function startOf(date: string | null, time: string | null): number | null {
  if (!date || !time || !/^\d{2}:\d{2}$/.test(time)) return null;
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new Date(y, m - 1, d, hh, mm).getTime();
}

/** A countdown as the room reads it: "12:05", "0:42", and "−3:10" when over. */
export function formatCountdown(ms: number): string {
  const neg = ms < 0;
  const s = Math.floor(Math.abs(ms) / 1000 + (neg ? 0 : 0.999));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const body = h > 0 ? `${h}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}` : `${m}:${String(sec).padStart(2, '0')}`;
  return neg ? `−${body}` : body;
}

/** Clock time "17:20" of a moment (local time). */
export function clock(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
