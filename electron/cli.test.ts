import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION } from './core/db/migrations';

// The CLI as a user runs it: a real process, real files, exit codes and stderr.
const root = path.resolve(__dirname, '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-cli-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(tsx, [path.join(root, 'electron/cli.ts'), ...args], { encoding: 'utf8', env: { ...process.env, WERKSTATT_SETTINGS_DIR: path.join(dir, 's') } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('cli', () => {
  test('new, info (text and JSON) and check on a sound file', () => {
    const file = path.join(dir, 'neu.werkstatt');
    expect(cli('new', file, '--name', 'Workshop Neustadt', '--date', '2026-12-01')).toMatchObject({ code: 0 });
    const info = cli('info', file, '--json');
    expect(info.code).toBe(0);
    expect(JSON.parse(info.out)).toMatchObject({ name: 'Workshop Neustadt', date: '2026-12-01', schemaVersion: SCHEMA_VERSION, counts: { cards: 0, actions: 0 } });
    expect(cli('info', file).out).toContain(`Schemaversion:  ${SCHEMA_VERSION}`);
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
    db.exec(`WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < 3000) INSERT INTO cards(text, created_at) SELECT 'Karte ' || v, 'x' FROM n`);
    db.close();
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096 * 4);
    fs.closeSync(fd);
    const r = cli('check', file);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Beschädigt');
  });
});
