import { SCHEMA_VERSION } from './migrations';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError, errorText, type ApiError } from '../../../shared/domain/errors';
import { CASES, makeCanary, type Canary } from '../../../tests/fixtures/hostile/werkstatt/corpus';
import { checkIntegrity, openWorkshopFile } from './workshop-file';
import { lockFileFor } from './lock';
import { UndoLog } from './undo';
import { WorkshopService } from '../service';

// Every file of the hostile corpus through every door: open for writing, open read-only,
// `check`, and the service's workshop.open. Each is refused with its own message, the file keeps
// its bytes, and the canary (a second workshop, a file path) shows no foreign SQL ran.
let dir: string;
let canary: Canary;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-hostile-'));
  canary = makeCanary(dir);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const sha = (f: string) => (fs.existsSync(f) ? crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex') : 'absent');

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw new Error(`expected an AppError, got ${String(e)}`, { cause: e });
  }
  throw new Error('expected a refusal, but the file was accepted');
}

function canaryUntouched(before: string): void {
  expect(sha(canary.workshop)).toBe(before);
  const db = new Database(canary.workshop, { readonly: true });
  expect(db.prepare('SELECT count(*) FROM actions').pluck().get()).toBe(1);
  db.close();
  expect(fs.existsSync(canary.created)).toBe(false);
  // no backup copies, temporary files or lock files left beside the hostile file
  expect(fs.readdirSync(dir).filter((f) => /Sicherung|\.tmp$|~lock/.test(f))).toEqual([]);
}

const service = () => new WorkshopService({ paths: { settingsDir: path.join(dir, 'settings'), workshopsDir: dir } });

describe('hostile workshop files', () => {
  for (const c of CASES.filter((x) => x.expect !== 'rolledBack')) {
    const want = c.expect as Exclude<typeof c.expect, 'rolledBack'>;
    test(`${c.id}: ${c.what} → ${want.key}`, async () => {
      const file = path.join(dir, `${c.id}.werkstatt`);
      c.build(file, canary);
      const before = { file: sha(file), journal: sha(`${file}-journal`), canary: sha(canary.workshop) };

      const e = refusal(() => openWorkshopFile(file));
      expect(e.code).toBe(want.code);
      expect(e.key).toBe(want.key);
      if (want.mentions) expect(e.message).toContain(want.mentions);
      expect(errorText(e.toJSON(), 'en')).not.toBe(e.message);
      expect(e.message).not.toMatch(/Interner Fehler|INTERNAL/);

      const ro = refusal(() => openWorkshopFile(file, { readOnly: true }));
      expect(ro.key).toBe(want.key);

      const report = checkIntegrity(file);
      expect(report.ok).toBe(false);
      expect(report.problems[0].key).toBe(want.key);

      const s = service();
      const r = await s.call('workshop.open', { file });
      expect(r.ok).toBe(false);
      expect((r as { error: ApiError }).error.key).toBe(want.key);
      expect(s.workshop).toBeNull();

      expect(sha(file)).toBe(before.file);
      expect(sha(`${file}-journal`)).toBe(before.journal);
      canaryUntouched(before.canary);
    });
  }

  test('each refusal says something of its own', () => {
    const texts = new Map<string, string>();
    for (const c of CASES.filter((x) => x.expect !== 'rolledBack')) {
      const file = path.join(dir, `${c.id}.werkstatt`);
      c.build(file, canary);
      const msg = refusal(() => openWorkshopFile(file)).message.replace(/„[^“]*\.werkstatt“/g, '„…“');
      expect([...texts.entries()].find(([, m]) => m === msg)?.[0] ?? c.id).toBe(c.id);
      texts.set(c.id, msg);
    }
  });

  test('a hot journal from an interrupted write: check reports it and leaves the file alone, opening rolls it back', () => {
    const c = CASES.find((x) => x.id === 'hot-journal-legit')!;
    const file = path.join(dir, 'unterbrochen.werkstatt');
    c.build(file, canary);
    const before = { file: sha(file), journal: sha(`${file}-journal`), canary: sha(canary.workshop) };
    expect(before.journal).not.toBe('absent');

    const report = checkIntegrity(file);
    expect(report).toMatchObject({ ok: true, rolledBack: true, schemaVersion: SCHEMA_VERSION });
    expect(report.notes.map((n) => n.key)).toEqual(['db.hotJournal']);
    expect(sha(file)).toBe(before.file);
    expect(sha(`${file}-journal`)).toBe(before.journal);

    // A read-only view shows the rolled-back state without touching the file either.
    const view = openWorkshopFile(file, { readOnly: true });
    expect(view.db.prepare('SELECT count(*) FROM cards').pluck().get()).toBe(5);
    view.db.close();
    expect(sha(file)).toBe(before.file);

    const w = openWorkshopFile(file);
    expect(w.db.prepare('SELECT count(*) FROM cards').pluck().get()).toBe(5);
    w.db.close();
    expect(fs.existsSync(`${file}-journal`)).toBe(false);
    expect(checkIntegrity(file)).toMatchObject({ ok: true, rolledBack: false, notes: [] });
    canaryUntouched(before.canary);
  });

  test('the index corruption is one that quick_check misses', () => {
    const file = path.join(dir, 'index.werkstatt');
    CASES.find((x) => x.id === 'index-corruption')!.build(file, canary);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    expect(db.pragma('integrity_check', { simple: true })).not.toBe('ok');
    db.close();
  });

  test('the binary files kept in the corpus are refused like their generated twins', () => {
    const bin = path.resolve(__dirname, '../../../tests/fixtures/hostile/werkstatt');
    const kept = fs.readdirSync(bin).filter((f) => f.endsWith('.werkstatt'));
    expect(kept.length).toBeGreaterThanOrEqual(4);
    for (const name of kept) {
      const id = name.replace(/\.werkstatt$/, '');
      const c = CASES.find((x) => x.id === id)!;
      const file = path.join(dir, name);
      fs.copyFileSync(path.join(bin, name), file);
      if (fs.existsSync(path.join(bin, `${name}-journal`))) fs.copyFileSync(path.join(bin, `${name}-journal`), `${file}-journal`);
      const before = sha(file);
      if (c.expect === 'rolledBack') {
        expect(checkIntegrity(file).rolledBack).toBe(true);
        expect(sha(file)).toBe(before);
        continue;
      }
      expect(refusal(() => openWorkshopFile(file)).key).toBe(c.expect.key);
      expect(sha(file)).toBe(before);
    }
  });
});

