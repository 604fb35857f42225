// Scoring of self-check answers. Pure functions, no I/O: the same numbers must appear on the
// screen, the projector, in exports and in the CLI, so everything that computes a score goes
// through this module.
import { FIELD_KEYS, type AnswerValue, type FieldKey } from '../domain/fields';

/** One respondent's answer to one question (null = skipped / left empty). */
export interface ScoringAnswer {
  respondent: string;
  questionId: string;
  field: FieldKey;
  answer: AnswerValue | null;
}

export interface ScoringQuestion {
  id: string;
  field: FieldKey;
  text?: string;
  /** Order within the questionnaire (e.g. first appearance in the import). */
  position?: number;
}

export interface AnswerCounts {
  ja: number;
  teilweise: number;
  nein: number;
  weissNicht: number;
  /** Explicitly empty answers plus respondents without any row for the question. */
  skipped: number;
}

export interface QuestionTally extends AnswerCounts {
  questionId: string;
  field: FieldKey;
  text?: string;
  position: number;
}

export type DisagreementLevel = 'none' | 'some' | 'strong';

export interface Disagreement {
  /**
   * strong: both "ja" and "nein" were given; some: two neighbouring values (ja+teilweise or
   * teilweise+nein); none: all scored answers agree or fewer than two scored answers.
   */
  level: DisagreementLevel;
  /**
   * Spread 0..1: twice the population standard deviation of the scored answers with
   * ja=1, teilweise=0.5, nein=0 (1 = half ja, half nein). null with fewer than two scored answers.
   */
  spread: number | null;
}

export interface QuestionResult extends QuestionTally {
  /** 0..100, one decimal, null when no scored answer (ja/teilweise/nein) exists. */
  score: number | null;
  /** Number of scored answers (ja + teilweise + nein) — the score's basis. */
  answered: number;
  dontKnow: number;
  disagreement: Disagreement;
  band: ScoreBand;
}

export interface FieldResult extends AnswerCounts {
  key: FieldKey;
  score: number | null;
  answered: number;
  dontKnow: number;
  questions: number;
  /** Questions of this field with level 'strong' disagreement. */
  disagreements: number;
  band: ScoreBand;
}

export interface Thresholds {
  /** score >= strength → Stärke */
  strength: number;
  /** score <= potential → Potenzial */
  potential: number;
  /** Minimum number of scored answers before a question/field is listed as strength or potential. */
  minAnswered: number;
}

/**
 * 75: e.g. half of the answers "ja" and the rest "teilweise" — clearly more yes than partly.
 * 40: below the midpoint, i.e. "nein" clearly outweighs "ja". These are workshop prompts,
 * not grades: a low score is a "Potenzial", never a failure.
 */
export const DEFAULT_THRESHOLDS: Thresholds = { strength: 75, potential: 40, minAnswered: 1 };

/** strength ≥ thresholds.strength, potential ≤ thresholds.potential, none = no score. */
export type ScoreBand = 'strength' | 'middle' | 'potential' | 'none';

export interface QuestionHighlight {
  questionId: string;
  field: FieldKey;
  text?: string;
  score: number;
  answered: number;
  disagreement: DisagreementLevel;
}

export interface FieldHighlight {
  key: FieldKey;
  score: number;
  answered: number;
}

export interface Highlights {
  fields: FieldHighlight[];
  questions: QuestionHighlight[];
}

export interface SelfCheckResults {
  respondents: number;
  /** Ordered by field (fixed order), then position. */
  questions: QuestionResult[];
  /** Always all seven fields in FIELD_KEYS order. */
  fields: FieldResult[];
  /** Highest first. */
  strengths: Highlights;
  /** Lowest first. */
  potentials: Highlights;
  thresholds: Thresholds;
}

/** The compact summary printed by the CLI. */
export interface ResultSummary {
  respondents: number;
  questions: number;
  fields: { key: FieldKey; score: number | null; answered: number; dontKnow: number; skipped: number }[];
}

const FIELD_ORDER = new Map<FieldKey, number>(FIELD_KEYS.map((k, i) => [k, i]));

