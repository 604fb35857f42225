import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WorkshopService } from '../service';
import { schedule, startOf, timerView } from '../../../shared/agenda/timer';

let dir: string;
let s: WorkshopService;
const MIN = 60_000;
const T0 = new Date(2027, 2, 3, 14, 0).getTime();

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-agenda-'));
  s = new WorkshopService({ paths: { settingsDir: path.join(dir, 'settings'), workshopsDir: path.join(dir, 'ws') } });
  await s.run('workshop.create', { name: 'Workshop Testdorf', municipality: 'Testdorf', date: '2027-03-03' });
});
afterEach(() => {
  s.close();
  vi.useRealTimers();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('agenda', () => {
  test('the standard template fills an empty agenda once; items edit, reorder and undo', async () => {
    const a = await s.run('agenda.useTemplate', {});
    expect(a.items).toHaveLength(9);
    expect(a.startTime).toBe('14:00');
    expect((await s.call('agenda.useTemplate', {})).ok).toBe(false);
    const first = a.items[0];
    await s.run('agenda.update', { id: first.id, title: 'Ankommen', minutes: 20 });
    const moved = await s.run('agenda.move', { id: first.id, toIndex: 2 });
    expect(moved.items.map((i) => i.title).indexOf('Ankommen')).toBe(2);
    await s.run('history.undo', {});
    expect((await s.run('agenda.get', {})).items[0].title).toBe('Ankommen');
    await s.run('history.undo', {});
    expect((await s.run('agenda.get', {})).items[0]).toMatchObject({ title: first.title, minutes: 15 });
  });

  test('refuses bad input with a message and changes nothing', async () => {
    for (const bad of [
      { title: '', minutes: 10 },
      { title: 'X', minutes: -1 },
      { title: 'X', minutes: 601 },
      { title: 'X', minutes: 2.5 },
      { title: 'X'.repeat(201), minutes: 5 },
    ]) {
      const r = await s.call('agenda.add', bad);
      expect(r.ok, JSON.stringify(bad)).toBe(false);
    }
    expect((await s.call('agenda.setStart', { time: '25:00' })).ok).toBe(false);
    expect((await s.call('agenda.pause', { paused: true })).ok).toBe(false);
    expect((await s.run('agenda.get', {})).items).toHaveLength(0);
  });

  test('starting an item opens its phase; pause, +5 min, next; times survive a reopen', async () => {
    const a = await s.run('agenda.useTemplate', {});
    const results = a.items[1];
    await s.run('agenda.start', { id: results.id });
    expect((await s.run('session.get', {})).phase).toBe('ergebnisse');
    vi.setSystemTime(T0 + 10 * MIN);
    await s.run('agenda.pause', { paused: true });
    vi.setSystemTime(T0 + 20 * MIN);
    await s.run('agenda.extend', { minutes: 5 });

    // Close and reopen the file mid-workshop: the timer resumes with the right remaining time.
    const file = s.workshop!.file;
    s.close();
    s = new WorkshopService({ paths: { settingsDir: path.join(dir, 'settings'), workshopsDir: path.join(dir, 'ws') } });
    s.openFile(file);
    let g = await s.run('agenda.get', {});
    expect(g.currentId).toBe(results.id);
    const cur = g.items.find((i) => i.id === results.id)!;
    expect(timerView(cur, Date.now())).toMatchObject({ paused: true, remainingMs: 20 * MIN }); // 25 + 5 − 10
    await s.run('agenda.pause', { paused: false });
    vi.setSystemTime(T0 + 50 * MIN); // 10 min paused, so 40 min running: 10 min over
    g = await s.run('agenda.get', {});
    expect(
      timerView(
        g.items.find((i) => i.id === results.id)!,
        Date.now(),
      ),
    ).toMatchObject({ overrun: true, remainingMs: -10 * MIN });

    g = await s.run('agenda.next', {});
    expect(g.currentId).toBe(a.items[2].id);
    expect((await s.run('session.get', {})).phase).toBe('staerken');
    // 14:00 start, planned end 17:30. The welcome (15 min) was skipped, the results took 50 min
    // instead of 25: at 14:50 the strengths (25) and six more items (145) remain → 17:40, 10 min late.
    const sch = schedule(g.items, g.currentId, startOf('2027-03-03', g.startTime), Date.now());
    expect(sch.plannedEnd).toBe(T0 + 210 * MIN);
    expect(sch.expectedEnd).toBe(T0 + (50 + 25 + 145) * MIN);
    expect(sch.deltaMinutes).toBe(10);
  });

  test('closed and reopened mid-item while running: the time the app was closed counts, the item resumes as current', async () => {
    const a = await s.run('agenda.useTemplate', {});
    const [welcome, results] = a.items;
    await s.run('agenda.start', { id: welcome.id });
    vi.setSystemTime(T0 + 15 * MIN);
    await s.run('agenda.next', {}); // results (25 min) from 14:15
    vi.setSystemTime(T0 + 22 * MIN);
    const file = s.workshop!.file;
    // Through the contract, as the app does it: close (or crash) at 14:22 …
    await s.run('workshop.close', {});
    expect(s.workshop).toBeNull();
    // … and open again at 14:31 in a fresh service: the room went on meanwhile.
    vi.setSystemTime(T0 + 31 * MIN);
    s.close();
    s = new WorkshopService({ paths: { settingsDir: path.join(dir, 'settings'), workshopsDir: path.join(dir, 'ws') } });
    await s.run('workshop.open', { file });
    const g = await s.run('agenda.get', {});
    expect(g.serverNow).toBe(T0 + 31 * MIN);
    expect(g.currentId).toBe(results.id);
    const cur = g.items.find((i) => i.id === results.id)!;
    expect(timerView(cur, g.serverNow)).toMatchObject({ paused: false, overrun: false, elapsedMs: 16 * MIN, remainingMs: 9 * MIN });
    expect(g.items.find((i) => i.id === welcome.id)).toMatchObject({ startedAt: T0, endedAt: T0 + 15 * MIN });
    // The session still shows the results phase, and "next" goes on from there.
    expect((await s.run('session.get', {})).phase).toBe('ergebnisse');
    vi.setSystemTime(T0 + 40 * MIN);
    const n = await s.run('agenda.next', {});
    expect(n.currentId).toBe(a.items[2].id);
    expect(n.items.find((i) => i.id === results.id)).toMatchObject({ startedAt: T0 + 15 * MIN, endedAt: T0 + 40 * MIN });
  });

  test('table groups: one per field, cards carry their table, deleting a table keeps its cards', async () => {
    const tables = await s.run('tables.perField', {});
    expect(tables).toHaveLength(7);
    expect(tables[0].name).toBe('Tisch 1: Steuerung');
    expect((await s.call('tables.perField', {})).ok).toBe(false);
    await s.run('tables.update', { id: tables[2].id, host: 'Frau A.' });
    await s.run('tables.delete', { id: tables[6].id });
    expect(await s.run('tables.list', {})).toHaveLength(6);
    await s.run('history.undo', {});
    expect(await s.run('tables.list', {})).toHaveLength(7);
  });
});
