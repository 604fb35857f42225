// Row-by-row validation shared by the whole-file parser and the streaming CSV parser. It keeps
// only per-question / per-respondent aggregates and one small map entry per (respondent,
// question) pair for duplicate detection — never the rows themselves.
import { FIELD_KEYS, fieldInfo, type AnswerValue, type FieldKey } from '../../../shared/domain/fields';
import {
  addAnswer,
  computeResultsFromTallies,
  emptyCounts,
  summarizeResults,
  type QuestionTally,
} from '../../../shared/scoring';
import {
  cleanCell,
  COLUMN_NAMES,
  matchAnswer,
  matchField,
  matchHeader,
  normalizeAnswerMap,
  normalizeToken,
  REQUIRED_COLUMNS,
} from './normalize';
import { at, ProblemList, quote, type Msg } from './problems';
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

  private err(code: Parameters<ProblemList['error']>[0], row: number | undefined, column: string | undefined, m: Msg) {
    this.problems.error(code, at(this.format, row, column, m), row, column);
  }
  private warn(code: Parameters<ProblemList['warning']>[0], row: number | undefined, column: string | undefined, m: Msg) {
    this.problems.warning(code, at(this.format, row, column, m), row, column);
  }

  /** Returns false when a required column is missing — then rows cannot be read at all. */
  setHeader(headers: readonly string[], headerRow: number): boolean {
    this.headerCount = headers.length;
    const errorsBefore = this.problems.errorCount;
    const json = this.format === 'json';
    headers.forEach((raw, index) => {
      const header = cleanCell(raw);
      if (!header) return;
      const key = matchHeader(header);
      if (!key) {
        this.warn('unknown_column', json ? undefined : headerRow, header, {
          de: `Unbekannte Spalte – sie wird ignoriert. Erwartet werden: ${allColumns('de')}.`,
          en: `Unknown column – it is ignored. Expected: ${allColumns('en')}.`,
        });
        return;
      }
      const prev = this.columns[key];
      if (prev) {
        this.err('duplicate_column', json ? undefined : headerRow, header, {
          de: `Die Spalte ist doppelt (schon „${prev.header}“). Löschen oder benennen Sie eine der beiden Spalten um.`,
          en: `Duplicate column (already “${prev.header}”). Delete or rename one of them.`,
        });
        return;
      }
      this.columns[key] = { index, header };
    });
    const recognised = Object.keys(this.columns).length;
    for (const key of REQUIRED_COLUMNS) {
      if (this.columns[key]) continue;
      const n = COLUMN_NAMES[key];
      const hint: Msg = recognised === 0
        ? { de: ' Die erste Zeile muss die Spaltennamen enthalten (siehe Vorlage).', en: ' The first row must hold the column names (see the template).' }
        : { de: '', en: '' };
      this.err('missing_column', json ? undefined : headerRow, n.de, {
        de: `Die Pflichtspalte „${n.de}“ (oder „${n.en}“) fehlt in der Kopfzeile. Ergänzen Sie die Spalte.${hint.de}`,
        en: `The required column “${n.en}” (or “${n.de}”) is missing from the header row. Add the column.${hint.en}`,
      });
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

    if (!respondent) this.missing(row, 'respondent', { de: 'Tragen Sie ein, wer geantwortet hat (Kürzel oder Funktion).', en: 'Enter who answered (an id or a role).' });
    let field: FieldKey | null = null;
    if (!fieldRaw) this.missing(row, 'field', { de: `Tragen Sie das Handlungsfeld ein (${fieldHint('de')}).`, en: `Enter the field (${fieldHint('en')}).` });
    else {
      field = matchField(fieldRaw);
      if (!field) {
        this.err('unknown_field', row, this.col('field'), {
          de: `Unbekanntes Handlungsfeld „${quote(fieldRaw)}“. Verwenden Sie eines von: ${fieldHint('de')}.`,
          en: `Unknown field “${quote(fieldRaw)}”. Use one of: ${fieldHint('en')}.`,
        });
      }
    }
    if (!questionId) this.missing(row, 'questionId', { de: 'Tragen Sie die Kennung der Frage ein (z. B. „1.3“).', en: 'Enter the question’s id (e.g. “1.3”).' });

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
      this.err('unknown_answer', row, this.col('answer'), {
        de: `Unbekannte Antwort „${quote(answerRaw)}“. Erlaubt sind: ja, teilweise, nein, weiß nicht (oder leer = übersprungen). Korrigieren Sie den Wert – oder ordnen Sie beim Import die Werte Ihrer Skala zu.`,
        en: `Unknown answer “${quote(answerRaw)}”. Allowed: yes, partly, no, don’t know (or empty = skipped). Fix the value – or map the values of your scale during import.`,
      });
    }

    let r: RespondentState | undefined;
    if (respondent) r = this.respondent(row, respondent, role);

    if (q && r) {
      const pair = r.index * PAIR_SHIFT + q.index;
      const first = this.pairs.get(pair);
      if (first !== undefined) {
        this.err('duplicate_answer', row, this.col('respondent'), {
          de: `„${quote(respondent)}“ hat Frage „${quote(questionId)}“ schon in ${this.rowWord('de')} ${first} beantwortet. Löschen Sie eine der beiden Zeilen oder unterscheiden Sie die Befragten (z. B. „${quote(respondent, 30)} 2“).`,
          en: `“${quote(respondent)}” already answered question “${quote(questionId)}” in ${this.rowWord('en')} ${first}. Delete one of the two rows or tell the respondents apart (e.g. “${quote(respondent, 30)} 2”).`,
        });
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

  private rowWord(lang: 'de' | 'en') {
    return this.format === 'json' ? (lang === 'de' ? 'Eintrag' : 'entry') : lang === 'de' ? 'Zeile' : 'row';
  }

  private missing(row: number, key: ColumnKey, what: Msg) {
    this.err('missing_value', row, this.col(key), { de: `Die Zelle ist leer. ${what.de}`, en: `The cell is empty. ${what.en}` });
  }

  private question(row: number, id: string, field: FieldKey, text: string): QuestionState | undefined {
    const key = idKey(id);
    const q = this.questionsById.get(key);
    if (!q) {
      const index = this.questionsById.size;
      const s: QuestionState = {
        id, field, text, textKey: textKey(text), textRow: text ? row : 0, firstRow: row,
        position: index + 1, index,
        tally: { questionId: id, field, text, position: index + 1, ...emptyCounts() },
      };
      this.questionsById.set(key, s);
      return s;
    }
    let ok = true;
    if (q.field !== field) {
      ok = false;
      this.err('question_field_conflict', row, this.col('field'), {
        de: `Frage „${quote(id)}“ steht hier im Handlungsfeld „${fieldInfo(field).de}“, in ${this.rowWord('de')} ${q.firstRow} aber in „${fieldInfo(q.field).de}“. Eine Frage gehört zu genau einem Handlungsfeld – korrigieren Sie das Feld oder die Frage-ID.`,
        en: `Question “${quote(id)}” is in field “${fieldInfo(field).en}” here but in “${fieldInfo(q.field).en}” in ${this.rowWord('en')} ${q.firstRow}. A question belongs to exactly one field – fix the field or the question id.`,
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
        this.err('question_text_conflict', row, this.col('question'), {
          de: `Frage „${quote(id)}“ hat hier einen anderen Text als in ${this.rowWord('de')} ${q.textRow} („${quote(q.text, 40)}“). Gleichen Sie die Texte an, lassen Sie die Zelle leer oder vergeben Sie eine eigene Frage-ID.`,
          en: `Question “${quote(id)}” has a different text here than in ${this.rowWord('en')} ${q.textRow} (“${quote(q.text, 40)}”). Make the texts equal, leave the cell empty or use a separate question id.`,
        });
      }
    }
    return ok ? q : undefined;
  }

  private respondent(row: number, code: string, role: string): RespondentState {
    const key = idKey(code);
    let r = this.respondentsById.get(key);
    if (!r) {
      r = {
        code, role, roleRow: role ? row : 0, roleWarned: false, index: this.respondentsById.size,
        answers: 0, dontKnow: 0, explicitSkipped: 0, questions: 0, valid: false,
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
        this.warn('respondent_role_conflict', row, this.col('role'), {
          de: `„${quote(code)}“ hat hier die Funktion „${quote(role, 40)}“, in ${this.rowWord('de')} ${r.roleRow} aber „${quote(r.role, 40)}“. Übernommen wird „${quote(r.role, 40)}“; vereinheitlichen Sie die Angabe, falls das nicht stimmt.`,
          en: `“${quote(code)}” has the role “${quote(role, 40)}” here but “${quote(r.role, 40)}” in ${this.rowWord('en')} ${r.roleRow}. “${quote(r.role, 40)}” is used; make them equal if that is wrong.`,
        });
      }
    }
    return r;
  }

  finish(): ValidationOutcome {
    if (this.extraCells.count > 0) {
      const more = this.extraCells.count - 1;
      this.warn('extra_cells', this.extraCells.first, undefined, {
        de: `Die Zeile${more ? ` (und ${more} weitere)` : ''} hat Werte rechts der letzten benannten Spalte. Sie werden ignoriert; geben Sie der Spalte einen Namen, falls sie gebraucht wird.`,
        en: `The row${more ? ` (and ${more} more)` : ''} has values right of the last named column. They are ignored; give the column a name if it is needed.`,
      });
    }
    const questions = [...this.questionsById.values()];
    for (const q of questions) {
      if (q.text) continue;
      this.err('question_text_missing', q.firstRow, this.col('question'), {
        de: `Für Frage „${quote(q.id)}“ fehlt der Fragetext in allen Zeilen. Tragen Sie ihn mindestens einmal ein.`,
        en: `Question “${quote(q.id)}” has no text in any row. Enter it at least once.`,
      });
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
      tallies: results.questions.map(({ questionId, field, text, position, ja, teilweise, nein, weissNicht, skipped }) => ({ questionId, field, text, position, ja, teilweise, nein, weissNicht, skipped })),
      preview,
      summary: summarizeResults(results),
      unknownAnswerValues: [...this.unknownAnswers.values()].sort((a, b) => b.count - a.count || a.firstRow - b.firstRow),
      answerValues: [...this.answerValues.values()].sort((a, b) => b.count - a.count),
    };
  }
}

function allColumns(lang: 'de' | 'en'): string {
  return Object.values(COLUMN_NAMES).map((n) => (lang === 'de' ? n.de : n.en)).join(', ');
}

function fieldHint(lang: 'de' | 'en'): string {
  return lang === 'de'
    ? 'management, oeffnung, zugang, arbeit, engagement, zusammenhalt, kommunikation, die Nummer 1–7 oder den Namen des Feldes'
    : 'management, oeffnung, zugang, arbeit, engagement, zusammenhalt, kommunikation, the number 1–7 or the field’s name';
}
