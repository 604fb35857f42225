import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { errorText, type ApiError } from '../../../shared/domain/errors';
import { WorkshopService } from '../service';
import { lockFileFor } from './lock';
import { lockSince, openWorkshopFile, sqliteError } from './workshop-file';
import { soundWorkshop } from '../../../tests/fixtures/hostile/werkstatt/corpus';

// One writer per file, read-only viewing, and the failures of a file in use (moved, deleted,
// disk full): each a message in German and English, never INTERNAL.
let dir: string;
let file: string;
const services: WorkshopService[] = [];
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-guard-'));
  file = path.join(dir, 'workshop.werkstatt');
  soundWorkshop(file);
});
afterEach(() => {
  for (const s of services.splice(0)) s.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');
function service(): WorkshopService {
  const s = new WorkshopService({ paths: { settingsDir: path.join(dir, `s${services.length}`), workshopsDir: dir } });
  services.push(s);
  return s;
}
async function fails(s: WorkshopService, method: string, input: unknown): Promise<ApiError> {
  const r = await s.call(method, input);
  expect(r.ok).toBe(false);
  const e = (r as { error: ApiError }).error;
  expect(e.code).not.toBe('INTERNAL');
  expect(errorText(e, 'en')).not.toBe(errorText(e, 'de'));
  return e;
}
const cardCount = (f: string) => {
  const w = openWorkshopFile(f, { readOnly: true });
  const n = w.db.prepare('SELECT count(*) FROM cards').pluck().get();
  w.db.close();
  return n;
};

describe('one writer per file', () => {
  test('a second opener in the same process is told the file is open and may view it read-only', async () => {
    const a = service();
    const b = service();
    expect((await a.call('workshop.open', { file })).ok).toBe(true);
    const locked = await fails(b, 'workshop.open', { file });
    expect(locked).toMatchObject({ code: 'LOCKED', key: 'db.locked' });
    expect(locked.message).toContain(os.hostname());
    expect(locked.message).toContain(String(process.pid));
    // since when, as people read a time here: "seit 30.11.2026, 17:12", not ISO
    expect(locked.message).toMatch(/seit \d\d\.\d\d\.\d{4}, \d\d:\d\d\)/);

    expect((await b.call('workshop.open', { file, readOnly: true })).ok).toBe(true);
    const status = await b.run('app.status', {});
    expect(status.workshop?.readOnly).toBe('locked');
    expect(await fails(b, 'cards.add', { text: 'Von B' })).toMatchObject({ code: 'READ_ONLY', key: 'db.readOnly' });
    expect(await fails(b, 'session.set', { phase: 'plan' })).toMatchObject({ code: 'READ_ONLY' });

    // The writer's changes are visible to the viewer; the writer's undo only undoes its own.
    await a.run('cards.add', { text: 'Von A' });
    expect((await b.run('app.status', {})).workshop?.counts.cards).toBe(6);

    a.close();
    expect(fs.existsSync(lockFileFor(file))).toBe(false);
    expect((await b.call('workshop.open', { file })).ok).toBe(true);
    expect((await b.run('app.status', {})).workshop?.readOnly).toBeNull();
    await b.run('cards.add', { text: 'Jetzt B' });
    expect(cardCount(file)).toBe(7);
  });

  test('a second process is refused at once (no "database is locked" races); a killed holder leaves a stale lock that is taken over', async () => {
    const script = path.join(dir, 'holder.mts');
    fs.writeFileSync(
      script,
      `
      import { WorkshopService } from ${JSON.stringify(path.resolve(__dirname, '../service.ts'))};
      const s = new WorkshopService({ paths: { settingsDir: ${JSON.stringify(path.join(dir, 'child'))}, workshopsDir: ${JSON.stringify(dir)} } });
      s.openFile(${JSON.stringify(file)});
      await s.run('cards.add', { text: 'vom anderen Prozess' });
      process.stdout.write('open\\n');
      setInterval(() => {}, 1000);
    `,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (d: Buffer) => d.toString().includes('open') && resolve());
      child.on('exit', (code) => reject(new Error(`holder exited ${code}`)));
    });
    const s = service();
    const e = await fails(s, 'workshop.open', { file });
    expect(e.code).toBe('LOCKED');
    expect(e.params?.pid).toBe(child.pid);
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    expect(fs.existsSync(lockFileFor(file))).toBe(true); // SIGKILL: no chance to clean up
    expect((await s.call('workshop.open', { file })).ok).toBe(true);
    expect((await s.run('app.status', {})).workshop?.counts.cards).toBe(6);
  });

  test('a lock held on another computer (network share) is reported with its host, not broken', async () => {
    fs.writeFileSync(
      lockFileFor(file),
      JSON.stringify({ app: 'selbstcheck-werkstatt', pid: 4242, host: 'laptop-moderation', since: '2026-11-24T09:15:00.000Z', token: 't' }),
    );
    const e = await fails(service(), 'workshop.open', { file });
    // local time of this computer, as a person reads it (09:15 UTC)
    expect(e).toMatchObject({ code: 'LOCKED', params: { host: 'laptop-moderation', pid: 4242, since: lockSince('2026-11-24T09:15:00.000Z') } });
    expect(lockSince('2026-11-24T09:15:00.000Z')).toMatch(/^2[45]\.11\.2026, \d\d:\d5$/);
    expect(errorText(e, 'en')).toContain('is already open (on laptop-moderation');
  });

  test('a lock left by a dead process on this computer is stale', async () => {
    fs.writeFileSync(
      lockFileFor(file),
      JSON.stringify({ app: 'selbstcheck-werkstatt', pid: 2 ** 22 + 17, host: os.hostname(), since: '2026-11-24T09:15:00.000Z', token: 't' }),
    );
    expect((await service().call('workshop.open', { file })).ok).toBe(true);
  });
});

