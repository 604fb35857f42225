import type Database from 'better-sqlite3';
import type { Results } from '../../../../shared/domain/schemas';
import type { AnswerValue, FieldKey } from '../../../../shared/domain/fields';
import { computeResults, summarizeResults, type ResultSummary } from '../../../../shared/scoring';

/** The imported self-check, scored by shared/scoring (the same numbers as export and CLI). */
export function readResults(db: Database.Database): Results {
  const respondents = db.prepare('SELECT code, role FROM respondents ORDER BY id').all() as { code: string; role: string | null }[];
  const questions = db.prepare('SELECT id, field, text, position FROM questions ORDER BY position').all() as {
    id: string;
    field: FieldKey;
    text: string;
    position: number;
  }[];
  const answers = db
    .prepare(
      `SELECT r.code AS respondent, r.role AS role, a.question_id AS questionId, q.field AS field, a.answer AS answer, a.comment AS comment
              FROM answers a JOIN respondents r ON r.id = a.respondent_id JOIN questions q ON q.id = a.question_id
              ORDER BY r.id`,
    )
    .all() as { respondent: string; role: string | null; questionId: string; field: FieldKey; answer: AnswerValue | null; comment: string | null }[];
  const scored = computeResults(answers, { questions, respondents: respondents.map((r) => r.code) });
  const text = new Map(questions.map((q) => [q.id, q.text]));
  const comments = new Map<string, Results['questions'][number]['comments']>();
  for (const a of answers) {
    if (!a.comment?.trim()) continue;
    const list = comments.get(a.questionId) ?? [];
    list.push({ respondent: a.respondent, role: a.role, text: a.comment });
    comments.set(a.questionId, list);
  }
  const last = db.prepare('SELECT imported_at, source FROM imports ORDER BY id DESC LIMIT 1').get() as { imported_at: string; source: string } | undefined;
  return {
    respondents,
    fields: scored.fields.map(({ key, ja, teilweise, nein, weissNicht, skipped, score, answered, dontKnow, questions: n, disagreements, band }) => ({
      key,
      ja,
      teilweise,
      nein,
      weissNicht,
      skipped,
      score,
      answered,
      dontKnow,
      questions: n,
      disagreements,
      band,
    })),
    questions: scored.questions.map((q) => ({
      id: q.questionId,
      field: q.field,
      text: q.text ?? text.get(q.questionId) ?? '',
      position: q.position,
      ja: q.ja,
      teilweise: q.teilweise,
      nein: q.nein,
      weissNicht: q.weissNicht,
      skipped: q.skipped,
      score: q.score,
      answered: q.answered,
      dontKnow: q.dontKnow,
      disagreement: q.disagreement,
      band: q.band,
      comments: comments.get(q.questionId) ?? [],
    })),
    strengths: scored.strengths,
    potentials: scored.potentials,
    thresholds: scored.thresholds,
    importedAt: last?.imported_at ?? null,
    source: last?.source ?? null,
  };
}

/** The CLI's compact summary: {"respondents","questions","fields":[all 7 in fixed order]}. */
export function readSummary(db: Database.Database): ResultSummary {
  const respondents = db.prepare('SELECT code FROM respondents ORDER BY id').pluck().all() as string[];
  const questions = db.prepare('SELECT id, field, text, position FROM questions ORDER BY position').all() as {
    id: string;
    field: FieldKey;
    text: string;
    position: number;
  }[];
  const answers = db
    .prepare(
      `SELECT r.code AS respondent, a.question_id AS questionId, q.field AS field, a.answer AS answer
              FROM answers a JOIN respondents r ON r.id = a.respondent_id JOIN questions q ON q.id = a.question_id`,
    )
    .all() as { respondent: string; questionId: string; field: FieldKey; answer: AnswerValue | null }[];
  return summarizeResults(computeResults(answers, { questions, respondents }));
}
