import type Database from 'better-sqlite3';
import { MAX_COUNT } from '../../../../shared/domain/limits';
import { getTable } from './agenda';
import type { Board, Card, Cluster } from '../../../../shared/domain/schemas';
import { AppError } from '../../../../shared/domain/errors';

interface CardRow {
  id: number;
  text: string;
  field: string | null;
  sector: string | null;
  cluster_id: number | null;
  pinned: number;
  hidden: number;
  source: string | null;
  position: number;
  created_at: string;
  table_id: number | null;
  origin?: string;
  moderation?: string | null;
}
interface ClusterRow {
  id: number;
  label: string;
  label_locked: number;
  position: number;
}

export function toCard(r: CardRow): Card {
  return {
    id: r.id,
    text: r.text,
    field: r.field as Card['field'],
    sector: r.sector as Card['sector'],
    clusterId: r.cluster_id,
    pinned: !!r.pinned,
    hidden: !!r.hidden,
    source: r.source,
    tableId: r.table_id ?? null,
    position: r.position,
    createdAt: r.created_at,
    origin: r.origin === 'phone' ? 'phone' : 'facilitator',
    moderation: (r.moderation ?? null) as Card['moderation'],
  };
}
const toCluster = (c: ClusterRow): Cluster => ({ id: c.id, label: c.label, labelLocked: !!c.label_locked, position: c.position });

export function getCard(db: Database.Database, id: number): Card {
  const r = db.prepare('SELECT * FROM cards WHERE id = ?').get(id) as CardRow | undefined;
  if (!r) throw AppError.of('NOT_FOUND', 'domain.cardNotFound', { id });
  return toCard(r);
}

export function getCluster(db: Database.Database, id: number): Cluster {
  const r = db.prepare('SELECT id, label, label_locked, position FROM clusters WHERE id = ?').get(id) as ClusterRow | undefined;
  if (!r) throw AppError.of('NOT_FOUND', 'domain.clusterNotFound', { id });
  return toCluster(r);
}

export function listBoard(db: Database.Database): Board {
  const cards = (db.prepare('SELECT * FROM cards ORDER BY position, id').all() as CardRow[]).map(toCard);
  const clusters = (db.prepare('SELECT id, label, label_locked, position FROM clusters ORDER BY position, id').all() as ClusterRow[]).map(toCluster);
  return { cards, clusters };
}

/** Cards as the clustering engine needs them, in id order. */
export function engineCards(db: Database.Database): { id: number; text: string; clusterId: number | null; pinned: boolean }[] {
  return (
    db.prepare('SELECT id, text, cluster_id, pinned FROM cards ORDER BY id').all() as { id: number; text: string; cluster_id: number | null; pinned: number }[]
  ).map((r) => ({ id: r.id, text: r.text, clusterId: r.cluster_id, pinned: !!r.pinned }));
}

export function listClusters(db: Database.Database): Cluster[] {
  return (db.prepare('SELECT id, label, label_locked, position FROM clusters ORDER BY id').all() as ClusterRow[]).map(toCluster);
}

export function clusterTexts(db: Database.Database, clusterId: number): string[] {
  return db.prepare('SELECT text FROM cards WHERE cluster_id = ? ORDER BY id').pluck().all(clusterId) as string[];
}

/** The imported questionnaire's questions: extra vocabulary for the engine. */
export function questionTexts(db: Database.Database): { field: string; text: string }[] {
  return db.prepare('SELECT field, text FROM questions ORDER BY position, id').all() as { field: string; text: string }[];
}

/** Changes whenever the questions are replaced (an import). */
export function questionsSignature(db: Database.Database): string {
  const r = db
    .prepare('SELECT count(*) AS n, coalesce((SELECT max(id) FROM imports), 0) AS imp, coalesce(sum(length(text)), 0) AS len FROM questions')
    .get() as { n: number; imp: number; len: number };
  return `${r.n}:${r.imp}:${r.len}`;
}

export function nextCardPosition(db: Database.Database): number {
  return (db.prepare('SELECT coalesce(max(position), 0) + 1 AS p FROM cards').get() as { p: number }).p;
}

/** Refuses a new row once a workshop holds the most it may (shared/domain/limits.ts). */
export function assertRoom(db: Database.Database, what: 'cards' | 'ideas' | 'actions', count: number, max: number): void {
  if (count >= max) throw AppError.of('LIMIT', 'domain.tooMany', { what, max });
}

export function addCard(
  db: Database.Database,
  c: {
    text: string;
    field?: string | null;
    sector?: string | null;
    clusterId?: number | null;
    source?: string | null;
    pinned?: boolean;
    tableId?: number | null;
  },
): Card {
  assertRoom(db, 'cards', (db.prepare('SELECT count(*) AS n FROM cards').get() as { n: number }).n, MAX_COUNT.cards);
  if (c.tableId) getTable(db, c.tableId);
  const info = db
    .prepare('INSERT INTO cards(text, field, sector, cluster_id, pinned, source, table_id, position, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(
      c.text,
      c.field ?? null,
      c.sector ?? null,
      c.clusterId ?? null,
      c.pinned ? 1 : 0,
      c.source ?? null,
      c.tableId ?? null,
      nextCardPosition(db),
      new Date().toISOString(),
    );
  return getCard(db, Number(info.lastInsertRowid));
}

