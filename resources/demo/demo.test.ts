// Consistency checks for the demo workshop (demo-workshop.json).
// Run: npx vitest run resources/demo
// (needs 'resources/**/*.test.ts' in vitest.config.ts `include`; until then:
//  echo 'export default {}' > /tmp/vc.mjs && npx vitest run --config /tmp/vc.mjs --root . resources/demo)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ACTION_STATUSES,
  ANSWER_VALUES,
  EFFECT_LEVELS,
  FIELD_KEYS,
  SECTOR_KEYS,
  type EffectLevel,
  type FieldKey,
} from '../../shared/domain/fields';
import data from './demo-workshop.json';
import { DOTS_PER_PARTICIPANT, QUESTION_PREFIX, type DemoWorkshop } from './types';

const demo = data as unknown as DemoWorkshop;
const ROOM_SECTORS = ['verwaltung', 'politik', 'zivilgesellschaft', 'wirtschaft'] as const;
/** "Today" for the demo: the follow-up a week after the workshop. */
const DEMO_TODAY = '2026-11-25';

function isIsoDate(s: unknown): boolean {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function wirkungsstufeLevel(step: number): EffectLevel {
  return step <= 3 ? 'output' : step <= 6 ? 'outcome' : 'impact';
}

/** 100 × (ja + 0.5 × teilweise) / (ja + teilweise + nein); weiss_nicht and skipped are not scored. */
function fieldScores(d: DemoWorkshop): Record<FieldKey, { score: number | null; n: number }> {
  const fieldOf = new Map(d.questions.map((q) => [q.id, q.field]));
  const out = {} as Record<FieldKey, { score: number | null; n: number }>;
  for (const f of FIELD_KEYS) {
    let ja = 0;
    let teil = 0;
    let nein = 0;
    for (const a of d.answers) {
      if (fieldOf.get(a.question) !== f) continue;
      if (a.answer === 'ja') ja++;
      else if (a.answer === 'teilweise') teil++;
      else if (a.answer === 'nein') nein++;
    }
    const n = ja + teil + nein;
    out[f] = { score: n === 0 ? null : (100 * (ja + 0.5 * teil)) / n, n };
  }
  return out;
}

describe('demo workshop: workshop and respondents', () => {
  it('describes the workshop with valid dates and the four sectors of the room', () => {
    const w = demo.workshop;
    expect(w.municipality.length).toBeGreaterThan(0);
    expect(w.name).toContain(w.municipality);
    expect(isIsoDate(w.date)).toBe(true);
    expect(isIsoDate(w.nextReview)).toBe(true);
    expect(w.nextReview > w.date).toBe(true);
    expect(w.attendance.map((a) => a.sector).sort()).toEqual([...ROOM_SECTORS].sort());
    for (const a of w.attendance) expect(Number.isInteger(a.count) && a.count > 0).toBe(true);
    expect(w.attendance.reduce((s, a) => s + a.count, 0)).toBe(40);
  });

  it('has 5–6 respondents with unique codes', () => {
    expect(demo.respondents.length).toBeGreaterThanOrEqual(5);
    expect(demo.respondents.length).toBeLessThanOrEqual(6);
    const codes = demo.respondents.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const r of demo.respondents) {
      expect(r.code).toMatch(/^R\d+$/);
      expect(r.role.trim().length).toBeGreaterThan(0);
    }
  });

  it('is stored as UTF-8 with real umlauts, not escapes', () => {
    const raw = readFileSync(new URL('./demo-workshop.json', import.meta.url), 'utf8');
    expect(raw).not.toMatch(/\\u00[0-9a-f]{2}/i);
    expect(raw).toMatch(/[äöüß]/);
  });
});

