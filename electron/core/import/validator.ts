// Row-by-row validation shared by the whole-file parser and the streaming CSV parser. It keeps
// only per-question / per-respondent aggregates and one small map entry per (respondent,
// question) pair for duplicate detection — never the rows themselves.
import { FIELD_KEYS, fieldInfo, type AnswerValue, type FieldKey } from '../../../shared/domain/fields';
import { addAnswer, computeResultsFromTallies, emptyCounts, summarizeResults, type QuestionTally } from '../../../shared/scoring';
import { cleanCell, COLUMN_NAMES, matchAnswer, matchField, matchHeader, normalizeAnswerMap, normalizeToken, REQUIRED_COLUMNS } from './normalize';
import { at, msg, ProblemList, quote, type Msg } from './problems';
import type {
  AnswerValueCount,
  ColumnKey,
  ImportFormat,
  ImportPreview,
  ImportQuestion,
  ImportRespondent,
  ParsedAnswerRow,
  ParseOptions,
  UnknownAnswerValue,
} from './types';

interface QuestionState {
  id: string;
  field: FieldKey;
  text: string;
  textKey: string;
  textRow: number;
  firstRow: number;
  position: number;
  index: number;
  tally: QuestionTally;
}

interface RespondentState {
  code: string;
  role: string;
  roleRow: number;
  roleWarned: boolean;
  index: number;
  answers: number;
  dontKnow: number;
  explicitSkipped: number;
  questions: number;
  valid: boolean;
}

export interface ValidationOutcome {
  respondents: ImportRespondent[];
  questions: ImportQuestion[];
  tallies: QuestionTally[];
  preview: ImportPreview;
  summary: ReturnType<typeof summarizeResults>;
  unknownAnswerValues: UnknownAnswerValue[];
  answerValues: AnswerValueCount[];
}

// Ids compare case- and space-insensitively ("BM-1" = "bm-1 "), the first spelling is kept.
const idKey = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
const textKey = (s: string) => s.replace(/\s+/g, ' ');
const MAX_UNKNOWN_COLUMN_WARNINGS = 10;
/** Named header cells; the self-check has 7 columns, Excel sheets at most 16,384. */
export const MAX_COLUMNS = 1000;
// Pair key for duplicate detection: numbers are far cheaper than strings at 200k rows.
const PAIR_SHIFT = 2 ** 22;

export class ImportValidator {
  readonly problems: ProblemList;
  private readonly answerMap: Map<string, AnswerValue | null>;
  private columns: Partial<Record<ColumnKey, { index: number; header: string }>> = {};
  private headerCount = 0;
  private headerOk = false;
  private questionsById = new Map<string, QuestionState>();
  private respondentsById = new Map<string, RespondentState>();
  private validRespondents = 0;
  private pairs = new Map<number, number>();
  private unknownAnswers = new Map<string, UnknownAnswerValue>();
  private extraCells = { first: 0, count: 0 };
  dataRows = 0;

  private answerValues = new Map<string, AnswerValueCount>();

  constructor(
    readonly format: ImportFormat,
    opts: ParseOptions = {},
    problems?: ProblemList,
    /** Receives every valid row, in file order. */
    private readonly onRow?: (r: ParsedAnswerRow) => void,
  ) {
    this.problems = problems ?? new ProblemList(opts.maxProblems);
    this.answerMap = normalizeAnswerMap(opts.answerMap);
  }

  // Messages are built lazily: past the cap (200 listed problems) they are only counted.
  private err(code: Parameters<ProblemList['error']>[0], row: number | undefined, column: string | undefined, m: () => Msg) {
    this.problems.error(code, () => at(this.format, row, column, m()), row, column);
  }
  private warn(code: Parameters<ProblemList['warning']>[0], row: number | undefined, column: string | undefined, m: () => Msg) {
    this.problems.warning(code, () => at(this.format, row, column, m()), row, column);
  }
  private get json(): 'yes' | 'no' {
    return this.format === 'json' ? 'yes' : 'no';
  }

