import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/domain/errors';
import { SECTOR_KEYS, type SectorKey } from '../../../../shared/domain/fields';
import type { Criterion } from '../../../../shared/api/criteria';
import type { Participant, Tally, VoteSettings } from '../../../../shared/api/votes';
import { getMeta, setMeta } from './meta';
import { getIdea } from './ideas';

// Dot voting. Two ways in, one table (votes):
//  - tallies typed by the facilitator from a paper round: participant_id NULL, one row per
//    (idea, sector or none);
//  - per person: participant_id set, count = that person's dots on that idea, sector = theirs.
// Settings live in meta (no schema change): vote_dots_per_person, vote_allow_multiple,
// votes_revealed, rank_method, vote_weight, prio_projector_view.

const DEFAULTS: VoteSettings = { dotsPerPerson: 3, allowMultiple: true, revealed: false, method: 'dots', votesWeight: 1, projectorView: 'ranking' };

export function readVoteSettings(db: Database.Database): VoteSettings {
  const num = (k: string, d: number) => {
    const v = Number(getMeta(db, k));
    return getMeta(db, k) !== null && Number.isFinite(v) ? v : d;
  };
  const method = getMeta(db, 'rank_method');
  const view = getMeta(db, 'prio_projector_view');
  return {
    dotsPerPerson: Math.max(1, Math.round(num('vote_dots_per_person', DEFAULTS.dotsPerPerson))),
    allowMultiple: (getMeta(db, 'vote_allow_multiple') ?? '1') === '1',
    revealed: getMeta(db, 'votes_revealed') === '1',
    method: method === 'criteria' || method === 'combined' ? method : 'dots',
    votesWeight: num('vote_weight', DEFAULTS.votesWeight),
    projectorView: view === 'matrix' || view === 'sectors' ? view : 'ranking',
  };
}

export function configureVotes(
  db: Database.Database,
  p: Partial<Pick<VoteSettings, 'dotsPerPerson' | 'allowMultiple' | 'method' | 'votesWeight'>>,
): VoteSettings {
  if (p.dotsPerPerson !== undefined) {
    const over = db
      .prepare(
        'SELECT p.label AS label, sum(v.count) AS n FROM votes v JOIN participants p ON p.id = v.participant_id GROUP BY p.id HAVING n > ? ORDER BY n DESC LIMIT 1',
      )
      .get(p.dotsPerPerson) as { label: string; n: number } | undefined;
    if (over) throw AppError.of('LIMIT', 'votes.budgetBelowUsed', { label: over.label, used: over.n, max: p.dotsPerPerson });
    setMeta(db, 'vote_dots_per_person', String(p.dotsPerPerson));
  }
  if (p.allowMultiple !== undefined) {
    if (!p.allowMultiple) {
      const multi = db.prepare('SELECT p.label AS label FROM votes v JOIN participants p ON p.id = v.participant_id WHERE v.count > 1 LIMIT 1').get() as
        { label: string } | undefined;
      if (multi) throw AppError.of('LIMIT', 'votes.multipleAlreadyCast', { label: multi.label });
    }
    setMeta(db, 'vote_allow_multiple', p.allowMultiple ? '1' : '0');
  }
  if (p.method !== undefined) setMeta(db, 'rank_method', p.method);
  if (p.votesWeight !== undefined) setMeta(db, 'vote_weight', String(p.votesWeight));
  return readVoteSettings(db);
}

export function setRevealed(db: Database.Database, revealed: boolean): VoteSettings {
  setMeta(db, 'votes_revealed', revealed ? '1' : '0');
  return readVoteSettings(db);
}

export function setProjectorView(db: Database.Database, view: VoteSettings['projectorView']): VoteSettings {
  setMeta(db, 'prio_projector_view', view);
  return readVoteSettings(db);
}

export function listTallies(db: Database.Database): Tally[] {
  return (
    db.prepare('SELECT idea_id, sector, sum(count) AS n FROM votes WHERE participant_id IS NULL GROUP BY idea_id, sector ORDER BY idea_id, sector').all() as {
      idea_id: number;
      sector: string | null;
      n: number;
    }[]
  ).map((r) => ({ ideaId: r.idea_id, sector: r.sector as Tally['sector'], count: r.n }));
}

function attendance(db: Database.Database, sector: string | null): number {
  const sql = sector ? 'SELECT coalesce(sum(count), 0) FROM attendance WHERE sector = ?' : 'SELECT coalesce(sum(count), 0) FROM attendance';
  return (sector ? db.prepare(sql).pluck().get(sector) : db.prepare(sql).pluck().get()) as number;
}

/**
 * Set or change one tally. `delta` is relative (+1/−1 from two windows add up); `set` is absolute
 * and, with `expected`, refused with CONFLICT when the tally changed since the window saw it.
 * Limits from the attendance list (if recorded): a sector cannot give more dots than its people
 * have, and without "several dots per idea" an idea cannot get more dots than people are there.
 */
