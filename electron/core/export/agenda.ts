// The "Ablauf" section: how the workshop ran against its agenda. `agendaRun` turns the stored
// timer times (ms since the epoch) into clock times once, when the model is read; the exporters
// only lay out `agendaRows` / `agendaSummary`, the same words in every format.
//
// Time zone: the times are shown as the laptop's clock showed them in the room (the start time
// "HH:MM" is meant on that clock too, shared/agenda/timer.ts `startOf`). The zone is the process's
// own (Node honours TZ) unless the caller names one; tests name one.
import type { AgendaItem } from '../../../shared/agenda/timer';
import { elapsedMs } from '../../../shared/agenda/timer';
import type { AgendaRun, AgendaRunItem, ExportLocale } from './model';
import { formatDate, parseIsoDate } from './format';
import type { ExportText } from './strings';

export interface AgendaRunInput {
  items: readonly AgendaItem[];
  /** "HH:MM" or null */
  startTime: string | null;
  currentId: number | null;
  /** The workshop's date, YYYY-MM-DD: the day the planned clock times belong to. */
  date: string;
  locale: ExportLocale;
  /** IANA zone; default: this computer's. */
  timeZone?: string;
}

const MIN = 60_000;
const DAY = 1440;

export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function validZone(z: string | undefined): string {
  if (!z) return localTimeZone();
  try {
    new Intl.DateTimeFormat('en', { timeZone: z });
    return z;
  } catch {
    return localTimeZone();
  }
}