describe('read-only viewing', () => {
  test('an older file viewed read-only is migrated in memory only: no backup, no change', async () => {
    const old = path.join(dir, 'alt.werkstatt');
    fs.copyFileSync(path.join(__dirname, '../../../tests/fixtures/db/workshop-v1.werkstatt'), old);
    const before = sha(old);
    const s = service();
    const info = await s.run('workshop.open', { file: old, readOnly: true });
    expect(info).toMatchObject({ readOnly: 'requested', migratedFrom: 1, counts: { cards: 1 } });
    expect(await fails(s, 'cards.add', { text: 'x' })).toMatchObject({ code: 'READ_ONLY' });
    s.close();
    expect(sha(old)).toBe(before);
    expect(fs.readdirSync(dir).filter((f) => f.includes('Sicherung'))).toEqual([]);
  });

  test('a file the user may not write opens read-only with its reason (run as an unprivileged user)', () => {
    if (process.platform === 'win32') return;
    const ro = path.join(dir, 'nur-lesen');
    fs.mkdirSync(ro);
    const f = path.join(ro, 'workshop.werkstatt');
    fs.copyFileSync(file, f);
    fs.chmodSync(f, 0o444);
    fs.chmodSync(ro, 0o555);
    fs.chmodSync(dir, 0o755);
    const script = path.join(dir, 'ro.mts');
    fs.writeFileSync(
      script,
      `
      import { WorkshopService } from ${JSON.stringify(path.resolve(__dirname, '../service.ts'))};
      const s = new WorkshopService({ paths: { settingsDir: '/tmp/werkstatt-ro-settings-' + process.pid, workshopsDir: ${JSON.stringify(ro)} } });
      const open = await s.call('workshop.open', { file: ${JSON.stringify(f)} });
      const add = await s.call('cards.add', { text: 'x' });
      console.log(JSON.stringify({ readOnly: open.ok ? open.value.readOnly : open, add: add.ok ? 'ok' : add.error.code }));
    `,
    );
    fs.chmodSync(script, 0o644);
    // root may write anything: drop to "nobody" for this check when the test runs as root
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = spawnSync(process.execPath, ['--import', 'tsx', script], {
      encoding: 'utf8',
      cwd: path.resolve(__dirname, '../../..'),
      env: { ...process.env, HOME: '/tmp', TSX_TSCONFIG_PATH: '' },
      ...asNobody,
    });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout.trim().split('\n').at(-1)!)).toEqual({ readOnly: 'file', add: 'READ_ONLY' });
    expect(fs.existsSync(lockFileFor(f))).toBe(false);
  });
});

describe('a file in use that goes away or fills the disk', () => {
  test('moved while open: the next change is refused and says so; the moved file is unchanged', async () => {
    const s = service();
    await s.run('workshop.open', { file });
    const moved = path.join(dir, 'verschoben.werkstatt');
    fs.renameSync(file, moved);
    const before = sha(moved);
    expect(await fails(s, 'cards.add', { text: 'verloren?' })).toMatchObject({ code: 'FILE_GONE', key: 'db.fileGone' });
    expect(sha(moved)).toBe(before);
  });

  test('deleted or replaced while open: refused as well', async () => {
    const s = service();
    await s.run('workshop.open', { file });
    const copy = path.join(dir, 'kopie.werkstatt');
    fs.copyFileSync(file, copy);
    fs.rmSync(file);
    expect(await fails(s, 'cards.add', { text: 'x' })).toMatchObject({ code: 'FILE_GONE' });
    fs.copyFileSync(copy, file); // same name, another file (a sync tool put it back)
    expect(await fails(s, 'cards.add', { text: 'x' })).toMatchObject({ code: 'FILE_GONE' });
    expect(await fails(s, 'history.undo', {})).toMatchObject({ code: 'FILE_GONE' });
  });

  test('disk full: a clear message, nothing half-written', async () => {
    const s = service();
    await s.run('workshop.open', { file });
    // SQLite's own page limit stands in for a full disk: it fails the write with SQLITE_FULL.
    const db = s.workshop!.db;
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    let e: ApiError | null = null;
    for (let i = 0; i < 200 && !e; i++) {
      const r = await s.call('cards.add', { text: `${i} ${crypto.randomBytes(200).toString('hex')}`.slice(0, 480) });
      if (!r.ok) e = r.error;
    }
    expect(e).toMatchObject({ code: 'DISK_FULL', key: 'db.diskFull' });
    expect(errorText(e!, 'en')).toContain('The disk is full');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  test('SQLite errors of a file in use map to catalogue messages', () => {
    const key = (code: string) => sqliteError(file, Object.assign(new Error(code), { code }))?.key;
    expect(key('SQLITE_FULL')).toBe('db.diskFull');
    expect(key('SQLITE_BUSY')).toBe('db.busy');
    expect(key('SQLITE_READONLY')).toBe('db.readOnly');
    expect(key('SQLITE_IOERR_WRITE')).toBe('db.io');
    expect(key('SQLITE_CORRUPT')).toBe('db.corrupt');
    expect(sqliteError(file, new Error('kein SQLite-Fehler'))).toBeNull();
  });
});
