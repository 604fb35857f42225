import type Database from 'better-sqlite3';
import { knownColumns } from './schema';

/**
 * Undo/redo for the facilitator's edits, after SQLite's own recipe (sqlite.org/undoredo.html):
 * temporary triggers write the inverse SQL of every row change into a temp log. One API
 * mutation = one step. Temp objects live only in this connection, so nothing of it is ever
 * written into the user's workshop file.
 */
export const UNDOABLE_TABLES = [
  'meta',
  'clusters',
  'cards',
  'ideas',
  'idea_links',
  'participants',
  'votes',
  'criteria',
  'idea_scores',
  'actions',
  'action_links',
  'action_updates',
  'attendance',
  'agenda_items',
  'workshop_tables',
] as const;

export interface UndoStep {
  label: string;
  topics: string[];
  first: number;
  last: number;
}

const MAX_STEPS = 200;

export class UndoLog {
  private undoStack: UndoStep[] = [];
  private redoStack: UndoStep[] = [];

  constructor(private readonly db: Database.Database) {
    db.exec('CREATE TEMP TABLE IF NOT EXISTS undolog (seq INTEGER PRIMARY KEY, sql TEXT NOT NULL)');
    for (const table of UNDOABLE_TABLES) this.installTriggers(table);
  }

  private installTriggers(table: (typeof UNDOABLE_TABLES)[number]): void {
    // Column names come from this app's own migrations, never from the file (a column named
    // with SQL in it once ran that SQL here); identifiers are quoted anyway.
    const cols = knownColumns(table);
    const q = (c: string) => `"${c.replace(/"/g, '""')}"`;
    const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
    const t = q(table);
    const setList = cols.map((c) => `${lit(`${q(c)}=`)}||quote(old.${q(c)})`).join(`||','||`);
    const valList = cols.map((c) => `quote(old.${q(c)})`).join(`||','||`);
    const trig = (suffix: string) => q(`undo_${table}_${suffix}`);
    // 'meta' has a text key instead of a rowid alias; rowid still identifies the row.
    this.db.exec(`
      CREATE TEMP TRIGGER IF NOT EXISTS ${trig('i')} AFTER INSERT ON main.${t} BEGIN
        INSERT INTO undolog(sql) VALUES (${lit(`DELETE FROM ${t} WHERE rowid=`)}||new.rowid);
      END;
      CREATE TEMP TRIGGER IF NOT EXISTS ${trig('u')} AFTER UPDATE ON main.${t} BEGIN
        INSERT INTO undolog(sql) VALUES (${lit(`UPDATE ${t} SET `)}||${setList}||' WHERE rowid='||old.rowid);
      END;
      CREATE TEMP TRIGGER IF NOT EXISTS ${trig('d')} BEFORE DELETE ON main.${t} BEGIN
        INSERT INTO undolog(sql) VALUES (${lit(`INSERT INTO ${t}(rowid,${cols.map(q).join(',')}) VALUES(`)}||old.rowid||','||${valList}||')');
      END;
    `);
  }

  private maxSeq(): number {
    return (this.db.prepare('SELECT coalesce(max(seq), 0) AS m FROM undolog').get() as { m: number }).m;
  }

  /** Run `fn` inside the caller's transaction and record it as one undoable step. */
  record<T>(label: string, topics: string[], fn: () => T): T {
    const first = this.maxSeq() + 1;
    const result = fn();
    const last = this.maxSeq();
    if (last >= first) {
      this.undoStack.push({ label, topics, first, last });
      if (this.undoStack.length > MAX_STEPS) {
        const dropped = this.undoStack.shift()!;
        this.db.prepare('DELETE FROM undolog WHERE seq <= ?').run(dropped.last);
      }
      this.dropRedo();
    }
    return result;
  }

  private dropRedo(): void {
    for (const s of this.redoStack) this.db.prepare('DELETE FROM undolog WHERE seq BETWEEN ? AND ?').run(s.first, s.last);
    this.redoStack = [];
  }

  /** Run `fn` without making it an undo step (session state such as the current phase). */
  untracked<T>(fn: () => T): T {
    const before = this.maxSeq();
    const result = fn();
    this.db.prepare('DELETE FROM undolog WHERE seq > ?').run(before);
    return result;
  }

  /** Forget all steps (e.g. after an import replaced the results). */
  clear(): void {
    this.undoStack = [];
    this.redoStack = [];
    this.db.exec('DELETE FROM undolog');
  }

  canUndo(): UndoStep | null {
    return this.undoStack.at(-1) ?? null;
  }
  canRedo(): UndoStep | null {
    return this.redoStack.at(-1) ?? null;
  }

  /** Replays the inverse of one step; the triggers record the inverse of that, which is the redo. */
  private replay(step: UndoStep): UndoStep {
    const rows = this.db.prepare('SELECT seq, sql FROM undolog WHERE seq BETWEEN ? AND ? ORDER BY seq DESC').all(step.first, step.last) as {
      seq: number;
      sql: string;
    }[];
    const first = this.maxSeq() + 1;
    // Cascades log children and parents in an order that may not replay cleanly row by row;
    // foreign keys are checked once at commit instead.
    this.db.pragma('defer_foreign_keys = ON');
    for (const r of rows) this.db.exec(r.sql);
    this.db.prepare('DELETE FROM undolog WHERE seq BETWEEN ? AND ?').run(step.first, step.last);
    return { label: step.label, topics: step.topics, first, last: this.maxSeq() };
  }

  undo(): UndoStep | null {
    const step = this.undoStack.pop();
    if (!step) return null;
    this.redoStack.push(this.db.transaction(() => this.replay(step))());
    return step;
  }

  redo(): UndoStep | null {
    const step = this.redoStack.pop();
    if (!step) return null;
    this.undoStack.push(this.db.transaction(() => this.replay(step))());
    return step;
  }
}