describe('undo triggers', () => {
  test("are built from the app's own columns: a hostile column name in the file is never pasted into SQL", () => {
    // Even past the schema check (here: a raw connection), the undo log must not run it.
    const file = path.join(dir, 'direkt.werkstatt');
    CASES.find((x) => x.id === 'column-name-attach')!.build(file, canary);
    const before = sha(canary.workshop);
    const db = new Database(file);
    const log = new UndoLog(db);
    db.transaction(() => log.record('Karte', ['cards'], () => db.prepare("UPDATE cards SET text = 'geändert' WHERE id = 1").run()))();
    log.undo();
    expect(db.prepare('SELECT text FROM cards WHERE id = 1').pluck().get()).toBe('Karte 1');
    expect(db.prepare("SELECT count(*) FROM sqlite_temp_schema WHERE name = 'pwn'").pluck().get()).toBe(0);
    db.close();
    canaryUntouched(before);
  });
});

describe('SQLite defences', () => {
  test('no app source ATTACHes a database or loads an extension', () => {
    const roots = ['electron', 'shared'].map((d) => path.resolve(__dirname, '../../..', d));
    const offenders: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) {
          const src = fs.readFileSync(p, 'utf8');
          if (/\bATTACH\s+(DATABASE\s+)?['"?:@$]/i.test(src) || /loadExtension|load_extension\s*\(/.test(src)) offenders.push(p);
        }
      }
    };
    roots.forEach(walk);
    expect(offenders).toEqual([]);
  });

  test('connections run in defensive mode with trusted_schema off', () => {
    const file = path.join(dir, 'gut.werkstatt');
    fs.copyFileSync(canary.workshop, file);
    const w = openWorkshopFile(file);
    expect(w.db.pragma('trusted_schema', { simple: true })).toBe(0);
    expect(w.db.pragma('cell_size_check', { simple: true })).toBe(1);
    // Defensive mode: the schema cannot be edited through SQL, even when asked to.
    w.db.pragma('writable_schema = ON');
    expect(() => w.db.prepare("UPDATE sqlite_schema SET sql = 'x' WHERE name = 'cards'").run()).toThrow();
    w.db.close();
    expect(fs.existsSync(lockFileFor(file))).toBe(false);
  });
});
