import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/domain/errors';
import { MAX_COUNT, PHONE_LIMITS } from '../../../../shared/domain/limits';

// Participant mode (phones): device links, idempotency of retried writes, and the cards and
// ideas as phones may see them. A device is known only by a hash of its random cookie token.
// wipePhoneLinks() empties the three phone tables: after it, nothing in the file tells which
// device wrote which card (cards keep origin 'phone', nothing more).

// Prepared once per connection: the phone path runs these hundreds of times per second in a burst.
const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();
function st(db: Database.Database, sql: string): Database.Statement {
  let m = statements.get(db);
  if (!m) statements.set(db, (m = new Map()));
  let s = m.get(sql);
  if (!s) m.set(sql, (s = db.prepare(sql)));
  return s;
}

export interface DeviceRow {
  id: number;
  sector: string | null;
  participant_id: number | null;
  /** 'table': joined with a table's code, bound to table_id (cards of that table only) */
  role: 'participant' | 'table';
  table_id: number | null;
}
type Kind = 'card' | 'idea';
const TABLE: Record<Kind, 'cards' | 'ideas'> = { card: 'cards', idea: 'ideas' };

export function wipePhoneLinks(db: Database.Database): void {
  db.exec('DELETE FROM phone_requests; DELETE FROM phone_items; DELETE FROM phone_devices;');
}

export function hasPhoneLinks(db: Database.Database): boolean {
  return !!st(db, 'SELECT 1 FROM phone_devices UNION ALL SELECT 1 FROM phone_items UNION ALL SELECT 1 FROM phone_requests LIMIT 1').get();
}

export function deviceByHash(db: Database.Database, hash: string): DeviceRow | undefined {
  return st(db, 'SELECT id, sector, participant_id, role, table_id FROM phone_devices WHERE token_hash = ?').get(hash) as DeviceRow | undefined;
}

export function deviceById(db: Database.Database, id: number): DeviceRow | undefined {
  return st(db, 'SELECT id, sector, participant_id, role, table_id FROM phone_devices WHERE id = ?').get(id) as DeviceRow | undefined;
}

export function createDevice(db: Database.Database, hash: string, sector: string | null, tableId: number | null = null): number {
  return Number(
    st(db, 'INSERT INTO phone_devices(token_hash, sector, created_at, role, table_id) VALUES (?, ?, ?, ?, ?)').run(
      hash,
      sector,
      new Date().toISOString(),
      tableId === null ? 'participant' : 'table',
      tableId,
    ).lastInsertRowid,
  );
}

/** Ends every table-host session of one table (its code was renewed): their links go with them. */
export function revokeTableDevices(db: Database.Database, tableId: number): number {
  return st(db, "DELETE FROM phone_devices WHERE role = 'table' AND table_id = ?").run(tableId).changes;
}

export function deleteDevice(db: Database.Database, id: number): void {
  st(db, 'DELETE FROM phone_devices WHERE id = ?').run(id);
}

/** table id → number of table-host devices joined with its code */
export function tableDeviceCounts(db: Database.Database): Map<number, number> {
  const rows = st(db, "SELECT table_id, count(*) AS n FROM phone_devices WHERE role = 'table' GROUP BY table_id").all() as { table_id: number; n: number }[];
  return new Map(rows.map((r) => [r.table_id, r.n]));
}

export interface TableRef {
  id: number;
  name: string;
  field: string | null;
}
export function tableRefs(db: Database.Database): TableRef[] {
  return st(db, 'SELECT id, name, field FROM workshop_tables ORDER BY position, id').all() as TableRef[];
}

/** The table a card belongs to (null: none, or no such card). */
export function cardTable(db: Database.Database, cardId: number): number | null {
  return (st(db, 'SELECT table_id FROM cards WHERE id = ?').pluck().get(cardId) as number | null | undefined) ?? null;
}

/** Every card of one table, as its table host sees them (hidden ones too, with their state). */
export function tableItems(db: Database.Database, tableId: number): MyItemRow[] {
  return st(db, 'SELECT id, text, field, hidden, moderation FROM cards WHERE table_id = ? ORDER BY id').all(tableId) as MyItemRow[];
}

/** One line per table card (and the table's own name and field): what a table host's list shows changed when its line did. */
export function tableCardLines(db: Database.Database): { table_id: number; line: string }[] {
  return st(
    db,
    `SELECT t.id AS table_id, t.name || char(31) || coalesce(t.field, '') || char(31) ||
            coalesce((SELECT group_concat(c.id || char(30) || c.text || char(30) || coalesce(c.field, '') || char(30) || c.hidden || char(30) || coalesce(c.moderation, ''), char(29))
                      FROM (SELECT * FROM cards WHERE table_id = t.id ORDER BY id) c), '') AS line
     FROM workshop_tables t`,
  ).all() as { table_id: number; line: string }[];
}

