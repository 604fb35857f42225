import type Database from 'better-sqlite3';
import type { Action, ActionInput } from '../../../../shared/domain/schemas';
import { AppError } from '../../../../shared/domain/errors';

interface ActionRow {
  id: number; title: string; description: string | null; field: string | null; effect: string | null;
  effect_level: string | null; wirkungsstufe: number | null; indicator: string | null; responsible: string | null;
  partners: string | null; start_date: string | null; due_date: string | null; resources: string | null;
  priority: number | null; status: string; idea_id: number | null; position: number; created_at: string; updated_at: string;
}

// API field name -> column name; the single place where the two spellings meet.
const COLUMNS: Record<keyof ActionInput, string> = {
  title: 'title', description: 'description', field: 'field', effect: 'effect', effectLevel: 'effect_level',
  wirkungsstufe: 'wirkungsstufe', indicator: 'indicator', responsible: 'responsible', partners: 'partners',
  start: 'start_date', due: 'due_date', resources: 'resources', priority: 'priority', status: 'status', ideaId: 'idea_id',
};

export function listActions(db: Database.Database): Action[] {
  const rows = db.prepare('SELECT * FROM actions ORDER BY position, id').all() as ActionRow[];
  const updates = db.prepare('SELECT * FROM action_updates ORDER BY date, id').all() as { id: number; action_id: number; date: string; note: string; status: string | null }[];
  const byAction = new Map<number, Action['updates']>();
  for (const u of updates) {
    const list = byAction.get(u.action_id) ?? [];
    list.push({ id: u.id, date: u.date, note: u.note, status: u.status as Action['status'] | null });
    byAction.set(u.action_id, list);
  }
  return rows.map((r) => ({
    id: r.id, title: r.title, description: r.description, field: r.field as Action['field'], effect: r.effect,
    effectLevel: r.effect_level as Action['effectLevel'], wirkungsstufe: r.wirkungsstufe, indicator: r.indicator,
    responsible: r.responsible, partners: r.partners, start: r.start_date, due: r.due_date, resources: r.resources,
    priority: r.priority, status: r.status as Action['status'], ideaId: r.idea_id, position: r.position,
    updates: byAction.get(r.id) ?? [], createdAt: r.created_at, updatedAt: r.updated_at,
  }));
}

export function getAction(db: Database.Database, id: number): Action {
  const a = listActions(db).find((x) => x.id === id);
  if (!a) throw new AppError('NOT_FOUND', `Die Maßnahme ${id} gibt es nicht (mehr). Vielleicht wurde sie in einem anderen Fenster gelöscht.`, { id });
  return a;
}

function checkDates(start: string | null | undefined, due: string | null | undefined): void {
  if (start && due && start > due) {
    throw new AppError('INVALID_INPUT', 'Der Beginn liegt nach der Frist. Bitte prüfen Sie die beiden Daten.', { start, due });
  }
}

export function addAction(db: Database.Database, a: ActionInput): Action {
  checkDates(a.start, a.due);
  const now = new Date().toISOString();
  const pos = (db.prepare('SELECT coalesce(max(position), 0) + 1 AS p FROM actions').get() as { p: number }).p;
  const keys = (Object.keys(COLUMNS) as (keyof ActionInput)[]).filter((k) => a[k] !== undefined);
  const cols = [...keys.map((k) => COLUMNS[k]), 'position', 'created_at', 'updated_at'];
  const info = db
    .prepare(`INSERT INTO actions(${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`)
    .run(...keys.map((k) => a[k] ?? null), pos, now, now);
  return getAction(db, Number(info.lastInsertRowid));
}

export function updateAction(db: Database.Database, id: number, patch: Partial<ActionInput>): Action {
  const before = getAction(db, id);
  checkDates(patch.start !== undefined ? patch.start : before.start, patch.due !== undefined ? patch.due : before.due);
  const keys = (Object.keys(COLUMNS) as (keyof ActionInput)[]).filter((k) => patch[k] !== undefined);
  if (keys.length) {
    db.prepare(`UPDATE actions SET ${keys.map((k) => `${COLUMNS[k]} = ?`).join(', ')}, updated_at = ? WHERE id = ?`)
      .run(...keys.map((k) => patch[k] ?? null), new Date().toISOString(), id);
  }
  return getAction(db, id);
}

export function deleteAction(db: Database.Database, id: number): void {
  getAction(db, id);
  db.prepare('DELETE FROM actions WHERE id = ?').run(id);
}
