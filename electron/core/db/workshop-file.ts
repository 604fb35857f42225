import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError, type ApiError } from '../../../shared/domain/errors';
import { APPLICATION_ID, SCHEMA_VERSION, migrate } from './migrations';
import { assertExpectedSchema, displayName } from './schema';
import { acquireLock, lockFileFor, lockHolder, type HeldLock } from './lock';

export const FILE_EXTENSION = '.werkstatt';
const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/*
 * A workshop file from e-mail is hostile until proven otherwise. Order on every open:
 *  1. the 100-byte header, read with plain fs (SQLite may roll back a journal on open);
 *  2. a hot journal is rolled back on a temporary copy first, and that copy is checked;
 *  3. a read-only connection, hardened (defensive mode, trusted_schema=OFF), compares the
 *     schema with the one this app's migrations build for the file's user_version — before any
 *     statement touches a table, so no trigger, view, CHECK or default of the file's own runs;
 *  4. full integrity_check (quick_check misses index corruption);
 *  5. only then the read-write connection (which rolls back a hot journal for real), the
 *     schema compared again, backup, migrations.
 * Nothing from the file is ever put into SQL text.
 */

export interface HeaderInfo {
  size: number;
  pageSize: number;
  pages: number;
  userVersion: number;
  applicationId: number;
  writeFormat: number;
  readFormat: number;
  /** SQLite's schema format number (1–4); higher is a format this SQLite refuses. */
  schemaFormat: number;
}

const base = (file: string) => path.basename(file);

/** Read the 100-byte SQLite header without opening the file through SQLite. */
export function readHeader(file: string): HeaderInfo {
  let fd: number;
  try {
    // A folder or a named pipe is no workshop: opening a pipe would wait for a writer and stop the
    // whole app. Checked before the open, and the open does not wait either (O_NONBLOCK).
    if (!fs.statSync(file).isFile()) throw AppError.of('NOT_SQLITE', 'db.notAFile', { name: base(file), file });
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw fsError(file, e);
  }
  try {
    const size = fs.fstatSync(fd).size;
    const buf = Buffer.alloc(100);
    const n = fs.readSync(fd, buf, 0, 100, 0);
    const name = base(file);
    if (size === 0) throw AppError.of('NOT_SQLITE', 'db.empty', { name, file });
    if (n < MAGIC.length || !buf.subarray(0, MAGIC.length).equals(MAGIC)) {
      // A short file that starts like SQLite was cut off; anything else is not SQLite at all.
      if (n > 0 && n < MAGIC.length && MAGIC.subarray(0, n).equals(buf.subarray(0, n))) throw AppError.of('TRUNCATED', 'db.truncated', { name, file });
      throw AppError.of('NOT_SQLITE', 'db.notSqlite', { name, file });
    }
    if (n < 100) throw AppError.of('TRUNCATED', 'db.truncated', { name, file });
    const rawPage = buf.readUInt16BE(16);
    const pageSize = rawPage === 1 ? 65536 : rawPage;
    // SQLite itself refuses these as "not a database"; say so before SQLite sees the file.
    if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) throw AppError.of('CORRUPT', 'db.corrupt', { name, file, detail: 'page size' });
    const changeCounter = buf.readUInt32BE(24);
    const headerPages = buf.readUInt32BE(28);
    const versionValidFor = buf.readUInt32BE(92);
    // The in-header page count is only trustworthy when it was written by the same change.
    const pages = headerPages > 0 && changeCounter === versionValidFor ? headerPages : Math.floor(size / pageSize);
    return {
      size,
      pageSize,
      pages,
      userVersion: buf.readUInt32BE(60),
      applicationId: buf.readInt32BE(68),
      writeFormat: buf[18],
      readFormat: buf[19],
      schemaFormat: buf.readUInt32BE(44),
    };
  } finally {
    fs.closeSync(fd);
  }
}

/** WAL mode (header format 2): never set by this app, but by other SQLite tools. */
const isWal = (h: HeaderInfo) => h.writeFormat === 2 || h.readFormat === 2;

export function hasHotJournal(file: string): boolean {
  try {
    return fs.statSync(`${file}-journal`).size > 0;
  } catch {
    return false;
  }
}

