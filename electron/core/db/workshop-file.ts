import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/domain/errors';
import { APPLICATION_ID, SCHEMA_VERSION, migrate } from './migrations';

export const FILE_EXTENSION = '.werkstatt';
const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export interface HeaderInfo {
  size: number;
  pageSize: number;
  pages: number;
  userVersion: number;
  applicationId: number;
}

/**
 * Read the 100-byte SQLite header without opening the file through SQLite, so that a
 * file we are going to refuse is never touched (SQLite may roll back a journal on open).
 */
export function readHeader(file: string): HeaderInfo {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('NOT_FOUND_FILE', `Die Datei „${path.basename(file)}“ wurde nicht gefunden. Bitte prüfen Sie den Pfad oder wählen Sie eine andere Datei.`, { file });
    throw new AppError('IO', `Die Datei „${path.basename(file)}“ kann nicht gelesen werden (${code}). Prüfen Sie die Zugriffsrechte.`, { file });
  }
  try {
    const size = fs.fstatSync(fd).size;
    const buf = Buffer.alloc(100);
    const n = fs.readSync(fd, buf, 0, 100, 0);
    const name = path.basename(file);
    if (n < MAGIC.length || !buf.subarray(0, MAGIC.length).equals(MAGIC)) {
      // A short file that starts like SQLite was cut off; anything else is not SQLite at all.
      if (n > 0 && n < MAGIC.length && MAGIC.subarray(0, n).equals(buf.subarray(0, n))) {
        throw new AppError('TRUNCATED', `Die Datei „${name}“ ist unvollständig (abgeschnitten). Öffnen Sie eine Sicherungskopie oder kopieren Sie die Datei erneut vom Original.`, { file });
      }
      throw new AppError('NOT_SQLITE', `„${name}“ ist keine Workshop-Datei (keine SQLite-Datenbank). Bitte wählen Sie eine Datei mit der Endung ${FILE_EXTENSION}.`, { file });
    }
    if (n < 100) {
      throw new AppError('TRUNCATED', `Die Datei „${name}“ ist unvollständig (abgeschnitten). Öffnen Sie eine Sicherungskopie oder kopieren Sie die Datei erneut vom Original.`, { file });
    }
    const rawPage = buf.readUInt16BE(16);
    const pageSize = rawPage === 1 ? 65536 : rawPage;
    const changeCounter = buf.readUInt32BE(24);
    const headerPages = buf.readUInt32BE(28);
    const versionValidFor = buf.readUInt32BE(92);
    // The in-header page count is only trustworthy when it was written by the same change.
    const pages = headerPages > 0 && changeCounter === versionValidFor ? headerPages : Math.floor(size / pageSize);
    return { size, pageSize, pages, userVersion: buf.readUInt32BE(60), applicationId: buf.readInt32BE(68) };
  } finally {
    fs.closeSync(fd);
  }
}

function hasHotJournal(file: string): boolean {
  try {
    return fs.statSync(`${file}-journal`).size > 0;
  } catch {
    return false;
  }
}

/** Throws the matching AppError when `file` is not a workshop this app version may open. */
export function checkWorkshopFile(file: string): HeaderInfo {
  const h = readHeader(file);
  const name = path.basename(file);
  // With a hot journal SQLite will restore the file on open, so its current size says nothing.
  if (!hasHotJournal(file) && (h.size % h.pageSize !== 0 || h.size < h.pages * h.pageSize)) {
    throw new AppError('TRUNCATED', `Die Datei „${name}“ ist unvollständig (abgeschnitten). Öffnen Sie eine Sicherungskopie oder kopieren Sie die Datei erneut vom Original.`, { file });
  }
  if (h.applicationId !== APPLICATION_ID) {
    throw new AppError('FOREIGN_FILE', `„${name}“ ist eine SQLite-Datenbank, aber keine Workshop-Datei der Selbstcheck-Werkstatt. Die Datei wurde nicht verändert.`, { file });
  }
  if (h.userVersion > SCHEMA_VERSION) {
    throw new AppError('NEWER_VERSION', `„${name}“ wurde mit einer neueren Version der Selbstcheck-Werkstatt gespeichert (Dateiversion ${h.userVersion}, diese App kennt bis ${SCHEMA_VERSION}). Bitte aktualisieren Sie die App. Die Datei wurde nicht verändert.`, { file, fileVersion: h.userVersion, appVersion: SCHEMA_VERSION });
  }
  return h;
}

