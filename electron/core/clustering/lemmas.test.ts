import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadNounLemmas, nounLemmas } from './lemmas';

const dir = mkdtempSync(path.join(tmpdir(), 'lemmas-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('noun base forms for labels (resources/lemmas/de-nouns.json)', () => {
  it('reads the shipped table', () => {
    const lem = nounLemmas();
    expect(lem).toBeDefined();
    expect(lem!.lemma('Betrieben')).toBe('Betriebe');
    expect(nounLemmas()).toBe(lem); // read once per process
  });

  it('a missing, damaged or foreign file gives no lemmatizer instead of an error', () => {
    expect(loadNounLemmas(null)).toBeUndefined();
    expect(loadNounLemmas(path.join(dir, 'nope.json'))).toBeUndefined();
    expect(loadNounLemmas(file('cut.json', '{"lemmas": ["Verein", "Sch'))).toBeUndefined();
    expect(loadNounLemmas(file('null.json', 'null'))).toBeUndefined();
    expect(loadNounLemmas(file('array.json', '[1, 2]'))).toBeUndefined();
    expect(loadNounLemmas(file('wrong.json', '{"lemmas": [1], "forms": {}, "plural": {}}'))).toBeUndefined();
    expect(loadNounLemmas(file('forms.json', '{"lemmas": [], "forms": [], "plural": {}}'))).toBeUndefined();
    expect(loadNounLemmas(file('ok.json', '{"source": "test", "lemmas": ["Verein"], "forms": {"Vereins": "Verein"}, "plural": {}}'))!.lemma('Vereins')).toBe(
      'Verein',
    );
  });
});
