import { describe, expect, test } from 'vitest';
import { buildSuggestions, contentWords, type PackageForSuggestions, type WorkshopFocus } from './suggestions';
import type { ExchangeContent } from './package';

const pkg = (hash: string, municipality: string, score: number, actions: ExchangeContent['actions']): PackageForSuggestions => ({
  hash,
  content: {
    municipality,
    pseudonymised: false,
    date: '2026-10-01',
    fields: [{ key: 'zugang', score, answered: 5, dontKnow: 0, skipped: 0 }],
    strengthThemes: [],
    ideas: [],
    actions,
  },
});
const focus = (over: Partial<WorkshopFocus> = {}): WorkshopFocus => ({
  potentialFields: [],
  potentialQuestions: [],
  ideas: [{ field: 'zugang', text: 'Lotsen für neue Familien' }],
  adopted: new Map(),
  ...over,
});

describe('buildSuggestions', () => {
  test('the order never depends on a municipality’s score or name: equal matches keep title, then file order', () => {
    const act = [{ title: 'Familienlotsen', field: 'zugang' as const, status: 'geplant' as const }];
    const a = buildSuggestions([pkg('a', 'Zett', 99, act), pkg('b', 'Aach', 1, act)], focus(), { limit: 10 });
    const b = buildSuggestions([pkg('a', 'Zett', 1, act), pkg('b', 'Aach', 99, act)], focus(), { limit: 10 });
    expect(a.suggestions.map((s) => s.municipality)).toEqual(['Zett', 'Aach']);
    expect(b.suggestions.map((s) => s.municipality)).toEqual(['Zett', 'Aach']);
  });

  test('an action answering the same potential word for word counts even from another field; the limit keeps the best', () => {
    const q = 'Gibt es Lotsinnen und Lotsen für neu zugewanderte Familien?';
    const r = buildSuggestions(
      [
        pkg('a', 'Adorf', 50, [
          { title: 'Anderes Thema', field: 'arbeit', status: 'geplant', potentials: [q] },
          ...Array.from({ length: 30 }, (_, i) => ({ title: `Maßnahme ${i}`, field: 'zugang' as const, status: 'geplant' as const })),
        ]),
      ],
      focus({ potentialQuestions: [{ field: 'zugang', text: q }] }),
      { limit: 5 },
    );
    expect(r.total).toBe(31);
    expect(r.suggestions).toHaveLength(5);
    expect(r.suggestions[0]).toMatchObject({ title: 'Anderes Thema', field: 'arbeit', potentials: [q] });
    expect(r.suggestions.slice(1).map((s) => s.title)).toEqual(['Maßnahme 0', 'Maßnahme 1', 'Maßnahme 10', 'Maßnahme 11']);
  });

  test('words: inflections meet ("Familie"/"Familien"); stopwords and generic words never count', () => {
    expect([...contentWords('Die Familien und die Menschen der Stadt').values()]).toEqual(['Familien']);
    const r = buildSuggestions([pkg('a', 'A', 0, [{ title: 'Hilfe für jede Familie', field: 'zugang', status: 'geplant' }])], focus(), { limit: 5 });
    expect(r.suggestions[0].words).toEqual(['Familie']);
  });
});
