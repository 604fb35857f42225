import type Database from 'better-sqlite3';
import { MAX_COUNT } from '../../../../shared/domain/limits';
import { assertRoom } from './cards';
import type { Action as BaseAction, ActionInput } from '../../../../shared/domain/schemas';
import { effectLevelForWirkungsstufe, type ActionStatus, type EffectLevel } from '../../../../shared/domain/fields';
import { AppError } from '../../../../shared/domain/errors';

export type ActionLinkKind = 'cluster' | 'question' | 'idea' | 'field';
export interface ActionLink {
  kind: ActionLinkKind;
  ref: string;
}
/** An action as the API returns it: the stored row, its progress notes and where it came from. */
export type Action = BaseAction & { links: ActionLink[] };

interface ActionRow {
  id: number;
  title: string;
  description: string | null;
  field: string | null;
  effect: string | null;
  effect_level: string | null;
  wirkungsstufe: number | null;
  indicator: string | null;
  responsible: string | null;
  partners: string | null;
  start_date: string | null;
  due_date: string | null;
  resources: string | null;
  priority: number | null;
  status: string;
  idea_id: number | null;
  position: number;
  created_at: string;
  updated_at: string;
}

// API field name -> column name; the single place where the two spellings meet.
const COLUMNS: Record<keyof ActionInput, string> = {
  title: 'title',
  description: 'description',
  field: 'field',
  effect: 'effect',
  effectLevel: 'effect_level',
  wirkungsstufe: 'wirkungsstufe',
  indicator: 'indicator',
  responsible: 'responsible',
  partners: 'partners',
  start: 'start_date',
  due: 'due_date',
  resources: 'resources',
  priority: 'priority',
  status: 'status',
  ideaId: 'idea_id',
};