describe('demo workshop: questionnaire and answers', () => {
  it('covers all 7 Handlungsfelder with 10–14 questions each', () => {
    for (const f of FIELD_KEYS) {
      const n = demo.questions.filter((q) => q.field === f).length;
      expect(n, f).toBeGreaterThanOrEqual(10);
      expect(n, f).toBeLessThanOrEqual(14);
    }
    for (const q of demo.questions) expect(FIELD_KEYS).toContain(q.field);
  });

  it('uses unique, consecutively numbered ids with the field prefix', () => {
    const ids = demo.questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of FIELD_KEYS) {
      const own = demo.questions.filter((q) => q.field === f).map((q) => q.id);
      const expected = own.map((_, i) => `${QUESTION_PREFIX[f]}${String(i + 1).padStart(2, '0')}`);
      expect(own, f).toEqual(expected);
    }
    for (const q of demo.questions) expect(q.text.trim()).toMatch(/\?$/);
  });

  it('lists questions in the fixed field order', () => {
    const order = demo.questions.map((q) => FIELD_KEYS.indexOf(q.field));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('has every answer reference an existing respondent and question with a valid value', () => {
    const codes = new Set(demo.respondents.map((r) => r.code));
    const qids = new Set(demo.questions.map((q) => q.id));
    for (const a of demo.answers) {
      expect(codes.has(a.respondent), a.respondent).toBe(true);
      expect(qids.has(a.question), a.question).toBe(true);
      if (a.answer !== null) expect(ANSWER_VALUES).toContain(a.answer);
      if (a.comment !== null) expect(a.comment.trim().length).toBeGreaterThan(0);
    }
  });

  it('has every respondent × question pair exactly once', () => {
    const seen = new Map<string, number>();
    for (const a of demo.answers) {
      const k = `${a.respondent}|${a.question}`;
      seen.set(k, (seen.get(k) ?? 0) + 1);
    }
    for (const r of demo.respondents) {
      for (const q of demo.questions) expect(seen.get(`${r.code}|${q.id}`), `${r.code} ${q.id}`).toBe(1);
    }
    expect(demo.answers.length).toBe(demo.respondents.length * demo.questions.length);
  });

  it('contains skips, "weiß nicht", disagreements and comments', () => {
    expect(demo.answers.some((a) => a.answer === null)).toBe(true);
    expect(demo.answers.some((a) => a.answer === 'weiss_nicht')).toBe(true);
    const disagreements = demo.questions.filter((q) => {
      const vals = demo.answers.filter((a) => a.question === q.id).map((a) => a.answer);
      return vals.includes('ja') && vals.includes('nein');
    });
    expect(disagreements.length).toBeGreaterThanOrEqual(3);
    const comments = demo.answers.filter((a) => a.comment !== null).length;
    expect(comments).toBeGreaterThanOrEqual(15);
    expect(comments).toBeLessThanOrEqual(30);
  });

  it('yields a varied field profile', () => {
    const scores = fieldScores(demo);
    const rows = FIELD_KEYS.map((f) => ({ field: f, score: scores[f].score?.toFixed(1), n: scores[f].n }));
    console.log('Demo field scores (100 × (ja + 0,5 × teilweise) / (ja + teilweise + nein)):');
    console.table(rows);
    const values = FIELD_KEYS.map((f) => scores[f].score);
    for (const v of values) expect(v).not.toBeNull();
    const nums = values as number[];
    expect(Math.max(...nums)).toBeGreaterThanOrEqual(65);
    expect(Math.min(...nums)).toBeLessThanOrEqual(50);
  });
});

describe('demo workshop: strengths', () => {
  it('has at least 30 cards with valid sectors and fields', () => {
    expect(demo.strengths.length).toBeGreaterThanOrEqual(30);
    for (const s of demo.strengths) {
      expect(SECTOR_KEYS).toContain(s.sector);
      if (s.field !== null) expect(FIELD_KEYS).toContain(s.field);
      const words = s.text.trim().split(/\s+/).length;
      expect(words, s.text).toBeGreaterThanOrEqual(5);
      expect(words, s.text).toBeLessThanOrEqual(15);
    }
    const texts = demo.strengths.map((s) => s.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('mixes sectors and leaves a few cards without field', () => {
    for (const sec of SECTOR_KEYS) expect(demo.strengths.some((s) => s.sector === sec), sec).toBe(true);
    expect(demo.strengths.some((s) => s.field === null)).toBe(true);
  });
});

describe('demo workshop: next steps and dot voting', () => {
  it('builds on existing questions of the same field', () => {
    const byId = new Map(demo.questions.map((q) => [q.id, q]));
    for (const s of demo.ideas) {
      expect(FIELD_KEYS).toContain(s.field);
      expect(s.builds_on.length, s.title).toBeGreaterThan(0);
      for (const id of s.builds_on) {
        expect(byId.has(id), id).toBe(true);
        expect(byId.get(id)?.field, `${s.title}: ${id}`).toBe(s.field);
      }
      for (const r of [s.impact, s.effort]) expect(Number.isInteger(r) && r >= 1 && r <= 5).toBe(true);
    }
  });

  it('has dot tallies that 40 participants with 3 dots each could have cast', () => {
    const perSector: Record<string, number> = {};
    for (const s of demo.ideas) {
      expect(Object.keys(s.dots).sort()).toEqual([...ROOM_SECTORS].sort());
      for (const [sec, n] of Object.entries(s.dots)) {
        expect(Number.isInteger(n) && n >= 0).toBe(true);
        perSector[sec] = (perSector[sec] ?? 0) + n;
      }
    }
    const participants = demo.workshop.attendance.reduce((s, a) => s + a.count, 0);
    const total = Object.values(perSector).reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(participants * DOTS_PER_PARTICIPANT);
    for (const a of demo.workshop.attendance) {
      expect(perSector[a.sector] ?? 0, a.sector).toBeLessThanOrEqual(a.count * DOTS_PER_PARTICIPANT);
    }
  });

  it('has at least one tie in total dots', () => {
    const totals = demo.ideas.map((s) => Object.values(s.dots).reduce((a, b) => a + b, 0));
    expect(new Set(totals).size).toBeLessThan(totals.length);
  });
});

describe('demo workshop: action plan', () => {
  it('uses valid fields, statuses and effect levels consistent with the Wirkungstreppe', () => {
    for (const a of demo.actions) {
      expect(FIELD_KEYS).toContain(a.field);
      expect(ACTION_STATUSES).toContain(a.status);
      expect(EFFECT_LEVELS).toContain(a.effectLevel);
      expect(Number.isInteger(a.wirkungsstufe) && a.wirkungsstufe >= 1 && a.wirkungsstufe <= 7).toBe(true);
      expect(wirkungsstufeLevel(a.wirkungsstufe), a.title).toBe(a.effectLevel);
      for (const k of ['title', 'description', 'effect', 'indicator', 'responsible', 'partners', 'resources'] as const) {
        expect(a[k].trim().length, `${a.title}: ${k}`).toBeGreaterThan(0);
      }
    }
    for (const st of ACTION_STATUSES) expect(demo.actions.some((a) => a.status === st), st).toBe(true);
  });

  it('has valid dates with start ≤ due and two overdue actions', () => {
    for (const a of demo.actions) {
      expect(isIsoDate(a.start), a.title).toBe(true);
      expect(isIsoDate(a.due), a.title).toBe(true);
      expect(a.start <= a.due, a.title).toBe(true);
      expect(a.start >= demo.workshop.date, a.title).toBe(true);
      expect(a.due <= '2027-09-30', a.title).toBe(true);
    }
    const overdue = demo.actions.filter((a) => a.due < DEMO_TODAY && a.status !== 'erledigt');
    expect(overdue.length).toBe(2);
  });

  it('has unique priorities 1..n', () => {
    const prios = demo.actions.map((a) => a.priority).sort((a, b) => a - b);
    expect(prios).toEqual(demo.actions.map((_, i) => i + 1));
  });

  it('links to existing next steps of the same field', () => {
    for (const a of demo.actions) {
      if (a.fromIdea === null) continue;
      expect(Number.isInteger(a.fromIdea) && a.fromIdea >= 0 && a.fromIdea < demo.ideas.length, a.title).toBe(true);
      expect(demo.ideas[a.fromIdea].field, a.title).toBe(a.field);
    }
    const from = demo.actions.map((a) => a.fromIdea).filter((x) => x !== null);
    expect(new Set(from).size).toBe(from.length);
  });

  it('has dated progress notes in order, consistent with the current status', () => {
    expect(demo.actions.some((a) => a.updates.length > 0)).toBe(true);
    for (const a of demo.actions) {
      let prev = demo.workshop.date;
      for (const u of a.updates) {
        expect(isIsoDate(u.date), a.title).toBe(true);
        expect(u.date >= prev, a.title).toBe(true);
        expect(u.date <= DEMO_TODAY, a.title).toBe(true);
        expect(u.note.trim().length).toBeGreaterThan(0);
        if (u.status !== null) expect(ACTION_STATUSES).toContain(u.status);
        prev = u.date;
      }
      const lastStatus = [...a.updates].reverse().find((u) => u.status !== null)?.status;
      if (lastStatus) expect(lastStatus, a.title).toBe(a.status);
    }
  });

  it('includes a long compound-heavy description to exercise wrapping', () => {
    const longest = Math.max(...demo.actions.flatMap((a) => a.description.split(/[^\p{L}-]+/u).map((w) => w.length)));
    expect(longest).toBeGreaterThanOrEqual(30);
    expect(demo.actions.some((a) => a.description.length >= 300)).toBe(true);
  });
});
