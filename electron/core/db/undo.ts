import type Database from 'better-sqlite3';
import { knownColumns } from './schema';

/**
 * Undo/redo for the facilitator's edits, after SQLite's own recipe (sqlite.org/undoredo.html):
 * temporary triggers write the inverse SQL of every row change into a temp log. One API
 * mutation = one undo entry. Temp objects live only in this connection, so nothing of it is ever
 * written into the user's workshop file.
 */
export const UNDOABLE_TABLES = [
  'meta',
  'clusters',
  'cards',
  'ideas',
  'idea_links',
  'idea_sources',
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

export interface UndoEntry {
  /** Message id of the label ('undo.addCard'), shown in the user's language. */
  label: string;
  topics: string[];
  first: number;
  last: number;
}

const MAX_ENTRIES = 200;

export class UndoLog {
  private undoStack: UndoEntry[] = [];
  private redoStack: UndoEntry[] = [];

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

  /** Run `fn` inside the caller's transaction and record it as one undo entry. */
  record<T>(label: string, topics: string[], fn: () => T): T {
    const first = this.maxSeq() + 1;
    const result = fn();
    const last = this.maxSeq();
    if (last >= first) {
      this.undoStack.push({ label, topics, first, last });
      if (this.undoStack.length > MAX_ENTRIES) {
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

  /** Run `fn` without making it an undo entry (session state such as the current phase). */
  untracked<T>(fn: () => T): T {
    const before = this.maxSeq();
    const result = fn();
    this.db.prepare('DELETE FROM undolog WHERE seq > ?').run(before);
    return result;
  }

  /** Forget all entries (e.g. after an import replaced the results). */
  clear(): void {
    this.undoStack = [];
    this.redoStack = [];
    this.db.exec('DELETE FROM undolog');
  }

  canUndo(): UndoEntry | null {
    return this.undoStack.at(-1) ?? null;
  }
  canRedo(): UndoEntry | null {
    return this.redoStack.at(-1) ?? null;
  }

  /** Replays the inverse of one entry; the triggers record the inverse of that, which is the redo. */
  private replay(entry: UndoEntry): UndoEntry {
    const rows = this.db.prepare('SELECT seq, sql FROM undolog WHERE seq BETWEEN ? AND ? ORDER BY seq DESC').all(entry.first, entry.last) as {
      seq: number;
      sql: string;
    }[];
    const first = this.maxSeq() + 1;
    // Cascades log children and parents in an order that may not replay cleanly row by row;
    // foreign keys are checked once at commit instead.
    this.db.pragma('defer_foreign_keys = ON');
    for (const r of rows) this.db.exec(r.sql);
    this.db.prepare('DELETE FROM undolog WHERE seq BETWEEN ? AND ?').run(entry.first, entry.last);
    return { label: entry.label, topics: entry.topics, first, last: this.maxSeq() };
  }

  undo(): UndoEntry | null {
    const entry = this.undoStack.pop();
    if (!entry) return null;
    this.redoStack.push(this.db.transaction(() => this.replay(entry))());
    return entry;
  }

  redo(): UndoEntry | null {
    const entry = this.redoStack.pop();
    if (!entry) return null;
    this.undoStack.push(this.db.transaction(() => this.replay(entry))());
    return entry;
  }
}