export function listActions(db: Database.Database, only?: number): Action[] {
  const rows = (
    only === undefined ? db.prepare('SELECT * FROM actions ORDER BY position, id').all() : db.prepare('SELECT * FROM actions WHERE id = ?').all(only)
  ) as ActionRow[];
  const updates = db.prepare('SELECT * FROM action_updates ORDER BY date, id').all() as {
    id: number;
    action_id: number;
    date: string;
    note: string;
    status: string | null;
  }[];
  const links = db.prepare('SELECT action_id, kind, ref FROM action_links ORDER BY kind, ref').all() as {
    action_id: number;
    kind: ActionLinkKind;
    ref: string;
  }[];
  const linksOf = new Map<number, ActionLink[]>();
  for (const l of links) {
    const list = linksOf.get(l.action_id) ?? [];
    list.push({ kind: l.kind, ref: l.ref });
    linksOf.set(l.action_id, list);
  }
  const byAction = new Map<number, Action['updates']>();
  for (const u of updates) {
    const list = byAction.get(u.action_id) ?? [];
    list.push({ id: u.id, date: u.date, note: u.note, status: u.status as Action['status'] | null });
    byAction.set(u.action_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    description: r.description,
    field: r.field as Action['field'],
    effect: r.effect,
    effectLevel: r.effect_level as Action['effectLevel'],
    wirkungsstufe: r.wirkungsstufe,
    indicator: r.indicator,
    responsible: r.responsible,
    partners: r.partners,
    start: r.start_date,
    due: r.due_date,
    resources: r.resources,
    priority: r.priority,
    status: r.status as Action['status'],
    ideaId: r.idea_id,
    position: r.position,
    updates: byAction.get(r.id) ?? [],
    links: linksOf.get(r.id) ?? [],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

export function getAction(db: Database.Database, id: number): Action {
  const a = listActions(db, id).find((x) => x.id === id);
  if (!a) throw AppError.of('NOT_FOUND', 'domain.actionNotFound', { id });
  return a;
}

function checkDates(start: string | null | undefined, due: string | null | undefined): void {
  if (start && due && start > due) {
    throw AppError.of('INVALID_INPUT', 'domain.startAfterDue', { start, due });
  }
}

/**
 * Level and Wirkungsstufe must agree (Wirkungsstufe 7 is never "output"). A Wirkungsstufe given without a
 * level brings its level along, so the editor needs to ask only once.
 */
function withConsistentLevel<T extends Partial<ActionInput>>(input: T, before?: Action): T {
  const wirkungsstufe = input.wirkungsstufe !== undefined ? input.wirkungsstufe : (before?.wirkungsstufe ?? null);
  let level = input.effectLevel !== undefined ? input.effectLevel : (before?.effectLevel ?? null);
  if (wirkungsstufe != null && input.wirkungsstufe !== undefined && input.effectLevel === undefined) {
    level = effectLevelForWirkungsstufe(wirkungsstufe);
    input = { ...input, effectLevel: level };
  }
  if (wirkungsstufe != null && level != null && effectLevelForWirkungsstufe(wirkungsstufe) !== level) {
    throw AppError.of('INVALID_INPUT', 'domain.stageLevelMismatch', {
      wirkungsstufe,
      level: LEVEL_NAME[level],
      expected: LEVEL_NAME[effectLevelForWirkungsstufe(wirkungsstufe)],
    });
  }
  return input;
}
const LEVEL_NAME: Record<EffectLevel, string> = { output: 'Output', outcome: 'Outcome', impact: 'Impact' };

export function addAction(db: Database.Database, a: ActionInput): Action {
  assertRoom(db, 'actions', (db.prepare('SELECT count(*) AS n FROM actions').get() as { n: number }).n, MAX_COUNT.actions);
  checkDates(a.start, a.due);
  a = withConsistentLevel(a);
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
  patch = withConsistentLevel(patch, before);
  const keys = (Object.keys(COLUMNS) as (keyof ActionInput)[]).filter((k) => patch[k] !== undefined);
  if (keys.length) {
    db.prepare(`UPDATE actions SET ${keys.map((k) => `${COLUMNS[k]} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(
      ...keys.map((k) => patch[k] ?? null),
      new Date().toISOString(),
      id,
    );
  }
  return getAction(db, id);
}

export function deleteAction(db: Database.Database, id: number): void {
  getAction(db, id);
  db.prepare('DELETE FROM actions WHERE id = ?').run(id);
}

function touch(db: Database.Database, id: number): void {
  db.prepare('UPDATE actions SET updated_at = ? WHERE id = ?').run(new Date().toISOString(), id);
}

/** A dated progress note; a status given with it becomes the action's status. */
export function addActionUpdate(db: Database.Database, u: { actionId: number; date: string; note: string; status?: ActionStatus | null }): Action {
  getAction(db, u.actionId);
  const notes = (db.prepare('SELECT count(*) AS n FROM action_updates WHERE action_id = ?').get(u.actionId) as { n: number }).n;
  if (notes >= MAX_COUNT.updatesPerAction) throw AppError.of('LIMIT', 'domain.tooMany', { what: 'updates', max: MAX_COUNT.updatesPerAction });
  db.prepare('INSERT INTO action_updates(action_id, date, note, status, created_at) VALUES (?, ?, ?, ?, ?)').run(
    u.actionId,
    u.date,
    u.note,
    u.status ?? null,
    new Date().toISOString(),
  );
  if (u.status) db.prepare('UPDATE actions SET status = ? WHERE id = ?').run(u.status, u.actionId);
  touch(db, u.actionId);
  return getAction(db, u.actionId);
}

export function deleteActionUpdate(db: Database.Database, id: number): Action {
  const row = db.prepare('SELECT action_id FROM action_updates WHERE id = ?').get(id) as { action_id: number } | undefined;
  if (!row) throw AppError.of('NOT_FOUND', 'domain.updateNotFound', { id });
  db.prepare('DELETE FROM action_updates WHERE id = ?').run(id);
  touch(db, row.action_id);
  return getAction(db, row.action_id);
}

/** Replace the action's links (next step, clusters, questions/potentials, fields) as a whole. */
export function setActionLinks(db: Database.Database, id: number, links: ActionLink[]): Action {
  getAction(db, id);
  db.prepare('DELETE FROM action_links WHERE action_id = ?').run(id);
  const ins = db.prepare('INSERT OR IGNORE INTO action_links(action_id, kind, ref) VALUES (?, ?, ?)');
  for (const l of links) ins.run(id, l.kind, l.ref);
  touch(db, id);
  return getAction(db, id);
}