/** Header checks that need no SQLite: each refusal has its own message, the file is not touched. */
export function checkWorkshopFile(file: string): HeaderInfo {
  const h = readHeader(file);
  const name = base(file);
  // 1 = rollback journal, 2 = WAL; anything higher is a format this SQLite would open read-only at best.
  if (h.writeFormat > 2 || h.readFormat > 2 || h.writeFormat < 1 || h.readFormat < 1) {
    throw AppError.of('NEWER_VERSION', 'db.newerFormat', { name, file, format: `${h.writeFormat}/${h.readFormat}` });
  }
  if (h.schemaFormat > 4) throw AppError.of('NEWER_VERSION', 'db.newerFormat', { name, file, format: `schema ${h.schemaFormat}` });
  if (h.size % h.pageSize !== 0 || h.size < h.pages * h.pageSize) throw AppError.of('TRUNCATED', 'db.truncated', { name, file });
  if (h.applicationId !== APPLICATION_ID) throw AppError.of('FOREIGN_FILE', 'db.foreign', { name, file });
  if (h.userVersion > SCHEMA_VERSION) {
    throw AppError.of('NEWER_VERSION', 'db.newerVersion', { name, file, fileVersion: h.userVersion, appVersion: SCHEMA_VERSION });
  }
  return h;
}

/**
 * SQLite's own defences on every connection: defensive mode (better-sqlite3 switches
 * SQLITE_DBCONFIG_DEFENSIVE on at open; unsafeMode(false) keeps it on: no writable_schema, no
 * shadow-table writes), trusted_schema=OFF (functions with side effects and virtual tables are
 * not allowed in the file's own schema) and cell_size_check (corrupt pages fail early).
 * The SQL function load_extension stays off (only the C API is enabled, and we never call it); no app SQL
 * ATTACHes (hostile.test.ts keeps it that way).
 */
function harden(db: Database.Database): void {
  db.unsafeMode(false);
  db.pragma('trusted_schema = OFF');
  db.pragma('cell_size_check = ON');
}

/** Pragmas set on every read-write open: one self-contained file that survives a pulled USB stick. */
function applyPragmas(db: Database.Database): void {
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 2000');
}

function integrityProblems(db: Database.Database, max = 20): string[] {
  const rows = db.prepare(`PRAGMA integrity_check(${max})`).pluck().all() as string[];
  return rows.filter((r) => r !== 'ok');
}

export interface Validated {
  header: HeaderInfo;
  /** An interrupted change was found; the checks ran on a copy with it rolled back. */
  rolledBack: boolean;
  /** The checked bytes when a copy had to be rolled back or taken out of WAL mode, for a read-only view. */
  bytes?: Buffer;
}

/**
 * Copy the file with its journal (or WAL) to a temporary folder and let SQLite roll the copy
 * back (or fold the WAL in and leave WAL mode); the original and its side files stay as they
 * are. Even a read-only connection to a WAL file would create -shm/-wal beside it.
 */
function withRolledBackCopy<T>(file: string, fn: (copy: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-rollback-'));
  try {
    const copy = path.join(dir, base(file));
    fs.copyFileSync(file, copy);
    for (const side of ['-journal', '-wal']) if (fs.existsSync(`${file}${side}`)) fs.copyFileSync(`${file}${side}`, `${copy}${side}`);
    try {
      const db = new Database(copy, { fileMustExist: true });
      try {
        harden(db);
        db.pragma('user_version'); // the first read takes a shared lock: SQLite rolls the journal back here
        if (isWal(readHeader(copy))) db.pragma('journal_mode = DELETE');
      } finally {
        db.close();
      }
    } catch (e) {
      throw sqliteError(file, e) ?? e;
    }
    fs.rmSync(`${copy}-journal`, { force: true }); // not hot after all (SQLite left it): ignore it like SQLite does
    return fn(copy);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Everything we check before opening for writing, on a read-only connection (or on a
 * rolled-back copy when there is a hot journal). Throws the matching AppError; never writes.
 */
export function validateWorkshopFile(file: string, opts: { fullIntegrity?: boolean } = {}): Validated {
  file = path.resolve(file);
  const raw = readHeader(file); // not found, empty, not SQLite: said before looking for a journal
  const hot = hasHotJournal(file);
  if (hot || isWal(raw)) {
    return withRolledBackCopy(file, (copy) => {
      try {
        const v = validateWorkshopFile(copy, opts);
        return { header: v.header, rolledBack: hot, bytes: fs.readFileSync(copy) };
      } catch (e) {
        throw renamed(e, copy, file);
      }
    });
  }
  const header = checkWorkshopFile(file);
  const name = base(file);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw sqliteError(file, e) ?? e;
  }
  try {
    harden(db);
    // Read user_version through SQLite too: a header edited between our read and now must not slip by.
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version !== header.userVersion) throw AppError.of('CORRUPT', 'db.corrupt', { name, file, detail: 'user_version' });
    assertExpectedSchema(db, version, name, file);
    if (opts.fullIntegrity !== false) {
      const problems = integrityProblems(db, 1);
      if (problems.length) throw AppError.of('CORRUPT', 'db.corrupt', { name, file, detail: displayName(problems[0]) });
    }
    return { header, rolledBack: false };
  } catch (e) {
    // Any other SQLite error while merely reading the schema means the file is not sound.
    const sqlite = String((e as { code?: unknown })?.code ?? '').startsWith('SQLITE_');
    throw sqliteError(file, e) ?? (sqlite ? AppError.of('CORRUPT', 'db.corrupt', { name, file, detail: displayName((e as Error).message) }) : e);
  } finally {
    db.close();
  }
}

/** An error found on a temporary copy, told with the user's file name. */
function renamed(e: unknown, copy: string, file: string): unknown {
  if (!(e instanceof AppError) || !e.key) return e;
  const params = { ...e.params };
  if (params.file === copy) params.file = file;
  return AppError.of(e.code, e.key, params);
}

export type ReadOnlyReason = 'file' | 'locked' | 'requested';

export interface OpenedWorkshop {
  db: Database.Database;
  file: string;
  migratedFrom: number | null;
  backupFile: string | null;
  /** Why this workshop is open for viewing only, or null when it can be edited. */
  readOnly: ReadOnlyReason | null;
  /** The lock file that makes this process the file's only writer (null when read-only). */
  lock: HeldLock | null;
  /** Device and inode at open: a write first checks the path still leads to the same file. */
  identity: { dev: number; ino: number } | null;
}

export function backupNameFor(file: string, version: number): string {
  const dir = path.dirname(file);
  const b = path.basename(file, FILE_EXTENSION);
  const stamp = new Date().toISOString().replace(/[:T]/g, '-').slice(0, 19);
  return path.join(dir, `${b} (Sicherung Version ${version}, ${stamp})${FILE_EXTENSION}`);
}

function canWrite(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(file), fs.constants.W_OK); // the rollback journal is created beside the file
    return true;
  } catch {
    return false;
  }
}

