import { describe, expect, test } from 'vitest';
import { MUSTERSTADT_SUMMARY, musterstadtAnswers } from '../../tests/fixtures/import/musterstadt';
import { computeResults, disagreementOf, scoreBand, scoreCounts, summarizeResults, tallyAnswers } from './score';

describe('scoreCounts', () => {
  test('formula and null when nothing scored', () => {
    expect(scoreCounts({ ja: 1, teilweise: 1, nein: 0 })).toBe(75);
    expect(scoreCounts({ ja: 0, teilweise: 0, nein: 3 })).toBe(0); // scored, so 0 — not null
    expect(scoreCounts({ ja: 0, teilweise: 0, nein: 0 })).toBeNull();
    expect(scoreCounts({ ja: 2, teilweise: 0, nein: 1 })).toBe(66.7);
  });

  test('rounds half up to one decimal exactly (checked against integer arithmetic)', () => {
    expect(scoreCounts({ ja: 1, teilweise: 0, nein: 15 })).toBe(6.3); // 6.25
    for (let n = 1; n <= 40; n++) {
      for (let ja = 0; ja <= n; ja++) {
        for (let t = 0; ja + t <= n; t++) {
          // score×10 = 500·(2ja+t)/n; round half up with integers only.
          const num = 500 * (2 * ja + t);
          const q = Math.floor(num / n);
          const expected = (2 * (num - q * n) >= n ? q + 1 : q) / 10;
          expect(scoreCounts({ ja, teilweise: t, nein: n - ja - t })).toBe(expected);
        }
      }
    }
  });
});

describe('disagreement', () => {
  test('levels and spread', () => {
    expect(disagreementOf({ ja: 3, teilweise: 0, nein: 0 })).toEqual({ level: 'none', spread: 0 });
    expect(disagreementOf({ ja: 1, teilweise: 0, nein: 0 })).toEqual({ level: 'none', spread: null });
    expect(disagreementOf({ ja: 2, teilweise: 2, nein: 0 }).level).toBe('some');
    expect(disagreementOf({ ja: 1, teilweise: 0, nein: 1 })).toEqual({ level: 'strong', spread: 1 });
    // one dissent among nine: strong (ja and nein both present) but a small spread
    const d = disagreementOf({ ja: 9, teilweise: 0, nein: 1 });
    expect(d.level).toBe('strong');
    expect(d.spread).toBe(0.6);
  });
});

describe('bands', () => {
  test('thresholds 75 / 40 inclusive', () => {
    expect(scoreBand(75)).toBe('strength');
    expect(scoreBand(74.9)).toBe('middle');
    expect(scoreBand(40)).toBe('potential');
    expect(scoreBand(40.1)).toBe('middle');
    expect(scoreBand(null)).toBe('none');
    expect(scoreBand(60, { strength: 60, potential: 20, minAnswered: 1 })).toBe('strength');
  });
});

describe('tallyAnswers', () => {
  test('a respondent without a row counts as skipped; first duplicate wins', () => {
    const { tallies, respondents } = tallyAnswers([
      { respondent: 'A', questionId: 'q1', field: 'zugang', answer: 'ja' },
      { respondent: 'A', questionId: 'q1', field: 'zugang', answer: 'nein' },
      { respondent: 'B', questionId: 'q2', field: 'management', answer: null },
    ]);
    expect(respondents).toBe(2);
    // management (q2) comes first: fixed field order
    expect(tallies.map((t) => t.questionId)).toEqual(['q2', 'q1']);
    expect(tallies[1]).toMatchObject({ ja: 1, nein: 0, skipped: 1 });
    expect(tallies[0]).toMatchObject({ ja: 0, skipped: 2 });
  });

  test('known questions and respondents without answers are included', () => {
    const { tallies, respondents } = tallyAnswers([], {
      questions: [{ id: 'x', field: 'arbeit', position: 3 }],
      respondents: ['A', 'B', 'C'],
    });
    expect(respondents).toBe(3);
    expect(tallies).toEqual([{ questionId: 'x', field: 'arbeit', text: undefined, position: 3, ja: 0, teilweise: 0, nein: 0, weissNicht: 0, skipped: 3 }]);
  });
});

describe('Musterstadt (hand-computed)', () => {
  const results = computeResults(musterstadtAnswers());

  test('summary for the CLI: all seven fields in order, null where nothing scored', () => {
    expect(summarizeResults(results)).toEqual(MUSTERSTADT_SUMMARY);
  });

  test('question scores', () => {
    const s = Object.fromEntries(results.questions.map((q) => [q.questionId, q.score]));
    expect(s).toEqual({
      '1.1': 91.7,
      '1.2': 37.5,
      '2.1': 10,
      '2.2': 50,
      '3.1': 100,
      '3.2': 58.3,
      '4.1': null,
      '4.2': null,
      '5.1': 91.7,
      '5.2': 50,
      '6.1': 75,
      '6.2': 30,
      '7.1': 0,
      '7.2': 60,
    });
    // every respondent is accounted for in every question
    for (const q of results.questions) expect(q.ja + q.teilweise + q.nein + q.weissNicht + q.skipped).toBe(6);
  });

  test('disagreement marks', () => {
    const strong = results.questions.filter((q) => q.disagreement.level === 'strong').map((q) => q.questionId);
    expect(strong).toEqual(['2.2', '3.2', '6.1', '7.2']);
    expect(results.questions.find((q) => q.questionId === '1.1')!.disagreement.level).toBe('some');
    expect(results.questions.find((q) => q.questionId === '5.2')!.disagreement).toEqual({ level: 'none', spread: 0 });
    expect(results.fields.map((f) => f.disagreements)).toEqual([0, 1, 1, 0, 0, 1, 1]);
  });

  test('strengths (≥ 75) and potentials (≤ 40)', () => {
    expect(results.strengths.questions.map((q) => [q.questionId, q.score])).toEqual([
      ['3.1', 100],
      ['1.1', 91.7],
      ['5.1', 91.7],
      ['6.1', 75],
    ]);
    expect(results.strengths.fields.map((f) => f.key)).toEqual(['zugang']);
    expect(results.potentials.questions.map((q) => [q.questionId, q.score])).toEqual([
      ['7.1', 0],
      ['2.1', 10],
      ['6.2', 30],
      ['1.2', 37.5],
    ]);
    expect(results.potentials.fields.map((f) => [f.key, f.score])).toEqual([
      ['kommunikation', 27.3],
      ['oeffnung', 30],
    ]);
  });

  test('minAnswered keeps thinly answered questions out of the lists', () => {
    const r = computeResults(musterstadtAnswers(), { thresholds: { minAnswered: 6 } });
    expect(r.strengths.questions.map((q) => q.questionId)).toEqual(['3.1', '1.1', '5.1', '6.1']);
    expect(r.potentials.questions.map((q) => q.questionId)).toEqual(['7.1']);
  });
});
