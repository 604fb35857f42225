import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WorkshopService } from './service';
import { MAX_COUNT } from '../../shared/domain/limits';
import { errorText } from '../../shared/domain/errors';

// The largest valid workshop is a promise the exports are measured against (bench/export-bounds):
// every path that adds a row stops at MAX_COUNT with a message, and nothing is written then.
let dir: string;
let s: WorkshopService;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-limits-'));
  s = new WorkshopService({ paths: { settingsDir: path.join(dir, 's'), workshopsDir: path.join(dir, 'w') } });
  await s.run('workshop.create', { name: 'Voll', municipality: 'Vollstadt', date: '2027-01-01' });
});
afterEach(() => {
  s.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Fills a table up to one below the limit with plain SQL (tests may), so the API adds the last. */
function fill(table: 'cards' | 'ideas' | 'actions', n: number): void {
  const db = s.workshop!.db;
  const now = new Date().toISOString();
  const insert =
    table === 'actions'
      ? db.prepare("INSERT INTO actions(title, status, position, created_at, updated_at) VALUES (?, 'geplant', ?, ?, ?)")
      : db.prepare(`INSERT INTO ${table}(text, position, created_at) VALUES (?, ?, ?)`);
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      if (table === 'actions') insert.run(`M ${i}`, i, now, now);
      else insert.run(`Text ${i}`, i, now);
    }
  })();
}

describe('a workshop holds at most MAX_COUNT rows of each kind', () => {
  test.each([
    ['cards', 'cards.add', { text: 'Die letzte Karte', allowDuplicate: true }, MAX_COUNT.cards],
    ['ideas', 'ideas.add', { text: 'Der letzte Schritt' }, MAX_COUNT.ideas],
    ['actions', 'actions.add', { title: 'Die letzte Maßnahme' }, MAX_COUNT.actions],
  ] as const)('%s: the last one fits, one more is refused with LIMIT and changes nothing', async (table, method, input, max) => {
    fill(table, max - 1);
    expect((await s.call(method, input)).ok).toBe(true);
    const before = (await s.run('workshop.info', {})).counts[table];
    const r = await s.call(method, input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('LIMIT');
    expect(errorText(r.error, 'de')).toContain(`höchstens ${max.toLocaleString('de-DE')}`);
    expect(errorText(r.error, 'en')).toContain(`at most ${max.toLocaleString('en')}`);
    expect((await s.run('workshop.info', {})).counts[table]).toBe(before);
  });

  test('progress notes per action', async () => {
    const a = await s.run('actions.add', { title: 'Mit Verlauf' });
    for (let i = 0; i < MAX_COUNT.updatesPerAction; i++) await s.run('actions.addUpdate', { actionId: a.id, date: '2027-02-01', note: `Notiz ${i}` });
    const r = await s.call('actions.addUpdate', { actionId: a.id, date: '2027-02-01', note: 'eine zu viel' });
    expect(r.ok || r.error.code).toBe('LIMIT');
    expect((await s.run('actions.list', {}))[0].updates).toHaveLength(MAX_COUNT.updatesPerAction);
  });
});
