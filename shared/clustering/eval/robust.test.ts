// Issue #12.7: real typing. The figures must hold within 0.03 ARI when 15 % of the cards carry one
// or two typos, abbreviations (VHS, IHK, KiTa, DaZ, …) or ALL-CAPS. Measured on the tuning part
// (the held-out sets are only scored in bench/cluster-eval.ts and blind-floor.test.ts).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_PATH, parseLabelled } from './data';
import { evalEngine, evalLive, prng } from './harness';
import { perturbItems, perturbText, typo } from './perturb';
import { FeatureStore } from '../vectors';

const tune = parseLabelled(readFileSync(join(__dirname, '..', '..', '..', FIXTURE_PATH), 'utf8'), 'tune');

describe('perturbation', () => {
  it('changes 15 % of the cards, each by typos, abbreviations or capitals', () => {
    const p = perturbItems(tune, 0.15, 3);
    const changed = p.filter((x, i) => x.text !== tune[i].text);
    expect(changed.length).toBeGreaterThanOrEqual(Math.round(tune.length * 0.15) - 2);
    expect(changed.length).toBeLessThanOrEqual(Math.round(tune.length * 0.15));
    expect(changed.some((x) => x.text === x.text.toUpperCase())).toBe(true);
    expect(perturbText('Kurse an der Volkshochschule und in der Kindertagesstätte', 'abbrev', prng(1))).toBe('Kurse an der VHS und in der KiTa');
    const t = typo('Sprachcafé', prng(2));
    expect(t).not.toBe('Sprachcafé');
    expect(t[0]).toBe('S');
    expect(Math.abs(t.length - 'Sprachcafé'.length)).toBeLessThanOrEqual(1);
  });
});

describe('the engine reads real typing', () => {
  const st = new FeatureStore({ ngramMin: 3, ngramMax: 5, genericWeight: 0.3, questionWeight: 0.5 });
  const keys = (text: string) => [...st.get(text).concepts.ids].filter((i) => i < st.concepts.length).map((i) => st.concepts[i].key);
  it('abbreviations mean what the long form means', () => {
    expect(keys('VHS bietet Kurse an')).toContain('sprache');
    expect(keys('Kurse an der Volkshochschule')).toContain('sprache');
    expect(keys('DaZ-Klassen an der Grundschule')).toContain('sprache');
    expect(keys('KiTa-Plätze für alle')).toContain('bildung');
    expect(keys('Die IHK berät Betriebe')).toContain('arbeit');
  });
  it('ALL-CAPS cards get the same concepts as normal ones', () => {
    for (const { text } of tune) expect(keys(text.toUpperCase())).toEqual(keys(text));
  });
  it('a typo in a long stem still finds the concept; ordinary words do not turn into concepts', () => {
    expect(keys('Diskriminirung melden')).toContain('antidiskriminierung');
    expect(keys('Dolmetcher für alle Ämter')).toContain('dolmetschen');
    expect(keys('Ehernamtliche im Helferkreis')).toContain('ehrenamt');
    expect(keys('Internationaler Donnerstag')).toEqual([]);
    expect(keys('Beratung verhindert Streit')).toEqual(['konflikt']);
  });
});

describe('figures hold within 0.03 ARI under 15 % real typing (tuning part, 6 seeded perturbations)', () => {
  const seeds = [1, 2, 3, 4, 5, 6];
  it('sort again (clusterAll)', () => {
    const clean = evalEngine(tune).ari;
    const mean = seeds.reduce((s, seed) => s + evalEngine(perturbItems(tune, 0.15, seed)).ari, 0) / seeds.length;
    expect(clean - mean).toBeLessThanOrEqual(0.03);
  });
  it('live (5 arrival orders each)', () => {
    const clean = evalLive(tune, {}, 5).ari;
    const mean = seeds.reduce((s, seed) => s + evalLive(perturbItems(tune, 0.15, seed), {}, 5).ari, 0) / seeds.length;
    expect(clean - mean).toBeLessThanOrEqual(0.03);
  });
});
