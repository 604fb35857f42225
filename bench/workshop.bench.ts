// Foundation figures: opening a large workshop, and one API round trip in browser mode.
// Prints one JSON line per figure. Run: npm run bench (or npx tsx bench/workshop.bench.ts)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WorkshopService } from '../electron/core/service';
import { createWorkshopFile } from '../electron/core/db/workshop-file';
import { startWebServer } from '../electron/core/http/server';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-bench-'));
const file = path.join(dir, 'gross.werkstatt');
const SECTORS = ['verwaltung', 'politik', 'zivilgesellschaft', 'wirtschaft', 'sonstige'];
const FIELDS = ['management', 'oeffnung', 'zugang', 'arbeit', 'engagement', 'zusammenhalt', 'kommunikation'];

createWorkshopFile(file, { name: 'Benchmark', municipality: 'Großstadt', date: '2026-11-24' }, (db) => {
  const now = new Date().toISOString();
  const cl = db.prepare('INSERT INTO clusters(label, position, created_at) VALUES (?, ?, ?)');
  for (let i = 1; i <= 40; i++) cl.run(`Thema ${i}`, i, now);
  const card = db.prepare('INSERT INTO cards(text, field, sector, cluster_id, position, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  for (let i = 1; i <= 2000; i++) card.run(`Stärke Nummer ${i}: Sprachcafé und Patenschaften im Quartier`, FIELDS[i % 7], SECTORS[i % 5], (i % 40) + 1, i, now);
  const action = db.prepare(
    'INSERT INTO actions(title, description, field, responsible, due_date, status, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const upd = db.prepare('INSERT INTO action_updates(action_id, date, note, created_at) VALUES (?, ?, ?, ?)');
  for (let i = 1; i <= 200; i++) {
    action.run(`Maßnahme ${i}`, 'Beschreibung '.repeat(20), FIELDS[i % 7], 'Integrationsstelle', '2027-03-01', 'geplant', i, now, now);
    upd.run(i, '2026-12-01', 'Erster Zwischenstand', now);
  }
}).db.close();

const line = (name: string, value: number, target: number | null, unit = 'ms', note?: string) =>
  console.log(JSON.stringify({ name, value: Math.round(value * 100) / 100, unit, target, ...(note ? { note } : {}) }));

// Opening = header checks, quick_check, and everything the first screen loads.
const opens: number[] = [];
for (let i = 0; i < 7; i++) {
  const s = new WorkshopService({ paths: { settingsDir: path.join(dir, 's'), workshopsDir: dir } });
  const t0 = performance.now();
  s.openFile(file);
  await s.run('app.status', {});
  await s.run('cards.list', {});
  await s.run('actions.list', {});
  opens.push(performance.now() - t0);
  s.close();
}
opens.sort((a, b) => a - b);
line('open_workshop_2000_cards_200_actions_median_ms', opens[3], 300);

const service = new WorkshopService({ mode: 'browser', paths: { settingsDir: path.join(dir, 's'), workshopsDir: dir } });
service.openFile(file);
const web = await startWebServer({ service, rendererDir: dir });
const url = `http://127.0.0.1:${web.port}/api/call`;
const call = (method: string, input: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-werkstatt-token': web.token }, body: JSON.stringify({ method, input }) }).then(
    (r) => r.json(),
  );
for (let i = 0; i < 20; i++) await call('session.get', {});
async function measure(n: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}
const pct = (t: number[], p: number) => t[Math.min(t.length - 1, Math.floor(t.length * p))];
const reads = await measure(300, (i) => call(i % 2 ? 'workshop.info' : 'history.get', {}));
line('api_round_trip_browser_mode_p95_ms', pct(reads, 0.95), 20);
line('api_round_trip_browser_mode_median_ms', pct(reads, 0.5), 20);
// A write waits for fsync (synchronous=FULL): that is the price of "on disk before the UI shows it".
const writes = await measure(100, (i) => call('cards.add', { text: `Neue Karte ${i}` }));
const fsyncNote = 'waits for fsync (synchronous=FULL); depends on the disk and its load';
line('api_write_round_trip_browser_mode_p95_ms', pct(writes, 0.95), null, 'ms', fsyncNote);
line('api_write_round_trip_browser_mode_median_ms', pct(writes, 0.5), null, 'ms', fsyncNote);
await web.close();
service.close();
fs.rmSync(dir, { recursive: true, force: true });
