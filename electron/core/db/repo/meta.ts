import type Database from 'better-sqlite3';
import path from 'node:path';
import type { Counts, Session, WorkshopInfo, WorkshopMeta } from '../../../../shared/domain/schemas';
import type { OpenedWorkshop } from '../workshop-file';

export function getMeta(db: Database.Database, key: string): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string | null } | undefined;
  return row?.value ?? null;
}

export function setMeta(db: Database.Database, key: string, value: string | null): void {
  // An upsert (not INSERT OR REPLACE) so the undo triggers see an UPDATE, not a hidden delete.
  db.prepare('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

export function readWorkshopMeta(db: Database.Database): WorkshopMeta {
  return {
    name: getMeta(db, 'name') ?? '',
    municipality: getMeta(db, 'municipality') ?? '',
    date: getMeta(db, 'date') ?? '1970-01-01',
    place: getMeta(db, 'place'),
    nextReview: getMeta(db, 'next_review'),
  };
}

export function readCounts(db: Database.Database): Counts {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM respondents) AS respondents,
              (SELECT count(*) FROM questions) AS questions,
              (SELECT count(*) FROM answers) AS answers,
              (SELECT count(*) FROM cards) AS cards,
              (SELECT count(*) FROM clusters) AS clusters,
              (SELECT count(*) FROM ideas) AS ideas,
              (SELECT coalesce(sum(count), 0) FROM votes) AS votes,
              (SELECT count(*) FROM actions) AS actions`,
    )
    .get() as Counts;
}

export function readInfo(w: OpenedWorkshop): WorkshopInfo {
  return {
    file: w.file,
    fileName: path.basename(w.file),
    // The file's own version: equals SCHEMA_VERSION once migrated; older when opened read-only.
    schemaVersion: w.db.pragma('user_version', { simple: true }) as number,
    meta: readWorkshopMeta(w.db),
    counts: readCounts(w.db),
    migratedFrom: w.migratedFrom,
    backupFile: w.backupFile,
    readOnly: w.readOnly ?? null,
  };
}

const DEFAULT_SESSION: Session = { phase: 'ergebnisse', projector: { field: null, blank: false, page: 0, auto: false, overview: false, focus: null } };

export function readSession(db: Database.Database): Session {
  const phase = (getMeta(db, 'phase') ?? DEFAULT_SESSION.phase) as Session['phase'];
  let projector = DEFAULT_SESSION.projector;
  const raw = getMeta(db, 'projector');
  if (raw) {
    try {
      projector = { ...projector, ...JSON.parse(raw) };
    } catch {
      // A damaged projector state is harmless: fall back to the default view.
    }
  }
  return { phase, projector };
}
