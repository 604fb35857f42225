import type Database from 'better-sqlite3';
import type { Agenda, WorkshopTable } from '../../../../shared/api/agenda';
import type { AgendaItem, AgendaKind } from '../../../../shared/agenda/timer';
import { nextItem } from '../../../../shared/agenda/timer';
import { STANDARD_AGENDA } from '../../../../shared/agenda/template';
import { FIELDS, type FieldKey, type Phase } from '../../../../shared/domain/fields';
import { AppError } from '../../../../shared/domain/errors';
import { getMeta, setMeta } from './meta';

interface ItemRow {
  id: number;
  position: number;
  title: string;
  minutes: number;
  kind: AgendaKind;
  phase: Phase | null;
  note: string | null;
  started_at: number | null;
  ended_at: number | null;
  extra_minutes: number;
  paused_ms: number;
  paused_at: number | null;
}

const toItem = (r: ItemRow): AgendaItem => ({
  id: r.id,
  position: r.position,
  title: r.title,
  minutes: r.minutes,
  kind: r.kind,
  phase: r.phase,
  note: r.note,
  startedAt: r.started_at,
  endedAt: r.ended_at,
  extraMinutes: r.extra_minutes,
  pausedMs: r.paused_ms,
  pausedAt: r.paused_at,
});

export function listAgendaItems(db: Database.Database): AgendaItem[] {
  return (db.prepare('SELECT * FROM agenda_items ORDER BY position, id').all() as ItemRow[]).map(toItem);
}

export function getAgendaItem(db: Database.Database, id: number): AgendaItem {
  const r = db.prepare('SELECT * FROM agenda_items WHERE id = ?').get(id) as ItemRow | undefined;
  if (!r) throw AppError.of('NOT_FOUND', 'agenda.itemNotFound', { id });
  return toItem(r);
}

export function readAgenda(db: Database.Database, now = Date.now()): Agenda {
  const items = listAgendaItems(db);
  const cur = Number(getMeta(db, 'agenda_current'));
  return { startTime: getMeta(db, 'agenda_start'), currentId: items.some((i) => i.id === cur) ? cur : null, items, serverNow: now };
}

export function setAgendaStart(db: Database.Database, time: string | null): void {
  setMeta(db, 'agenda_start', time);
}

export interface AgendaItemInput {
  title?: string;
  minutes?: number;
  kind?: AgendaKind;
  phase?: Phase | null;
  note?: string | null;
}

export function addAgendaItem(db: Database.Database, i: Required<Pick<AgendaItemInput, 'title' | 'minutes'>> & AgendaItemInput): AgendaItem {
  const pos = (db.prepare('SELECT coalesce(max(position), 0) + 1 AS p FROM agenda_items').get() as { p: number }).p;
  const info = db
    .prepare('INSERT INTO agenda_items(position, title, minutes, kind, phase, note) VALUES (?, ?, ?, ?, ?, ?)')
    .run(pos, i.title, i.minutes, i.kind ?? 'item', i.phase ?? null, i.note ?? null);
  return getAgendaItem(db, Number(info.lastInsertRowid));
}

export function updateAgendaItem(db: Database.Database, id: number, p: AgendaItemInput): AgendaItem {
  getAgendaItem(db, id);
  // Fixed column list: no identifier ever comes from input.
  if (p.title !== undefined) db.prepare('UPDATE agenda_items SET title = ? WHERE id = ?').run(p.title, id);
  if (p.minutes !== undefined) db.prepare('UPDATE agenda_items SET minutes = ? WHERE id = ?').run(p.minutes, id);
  if (p.kind !== undefined) db.prepare('UPDATE agenda_items SET kind = ? WHERE id = ?').run(p.kind, id);
  if (p.phase !== undefined) db.prepare('UPDATE agenda_items SET phase = ? WHERE id = ?').run(p.phase, id);
  if (p.note !== undefined) db.prepare('UPDATE agenda_items SET note = ? WHERE id = ?').run(p.note || null, id);
  return getAgendaItem(db, id);
}

export function deleteAgendaItem(db: Database.Database, id: number): void {
  getAgendaItem(db, id);
  db.prepare('DELETE FROM agenda_items WHERE id = ?').run(id);
  if (Number(getMeta(db, 'agenda_current')) === id) setMeta(db, 'agenda_current', null);
}

export function moveAgendaItem(db: Database.Database, id: number, toIndex: number): void {
  getAgendaItem(db, id);
  const ids = listAgendaItems(db)
    .map((i) => i.id)
    .filter((x) => x !== id);
  ids.splice(Math.min(toIndex, ids.length), 0, id);
  const upd = db.prepare('UPDATE agenda_items SET position = ? WHERE id = ? AND position != ?');
  ids.forEach((x, n) => upd.run(n + 1, x, n + 1));
}

export function useAgendaTemplate(db: Database.Database, locale: 'de' | 'en'): void {
  if (listAgendaItems(db).length) throw AppError.of('CONFLICT', 'agenda.notEmpty');
  for (const t of STANDARD_AGENDA)
    addAgendaItem(db, { title: t.title[locale], minutes: t.minutes, kind: t.kind, phase: t.phase, note: t.note?.[locale] ?? null });
  if (!getMeta(db, 'agenda_start')) setMeta(db, 'agenda_start', '14:00');
}

function currentItem(db: Database.Database): AgendaItem | null {
  const id = Number(getMeta(db, 'agenda_current'));
  if (!id) return null;
  const r = db.prepare('SELECT * FROM agenda_items WHERE id = ?').get(id) as ItemRow | undefined;
  return r ? toItem(r) : null;
}

