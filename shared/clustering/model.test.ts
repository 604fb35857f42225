import { describe, expect, it } from 'vitest';
import { features, predict, train, type ModelExample } from './model';
import { createEngine } from './engine';

const toy: ModelExample[] = [
  { text: 'Sprachkurs an der Volkshochschule', theme: 'sprache' },
  { text: 'Deutschkurs mit Kinderbetreuung', theme: 'sprache' },
  { text: 'Sprachtandem im Familienzentrum', theme: 'sprache' },
  { text: 'Integrationskurs am Abend', theme: 'sprache' },
  { text: 'Fußballverein nimmt alle auf', theme: 'begegnung' },
  { text: 'Sommerfest im Stadtpark', theme: 'begegnung' },
  { text: 'Laufgruppe am Sonntag', theme: 'begegnung' },
  { text: 'Fußballturnier der Nationen', theme: 'begegnung' },
];
const f = (e: { text: string }) => features(e.text);

describe('theme model (softmax regression)', () => {
  it('features: light-stemmed words, 4-grams of long words (scaled), concepts', () => {
    const x = features('Sprachkurse für Eltern', ['sprache']);
    expect(x.get('w:sprachkurs')).toBe(1);
    expect(x.get('w:elter')).toBe(1); // lightStem: Eltern, Elter
    expect(x.has('g:<elt')).toBe(true);
    expect(x.has('w:fuer')).toBe(false); // stopword
    expect(x.get('c:sprache')).toBe(1);
    const grams = [...x.keys()].filter((k) => k.startsWith('g:'));
    expect(grams).toContain('g:<spr');
    expect(grams).toContain('g:rse>');
    // all grams of a card weigh 2 together as a vector (2/√n each), whatever the card's length
    const n = 'sprachkurse'.length + 2 - 3 + ('eltern'.length + 2 - 3);
    expect(grams).toHaveLength(n);
    expect(x.get('g:<spr')).toBeCloseTo(2 / Math.sqrt(n), 12);
    expect(features('Fest Tag').size).toBe(2); // short words: no grams
    expect(features('').size).toBe(0);
  });

  it('predict gives probabilities; unknown features leave the prior', () => {
    const m = train(toy, f);
    const p = predict(m, features('Sprachkurs am Vormittag'));
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(m.themes[p.indexOf(Math.max(...p))]).toBe('sprache');
    const none = predict(m, features('xyzzy qwrtz'));
    expect(none[0]).toBeCloseTo(1 / (1 + Math.exp(m.bias[1] - m.bias[0])), 9);
  });

  it('learns word parts: an unseen compound lands with the cards that share its parts', () => {
    const m = train(toy, f, { minCount: 1 });
    const top = (t: string) => {
      const p = predict(m, features(t));
      return m.themes[p.indexOf(Math.max(...p))];
    };
    expect(top('Fußballtraining für Mädchen')).toBe('begegnung');
    expect(top('Sprachcafé jeden Dienstag')).toBe('sprache');
  });

  it('training is deterministic for a seed', () => {
    expect(train(toy, f, { seed: 3 })).toEqual(train(toy, f, { seed: 3 }));
    expect(train(toy, f, { seed: 3 })).not.toEqual(train(toy, f, { seed: 4 }));
  });

  it('in the engine: off at modelWeight 0; on, cards in different words of one theme come closer', () => {
    const m = train(toy, f, { minCount: 1 });
    const texts = ['Sprachtandem am Abend', 'Integrationskurs bei der Volkshochschule', 'Fußballturnier im Sommer'];
    const plain = createEngine({}).similarityMatrix(texts);
    expect(createEngine({ themeModel: m, modelWeight: 0 }).similarityMatrix(texts)).toEqual(plain);
    const withModel = createEngine({ themeModel: m, modelWeight: 0.5 }).similarityMatrix(texts);
    expect(withModel[0 * 3 + 1] - plain[0 * 3 + 1]).toBeGreaterThan(withModel[0 * 3 + 2] - plain[0 * 3 + 2]);
    // cards in words the model has never seen get no distribution: they are not alike to it
    const unknown = ['Xyzzy plugh', 'Qwrtz frobnitz', 'Sprachtandem am Abend'];
    const u0 = createEngine({}).similarityMatrix(unknown);
    const u1 = createEngine({ themeModel: m, modelWeight: 0.5 }).similarityMatrix(unknown);
    expect(u1[0 * 3 + 1]).toBe(u0[0 * 3 + 1]);
    expect(u1[0 * 3 + 2]).toBe(u0[0 * 3 + 2]);
    // the live path (one new card against the board) uses the same similarity
    const e = createEngine({ themeModel: m, modelWeight: 0.5 });
    expect(e.similarity(texts[0], texts[1], texts)).toBeCloseTo(withModel[1], 9);
  });
});
