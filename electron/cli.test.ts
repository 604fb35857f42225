import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SCHEMA_VERSION } from './core/db/migrations';
import Database from 'better-sqlite3';

// The CLI as a user runs it: a real process, real files, exit codes and stderr.
const root = path.resolve(__dirname, '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-cli-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(tsx, [path.join(root, 'electron/cli.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, WERKSTATT_SETTINGS_DIR: path.join(dir, 's') },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function cliEnv(env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(tsx, [path.join(root, 'electron/cli.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, WERKSTATT_SETTINGS_DIR: path.join(dir, 's'), ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('cli', () => {
  test('new, info (text and JSON) and check on a sound file', () => {
    const file = path.join(dir, 'neu.werkstatt');
    expect(cli('new', file, '--name', 'Workshop Neustadt', '--date', '2026-12-01')).toMatchObject({ code: 0 });
    const info = cli('info', file, '--json');
    expect(info.code).toBe(0);
    expect(JSON.parse(info.out)).toMatchObject({
      name: 'Workshop Neustadt',
      date: '2026-12-01',
      schemaVersion: SCHEMA_VERSION,
      counts: { cards: 0, actions: 0 },
    });
    expect(cli('info', file).out).toContain(`Dateiversion:   ${SCHEMA_VERSION}`);
    expect(cli('info', file).out).toContain('0 Karten in 0 Themen');
    expect(cli('check', file)).toMatchObject({ code: 0 });
  });

  test('demo writes a workshop with content', () => {
    const file = path.join(dir, 'demo.werkstatt');
    expect(cli('demo', file).code).toBe(0);
    const counts = JSON.parse(cli('info', file, '--json').out).counts;
    expect(counts.questions).toBeGreaterThan(50);
    expect(counts.cards).toBeGreaterThan(30);
    expect(counts.actions).toBeGreaterThanOrEqual(15);
  });

  test('errors go to stderr with a non-zero exit', () => {
    const text = path.join(dir, 'text.werkstatt');
    fs.writeFileSync(text, 'kein SQLite');
    const r = cli('info', text);
    expect(r.code).not.toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toContain('keine Workshop-Datei');
    expect(cli('check', text).code).not.toBe(0);
    expect(cli('new', path.join(dir, 'x.werkstatt')).code).toBe(2); // --name missing
    expect(cli('new', path.join(dir, 'neu.werkstatt'), '--name', 'Doppelt').err).toContain('gibt es schon');
    expect(cli('frobnicate').code).toBe(2);
    expect(cli('info', path.join(dir, 'fehlt.werkstatt')).err).toContain('nicht gefunden');
  });

  test('check exits 1 on a damaged file', () => {
    const file = path.join(dir, 'schaden.werkstatt');
    expect(cli('new', file, '--name', 'Schaden').code).toBe(0);
    const db = new Database(file);
    db.exec(
      `WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < 3000) INSERT INTO cards(text, created_at) SELECT 'Karte ' || v, 'x' FROM n`,
    );
    db.close();
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096 * 4);
    fs.closeSync(fd);
    const r = cli('check', file);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Nicht in Ordnung');
    expect(r.err).toContain('beschädigt');
  });

  test('check and info speak English when asked to', () => {
    const file = path.join(dir, 'english.werkstatt');
    expect(cli('new', file, '--name', 'English').code).toBe(0);
    const env = { WERKSTATT_LANG: 'en' };
    expect(cliEnv(env, 'check', file).out).toContain('OK:');
    expect(cliEnv(env, 'info', file).out).toContain('0 cards in 0 themes');
    const db = new Database(file);
    db.exec('CREATE TRIGGER wipe AFTER INSERT ON cards BEGIN DELETE FROM actions; END');
    db.close();
    const r = cliEnv(env, 'check', file);
    expect(r.code).toBe(1);
    expect(r.err).toContain('stored trigger “wipe”');
    expect(cli('check', file).err).toContain('gespeicherten Trigger „wipe“');
  });

  test('serve refuses a file another server holds, and serves it with --read-only', async () => {
    const file = path.join(dir, 'geteilt.werkstatt');
    expect(cli('new', file, '--name', 'Geteilt').code).toBe(0);
    const start = (...extra: string[]) => {
      const p = spawn(tsx, [path.join(root, 'electron/cli.ts'), 'serve', file, '--json', '--dir', dir, ...extra], {
        env: { ...process.env, WERKSTATT_SETTINGS_DIR: path.join(dir, 's') },
      });
      let err = '';
      p.stderr!.on('data', (d) => (err += d));
      const first = new Promise<{ line?: string; code?: number | null; err: string }>((resolve) => {
        p.stdout!.once('data', (d: Buffer) => resolve({ line: d.toString(), err }));
        p.once('exit', (code) => resolve({ code, err }));
      });
      return { p, first };
    };
    const a = start();
    expect((await a.first).line).toContain('"url"');
    const b = await start().first;
    expect(b.code).toBe(1);
    expect(b.err).toContain('bereits geöffnet');
    const viewer = start('--read-only');
    expect((await viewer.first).line).toContain('"url"');
    for (const s of [a, viewer]) {
      const gone = new Promise((r) => s.p.once('exit', r));
      s.p.kill('SIGTERM');
      await gone;
    }
    expect(fs.existsSync(path.join(dir, '.~lock.geteilt.werkstatt#'))).toBe(false);
  });

  test('check reports an interrupted change as one that opening rolls back, not as damage, and leaves the file as it is', () => {
    const file = path.join(dir, 'heiss.werkstatt');
    expect(cli('new', file, '--name', 'Heiß').code).toBe(0);
    // Freeze a write half-way: copy file and journal while the transaction is open.
    const db = new Database(file);
    db.pragma('cache_size = 1');
    db.exec(
      `BEGIN; WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < 2000) INSERT INTO cards(text, created_at) SELECT 'Karte ' || v, 'x' FROM n`,
    );
    const hot = path.join(dir, 'heiss2.werkstatt');
    fs.copyFileSync(file, hot);
    fs.copyFileSync(`${file}-journal`, `${hot}-journal`);
    db.exec('ROLLBACK');
    db.close();
    const before = fs.readFileSync(hot);
    const r = cli('check', hot);
    expect(r.code).toBe(0);
    expect(r.out).toContain('unterbrochene Änderung');
    expect(r.out).toContain('In Ordnung nach dem Zurücknehmen');
    expect(fs.readFileSync(hot).equals(before)).toBe(true);
    expect(fs.existsSync(`${hot}-journal`)).toBe(true);
    expect(JSON.parse(cli('info', hot, '--json').out).counts.cards).toBe(0);
  });
});
