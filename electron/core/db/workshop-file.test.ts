import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import Database from 'better-sqlite3';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { APPLICATION_ID, SCHEMA_VERSION } from './migrations';
import { checkIntegrity, createWorkshopFile, openWorkshopFile } from './workshop-file';
import { AppError } from '../../../shared/domain/errors';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-db-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const meta = { name: 'Workshop Teststadt', municipality: 'Teststadt', date: '2026-11-24' };
const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');
function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return (e as AppError).code;
  }
  throw new Error('expected an error');
}

describe('a new workshop file', () => {
  test('carries our application_id and the current schema version, in rollback-journal mode', () => {
    const file = path.join(dir, 'neu.werkstatt');
    const w = createWorkshopFile(file, meta);
    expect(w.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(w.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(w.db.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(w.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(w.db.pragma('foreign_keys', { simple: true })).toBe(1);
    w.db.close();
    // Only the file itself: no temporary name, journal, -wal or -shm left beside it.
    expect(fs.readdirSync(dir)).toEqual(['neu.werkstatt']);
  });

  test('is never created over an existing file', () => {
    const file = path.join(dir, 'da.werkstatt');
    fs.writeFileSync(file, 'wichtig');
    expect(codeOf(() => createWorkshopFile(file, meta))).toBe('FILE_EXISTS');
    expect(fs.readFileSync(file, 'utf8')).toBe('wichtig');
  });

  test('a failure while filling leaves no file and no temporary file', () => {
    const file = path.join(dir, 'kaputt.werkstatt');
    expect(() =>
      createWorkshopFile(file, meta, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('opening files that are not ours to change', () => {
  test('a file from a newer app version is refused and not modified', () => {
    const file = path.join(dir, 'zukunft.werkstatt');
    createWorkshopFile(file, meta).db.close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();
    const before = sha(file);
    try {
      openWorkshopFile(file);
      throw new Error('expected refusal');
    } catch (e) {
      expect((e as AppError).code).toBe('NEWER_VERSION');
      expect((e as AppError).message).toMatch(/neueren Version/);
    }
    expect(sha(file)).toBe(before);
  });

  test('a foreign SQLite file gets its own message and stays untouched', () => {
    const file = path.join(dir, 'fremd.sqlite');
    const raw = new Database(file);
    raw.exec("CREATE TABLE kunden (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO kunden(name) VALUES ('A')");
    raw.close();
    const before = sha(file);
    expect(codeOf(() => openWorkshopFile(file))).toBe('FOREIGN_FILE');
    expect(sha(file)).toBe(before);
  });

  test('a truncated workshop file is recognised as such', () => {
    const file = path.join(dir, 'halb.werkstatt');
    const w = createWorkshopFile(file, meta);
    w.db.exec(
      `WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < 500) INSERT INTO cards(text, created_at) SELECT 'Karte ' || v, 'x' FROM n`,
    );
    w.db.close();
    const size = fs.statSync(file).size;
    fs.truncateSync(file, Math.floor(size / 2));
    expect(codeOf(() => openWorkshopFile(file))).toBe('TRUNCATED');
    fs.truncateSync(file, 10);
    expect(codeOf(() => openWorkshopFile(file))).toBe('TRUNCATED');
  });

  test('a file that is no SQLite at all, an empty file and a missing file', () => {
    const text = path.join(dir, 'notiz.werkstatt');
    fs.writeFileSync(text, 'Protokoll des Workshops\n'.repeat(20));
    expect(codeOf(() => openWorkshopFile(text))).toBe('NOT_SQLITE');
    const empty = path.join(dir, 'leer.werkstatt');
    fs.writeFileSync(empty, '');
    expect(codeOf(() => openWorkshopFile(empty))).toBe('NOT_SQLITE');
    expect(codeOf(() => openWorkshopFile(path.join(dir, 'fehlt.werkstatt')))).toBe('NOT_FOUND_FILE');
  });

  test('a folder or a named pipe is refused at once with its own message (a pipe would block the app)', () => {
    const folder = path.join(dir, 'ordner.werkstatt');
    fs.mkdirSync(folder);
    const fifo = path.join(dir, 'pipe.werkstatt');
    execFileSync('mkfifo', [fifo]);
    for (const f of [folder, fifo]) {
      const t0 = Date.now();
      try {
        openWorkshopFile(f);
        throw new Error('expected an error');
      } catch (e) {
        expect(e).toBeInstanceOf(AppError);
        expect((e as AppError).key).toBe('db.notAFile');
        expect((e as AppError).message).toMatch(/keine Workshop-Datei/);
      }
      expect(Date.now() - t0).toBeLessThan(2000);
    }
  });

  test('each refusal says something different', () => {
    const msgs = new Set<string>();
    const grab = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        msgs.add((e as Error).message.replace(/„[^“]*“/g, ''));
      }
    };
    const f1 = path.join(dir, 'a.werkstatt');
    fs.writeFileSync(f1, 'x'.repeat(200));
    grab(() => openWorkshopFile(f1));
    const f2 = path.join(dir, 'b.werkstatt');
    const r = new Database(f2);
    r.exec('CREATE TABLE t(x)');
    r.close();
    grab(() => openWorkshopFile(f2));
    const f3 = path.join(dir, 'c.werkstatt');
    createWorkshopFile(f3, meta).db.close();
    fs.truncateSync(f3, 50);
    grab(() => openWorkshopFile(f3));
    const f4 = path.join(dir, 'd.werkstatt');
    createWorkshopFile(f4, meta).db.close();
    const r4 = new Database(f4);
    r4.pragma('user_version = 99');
    r4.close();
    grab(() => openWorkshopFile(f4));
    expect(msgs.size).toBe(4);
  });
});

describe('migrations', () => {
  test('an older file is backed up, then migrated in place with its data kept', () => {
    const file = path.join(dir, 'alt.werkstatt');
    fs.copyFileSync(path.join(__dirname, '../../../tests/fixtures/db/workshop-v1.werkstatt'), file);
    const before = sha(file);
    const w = openWorkshopFile(file);
    expect(w.migratedFrom).toBe(1);
    expect(w.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(w.db.prepare('SELECT text FROM cards').pluck().all()).toEqual(['Sprachcafé in der Bücherei']);
    expect(w.db.prepare("SELECT value FROM meta WHERE key = 'name'").pluck().get()).toBe('Workshop Altdorf');
    // The table that migration 2 adds exists now.
    expect(w.db.prepare('SELECT count(*) FROM attendance').pluck().get()).toBe(0);
    w.db.close();
    // The backup is a complete copy of the old version, openable by an old app.
    expect(w.backupFile).toBeTruthy();
    const backup = new Database(w.backupFile!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(backup.prepare('SELECT count(*) FROM cards').pluck().get()).toBe(1);
    backup.close();
    expect(sha(file)).not.toBe(before);
    // Opening again migrates nothing and writes no second backup.
    const again = openWorkshopFile(file);
    expect(again.migratedFrom).toBeNull();
    again.db.close();
    expect(fs.readdirSync(dir).filter((f) => f.includes('Sicherung'))).toHaveLength(1);
  });
});

describe('integrity', () => {
  test('check reports a sound file as sound and a damaged one as damaged', () => {
    const file = path.join(dir, 'pruef.werkstatt');
    const w = createWorkshopFile(file, meta);
    w.db.exec(
      `WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < 2000) INSERT INTO cards(text, created_at) SELECT 'Karte ' || v, 'x' FROM n`,
    );
    w.db.close();
    expect(checkIntegrity(file).ok).toBe(true);
    // Overwrite a page in the middle with garbage (not the header: that would be "not SQLite").
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(4096, 0xab), 0, 4096, 4096 * 3);
    fs.closeSync(fd);
    expect(checkIntegrity(file).ok).toBe(false);
  });

  test('killing the process during writes loses at most the action in flight', async () => {
    const file = path.join(dir, 'kill.werkstatt');
    createWorkshopFile(file, meta).db.close();
    const script = path.join(dir, 'writer.mts');
    const service = path.resolve(__dirname, '../service.ts');
    fs.writeFileSync(
      script,
      `
      import { WorkshopService } from ${JSON.stringify(service)};
      const s = new WorkshopService({ paths: { settingsDir: ${JSON.stringify(path.join(dir, 's'))}, workshopsDir: ${JSON.stringify(dir)} } });
      s.openFile(${JSON.stringify(file)});
      let n = 0;
      for (;;) {
        await s.run('cards.add', { text: 'Karte ' + (++n) });
        process.stdout.write(n + '\\n');
      }
    `,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let last = 0;
    await new Promise<void>((resolve) => {
      child.stdout!.on('data', (d: Buffer) => {
        const lines = d.toString().trim().split('\n');
        last = Number(lines[lines.length - 1]);
        if (last >= 150) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
    });
    expect(last).toBeGreaterThanOrEqual(150);
    const w = openWorkshopFile(file); // rolls back a hot journal if the kill hit mid-transaction
    expect(w.db.pragma('quick_check', { simple: true })).toBe('ok');
    const count = w.db.prepare('SELECT count(*) FROM cards').pluck().get() as number;
    w.db.close();
    expect(count).toBeGreaterThanOrEqual(last);
    expect(count).toBeLessThanOrEqual(last + 1);
  });
});