export function emptyCounts(): AnswerCounts {
  return { ja: 0, teilweise: 0, nein: 0, weissNicht: 0, skipped: 0 };
}

/**
 * 100 × (ja + 0.5·teilweise) / (ja + teilweise + nein), rounded half-up to one decimal.
 * Computed from integers (500·(2ja+t)/n = score×10) so that e.g. 72.45 never becomes 72.4
 * through binary floating point. null when nothing was scored — "no data" is not 0.
 */
export function scoreCounts(c: Pick<AnswerCounts, 'ja' | 'teilweise' | 'nein'>): number | null {
  const n = c.ja + c.teilweise + c.nein;
  if (n <= 0) return null;
  return Math.round((500 * (2 * c.ja + c.teilweise)) / n) / 10;
}

export function disagreementOf(c: Pick<AnswerCounts, 'ja' | 'teilweise' | 'nein'>): Disagreement {
  const n = c.ja + c.teilweise + c.nein;
  if (n < 2) return { level: 'none', spread: null };
  const mean = (c.ja + 0.5 * c.teilweise) / n;
  const variance = (c.ja * (1 - mean) ** 2 + c.teilweise * (0.5 - mean) ** 2 + c.nein * mean ** 2) / n;
  const spread = Math.round(2 * Math.sqrt(variance) * 100) / 100;
  const distinct = (c.ja > 0 ? 1 : 0) + (c.teilweise > 0 ? 1 : 0) + (c.nein > 0 ? 1 : 0);
  const level: DisagreementLevel = c.ja > 0 && c.nein > 0 ? 'strong' : distinct >= 2 ? 'some' : 'none';
  return { level, spread };
}

export function scoreBand(score: number | null, t: Thresholds = DEFAULT_THRESHOLDS): ScoreBand {
  if (score === null) return 'none';
  if (score >= t.strength) return 'strength';
  if (score <= t.potential) return 'potential';
  return 'middle';
}

/**
 * Counts answers per question. Definitions:
 * - respondents = opts.respondents plus everyone who appears in `answers`;
 * - questions = opts.questions plus every question id that appears in `answers`;
 * - skipped = rows with an empty answer + respondents who have no row for the question,
 *   so ja+teilweise+nein+weissNicht+skipped = number of respondents for every question;
 * - if a respondent has several rows for one question, the first one counts (the importer
 *   reports the later ones as errors).
 */
export function tallyAnswers(
  answers: Iterable<ScoringAnswer>,
  opts: { questions?: readonly ScoringQuestion[]; respondents?: readonly string[] } = {},
): { tallies: QuestionTally[]; respondents: number } {
  const respondents = new Set<string>(opts.respondents ?? []);
  const byQuestion = new Map<string, { tally: QuestionTally; seen: Set<string> }>();
  let nextPos = 0;
  const ensure = (id: string, field: FieldKey, text?: string, position?: number) => {
    let q = byQuestion.get(id);
    if (!q) {
      nextPos++;
      q = { tally: { questionId: id, field, text, position: position ?? nextPos, ...emptyCounts() }, seen: new Set() };
      byQuestion.set(id, q);
    }
    return q;
  };
  for (const q of opts.questions ?? []) ensure(q.id, q.field, q.text, q.position);
  for (const a of answers) {
    respondents.add(a.respondent);
    const q = ensure(a.questionId, a.field);
    if (q.seen.has(a.respondent)) continue;
    q.seen.add(a.respondent);
    addAnswer(q.tally, a.answer);
  }
  const n = respondents.size;
  const tallies: QuestionTally[] = [];
  for (const { tally, seen } of byQuestion.values()) {
    tally.skipped += n - seen.size;
    tallies.push(tally);
  }
  return { tallies: sortTallies(tallies), respondents: n };
}

