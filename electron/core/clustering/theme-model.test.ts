import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { features, predict } from '../../../shared/clustering/model';
import { MODEL_THEMES, modelSource } from '../../../shared/clustering/eval/training';
import { createEngine } from '../../../shared/clustering';
import { loadThemeModel, themeModel } from './theme-model';

const dir = mkdtempSync(path.join(tmpdir(), 'theme-model-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};
const root = path.join(__dirname, '..', '..', '..');

describe('theme model (resources/clustering/theme-model.json)', () => {
  it('reads the shipped model once per process; it predicts the 16 themes', () => {
    const m = themeModel();
    expect(m).toBeDefined();
    expect(m!.themes).toEqual([...MODEL_THEMES]);
    expect(themeModel()).toBe(m);
    const engine = createEngine({});
    const top = (text: string, concepts = engine.conceptKeys(text)) => {
      const p = predict(m!, features(text, concepts));
      return m!.themes[p.indexOf(Math.max(...p))];
    };
    expect(top('Deutschkurse an der VHS, auch am Abend')).toBe('sprache');
    expect(top('Rufbus fährt jetzt auch am Wochenende')).toBe('mobilitaet');
    // from words and word parts alone (no lexicon concepts given)
    expect(top('Schützenfest mit allen Nachbarn im Dorf', [])).toBe('begegnung');
  });

  it('is current: trained from the training files, lexicon and options in the repository', () => {
    const shipped = JSON.parse(readFileSync(path.join(root, 'resources/clustering/theme-model.json'), 'utf8')) as { source: string };
    const read = (p: string) => readFileSync(path.join(root, p), 'utf8');
    // stale model: run `npx tsx scripts/train-theme-model.ts`
    expect(shipped.source).toBe(modelSource(read));
  });

  it('a missing, damaged or foreign file gives no model instead of an error', () => {
    expect(loadThemeModel(null)).toBeUndefined();
    expect(loadThemeModel(path.join(dir, 'nope.json'))).toBeUndefined();
    expect(loadThemeModel(file('cut.json', '{"themes": ["a", "b"], "bias": [0, '))).toBeUndefined();
    expect(loadThemeModel(file('null.json', 'null'))).toBeUndefined();
    expect(loadThemeModel(file('array.json', '[1, 2]'))).toBeUndefined();
    expect(loadThemeModel(file('one.json', '{"themes": ["a"], "bias": [0], "weights": {}}'))).toBeUndefined();
    expect(loadThemeModel(file('bias.json', '{"themes": ["a", "b"], "bias": [0], "weights": {}}'))).toBeUndefined();
    expect(loadThemeModel(file('str.json', '{"themes": ["a", "b"], "bias": [0, "1"], "weights": {}}'))).toBeUndefined();
    expect(loadThemeModel(file('row.json', '{"themes": ["a", "b"], "bias": [0, 0], "weights": {"w:x": [1]}}'))).toBeUndefined();
    expect(loadThemeModel(file('big.json', '{"themes": ["a", "b"], "bias": [0, 0], "weights": {"w:x": [1e400, 0]}}'))).toBeUndefined();
    expect(loadThemeModel(file('list.json', '{"themes": ["a", "b"], "bias": [0, 0], "weights": [[1, 0]]}'))).toBeUndefined();
    const ok = loadThemeModel(file('ok.json', '{"themes": ["a", "b"], "bias": [0, 0], "weights": {"w:fest": [2, 0], "__proto__": [0, 5]}}'));
    expect(ok).toBeDefined();
    const p = predict(ok!, features('Fest'));
    expect(p[0]).toBeGreaterThan(p[1]);
    expect(({} as Record<string, unknown>).w).toBeUndefined(); // nothing leaked onto Object.prototype
  });
});