export function setDeviceSector(db: Database.Database, id: number, sector: string | null): void {
  st(db, 'UPDATE phone_devices SET sector = ? WHERE id = ?').run(sector, id);
  st(db, 'UPDATE participants SET sector = ? WHERE id = (SELECT participant_id FROM phone_devices WHERE id = ?)').run(sector, id);
  st(db, 'UPDATE votes SET sector = ? WHERE participant_id = (SELECT participant_id FROM phone_devices WHERE id = ?)').run(sector, id);
}

export function countDevices(db: Database.Database): number {
  return st(db, 'SELECT count(*) FROM phone_devices').pluck().get() as number;
}

export function findRequest(db: Database.Database, deviceId: number, key: string): string | undefined {
  return st(db, 'SELECT response FROM phone_requests WHERE device_id = ? AND client_key = ?').pluck().get(deviceId, key) as string | undefined;
}

export function saveRequest(db: Database.Database, deviceId: number, key: string, response: string): void {
  st(db, 'INSERT INTO phone_requests(device_id, client_key, response) VALUES (?, ?, ?)').run(deviceId, key, response);
}

/** Refuses a phone's new card or step once the wall is full for phones or this device has sent its most. */
export function assertPhoneRoom(db: Database.Database, deviceId: number, kind: Kind): void {
  const what = TABLE[kind];
  const total = st(db, `SELECT count(*) FROM ${what}`).pluck().get() as number;
  const max = MAX_COUNT[what] - PHONE_LIMITS.reserve[what];
  if (total >= max) throw AppError.of('LIMIT', 'participants.wallFull', { what });
  // what is still on the wall: a card the facilitator deleted or merged away no longer counts
  const mine = st(db, `SELECT count(*) FROM phone_items p JOIN ${what} x ON x.id = p.item_id WHERE p.device_id = ? AND p.kind = ?`)
    .pluck()
    .get(deviceId, kind) as number;
  if (mine >= PHONE_LIMITS.perDevice[what]) throw AppError.of('LIMIT', 'participants.deviceFull', { what, max: PHONE_LIMITS.perDevice[what] });
}

/** A card from a phone, not yet in a cluster (clustered after the commit, off the request path). */
export function insertPhoneCard(
  db: Database.Database,
  c: { text: string; field: string | null; sector: string | null; moderation: 'pending' | 'flagged' | null; tableId?: number | null },
): number {
  const pos = st(db, 'SELECT coalesce(max(position), 0) + 1 FROM cards').pluck().get() as number;
  return Number(
    st(db, "INSERT INTO cards(text, field, sector, hidden, position, created_at, origin, moderation, table_id) VALUES (?, ?, ?, ?, ?, ?, 'phone', ?, ?)").run(
      c.text,
      c.field,
      c.sector,
      c.moderation ? 1 : 0,
      pos,
      new Date().toISOString(),
      c.moderation,
      c.tableId ?? null,
    ).lastInsertRowid,
  );
}

export function insertPhoneIdea(db: Database.Database, i: { text: string; moderation: 'pending' | 'flagged' | null }): number {
  const pos = st(db, 'SELECT coalesce(max(position), 0) + 1 FROM ideas').pluck().get() as number;
  return Number(
    st(db, "INSERT INTO ideas(text, hidden, position, created_at, origin, moderation) VALUES (?, ?, ?, ?, 'phone', ?)").run(
      i.text,
      i.moderation ? 1 : 0,
      pos,
      new Date().toISOString(),
      i.moderation,
    ).lastInsertRowid,
  );
}

/** A phone's edit of its own text: re-checked, so an edit can put a card (back) on review. */
export function updatePhoneItem(
  db: Database.Database,
  kind: Kind,
  id: number,
  p: { text: string; field?: string | null; moderation: 'pending' | 'flagged' | null },
): void {
  const t = TABLE[kind];
  const cur = st(db, `SELECT hidden, moderation FROM ${t} WHERE id = ?`).get(id) as { hidden: number; moderation: string | null };
  // hidden by the facilitator stays hidden; a new flag hides; an old flag is lifted only if the text is clean
  const hidden = p.moderation ? 1 : cur.moderation ? 0 : cur.hidden;
  if (kind === 'card' && p.field !== undefined)
    st(db, 'UPDATE cards SET text = ?, field = ?, hidden = ?, moderation = ? WHERE id = ?').run(p.text, p.field, hidden, p.moderation, id);
  else st(db, `UPDATE ${t} SET text = ?, hidden = ?, moderation = ? WHERE id = ?`).run(p.text, hidden, p.moderation, id);
}

export function linkItem(db: Database.Database, deviceId: number, kind: Kind, itemId: number): void {
  st(db, 'INSERT OR REPLACE INTO phone_items(device_id, kind, item_id) VALUES (?, ?, ?)').run(deviceId, kind, itemId);
}

export function ownsItem(db: Database.Database, deviceId: number, kind: Kind, itemId: number): boolean {
  return !!st(db, `SELECT 1 FROM phone_items p JOIN ${TABLE[kind]} x ON x.id = p.item_id WHERE p.device_id = ? AND p.kind = ? AND p.item_id = ?`).get(
    deviceId,
    kind,
    itemId,
  );
}

