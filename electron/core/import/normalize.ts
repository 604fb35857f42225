// Matching of header names, field names and answer values. Lenient on purpose: the files come
// from Excel on German office PCs, typed by hand, sometimes with decomposed umlauts (macOS) or
// "ss" instead of "ß".
import { FIELDS, ANSWER_VALUES, type AnswerValue, type FieldKey } from '../../../shared/domain/fields';
import type { ColumnKey } from './types';

/**
 * Normalised form used for every comparison: NFC, lower case, ä→ae ö→oe ü→ue ß→ss,
 * apostrophes removed, `_`/`-`/whitespace runs → one space, trimmed.
 */
export function normalizeToken(s: string): string {
  // Field names and answers repeat on every row: remember short ones (bounded).
  if (s.length > 100) return normalizeUncached(s);
  let n = tokenCache.get(s);
  if (n === undefined) {
    if (tokenCache.size >= 20_000) tokenCache.clear();
    tokenCache.set(s, (n = normalizeUncached(s)));
  }
  return n;
}

const tokenCache = new Map<string, string>();

function normalizeUncached(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/['’‘`´]/g, '')
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

/** Cell text as stored: NFC, trimmed. Leading "=", "+", "-", "@" are kept — never evaluated. */
export function cleanCell(s: string): string {
  // Below U+0300 every string is already NFC: skip the normaliser for the common case.
  return (NEEDS_NFC.test(s) ? s.normalize('NFC') : s).trim();
}

const NEEDS_NFC = /[^\u0000-\u02ff]/;

const HEADER_ALIASES: Record<ColumnKey, string[]> = {
  respondent: ['befragte person', 'befragte', 'befragter', 'person', 'respondent', 'respondent id'],
  role: ['funktion', 'rolle', 'role', 'function'],
  field: ['handlungsfeld', 'feld', 'field', 'field of action'],
  questionId: ['frage id', 'frageid', 'frage nr', 'fragen id', 'question id', 'questionid', 'question no'],
  question: ['frage', 'fragetext', 'frage text', 'question', 'question text'],
  answer: ['antwort', 'answer'],
  comment: ['kommentar', 'anmerkung', 'bemerkung', 'comment', 'comments', 'note'],
};

const HEADER_LOOKUP = new Map<string, ColumnKey>();
for (const [key, names] of Object.entries(HEADER_ALIASES) as [ColumnKey, string[]][]) {
  for (const n of names) HEADER_LOOKUP.set(n, key);
}

export const REQUIRED_COLUMNS: readonly ColumnKey[] = ['respondent', 'field', 'questionId', 'question'];

/** The documented names, for messages: German / English. */
export const COLUMN_NAMES: Record<ColumnKey, { de: string; en: string }> = {
  respondent: { de: 'befragte_person', en: 'respondent' },
  role: { de: 'funktion', en: 'role' },
  field: { de: 'handlungsfeld', en: 'field' },
  questionId: { de: 'frage_id', en: 'question_id' },
  question: { de: 'frage', en: 'question' },
  answer: { de: 'antwort', en: 'answer' },
  comment: { de: 'kommentar', en: 'comment' },
};

export function matchHeader(h: string): ColumnKey | null {
  // "Frage-ID", "frage.id", "Frage ID:" all mean the same.
  const n = normalizeToken(h.replace(/[.:]/g, ' '));
  return HEADER_LOOKUP.get(n) ?? null;
}

const FIELD_LOOKUP = new Map<string, FieldKey>();
for (const f of FIELDS) {
  for (const name of [f.key, f.de, f.en, f.short.de, f.short.en]) FIELD_LOOKUP.set(normalizeToken(name), f.key);
}
// "&" instead of "und"/"and" is common in hand-typed sheets.
for (const f of FIELDS) {
  FIELD_LOOKUP.set(normalizeToken(f.de.replace(/ und /g, ' & ')), f.key);
  FIELD_LOOKUP.set(normalizeToken(f.en.replace(/ and /g, ' & ')), f.key);
}

/**
 * Key, number 1–7 (also "HF 3", "3."), German or English full or short name, or
 * "3. Fairer Zugang …" (number and name must agree). null when unknown.
 */
export function matchField(raw: string): FieldKey | null {
  const n = normalizeToken(raw);
  if (!n) return null;
  const direct = FIELD_LOOKUP.get(n);
  if (direct) return direct;
  const num = /^(?:hf|handlungsfeld|field)?\s*([1-7])\.?$/.exec(n);
  if (num) return FIELDS[Number(num[1]) - 1].key;
  const prefixed = /^(?:hf|handlungsfeld|field)?\s*([1-7])[.:)]?\s+(.+)$/.exec(n);
  if (prefixed) {
    const byName = FIELD_LOOKUP.get(prefixed[2].trim());
    const byNum = FIELDS[Number(prefixed[1]) - 1].key;
    if (byName === byNum) return byNum;
  }
  return null;
}

const ANSWER_LOOKUP = new Map<string, AnswerValue>([
  ['ja', 'ja'],
  ['yes', 'ja'],
  ['teilweise', 'teilweise'],
  ['partly', 'teilweise'],
  ['partially', 'teilweise'],
  ['nein', 'nein'],
  ['no', 'nein'],
  ['weiss nicht', 'weiss_nicht'],
  ['dont know', 'weiss_nicht'],
  ['do not know', 'weiss_nicht'],
]);

export type AnswerMatch = { kind: 'empty' } | { kind: 'value'; value: AnswerValue | null } | { kind: 'unknown'; key: string };

export function normalizeAnswerMap(map: Record<string, AnswerValue | null> | undefined): Map<string, AnswerValue | null> {
  const out = new Map<string, AnswerValue | null>();
  if (!map) return out;
  for (const [k, v] of Object.entries(map)) {
    if (v !== null && !(ANSWER_VALUES as readonly string[]).includes(v)) {
      throw new TypeError(`answerMap: "${k}" maps to "${String(v)}", expected one of ${ANSWER_VALUES.join(', ')} or null`);
    }
    out.set(normalizeToken(k), v);
  }
  return out;
}

export function matchAnswer(raw: string, map: Map<string, AnswerValue | null>): AnswerMatch {
  const n = normalizeToken(raw);
  if (!n) return { kind: 'empty' };
  if (map.has(n)) return { kind: 'value', value: map.get(n)! };
  const v = ANSWER_LOOKUP.get(n);
  return v ? { kind: 'value', value: v } : { kind: 'unknown', key: n };
}