/** Ends the running item at `now` (a paused item ends at its pause). */
function endCurrent(db: Database.Database, now: number): void {
  const cur = currentItem(db);
  if (cur && cur.startedAt !== null && cur.endedAt === null) {
    db.prepare('UPDATE agenda_items SET ended_at = ?, paused_ms = ?, paused_at = NULL WHERE id = ?').run(
      now,
      cur.pausedMs + (cur.pausedAt !== null ? now - cur.pausedAt : 0),
      cur.id,
    );
  }
  setMeta(db, 'agenda_current', null);
}

/** Starts an item; returns the phase it opens (or null). Restarting an ended item continues its clock. */
export function startAgendaItem(db: Database.Database, id: number, now: number): Phase | null {
  const it = getAgendaItem(db, id);
  if (Number(getMeta(db, 'agenda_current')) !== id) endCurrent(db, now);
  if (it.startedAt === null) db.prepare('UPDATE agenda_items SET started_at = ?, ended_at = NULL, paused_at = NULL WHERE id = ?').run(now, id);
  else if (it.endedAt !== null) {
    // Resumed later: the time between its end and now counts as a pause.
    db.prepare('UPDATE agenda_items SET paused_ms = paused_ms + ?, ended_at = NULL, paused_at = NULL WHERE id = ?').run(now - it.endedAt, id);
  }
  setMeta(db, 'agenda_current', String(id));
  return it.phase;
}

export function pauseAgenda(db: Database.Database, paused: boolean, now: number): void {
  const cur = currentItem(db);
  if (!cur) throw AppError.of('CONFLICT', 'agenda.nothingRunning');
  if (paused && cur.pausedAt === null) db.prepare('UPDATE agenda_items SET paused_at = ? WHERE id = ?').run(now, cur.id);
  if (!paused && cur.pausedAt !== null)
    db.prepare('UPDATE agenda_items SET paused_ms = paused_ms + ?, paused_at = NULL WHERE id = ?').run(now - cur.pausedAt, cur.id);
}

export function extendAgenda(db: Database.Database, minutes: number): void {
  const cur = currentItem(db);
  if (!cur) throw AppError.of('CONFLICT', 'agenda.nothingRunning');
  db.prepare('UPDATE agenda_items SET extra_minutes = max(-minutes, min(600, extra_minutes + ?)) WHERE id = ?').run(minutes, cur.id);
}

/** Ends the running item and starts the next open one; returns the phase it opens. */
export function nextAgendaItem(db: Database.Database, now: number): Phase | null {
  const cur = currentItem(db);
  const items = listAgendaItems(db);
  const next = nextItem(items, cur?.id ?? null);
  endCurrent(db, now);
  return next ? startAgendaItem(db, next.id, now) : null;
}

export function finishAgenda(db: Database.Database, now: number): void {
  endCurrent(db, now);
}

// --- Table groups

interface TableRow {
  id: number;
  position: number;
  name: string;
  field: FieldKey | null;
  topic: string | null;
  host: string | null;
  cards: number;
  ideas: number;
}

export function listTables(db: Database.Database): WorkshopTable[] {
  return db
    .prepare(
      `SELECT t.*, (SELECT count(*) FROM cards c WHERE c.table_id = t.id) AS cards,
              (SELECT count(*) FROM ideas i WHERE i.table_id = t.id) AS ideas
       FROM workshop_tables t ORDER BY position, id`,
    )
    .all() as TableRow[];
}

export function getTable(db: Database.Database, id: number): WorkshopTable {
  const t = listTables(db).find((x) => x.id === id);
  if (!t) throw AppError.of('NOT_FOUND', 'agenda.tableNotFound', { id });
  return t;
}

export interface TableInput {
  name?: string;
  field?: FieldKey | null;
  topic?: string | null;
  host?: string | null;
}

export function addTable(db: Database.Database, t: TableInput & { name: string }): WorkshopTable {
  const pos = (db.prepare('SELECT coalesce(max(position), 0) + 1 AS p FROM workshop_tables').get() as { p: number }).p;
  const info = db
    .prepare('INSERT INTO workshop_tables(position, name, field, topic, host) VALUES (?, ?, ?, ?, ?)')
    .run(pos, t.name, t.field ?? null, t.topic || null, t.host || null);
  return getTable(db, Number(info.lastInsertRowid));
}

export function updateTable(db: Database.Database, id: number, p: TableInput): WorkshopTable {
  getTable(db, id);
  if (p.name !== undefined) db.prepare('UPDATE workshop_tables SET name = ? WHERE id = ?').run(p.name, id);
  if (p.field !== undefined) db.prepare('UPDATE workshop_tables SET field = ? WHERE id = ?').run(p.field, id);
  if (p.topic !== undefined) db.prepare('UPDATE workshop_tables SET topic = ? WHERE id = ?').run(p.topic || null, id);
  if (p.host !== undefined) db.prepare('UPDATE workshop_tables SET host = ? WHERE id = ?').run(p.host || null, id);
  return getTable(db, id);
}

export function deleteTable(db: Database.Database, id: number): void {
  getTable(db, id);
  // Explicit, so the undo log records the cards' and steps' change too.
  db.prepare('UPDATE cards SET table_id = NULL WHERE table_id = ?').run(id);
  db.prepare('UPDATE ideas SET table_id = NULL WHERE table_id = ?').run(id);
  db.prepare('DELETE FROM workshop_tables WHERE id = ?').run(id);
}

export function tablesPerField(db: Database.Database, locale: 'de' | 'en' = 'de'): WorkshopTable[] {
  if (listTables(db).length) throw AppError.of('CONFLICT', 'agenda.tablesNotEmpty');
  for (const f of FIELDS) addTable(db, { name: `${locale === 'de' ? 'Tisch' : 'Table'} ${f.number}: ${f.short[locale]}`, field: f.key });
  return listTables(db);
}