const hhmm = (minuteOfDay: number) => {
  const m = ((minuteOfDay % DAY) + DAY) % DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/** The agenda with actual times; null when the agenda has no items (no section then). */
export function agendaRun(input: AgendaRunInput): AgendaRun | null {
  const items = [...input.items].sort((a, b) => a.position - b.position || a.id - b.id);
  if (!items.length) return null;
  const timeZone = validZone(input.timeZone);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const local = (ms: number) => {
    const p = Object.fromEntries(parts.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
    return { date: `${p.year}-${p.month}-${p.day}`, minute: Number(p.hour) * 60 + Number(p.minute) };
  };
  const started = items.filter((i) => i.startedAt !== null);
  // The day the clock times are counted from: the workshop's date, or (no valid date) the day it began.
  const day0 = parseIsoDate(input.date) ? input.date : started.length ? local(Math.min(...started.map((i) => i.startedAt!))).date : input.date;
  const dayNo = (iso: string) => {
    const p = parseIsoDate(iso);
    return p ? Date.UTC(p.y, p.m - 1, p.d) / 86_400_000 : 0;
  };
  /** Minutes since midnight of the workshop's day on the local clock (a later day counts on). */
  const minuteOf = (ms: number) => {
    const l = local(ms);
    return (dayNo(l.date) - dayNo(day0)) * DAY + l.minute;
  };
  /** "14:05", or "09:10 (04.03.2027)" on another day than the workshop's. */
  const clockText = (ms: number) => {
    const l = local(ms);
    return l.date === day0 ? hhmm(l.minute) : `${hhmm(l.minute)} (${formatDate(l.date, input.locale)})`;
  };

  const start = /^([01]\d|2[0-3]):[0-5]\d$/.test(input.startTime ?? '') ? Number(input.startTime!.slice(0, 2)) * 60 + Number(input.startTime!.slice(3)) : null;
  const running = items.find((i) => i.startedAt !== null && i.endedAt === null) ?? null;
  const runningPos = running ? items.indexOf(running) : -1;

  let at = start;
  const out: AgendaRunItem[] = items.map((it, n) => {
    const plannedStart = at === null ? null : hhmm(at);
    if (at !== null) at += it.minutes;
    const base = { title: it.title, kind: it.kind, plannedStart, plannedMinutes: it.minutes };
    if (it.startedAt === null) {
      // Never started: still to come behind a running item (or nothing ran at all), else not held.
      const pending = !started.length || (running !== null && n > runningPos);
      return { ...base, state: pending ? 'pending' : 'notHeld', actualStart: null, actualEnd: null, actualMinutes: null, interruptedMinutes: 0 };
    }
    const pausedMs = it.pausedMs;
    if (it.endedAt === null) {
      return {
        ...base,
        state: 'running',
        actualStart: clockText(it.startedAt),
        actualEnd: null,
        actualMinutes: null,
        interruptedMinutes: Math.round(pausedMs / MIN),
      };
    }
    return {
      ...base,
      state: 'held',
      actualStart: clockText(it.startedAt),
      actualEnd: clockText(it.endedAt),
      actualMinutes: Math.round(elapsedMs(it, it.endedAt) / MIN),
      interruptedMinutes: Math.round(pausedMs / MIN),
    };
  });

  const total = items.reduce((s, i) => s + i.minutes, 0);
  const firstStart = started.length ? Math.min(...started.map((i) => i.startedAt!)) : null;
  const ends = items.filter((i) => i.endedAt !== null).map((i) => i.endedAt!);
  const lastEnd = !running && ends.length ? Math.max(...ends) : null;
  const plannedEnd = start === null ? null : start + total;
  return {
    started: started.length > 0,
    timeZone,
    plannedStart: start === null ? null : hhmm(start),
    plannedEnd: plannedEnd === null ? null : hhmm(plannedEnd),
    plannedMinutes: total,
    actualStart: firstStart === null ? null : clockText(firstStart),
    actualEnd: lastEnd === null ? null : clockText(lastEnd),
    running: running !== null,
    endDeltaMinutes: lastEnd !== null && plannedEnd !== null ? minuteOf(lastEnd) - plannedEnd : null,
    items: out,
  };
}

/** "15 Min." */
export const minutesText = (t: ExportText, n: number) => t('exportText.agendaMinutes', { count: n });

/** "+5 Min.", "−3 Min.", "±0 Min." */
export function deltaText(t: ExportText, n: number): string {
  return `${n > 0 ? '+' : n < 0 ? '−' : '±'}${minutesText(t, Math.abs(n))}`;
}

export interface AgendaRow {
  no: number;
  title: string;
  pause: boolean;
  /** "14:00 · 15 Min." */
  planned: string;
  /** "14:05–14:22", "nicht gehalten", "seit 15:10, läuft noch" */
  actual: string;
  /** "17 Min." plus "(3 Min. unterbrochen)"; empty when not held */
  duration: string;
  /** "+2 Min."; empty when not held */
  delta: string;
  state: AgendaRunItem['state'];
}

export function agendaRows(run: AgendaRun, t: ExportText): AgendaRow[] {
  return run.items.map((it, i) => {
    const planned = [it.plannedStart, minutesText(t, it.plannedMinutes)].filter(Boolean).join(' · ');
    const interrupted = it.interruptedMinutes > 0 ? t('exportText.agendaInterrupted', { count: it.interruptedMinutes }) : '';
    const actual =
      it.state === 'held'
        ? `${it.actualStart}–${it.actualEnd}`
        : it.state === 'running'
          ? t('exportText.agendaRunningSince', { time: it.actualStart ?? '' })
          : it.state === 'notHeld'
            ? t('exportText.agendaNotHeld')
            : t('exportText.agendaPending');
    const pauseWord = t('exportText.agendaPause');
    // A pause item is marked as one unless its title already says so ("Pause").
    const title = it.kind === 'pause' && it.title.trim().toLowerCase() !== pauseWord.toLowerCase() ? `${it.title} (${pauseWord})` : it.title;
    return {
      no: i + 1,
      title,
      pause: it.kind === 'pause',
      planned,
      actual,
      duration: it.actualMinutes === null ? interrupted : [minutesText(t, it.actualMinutes), interrupted ? `(${interrupted})` : ''].filter(Boolean).join(' '),
      delta: it.actualMinutes === null ? '' : deltaText(t, it.actualMinutes - it.plannedMinutes),
      state: it.state,
    };
  });
}

/** The lines above the table: planned from–to, actual from–to and how much later or earlier, how times are read. */
export function agendaSummary(run: AgendaRun, t: ExportText): string[] {
  const lines: string[] = [];
  if (!run.started) lines.push(t('exportText.agendaPlanOnly'));
  lines.push(
    run.plannedStart && run.plannedEnd
      ? t('exportText.agendaPlannedRange', { start: run.plannedStart, end: run.plannedEnd, minutes: minutesText(t, run.plannedMinutes) })
      : t('exportText.agendaPlannedNoStart', { minutes: minutesText(t, run.plannedMinutes) }),
  );
  if (run.started) {
    if (run.running || !run.actualEnd) lines.push(t('exportText.agendaActualRunning', { start: run.actualStart ?? '' }));
    else {
      const d = run.endDeltaMinutes;
      const how =
        d === null
          ? ''
          : d > 0
            ? t('exportText.agendaLater', { count: d })
            : d < 0
              ? t('exportText.agendaEarlier', { count: -d })
              : t('exportText.agendaOnTime');
      lines.push(t('exportText.agendaActualRange', { start: run.actualStart ?? '', end: run.actualEnd, how: how ? ` (${how})` : '' }));
    }
    lines.push(t('exportText.agendaTimesNote', { zone: run.timeZone }));
  }
  return lines;
}
