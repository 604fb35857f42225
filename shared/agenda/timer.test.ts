import { describe, expect, it } from 'vitest';
import { elapsedMs, formatCountdown, nextItem, schedule, startOf, timerView, type AgendaItem } from './timer';
import { STANDARD_AGENDA } from './template';

const MIN = 60_000;
const item = (id: number, minutes: number, over: Partial<AgendaItem> = {}): AgendaItem => ({
  id,
  position: id,
  title: `Punkt ${id}`,
  minutes,
  kind: 'item',
  phase: null,
  note: null,
  startedAt: null,
  endedAt: null,
  extraMinutes: 0,
  pausedMs: 0,
  pausedAt: null,
  ...over,
});
const T0 = new Date(2027, 2, 3, 14, 0).getTime(); // 14:00 local

describe('timer arithmetic', () => {
  it('counts down, excludes pauses, and shows the overrun', () => {
    const it0 = item(1, 20, { startedAt: T0 });
    expect(timerView(it0, T0 + 5 * MIN).remainingMs).toBe(15 * MIN);
    const paused = item(1, 20, { startedAt: T0, pausedAt: T0 + 5 * MIN });
    expect(timerView(paused, T0 + 30 * MIN)).toMatchObject({ remainingMs: 15 * MIN, paused: true, overrun: false });
    const resumed = item(1, 20, { startedAt: T0, pausedMs: 25 * MIN });
    expect(elapsedMs(resumed, T0 + 30 * MIN)).toBe(5 * MIN);
    const over = item(1, 20, { startedAt: T0 });
    expect(timerView(over, T0 + 23 * MIN)).toMatchObject({ remainingMs: -3 * MIN, overrun: true });
    expect(timerView(item(1, 20, { startedAt: T0, extraMinutes: 5 }), T0 + 23 * MIN).overrun).toBe(false);
  });

  it('expects a later end when an item runs over ("Ende voraussichtlich 17:20 statt 17:00")', () => {
    // 14:00 start, 3 h planned → 17:00. Item 1 (60 min) ran 80 min, item 2 (120 min) not started.
    const items = [item(1, 60, { startedAt: T0, endedAt: T0 + 80 * MIN }), item(2, 120)];
    const s = schedule(items, null, T0, T0 + 80 * MIN);
    expect(s.plannedEnd).toBe(T0 + 180 * MIN);
    expect(s.expectedEnd).toBe(T0 + 200 * MIN);
    expect(s.deltaMinutes).toBe(20);
  });

  it('an item that runs over ends "now" in the forecast; one that is early keeps its plan', () => {
    const running = [item(1, 60, { startedAt: T0 }), item(2, 120)];
    expect(schedule(running, 1, T0, T0 + 30 * MIN).deltaMinutes).toBe(0);
    expect(schedule(running, 1, T0, T0 + 75 * MIN).deltaMinutes).toBe(15);
    const paused = [item(1, 60, { startedAt: T0, pausedAt: T0 + 30 * MIN }), item(2, 120)];
    expect(schedule(paused, 1, T0, T0 + 40 * MIN).deltaMinutes).toBe(10);
  });

  it('items jumped over count as skipped, not as still to come', () => {
    const items = [item(1, 30), item(2, 60, { startedAt: T0 }), item(3, 60)];
    expect(schedule(items, 2, T0, T0 + 10 * MIN).expectedEnd).toBe(T0 + 120 * MIN);
  });

  it('before anything starts, a late start shifts the end', () => {
    const items = [item(1, 60), item(2, 120)];
    expect(schedule(items, null, T0, T0 - 10 * MIN).deltaMinutes).toBe(0);
    expect(schedule(items, null, T0, T0 + 10 * MIN).deltaMinutes).toBe(10);
    expect(schedule(items, null, null, T0).plannedEnd).toBeNull();
    // a file opened days after its workshop: no forecast from today's clock
    expect(schedule(items, null, T0, T0 + 11 * 24 * 60 * MIN).deltaMinutes).toBe(0);
  });

  it('finds the next item that has not ended', () => {
    const items = [item(1, 10, { endedAt: T0 }), item(2, 10, { endedAt: T0 }), item(3, 10)];
    expect(nextItem(items, 1)?.id).toBe(3);
    expect(nextItem(items, 3)).toBeNull();
    expect(nextItem(items, null)?.id).toBe(3);
  });

  it('formats countdowns and start times', () => {
    expect(formatCountdown(12 * MIN + 5000)).toBe('12:05');
    expect(formatCountdown(42_000)).toBe('0:42');
    expect(formatCountdown(-(3 * MIN + 10_000))).toBe('−3:10');
    expect(formatCountdown(90 * MIN)).toBe('1:30:00');
    expect(startOf('2027-03-03', '14:00')).toBe(T0);
    expect(startOf('2027-03-03', '25:99x')).toBeNull();
  });

  it('the standard template is a 3½-hour afternoon that opens every phase', () => {
    expect(STANDARD_AGENDA.reduce((s, i) => s + i.minutes, 0)).toBe(210);
    for (const p of ['ergebnisse', 'staerken', 'schritte', 'priorisierung', 'plan']) expect(STANDARD_AGENDA.some((i) => i.phase === p)).toBe(true);
  });
});