export function updateCard(
  db: Database.Database,
  id: number,
  patch: { text?: string; field?: string | null; sector?: string | null; hidden?: boolean; tableId?: number | null },
): Card {
  getCard(db, id);
  if (patch.tableId) getTable(db, patch.tableId);
  const sets: string[] = [];
  const vals: unknown[] = [];
  if (patch.text !== undefined) {
    sets.push('text = ?');
    vals.push(patch.text);
  }
  if (patch.field !== undefined) {
    sets.push('field = ?');
    vals.push(patch.field);
  }
  if (patch.sector !== undefined) {
    sets.push('sector = ?');
    vals.push(patch.sector);
  }
  if (patch.hidden !== undefined) {
    sets.push('hidden = ?');
    vals.push(patch.hidden ? 1 : 0);
  }
  if (patch.tableId !== undefined) {
    sets.push('table_id = ?');
    vals.push(patch.tableId);
  }
  // Showing or hiding by hand settles a pending review or a word-list flag (participant mode).
  if (patch.hidden !== undefined) sets.push('moderation = NULL');
  if (sets.length) db.prepare(`UPDATE cards SET ${sets.join(', ')} WHERE id = ?`).run(...vals, id);
  return getCard(db, id);
}

export function deleteCard(db: Database.Database, id: number): void {
  getCard(db, id);
  db.prepare('DELETE FROM cards WHERE id = ?').run(id);
}

/** Puts a card into a cluster (or none). Only changed columns are written, so undo stays small. */
export function placeCard(db: Database.Database, id: number, clusterId: number | null, opts: { pinned?: boolean; position?: number } = {}): void {
  const sets = ['cluster_id = ?'];
  const vals: unknown[] = [clusterId];
  if (opts.pinned !== undefined) {
    sets.push('pinned = ?');
    vals.push(opts.pinned ? 1 : 0);
  }
  if (opts.position !== undefined) {
    sets.push('position = ?');
    vals.push(opts.position);
  }
  db.prepare(`UPDATE cards SET ${sets.join(', ')} WHERE id = ?`).run(...vals, id);
}

export function hasClusters(db: Database.Database): boolean {
  return !!db.prepare('SELECT 1 FROM clusters LIMIT 1').get();
}

/** Moves every card of one cluster into another. */
export function moveAllCards(db: Database.Database, fromCluster: number, toCluster: number): void {
  db.prepare('UPDATE cards SET cluster_id = ? WHERE cluster_id = ?').run(toCluster, fromCluster);
}

/** Pins every card of a cluster (only rows that change are written). */
export function pinCluster(db: Database.Database, clusterId: number): void {
  db.prepare('UPDATE cards SET pinned = 1 WHERE cluster_id = ? AND pinned = 0').run(clusterId);
}

export function insertCluster(db: Database.Database, label: string, locked = false): number {
  const pos = (db.prepare('SELECT coalesce(max(position), 0) + 1 AS p FROM clusters').get() as { p: number }).p;
  return Number(
    db.prepare('INSERT INTO clusters(label, label_locked, position, created_at) VALUES (?, ?, ?, ?)').run(label, locked ? 1 : 0, pos, new Date().toISOString())
      .lastInsertRowid,
  );
}

export function setClusterLabel(db: Database.Database, id: number, label: string, locked?: boolean): void {
  if (locked === undefined) db.prepare('UPDATE clusters SET label = ? WHERE id = ? AND label IS NOT ?').run(label, id, label);
  else db.prepare('UPDATE clusters SET label = ?, label_locked = ? WHERE id = ?').run(label, locked ? 1 : 0, id);
}

/** Removes a cluster; its cards stay on the board without a cluster (and are no longer pinned). */
export function deleteCluster(db: Database.Database, id: number): void {
  // Written out instead of relying on ON DELETE SET NULL, so every row change is explicit.
  db.prepare('UPDATE cards SET cluster_id = NULL, pinned = 0 WHERE cluster_id = ?').run(id);
  db.prepare('DELETE FROM clusters WHERE id = ?').run(id);
}

/** Deletes those of the given clusters that hold no card any more; returns how many. */
export function removeIfEmpty(db: Database.Database, ids: (number | null | undefined)[]): number {
  let n = 0;
  const del = db.prepare('DELETE FROM clusters WHERE id = ? AND NOT EXISTS (SELECT 1 FROM cards WHERE cluster_id = ?)');
  for (const id of new Set(ids)) if (id) n += del.run(id, id).changes;
  return n;
}