export function tally(db: Database.Database, i: { ideaId: number; sector?: string | null; delta?: number; set?: number; expected?: number }): Tally {
  const idea = getIdea(db, i.ideaId);
  const sector = i.sector ?? null;
  const rows = db.prepare('SELECT id, count FROM votes WHERE idea_id = ? AND participant_id IS NULL AND sector IS ?').all(i.ideaId, sector) as {
    id: number;
    count: number;
  }[];
  const current = rows.reduce((n, r) => n + r.count, 0);
  if (i.set !== undefined && i.expected !== undefined && i.expected !== current) {
    throw AppError.of('CONFLICT', 'votes.tallyChanged', { idea: idea.text, sector: sector ?? 'none', current, expected: i.expected });
  }
  const next = i.set !== undefined ? i.set : current + (i.delta ?? 0);
  if (next < 0) {
    throw AppError.of('INVALID_INPUT', 'votes.tallyBelowZero', { idea: idea.text, sector: sector ?? 'none', current });
  }
  const s = readVoteSettings(db);
  const people = attendance(db, sector);
  if (people > 0 && next > current) {
    const sectorTotal = (
      sector
        ? db.prepare('SELECT coalesce(sum(count), 0) FROM votes WHERE sector = ?').pluck().get(sector)
        : db.prepare('SELECT coalesce(sum(count), 0) FROM votes').pluck().get()
    ) as number;
    const after = sectorTotal - current + next;
    const max = people * s.dotsPerPerson;
    if (after > max) {
      throw AppError.of('LIMIT', 'votes.tallyOverBudget', { sector: sector ?? 'none', people, dots: s.dotsPerPerson, max, after });
    }
    if (!s.allowMultiple && sector && next > people) {
      throw AppError.of('LIMIT', 'votes.tallyOnePerPerson', { sector: sector ?? 'none', idea: idea.text, max: people });
    }
  }
  if (rows.length > 1)
    db.prepare(
      `DELETE FROM votes WHERE id IN (${rows
        .slice(1)
        .map((r) => r.id)
        .join(',')})`,
    ).run();
  if (next === 0) {
    if (rows.length) db.prepare('DELETE FROM votes WHERE id = ?').run(rows[0].id);
  } else if (rows.length) db.prepare('UPDATE votes SET count = ? WHERE id = ?').run(next, rows[0].id);
  else
    db.prepare('INSERT INTO votes(idea_id, participant_id, sector, count, created_at) VALUES (?, NULL, ?, ?, ?)').run(
      i.ideaId,
      sector,
      next,
      new Date().toISOString(),
    );
  return { ideaId: i.ideaId, sector: sector as Tally['sector'], count: next };
}

export function resetVotes(db: Database.Database): void {
  db.prepare('DELETE FROM votes').run();
}

interface ParticipantRow {
  id: number;
  label: string;
  sector: string | null;
}

export function listParticipants(db: Database.Database): Participant[] {
  const rows = db.prepare('SELECT id, label, sector FROM participants ORDER BY id').all() as ParticipantRow[];
  const votes = db
    .prepare('SELECT participant_id AS pid, idea_id, sum(count) AS n FROM votes WHERE participant_id IS NOT NULL GROUP BY participant_id, idea_id')
    .all() as { pid: number; idea_id: number; n: number }[];
  return rows.map((r) => {
    const mine = votes.filter((v) => v.pid === r.id && v.n > 0);
    return {
      id: r.id,
      label: r.label,
      sector: r.sector as Participant['sector'],
      used: mine.reduce((n, v) => n + v.n, 0),
      votes: Object.fromEntries(mine.map((v) => [String(v.idea_id), v.n])),
    };
  });
}

export function getParticipant(db: Database.Database, id: number): Participant {
  const p = listParticipants(db).find((x) => x.id === id);
  if (!p) throw AppError.of('NOT_FOUND', 'votes.participantNotFound', { id });
  return p;
}

export function addParticipant(db: Database.Database, label: string, sector: string | null): Participant {
  if (db.prepare('SELECT 1 FROM participants WHERE lower(label) = lower(?)').get(label)) {
    throw AppError.of('CONFLICT', 'votes.participantExists', { label });
  }
  const info = db.prepare('INSERT INTO participants(label, sector) VALUES (?, ?)').run(label, sector);
  return getParticipant(db, Number(info.lastInsertRowid));
}

export function deleteParticipant(db: Database.Database, id: number): void {
  getParticipant(db, id);
  db.prepare('DELETE FROM participants WHERE id = ?').run(id);
}