export interface OpenOptions {
  /** Open for viewing only: no lock is taken, every write is refused. */
  readOnly?: boolean;
}

export function openWorkshopFile(file: string, opts: OpenOptions = {}): OpenedWorkshop {
  file = path.resolve(file);
  const name = base(file);
  readHeader(file); // a missing or empty file is said as such, before any lock is taken
  let readOnly: ReadOnlyReason | null = opts.readOnly ? (lockHolder(file) ? 'locked' : 'requested') : canWrite(file) ? null : 'file';
  let lock: HeldLock | null = null;
  let db: Database.Database | null = null;
  if (!readOnly) {
    const r = acquireLock(file, () => db?.open ?? false);
    if (r.ok) lock = r.lock;
    else if (r.reason === 'readonly') readOnly = 'file';
    else {
      const since = lockSince(r.holder.since);
      throw AppError.of('LOCKED', 'db.locked', {
        name,
        file,
        host: displayName(r.holder.host),
        pid: r.holder.pid,
        since,
        lockFile: path.basename(lockFileFor(file)),
      });
    }
  }
  let backupFile: string | null = null;
  try {
    const v = validateWorkshopFile(file);
    let migratedFrom: number | null = null;
    if (readOnly) {
      const version = v.header.userVersion;
      if (!v.bytes && version === SCHEMA_VERSION) {
        db = new Database(file, { readonly: true, fileMustExist: true });
        harden(db);
      } else {
        // A view that needs a rollback or a migration is built in memory; the file stays as it is.
        const mem = new Database(v.bytes ?? fs.readFileSync(file));
        try {
          harden(mem);
          assertExpectedSchema(mem, version, name, file);
          migrate(mem);
          db = new Database(mem.serialize(), { readonly: true });
        } finally {
          mem.close();
        }
        harden(db);
        if (version < SCHEMA_VERSION) migratedFrom = version;
      }
    } else {
      db = new Database(file, { fileMustExist: true });
      harden(db);
      applyPragmas(db);
      // The first read rolls back a hot journal for real; compare again before anything runs.
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > SCHEMA_VERSION) throw AppError.of('NEWER_VERSION', 'db.newerVersion', { name, file, fileVersion: version, appVersion: SCHEMA_VERSION });
      assertExpectedSchema(db, version, name, file);
      if (version < SCHEMA_VERSION) {
        // Keep the user's file as it was before we change its structure.
        backupFile = backupNameFor(file, version);
        db.prepare('VACUUM INTO ?').run(backupFile);
        migrate(db);
        migratedFrom = version;
      }
    }
    if (lock) {
      // Whoever closes the connection (the service, the CLI, a test) gives up the lock with it.
      const held = lock;
      const close = db.close.bind(db);
      db.close = () => {
        close();
        held.release();
        return db!;
      };
    }
    const st = readOnly === 'requested' || readOnly === 'locked' ? null : fs.statSync(file);
    return { db, file, migratedFrom, backupFile, readOnly, lock, identity: st ? { dev: st.dev, ino: st.ino } : null };
  } catch (e) {
    if (db?.open) db.close();
    lock?.release();
    // A failed migration left the file as it was: the backup made for it would only pile up.
    if (backupFile) fs.rmSync(backupFile, { force: true });
    throw sqliteError(file, e) ?? e;
  }
}

