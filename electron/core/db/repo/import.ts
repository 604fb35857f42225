import type Database from 'better-sqlite3';
import type { ImportQuestion, ImportRespondent, ParsedAnswerRow, ParseResult } from '../../import';

// Writing an imported self-check into the workshop file. The results (respondents, questions,
// answers) are replaced as a whole in ONE transaction; cards, clusters, steps, votes and actions
// live in other tables and are never touched. A file with any error writes nothing.

export interface StoredImport {
  respondents: number;
  questions: number;
  rows: number;
  importedAt: string;
}

export interface ExistingResults {
  respondents: number;
  questions: number;
  answers: number;
}

export function existingResults(db: Database.Database): ExistingResults {
  const n = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  return { respondents: n('respondents'), questions: n('questions'), answers: n('answers') };
}

export function hasResults(db: Database.Database): boolean {
  const e = existingResults(db);
  return e.respondents + e.questions + e.answers > 0;
}

/** Prepared statements for one import; call inside a transaction. */
class ResultsWriter {
  private readonly ids = new Map<string, number>();
  private readonly insAnswer: Database.Statement;
  rows = 0;

  constructor(private readonly db: Database.Database) {
    // Answers are written before their questions/respondents, so foreign keys are checked
    // once at commit.
    db.pragma('defer_foreign_keys = ON');
    db.exec('DELETE FROM answers; DELETE FROM questions; DELETE FROM respondents;');
    this.insAnswer = db.prepare('INSERT INTO answers (respondent_id, question_id, answer, comment) VALUES (?, ?, ?, ?)');
  }

  private idOf(code: string): number {
    let id = this.ids.get(code);
    if (id === undefined) {
      id = this.ids.size + 1;
      this.ids.set(code, id);
    }
    return id;
  }

  addRows(rows: readonly ParsedAnswerRow[]): void {
    for (const r of rows) {
      this.insAnswer.run(this.idOf(r.respondent), r.questionId, r.answer, r.comment === '' ? null : r.comment);
    }
    this.rows += rows.length;
  }

  finish(respondents: readonly ImportRespondent[], questions: readonly ImportQuestion[], source: string): StoredImport {
    const insR = this.db.prepare('INSERT INTO respondents (id, code, role) VALUES (?, ?, ?)');
    // Respondents who only have rows with errors never got an id; they are left out, so the
    // file's order of first appearance is kept for everyone else.
    for (const r of respondents) insR.run(this.idOf(r.code), r.code, r.role === '' ? null : r.role);
    const insQ = this.db.prepare('INSERT INTO questions (id, field, text, position) VALUES (?, ?, ?, ?)');
    for (const q of questions) insQ.run(q.id, q.field, q.text, q.position);
    const importedAt = new Date().toISOString();
    this.db.prepare('INSERT INTO imports (imported_at, source, rows) VALUES (?, ?, ?)').run(importedAt, source, this.rows);
    return { respondents: respondents.length, questions: questions.length, rows: this.rows, importedAt };
  }
}

function checkStorable(parsed: ParseResult): void {
  if (!parsed.ok) throw new Error('storeImport: the parse result has errors; nothing was written');
  // An import without a single answer must never replace (wipe) existing results.
  if (parsed.rows.length === 0) throw new Error('storeImport: the parse result has no answer rows; nothing was written');
}

/**
 * Replaces the results with a parsed file in one transaction. Refuses a result with errors
 * (the caller shows the problems; nothing is written).
 */
export function storeImport(db: Database.Database, parsed: ParseResult, source: string): StoredImport {
  checkStorable(parsed);
  return db.transaction(() => {
    const w = new ResultsWriter(db);
    w.addRows(parsed.rows);
    return w.finish(parsed.respondents, parsed.questions, source);
  })();
}

/** Rows per statement batch between two looks at the clock. */
const SLICE_ROWS = 500;

/**
 * The same single transaction as storeImport, written in slices of about `sliceMs` with `pause()`
 * awaited in between, so the API thread answers other calls while 143,000 answers are written
 * (0.4–0.6 s in one piece). The caller must keep every other write (and every read of the results)
 * away until this resolves: they would see, or join, the open transaction. Any failure rolls the
 * whole import back; a crash mid-way leaves the rollback journal, which SQLite replays on open.
 */
export async function storeImportInSlices(
  db: Database.Database,
  parsed: ParseResult,
  source: string,
  pause: () => Promise<void>,
  sliceMs = 4,
): Promise<StoredImport> {
  checkStorable(parsed);
  db.exec('BEGIN IMMEDIATE');
  try {
    const w = new ResultsWriter(db);
    const rows = parsed.rows;
    let t0 = performance.now();
    for (let i = 0; i < rows.length; i += SLICE_ROWS) {
      w.addRows(rows.slice(i, i + SLICE_ROWS));
      if (performance.now() - t0 >= sliceMs) {
        await pause();
        t0 = performance.now();
      }
    }
    const stored = w.finish(parsed.respondents, parsed.questions, source);
    db.exec('COMMIT');
    return stored;
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw e;
  }
}