  /** Returns false when a required column is missing — then rows cannot be read at all. */
  setHeader(headers: readonly string[], headerRow: number): boolean {
    this.headerCount = headers.length;
    const errorsBefore = this.problems.errorCount;
    const json = this.format === 'json';
    let named = 0;
    for (const h of headers) if (h.trim() !== '') named++;
    if (named > MAX_COLUMNS) {
      // Not a self-check header (a 5 MB line of cells): refused before any name is matched.
      this.err('too_many_columns', json ? undefined : headerRow, undefined, () => msg('tooManyColumns', { count: named, limit: MAX_COLUMNS }));
      this.headerOk = false;
      return false;
    }
    let unknown = 0;
    headers.forEach((raw, index) => {
      // A self-check header has ~7 names; thousands of cells (a 5 MB line) are not normalised
      // or reported one by one.
      const header = raw.length > 1000 ? raw.slice(0, 1000) : cleanCell(raw);
      if (!header) return;
      const key = header.length > 200 ? null : matchHeader(header);
      if (!key) {
        if (++unknown > MAX_UNKNOWN_COLUMN_WARNINGS) return;
        this.warn('unknown_column', json ? undefined : headerRow, header, () => msg('unknownColumn'));
        return;
      }
      const prev = this.columns[key];
      if (prev) {
        this.err('duplicate_column', json ? undefined : headerRow, header, () => msg('duplicateColumn', { prev: prev.header }));
        return;
      }
      this.columns[key] = { index, header };
    });
    if (unknown > MAX_UNKNOWN_COLUMN_WARNINGS) {
      const more = unknown - MAX_UNKNOWN_COLUMN_WARNINGS;
      this.warn('unknown_column', json ? undefined : headerRow, undefined, () => msg('moreUnknownColumns', { count: more }));
    }
    const recognised = Object.keys(this.columns).length;
    for (const key of REQUIRED_COLUMNS) {
      if (this.columns[key]) continue;
      const n = COLUMN_NAMES[key];
      this.err('missing_column', json ? undefined : headerRow, n.de, () =>
        msg('missingColumn', { de: n.de, en: n.en, noneKnown: recognised === 0 ? 'yes' : 'no' }),
      );
    }
    this.headerOk = REQUIRED_COLUMNS.every((k) => this.columns[k]) && this.problems.errorCount === errorsBefore;
    return this.headerOk;
  }

  get canReadRows(): boolean {
    return this.headerOk;
  }

  private cell(cells: readonly string[], key: ColumnKey): string {
    const c = this.columns[key];
    return c ? cleanCell(cells[c.index] ?? '') : '';
  }

  private col(key: ColumnKey): string | undefined {
    return this.columns[key]?.header;
  }

  /** Validates one data row; returns the normalised row or null (blank or invalid). */
  addRow(cells: readonly string[], row: number): ParsedAnswerRow | null {
    if (!this.headerOk) return null;
    if (cells.every((c) => !c || !c.trim())) return null; // blank rows are ignored
    this.dataRows++;
    const errorsBefore = this.problems.errorCount;

    for (let i = this.headerCount; i < cells.length; i++) {
      if (cells[i] && cells[i].trim()) {
        if (this.extraCells.count++ === 0) this.extraCells.first = row;
        break;
      }
    }

    const respondent = this.cell(cells, 'respondent');
    const role = this.cell(cells, 'role');
    const fieldRaw = this.cell(cells, 'field');
    const questionId = this.cell(cells, 'questionId');
    const questionText = this.cell(cells, 'question');
    const answerRaw = this.cell(cells, 'answer');
    const comment = this.cell(cells, 'comment');

    if (!respondent) this.missing(row, 'respondent');
    let field: FieldKey | null = null;
    if (!fieldRaw) this.missing(row, 'field');
    else {
      field = matchField(fieldRaw);
      if (!field) {
        this.err('unknown_field', row, this.col('field'), () => msg('unknownField', { value: quote(fieldRaw) }));
      }
    }
    if (!questionId) this.missing(row, 'questionId');

    let q: QuestionState | undefined;
    if (field && questionId) q = this.question(row, questionId, field, questionText);

    let answer: AnswerValue | null = null;
    const m = matchAnswer(answerRaw, this.answerMap);
    if (m.kind !== 'empty') {
      const key = m.kind === 'unknown' ? m.key : normalizeToken(answerRaw);
      const seen = this.answerValues.get(key);
      if (seen) seen.count++;
      else this.answerValues.set(key, { key, raw: answerRaw, count: 1, mapsTo: m.kind === 'value' ? m.value : 'unknown' });
    }
    if (m.kind === 'value') answer = m.value;
    else if (m.kind === 'unknown') {
      const u = this.unknownAnswers.get(m.key);
      if (u) u.count++;
      else this.unknownAnswers.set(m.key, { raw: answerRaw, key: m.key, count: 1, firstRow: row });
      this.err('unknown_answer', row, this.col('answer'), () => msg('unknownAnswer', { value: quote(answerRaw) }));
    }

    let r: RespondentState | undefined;
    if (respondent) r = this.respondent(row, respondent, role);

    if (q && r) {
      const pair = r.index * PAIR_SHIFT + q.index;
      const first = this.pairs.get(pair);
      if (first !== undefined) {
        this.err('duplicate_answer', row, this.col('respondent'), () =>
          msg('duplicateAnswer', {
            respondent: quote(respondent),
            question: quote(questionId),
            json: this.json,
            first: String(first),
            short: quote(respondent, 30),
          }),
        );
      } else this.pairs.set(pair, row);
    }

    if (this.problems.errorCount !== errorsBefore || !q || !r) return null;

    // Valid row: count it.
    addAnswer(q.tally, answer);
    if (!r.valid) {
      r.valid = true;
      this.validRespondents++;
    }
    r.questions++;
    if (answer === null) r.explicitSkipped++;
    else {
      r.answers++;
      if (answer === 'weiss_nicht') r.dontKnow++;
    }
    const out: ParsedAnswerRow = { respondent: r.code, role: role || r.role, field: q.field, questionId: q.id, questionText, answer, comment, sourceRow: row };
    this.onRow?.(out);
    return out;
  }

