import type Database from 'better-sqlite3';
import type { Board, Card, Cluster } from '../../../../shared/domain/schemas';
import { AppError } from '../../../../shared/domain/errors';

interface CardRow {
  id: number; text: string; field: string | null; sector: string | null; cluster_id: number | null;
  pinned: number; hidden: number; source: string | null; position: number; created_at: string;
}

export function toCard(r: CardRow): Card {
  return {
    id: r.id, text: r.text, field: r.field as Card['field'], sector: r.sector as Card['sector'],
    clusterId: r.cluster_id, pinned: !!r.pinned, hidden: !!r.hidden, source: r.source,
    position: r.position, createdAt: r.created_at,
  };
}

export function getCard(db: Database.Database, id: number): Card {
  const r = db.prepare('SELECT * FROM cards WHERE id = ?').get(id) as CardRow | undefined;
  if (!r) throw new AppError('NOT_FOUND', `Die Karte ${id} gibt es nicht (mehr). Vielleicht wurde sie in einem anderen Fenster gelöscht.`, { id });
  return toCard(r);
}

export function listBoard(db: Database.Database): Board {
  const cards = (db.prepare('SELECT * FROM cards ORDER BY position, id').all() as CardRow[]).map(toCard);
  const clusters = (db.prepare('SELECT * FROM clusters ORDER BY position, id').all() as {
    id: number; label: string; label_locked: number; position: number;
  }[]).map((c): Cluster => ({ id: c.id, label: c.label, labelLocked: !!c.label_locked, position: c.position }));
  return { cards, clusters };
}

export function addCard(
  db: Database.Database,
  c: { text: string; field?: string | null; sector?: string | null; clusterId?: number | null; source?: string | null },
): Card {
  const pos = (db.prepare('SELECT coalesce(max(position), 0) + 1 AS p FROM cards').get() as { p: number }).p;
  const info = db
    .prepare('INSERT INTO cards(text, field, sector, cluster_id, source, position, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(c.text, c.field ?? null, c.sector ?? null, c.clusterId ?? null, c.source ?? null, pos, new Date().toISOString());
  return getCard(db, Number(info.lastInsertRowid));
}

export function updateCard(
  db: Database.Database,
  id: number,
  patch: { text?: string; field?: string | null; sector?: string | null; hidden?: boolean },
): Card {
  getCard(db, id);
  const sets: string[] = [];
  const vals: unknown[] = [];
  if (patch.text !== undefined) { sets.push('text = ?'); vals.push(patch.text); }
  if (patch.field !== undefined) { sets.push('field = ?'); vals.push(patch.field); }
  if (patch.sector !== undefined) { sets.push('sector = ?'); vals.push(patch.sector); }
  if (patch.hidden !== undefined) { sets.push('hidden = ?'); vals.push(patch.hidden ? 1 : 0); }
  if (sets.length) db.prepare(`UPDATE cards SET ${sets.join(', ')} WHERE id = ?`).run(...vals, id);
  return getCard(db, id);
}

export function deleteCard(db: Database.Database, id: number): void {
  getCard(db, id);
  db.prepare('DELETE FROM cards WHERE id = ?').run(id);
}