export function unlinkItem(db: Database.Database, kind: Kind, itemId: number): void {
  st(db, 'DELETE FROM phone_items WHERE kind = ? AND item_id = ?').run(kind, itemId);
}

export interface MyItemRow {
  id: number;
  text: string;
  field: string | null;
  hidden: number;
  moderation: string | null;
}
export function myItems(db: Database.Database, deviceId: number, kind: Kind): MyItemRow[] {
  const field = kind === 'card' ? 'x.field' : 'NULL AS field';
  return st(
    db,
    `SELECT x.id, x.text, ${field}, x.hidden, x.moderation FROM phone_items p JOIN ${TABLE[kind]} x ON x.id = p.item_id WHERE p.device_id = ? AND p.kind = ? ORDER BY x.id`,
  ).all(deviceId, kind) as MyItemRow[];
}

export function myItem(db: Database.Database, kind: Kind, id: number): MyItemRow {
  const field = kind === 'card' ? 'field' : 'NULL AS field';
  return st(db, `SELECT id, text, ${field}, hidden, moderation FROM ${TABLE[kind]} WHERE id = ?`).get(id) as MyItemRow;
}

export function itemCluster(db: Database.Database, cardId: number): number | null {
  return (st(db, 'SELECT cluster_id FROM cards WHERE id = ?').pluck().get(cardId) as number | null | undefined) ?? null;
}

export function itemText(db: Database.Database, kind: Kind, id: number): string | undefined {
  return st(db, `SELECT text FROM ${TABLE[kind]} WHERE id = ?`).pluck().get(id) as string | undefined;
}

/** Cards every phone may see: not hidden (hidden includes "waiting for review"). */
export function publicCards(db: Database.Database): { id: number; text: string; sector: string | null; field: string | null }[] {
  return st(db, 'SELECT id, text, sector, field FROM cards WHERE hidden = 0 ORDER BY id').all() as {
    id: number;
    text: string;
    sector: string | null;
    field: string | null;
  }[];
}

export function publicIdeas(db: Database.Database): { id: number; text: string }[] {
  return st(db, 'SELECT id, text FROM ideas WHERE hidden = 0 ORDER BY position, id').all() as { id: number; text: string }[];
}

export function ideaVisible(db: Database.Database, id: number): boolean {
  return !!st(db, 'SELECT 1 FROM ideas WHERE id = ? AND hidden = 0').get(id);
}

export function waitingCount(db: Database.Database): number {
  return st(db, 'SELECT (SELECT count(*) FROM cards WHERE moderation IS NOT NULL) + (SELECT count(*) FROM ideas WHERE moderation IS NOT NULL)')
    .pluck()
    .get() as number;
}

export function approveItem(db: Database.Database, kind: Kind, id: number): boolean {
  return st(db, `UPDATE ${TABLE[kind]} SET hidden = 0, moderation = NULL WHERE id = ?`).run(id).changes > 0;
}

/**
 * The device's row in the per-person dot table, made on its first dot ("Handy 1", "Handy 2", …):
 * the facilitator's dot rules (budget, one per idea, changing the budget) then hold for phones too.
 */
export function deviceParticipant(db: Database.Database, device: DeviceRow): number {
  if (device.participant_id && st(db, 'SELECT 1 FROM participants WHERE id = ?').get(device.participant_id)) return device.participant_id;
  const labels = new Set(st(db, 'SELECT lower(label) FROM participants').pluck().all() as string[]);
  let n = (st(db, "SELECT count(*) FROM participants WHERE label LIKE 'Handy %'").pluck().get() as number) + 1;
  while (labels.has(`handy ${n}`)) n++;
  const pid = Number(st(db, 'INSERT INTO participants(label, sector) VALUES (?, ?)').run(`Handy ${n}`, device.sector).lastInsertRowid);
  st(db, 'UPDATE phone_devices SET participant_id = ? WHERE id = ?').run(pid, device.id);
  device.participant_id = pid;
  return pid;
}

/** idea id → dots of one participant */
export function participantDots(db: Database.Database, participantId: number | null): Record<string, number> {
  if (!participantId) return {};
  const rows = st(db, 'SELECT idea_id, sum(count) AS n FROM votes WHERE participant_id = ? GROUP BY idea_id').all(participantId) as {
    idea_id: number;
    n: number;
  }[];
  return Object.fromEntries(rows.filter((r) => r.n > 0).map((r) => [String(r.idea_id), r.n]));
}

export function setParticipantDots(db: Database.Database, participantId: number, ideaId: number, count: number, sector: string | null): void {
  st(db, 'DELETE FROM votes WHERE participant_id = ? AND idea_id = ?').run(participantId, ideaId);
  if (count > 0)
    st(db, 'INSERT INTO votes(idea_id, participant_id, sector, count, created_at) VALUES (?, ?, ?, ?, ?)').run(
      ideaId,
      participantId,
      sector,
      count,
      new Date().toISOString(),
    );
}
