import { describe, expect, test } from 'vitest';
import { buildProgramme, catalogueRows, quantile, searchPractices, type LoadedPackage } from './programme';
import type { ExchangeContent } from './package';

function pkg(file: string, municipality: string, management: number | null, extra: Partial<ExchangeContent> = {}): LoadedPackage {
  return {
    file,
    content: {
      municipality,
      pseudonymised: false,
      date: '2026-10-01',
      fields: management === null ? [] : [{ key: 'management', score: management, answered: 10, dontKnow: 1, skipped: 0 }],
      strengthThemes: [],
      ideas: [],
      actions: [],
      ...extra,
    },
  };
}

describe('programme aggregation', () => {
  test('quartiles by linear interpolation (as Excel QUARTILE.INC)', () => {
    expect(quantile([10, 20, 30, 40], 0.25)).toBe(17.5);
    expect(quantile([10, 20, 30, 40], 0.5)).toBe(25);
    expect(quantile([10, 20, 30, 40], 0.75)).toBe(32.5);
    expect(quantile([7], 0.25)).toBe(7);
    expect(quantile([], 0.5)).toBeNull();
  });

  test('per field: n and quartiles; the dots keep the order of the files, never an order by score', () => {
    const ix = buildProgramme(
      '/p',
      [pkg('a.json', 'Adorf', 40), pkg('b.json', 'Bstadt', 90), pkg('c.json', 'Cheim', null), pkg('d.json', 'Dberg', 10), pkg('e.json', 'Eau', 60)],
      [],
    );
    const m = ix.programme.fields.find((f) => f.key === 'management')!;
    expect(m).toMatchObject({ n: 4, min: 10, q1: 32.5, median: 50, q3: 67.5, max: 90 });
    expect(m.dots.map((d) => d.score)).toEqual([40, 90, 10, 60]);
    expect(m.dots.map((d) => d.id)).toEqual(['k1', 'k2', 'k4', 'k5']);
    expect(ix.programme.municipalities.map((x) => x.name)).toEqual(['Adorf', 'Bstadt', 'Cheim', 'Dberg', 'Eau']);
    expect(ix.programme.fields.find((f) => f.key === 'arbeit')).toMatchObject({ n: 0, median: null, dots: [] });
    // No rank anywhere in the programme.
    expect(JSON.stringify(ix.programme)).not.toMatch(/rank|platz/i);
  });

  test('hidden names, shared potentials and ideas, search by words and field, CSV with formulas defused', () => {
    const action = (title: string, potentials: string[]) => ({ title, field: 'zugang' as const, status: 'geplant' as const, partners: 'VHS', potentials });
    const ix = buildProgramme(
      '/p',
      [
        pkg('a.json', 'Adorf', 50, {
          actions: [action('Sprachcafé im Stadtteil', ['Gibt es Sprachangebote?'])],
          ideas: [{ text: 'Leitbild  erarbeiten', field: 'management', rank: 1, dots: 5 }],
        }),
        pkg('b.json', 'Bstadt', 50, {
          actions: [action('=Lotsenprogramm', ['gibt es sprachangebote?'])],
          ideas: [{ text: 'Leitbild erarbeiten', field: 'management', rank: 2, dots: 3 }],
          strengthThemes: [{ label: 'Sprachpaten', field: 'zugang', cards: ['Sprachpaten an Schulen'] }],
        }),
        pkg('c.json', 'Cheim', 50, { actions: [action('Willkommenspaket', ['Gibt es ein Willkommenspaket?'])] }),
      ],
      [],
      { hideNames: true },
    );
    expect(ix.programme.municipalities.map((m) => m.name)).toEqual(['Kommune 1', 'Kommune 2', 'Kommune 3']);
    expect(ix.programme.sharedPotentials).toEqual([{ text: 'Gibt es Sprachangebote?', municipalities: 2 }]);
    expect(ix.programme.sharedIdeas).toEqual([{ text: 'Leitbild  erarbeiten', municipalities: 2 }]);
    expect(ix.programme.practices).toEqual({ themes: 1, actions: 3 });
    const r = searchPractices(ix, { text: 'SPRACH', limit: 200 });
    // Catalogue order: municipality by municipality, themes before actions.
    expect(r.hits.map((h) => h.title)).toEqual(['Sprachcafé im Stadtteil', 'Sprachpaten', '=Lotsenprogramm']);
    expect(searchPractices(ix, { text: 'sprach', kind: 'theme', limit: 200 }).total).toBe(1);
    expect(searchPractices(ix, { text: 'sprach paten', limit: 200 }).hits.map((h) => h.title)).toEqual(['Sprachpaten']);
    expect(searchPractices(ix, { text: '', field: 'management', limit: 200 }).total).toBe(0);
    expect(searchPractices(ix, { text: 'kommune 3', limit: 200 }).hits.map((h) => h.title)).toEqual(['Willkommenspaket']);
    const { rows } = catalogueRows(r.hits, (k) => k);
    expect(rows[2]).toEqual(['Maßnahme', 'zugang', '=Lotsenprogramm', 'VHS · gibt es sprachangebote?', 'geplant', 'Kommune 2']);
  });
});