  private missing(row: number, key: 'respondent' | 'field' | 'questionId') {
    this.err('missing_value', row, this.col(key), () => msg('missingValue', { column: key }));
  }

  private question(row: number, id: string, field: FieldKey, text: string): QuestionState | undefined {
    const key = idKey(id);
    const q = this.questionsById.get(key);
    if (!q) {
      const index = this.questionsById.size;
      const s: QuestionState = {
        id,
        field,
        text,
        textKey: textKey(text),
        textRow: text ? row : 0,
        firstRow: row,
        position: index + 1,
        index,
        tally: { questionId: id, field, text, position: index + 1, ...emptyCounts() },
      };
      this.questionsById.set(key, s);
      return s;
    }
    let ok = true;
    if (q.field !== field) {
      ok = false;
      this.err('question_field_conflict', row, this.col('field'), () => {
        const p = { question: quote(id), json: this.json, first: String(q.firstRow) };
        return msg(
          'questionFieldConflict',
          { ...p, field: fieldInfo(field).de, firstField: fieldInfo(q.field).de },
          { ...p, field: fieldInfo(field).en, firstField: fieldInfo(q.field).en },
        );
      });
    }
    if (text) {
      if (!q.text) {
        q.text = text;
        q.textKey = textKey(text);
        q.textRow = row;
        q.tally.text = text;
      } else if (textKey(text) !== q.textKey) {
        ok = false;
        this.err('question_text_conflict', row, this.col('question'), () =>
          msg('questionTextConflict', { question: quote(id), json: this.json, first: String(q.textRow), text: quote(q.text, 40) }),
        );
      }
    }
    return ok ? q : undefined;
  }

  private respondent(row: number, code: string, role: string): RespondentState {
    const key = idKey(code);
    let r = this.respondentsById.get(key);
    if (!r) {
      r = {
        code,
        role,
        roleRow: role ? row : 0,
        roleWarned: false,
        index: this.respondentsById.size,
        answers: 0,
        dontKnow: 0,
        explicitSkipped: 0,
        questions: 0,
        valid: false,
      };
      this.respondentsById.set(key, r);
      return r;
    }
    if (role) {
      if (!r.role) {
        r.role = role;
        r.roleRow = row;
      } else if (role !== r.role && !r.roleWarned) {
        r.roleWarned = true;
        this.warn('respondent_role_conflict', row, this.col('role'), () =>
          msg('respondentRoleConflict', {
            respondent: quote(code),
            role: quote(role, 40),
            json: this.json,
            first: String(r.roleRow),
            firstRole: quote(r.role, 40),
          }),
        );
      }
    }
    return r;
  }

  finish(): ValidationOutcome {
    if (this.extraCells.count > 0) {
      const more = this.extraCells.count - 1;
      this.warn('extra_cells', this.extraCells.first, undefined, () => msg('extraCells', { more }));
    }
    const questions = [...this.questionsById.values()];
    for (const q of questions) {
      if (q.text) continue;
      this.err('question_text_missing', q.firstRow, this.col('question'), () => msg('questionTextMissing', { question: quote(q.id) }));
    }
    const respondents = [...this.respondentsById.values()].filter((r) => r.valid);
    const n = this.validRespondents;
    const tallies = questions.map((q) => {
      const t = { ...q.tally };
      t.skipped += n - (t.ja + t.teilweise + t.nein + t.weissNicht + t.skipped);
      return t;
    });
    const results = computeResultsFromTallies(tallies, n);
    const preview: ImportPreview = {
      perField: FIELD_KEYS.map((key) => {
        const f = results.fields.find((x) => x.key === key)!;
        return { key, questions: f.questions, score: f.score, ja: f.ja, teilweise: f.teilweise, nein: f.nein, weissNicht: f.weissNicht, skipped: f.skipped };
      }),
      perRespondent: respondents.map((r) => ({
        code: r.code,
        role: r.role,
        answers: r.answers,
        dontKnow: r.dontKnow,
        skipped: r.explicitSkipped + (questions.length - r.questions),
      })),
    };
    return {
      respondents: respondents.map((r) => ({ code: r.code, role: r.role })),
      questions: questions.map((q) => ({ id: q.id, field: q.field, text: q.text, position: q.position })),
      tallies: results.questions.map(({ questionId, field, text, position, ja, teilweise, nein, weissNicht, skipped }) => ({
        questionId,
        field,
        text,
        position,
        ja,
        teilweise,
        nein,
        weissNicht,
        skipped,
      })),
      preview,
      summary: summarizeResults(results),
      unknownAnswerValues: [...this.unknownAnswers.values()].sort((a, b) => b.count - a.count || a.firstRow - b.firstRow),
      answerValues: [...this.answerValues.values()].sort((a, b) => b.count - a.count),
    };
  }
}