/** Close the connection and give up the writer lock. */
export function closeWorkshop(w: OpenedWorkshop): void {
  if (w.db.open) w.db.close();
  w.lock?.release(); // already released by close(); kept for a connection closed elsewhere
}

/** Before a write: the path must still lead to the file we opened (not moved, deleted or replaced). */
export function assertFileInPlace(w: OpenedWorkshop): void {
  if (w.readOnly) throw AppError.of('READ_ONLY', 'db.readOnly', { name: base(w.file), file: w.file });
  if (!w.identity) return;
  let st: fs.Stats;
  try {
    st = fs.statSync(w.file);
  } catch {
    throw AppError.of('FILE_GONE', 'db.fileGone', { name: base(w.file), file: w.file });
  }
  if (st.ino !== w.identity.ino || st.dev !== w.identity.dev) throw AppError.of('FILE_GONE', 'db.fileGone', { name: base(w.file), file: w.file });
}

/** When the holder took the lock, in this computer's local time as people read it: "30.11.2026, 17:12". */
export function lockSince(iso: string | undefined): string {
  const d = new Date(iso ?? '');
  if (Number.isNaN(d.getTime())) return '?';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getDate())}.${two(d.getMonth() + 1)}.${d.getFullYear()}, ${two(d.getHours())}:${two(d.getMinutes())}`;
}

function fsError(file: string, e: unknown): AppError {
  if (e instanceof AppError) return e;
  const code = (e as NodeJS.ErrnoException).code ?? '';
  const name = base(file);
  if (code === 'ENOENT' || code === 'ENOTDIR') return AppError.of('NOT_FOUND_FILE', 'db.notFound', { name, file });
  if (code === 'ENOSPC') return AppError.of('DISK_FULL', 'db.diskFull', { name, file });
  return AppError.of('IO', 'db.unreadable', { name, file, code: code || 'IO' });
}

/**
 * A SQLite or file-system error as a message the user can act on, or null when `e` is neither
 * (the caller then reports it as internal). `file` names the workshop in the message.
 */
export function sqliteError(file: string | null, e: unknown): AppError | null {
  if (e instanceof AppError) return e;
  const code = String((e as { code?: unknown })?.code ?? '');
  const name = file ? base(file) : '';
  const p = { name, file: file ?? '' };
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return AppError.of('DISK_FULL', 'db.diskFull', p);
  if (code === 'SQLITE_NOTADB') return AppError.of('NOT_SQLITE', 'db.notSqlite', p);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_RANGE' || code === 'SQLITE_FORMAT') {
    return AppError.of('CORRUPT', 'db.corrupt', { ...p, detail: displayName((e as Error).message) });
  }
  if (code === 'SQLITE_ERROR' && /unsupported file format/.test(String((e as Error).message)))
    return AppError.of('NEWER_VERSION', 'db.newerFormat', { ...p, format: '?' });
  if (code.startsWith('SQLITE_READONLY')) return AppError.of('READ_ONLY', 'db.readOnly', p);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return AppError.of('LOCKED', 'db.busy', p);
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_PERM') {
    if (!file) return AppError.of('IO', 'errors.io');
    if (!fs.existsSync(file)) return AppError.of('FILE_GONE', 'db.fileGone', p);
    return AppError.of('IO', 'db.io', { ...p, code });
  }
  return null;
}

/** For an API boundary: any error as a catalogue-keyed ApiError, never a raw SQLite text. */
export function fileErrorToApi(file: string | null, e: unknown): ApiError | null {
  return sqliteError(file, e)?.toJSON() ?? null;
}

export interface NewWorkshopMeta {
  name: string;
  municipality: string;
  date: string;
}

/**
 * Create a new workshop file. It is written under a temporary name and renamed into place,
 * so a crash never leaves a half-made file under the real name.
 */
export function createWorkshopFile(file: string, meta: NewWorkshopMeta, fill?: (db: Database.Database) => void): OpenedWorkshop {
  file = path.resolve(file);
  if (fs.existsSync(file)) throw AppError.of('FILE_EXISTS', 'db.exists', { name: base(file), file });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  let db: Database.Database;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    db = new Database(tmp);
  } catch (e) {
    // An unwritable or missing folder: say which file could not be written, not "moved".
    const code = String((e as { code?: unknown }).code ?? 'IO');
    if (code === 'ENOSPC' || code === 'SQLITE_FULL') throw AppError.of('DISK_FULL', 'db.diskFull', { name: base(file), file });
    throw AppError.of('IO', 'db.io', { name: base(file), file, code });
  }
  try {
    harden(db);
    applyPragmas(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db);
    const now = new Date().toISOString();
    db.transaction(() => {
      const put = db.prepare('INSERT INTO meta(key, value) VALUES (?, ?)');
      put.run('name', meta.name);
      put.run('municipality', meta.municipality);
      put.run('date', meta.date);
      put.run('created_at', now);
      put.run('phase', 'ergebnisse');
      fill?.(db);
    })();
    db.close();
    fs.renameSync(tmp, file);
  } catch (e) {
    if (db.open) db.close();
    fs.rmSync(tmp, { force: true });
    fs.rmSync(`${tmp}-journal`, { force: true });
    throw sqliteError(file, e) ?? e;
  }
  return openWorkshopFile(file);
}

/**
 * Open for reading only, never migrating or writing the file (CLI `info`, `export`, …): checked
 * like any open; an older file or one with an interrupted change is read from a migrated
 * in-memory copy. The caller closes it.
 */
export function openReadOnly(file: string): { db: Database.Database; header: HeaderInfo } {
  const w = openWorkshopFile(file, { readOnly: true });
  return { db: w.db, header: { ...readHeader(w.file), userVersion: w.migratedFrom ?? SCHEMA_VERSION } };
}

export interface IntegrityReport {
  ok: boolean;
  /** Each problem as a catalogue message (code, key, params), rendered by the caller's language. */
  problems: ApiError[];
  /** Notes that are not problems (an interrupted change that opening will roll back). */
  notes: ApiError[];
  schemaVersion: number | null;
  rolledBack: boolean;
}

/** `check`: the same checks as opening plus every integrity_check line and foreign keys; never writes. */
export function checkIntegrity(file: string): IntegrityReport {
  file = path.resolve(file);
  const name = base(file);
  const notes: ApiError[] = [];
  const report = (problems: ApiError[], schemaVersion: number | null, rolledBack: boolean): IntegrityReport => ({
    ok: problems.length === 0,
    problems,
    notes,
    schemaVersion,
    rolledBack,
  });
  const inspect = (f: string, rolledBack: boolean): IntegrityReport => {
    let v: Validated;
    try {
      v = validateWorkshopFile(f, { fullIntegrity: false });
    } catch (e) {
      const err = renamed(e, f, file);
      return report(
        [sqliteError(file, err)?.toJSON() ?? AppError.of('INTERNAL', 'errors.internal', { detail: String((err as Error)?.message ?? err) }).toJSON()],
        null,
        rolledBack,
      );
    }
    const db = new Database(f, { readonly: true, fileMustExist: true });
    try {
      harden(db);
      const problems: ApiError[] = integrityProblems(db).map((p) => AppError.of('CORRUPT', 'db.corrupt', { name, file, detail: displayName(p) }).toJSON());
      if (!problems.length) {
        const fk = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
        for (const r of fk.slice(0, 20)) problems.push(AppError.of('CORRUPT', 'db.danglingRef', { table: r.table, rowid: r.rowid, parent: r.parent }).toJSON());
      }
      return report(problems, v.header.userVersion, rolledBack);
    } catch (e) {
      return report(
        [(sqliteError(file, e) ?? AppError.of('CORRUPT', 'db.corrupt', { name, file, detail: displayName((e as Error).message) })).toJSON()],
        v.header.userVersion,
        rolledBack,
      );
    } finally {
      db.close();
    }
  };
  let raw: HeaderInfo;
  try {
    raw = readHeader(file);
  } catch (e) {
    return report([(e as AppError).toJSON()], null, false);
  }
  const hot = hasHotJournal(file);
  if (hot || isWal(raw)) {
    if (hot) notes.push(AppError.of('IO', 'db.hotJournal', { name, file }).toJSON());
    try {
      return withRolledBackCopy(file, (copy) => inspect(copy, hot));
    } catch (e) {
      return report([(sqliteError(file, e) ?? AppError.of('CORRUPT', 'db.corrupt', { name, file, detail: 'journal' })).toJSON()], null, true);
    }
  }
  return inspect(file, false);
}