/** One person's dot on one idea, with the dot limit and the "several dots per idea" rule enforced. */
export function cast(db: Database.Database, participantId: number, ideaId: number, delta: number): Participant {
  const p = getParticipant(db, participantId);
  const idea = getIdea(db, ideaId);
  const s = readVoteSettings(db);
  const current = p.votes[String(ideaId)] ?? 0;
  const next = current + delta;
  if (next < 0) throw AppError.of('INVALID_INPUT', 'votes.nothingToTakeBack', { label: p.label, idea: idea.text, current });
  if (delta > 0 && p.used + delta > s.dotsPerPerson) {
    throw AppError.of('LIMIT', 'votes.budgetUsed', { label: p.label, used: p.used, max: s.dotsPerPerson });
  }
  if (delta > 0 && !s.allowMultiple && next > 1) {
    throw AppError.of('LIMIT', 'votes.onePerPerson', { label: p.label, idea: idea.text, max: 1 });
  }
  db.prepare('DELETE FROM votes WHERE participant_id = ? AND idea_id = ?').run(participantId, ideaId);
  if (next > 0)
    db.prepare('INSERT INTO votes(idea_id, participant_id, sector, count, created_at) VALUES (?, ?, ?, ?, ?)').run(
      ideaId,
      participantId,
      p.sector,
      next,
      new Date().toISOString(),
    );
  return getParticipant(db, participantId);
}

// --- Weighted criteria (e.g. Wirkung, Machbarkeit, Dringlichkeit) rated 1–5 per idea

export function listCriteria(db: Database.Database): Criterion[] {
  return db.prepare('SELECT id, name, weight, position FROM criteria ORDER BY position, id').all() as Criterion[];
}

function getCriterion(db: Database.Database, id: number): Criterion {
  const c = listCriteria(db).find((x) => x.id === id);
  if (!c) throw AppError.of('NOT_FOUND', 'votes.criterionNotFound', { id });
  return c;
}

export function addCriterion(db: Database.Database, name: string, weight = 1): Criterion {
  if (db.prepare('SELECT 1 FROM criteria WHERE lower(name) = lower(?)').get(name)) {
    throw AppError.of('CONFLICT', 'votes.criterionExists', { name });
  }
  const pos = db.prepare('SELECT coalesce(max(position), 0) + 1 FROM criteria').pluck().get() as number;
  const info = db.prepare('INSERT INTO criteria(name, weight, position) VALUES (?, ?, ?)').run(name, weight, pos);
  return getCriterion(db, Number(info.lastInsertRowid));
}

export function updateCriterion(db: Database.Database, id: number, p: { name?: string; weight?: number }): Criterion {
  getCriterion(db, id);
  if (p.name !== undefined) db.prepare('UPDATE criteria SET name = ? WHERE id = ?').run(p.name, id);
  if (p.weight !== undefined) db.prepare('UPDATE criteria SET weight = ? WHERE id = ?').run(p.weight, id);
  return getCriterion(db, id);
}

export function deleteCriterion(db: Database.Database, id: number): void {
  getCriterion(db, id);
  db.prepare('DELETE FROM criteria WHERE id = ?').run(id);
}

export function rate(db: Database.Database, ideaId: number, criterionId: number, value: number | null): void {
  getIdea(db, ideaId);
  getCriterion(db, criterionId);
  if (value === null) db.prepare('DELETE FROM idea_scores WHERE idea_id = ? AND criterion_id = ?').run(ideaId, criterionId);
  else
    db.prepare(
      'INSERT INTO idea_scores(idea_id, criterion_id, value) VALUES (?, ?, ?) ON CONFLICT(idea_id, criterion_id) DO UPDATE SET value = excluded.value',
    ).run(ideaId, criterionId, value);
}

/** idea id → criterion id → value */
export function readScores(db: Database.Database): Map<number, Record<number, number>> {
  const out = new Map<number, Record<number, number>>();
  for (const r of db.prepare('SELECT idea_id, criterion_id, value FROM idea_scores').all() as { idea_id: number; criterion_id: number; value: number }[]) {
    const m = out.get(r.idea_id) ?? {};
    m[r.criterion_id] = r.value;
    out.set(r.idea_id, m);
  }
  return out;
}

/** Attendance for every sector in the fixed order (0 where nothing is recorded). */
export function readAttendance(db: Database.Database): { sector: SectorKey; count: number }[] {
  const rows = new Map((db.prepare('SELECT sector, count FROM attendance').all() as { sector: string; count: number }[]).map((r) => [r.sector, r.count]));
  return SECTOR_KEYS.map((sector) => ({ sector, count: rows.get(sector) ?? 0 }));
}

/** Records how many people from each given sector took part; 0 removes the row. */
export function writeAttendance(db: Database.Database, rows: { sector: SectorKey; count: number }[]): void {
  const put = db.prepare(
    'INSERT INTO attendance (sector, count) VALUES (?, ?) ON CONFLICT(sector) DO UPDATE SET count = excluded.count WHERE count <> excluded.count',
  );
  const del = db.prepare('DELETE FROM attendance WHERE sector = ?');
  for (const r of rows) {
    if (r.count > 0) put.run(r.sector, r.count);
    else del.run(r.sector);
  }
}