/** Pragmas set on every open: one self-contained file that survives a pulled USB stick. */
function applyPragmas(db: Database.Database): void {
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 2000');
}

export interface OpenedWorkshop {
  db: Database.Database;
  file: string;
  migratedFrom: number | null;
  backupFile: string | null;
}

export function backupNameFor(file: string, version: number): string {
  const dir = path.dirname(file);
  const base = path.basename(file, FILE_EXTENSION);
  const stamp = new Date().toISOString().replace(/[:T]/g, '-').slice(0, 19);
  return path.join(dir, `${base} (Sicherung Version ${version}, ${stamp})${FILE_EXTENSION}`);
}

export function openWorkshopFile(file: string): OpenedWorkshop {
  file = path.resolve(file);
  checkWorkshopFile(file);
  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: true });
  } catch (e) {
    throw sqliteOpenError(file, e);
  }
  try {
    applyPragmas(db);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw new AppError('CORRUPT', `Die Datei „${path.basename(file)}“ ist beschädigt (${String(check)}). Öffnen Sie eine Sicherungskopie.`, { file });
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    let backupFile: string | null = null;
    let migratedFrom: number | null = null;
    if (version < SCHEMA_VERSION) {
      // Keep the user's file as it was before we change its structure.
      backupFile = backupNameFor(file, version);
      db.prepare('VACUUM INTO ?').run(backupFile);
      migrate(db);
      migratedFrom = version;
    }
    return { db, file, migratedFrom, backupFile };
  } catch (e) {
    db.close();
    if (e instanceof AppError) throw e;
    throw sqliteOpenError(file, e);
  }
}

function sqliteOpenError(file: string, e: unknown): AppError {
  const code = (e as { code?: string }).code ?? '';
  const name = path.basename(file);
  if (code === 'SQLITE_NOTADB') return new AppError('NOT_SQLITE', `„${name}“ ist keine Workshop-Datei (keine SQLite-Datenbank).`, { file });
  if (code.startsWith('SQLITE_CORRUPT')) return new AppError('CORRUPT', `Die Datei „${name}“ ist beschädigt. Öffnen Sie eine Sicherungskopie.`, { file });
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY')) {
    return new AppError('IO', `Die Datei „${name}“ kann nicht geöffnet werden. Prüfen Sie, ob sie schreibgeschützt ist oder der Datenträger fehlt.`, { file });
  }
  return new AppError('INTERNAL', `Die Datei „${name}“ konnte nicht geöffnet werden: ${(e as Error).message}`, { file });
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
  if (fs.existsSync(file)) {
    throw new AppError('FILE_EXISTS', `Die Datei „${path.basename(file)}“ gibt es schon. Wählen Sie einen anderen Namen oder öffnen Sie die vorhandene Datei.`, { file });
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const db = new Database(tmp);
  try {
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
    throw e;
  }
  return openWorkshopFile(file);
}

/**
 * Open for reading only, never migrating or writing (CLI `info` and `check`). The caller closes it.
 */
export function openReadOnly(file: string): { db: Database.Database; header: HeaderInfo } {
  file = path.resolve(file);
  const header = checkWorkshopFile(file);
  try {
    return { db: new Database(file, { readonly: true, fileMustExist: true }), header };
  } catch (e) {
    throw sqliteOpenError(file, e);
  }
}

export interface IntegrityReport {
  ok: boolean;
  problems: string[];
  schemaVersion: number;
}

/** Full integrity check plus foreign keys; read-only. */
export function checkIntegrity(file: string): IntegrityReport {
  const { db, header } = openReadOnly(file);
  try {
    const problems: string[] = [];
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    for (const r of rows) if (r.integrity_check !== 'ok') problems.push(r.integrity_check);
    const fk = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
    for (const r of fk) problems.push(`Verweis ins Leere: ${r.table} Zeile ${r.rowid} → ${r.parent}`);
    return { ok: problems.length === 0, problems, schemaVersion: header.userVersion };
  } catch (e) {
    return { ok: false, problems: [(e as Error).message], schemaVersion: header.userVersion };
  } finally {
    db.close();
  }
}