/** Adds one answer (null = skipped) to a counter. Exported for streaming tallies. */
export function addAnswer(c: AnswerCounts, answer: AnswerValue | null): void {
  switch (answer) {
    case 'ja':
      c.ja++;
      break;
    case 'teilweise':
      c.teilweise++;
      break;
    case 'nein':
      c.nein++;
      break;
    case 'weiss_nicht':
      c.weissNicht++;
      break;
    default:
      c.skipped++;
  }
}

function sortTallies<T extends { field: FieldKey; position: number }>(list: T[]): T[] {
  return list.sort((a, b) => FIELD_ORDER.get(a.field)! - FIELD_ORDER.get(b.field)! || a.position - b.position);
}

export function computeResultsFromTallies(tallies: readonly QuestionTally[], respondents: number, thresholds: Partial<Thresholds> = {}): SelfCheckResults {
  const t: Thresholds = { ...DEFAULT_THRESHOLDS, ...thresholds };
  const questions: QuestionResult[] = sortTallies(
    tallies.map((q) => {
      const score = scoreCounts(q);
      return {
        ...q,
        score,
        answered: q.ja + q.teilweise + q.nein,
        dontKnow: q.weissNicht,
        disagreement: disagreementOf(q),
        band: scoreBand(score, t),
      };
    }),
  );
  const fields: FieldResult[] = FIELD_KEYS.map((key) => {
    const c = emptyCounts();
    let count = 0;
    let disagreements = 0;
    for (const q of questions) {
      if (q.field !== key) continue;
      count++;
      c.ja += q.ja;
      c.teilweise += q.teilweise;
      c.nein += q.nein;
      c.weissNicht += q.weissNicht;
      c.skipped += q.skipped;
      if (q.disagreement.level === 'strong') disagreements++;
    }
    // Pooled over all answers of the field (not a mean of question scores), as specified.
    const score = scoreCounts(c);
    return {
      key,
      ...c,
      score,
      answered: c.ja + c.teilweise + c.nein,
      dontKnow: c.weissNicht,
      questions: count,
      disagreements,
      band: scoreBand(score, t),
    };
  });

  const eligible = <X extends { score: number | null; answered: number }>(x: X): x is X & { score: number } => x.score !== null && x.answered >= t.minAnswered;
  const qh = (q: QuestionResult & { score: number }): QuestionHighlight => ({
    questionId: q.questionId,
    field: q.field,
    text: q.text,
    score: q.score,
    answered: q.answered,
    disagreement: q.disagreement.level,
  });
  const fh = (f: FieldResult & { score: number }): FieldHighlight => ({ key: f.key, score: f.score, answered: f.answered });
  // Stable sorts keep the questionnaire order among equal scores.
  const strengths: Highlights = {
    fields: fields
      .filter(eligible)
      .filter((f) => f.score >= t.strength)
      .sort((a, b) => b.score - a.score)
      .map(fh),
    questions: questions
      .filter(eligible)
      .filter((q) => q.score >= t.strength)
      .sort((a, b) => b.score - a.score)
      .map(qh),
  };
  const potentials: Highlights = {
    fields: fields
      .filter(eligible)
      .filter((f) => f.score <= t.potential)
      .sort((a, b) => a.score - b.score)
      .map(fh),
    questions: questions
      .filter(eligible)
      .filter((q) => q.score <= t.potential)
      .sort((a, b) => a.score - b.score)
      .map(qh),
  };
  return { respondents, questions, fields, strengths, potentials, thresholds: t };
}

/** Convenience: tally + score in one step. */
export function computeResults(
  answers: Iterable<ScoringAnswer>,
  opts: { questions?: readonly ScoringQuestion[]; respondents?: readonly string[]; thresholds?: Partial<Thresholds> } = {},
): SelfCheckResults {
  const { tallies, respondents } = tallyAnswers(answers, opts);
  return computeResultsFromTallies(tallies, respondents, opts.thresholds);
}

export function summarizeResults(r: SelfCheckResults): ResultSummary {
  return {
    respondents: r.respondents,
    questions: r.questions.length,
    fields: r.fields.map((f) => ({ key: f.key, score: f.score, answered: f.answered, dontKnow: f.dontKnow, skipped: f.skipped })),
  };
}
