// Parsers for the evaluation data. Pure (the project rule: shared/ touches neither Node nor the
// DOM); the bench scripts and tests read the files and pass the text in.
import type { FieldKey } from '../../domain/fields';

export interface Item {
  split: 'tune' | 'heldout';
  theme: string;
  text: string;
}

/** Repository-relative paths of the data files. */
export const FIXTURE_PATH = 'tests/fixtures/clustering/strengths-labelled.tsv';
export const DEMO_PATH = 'resources/demo/demo-workshop.json';

/** Parse the labelled TSV (header: split, theme, text); optionally keep one split only. */
export function parseLabelled(tsv: string, split?: 'tune' | 'heldout'): Item[] {
  const lines = tsv.split('\n').slice(1).filter((l) => l.trim());
  const items = lines.map((l) => {
    const [s, theme, text] = l.replace(/\r$/, '').split('\t');
    if (s !== 'tune' && s !== 'heldout') throw new Error(`bad split in line: ${l}`);
    return { split: s, theme, text } as Item;
  });
  return split ? items.filter((i) => i.split === split) : items;
}

/** The demo workshop's questionnaire (another author's question texts). */
export function parseDemoQuestions(json: string): { field: FieldKey; text: string }[] {
  const d = JSON.parse(json);
  return (d.questions ?? []).map((q: { field: FieldKey; text: string }) => ({ field: q.field, text: q.text }));
}

/** The demo workshop's strengths that carry a Handlungsfeld (coarser than our themes; another author). */
export function parseDemoStrengths(json: string): { text: string; field: string }[] {
  const d = JSON.parse(json);
  return (d.strengths ?? [])
    .filter((s: { field?: string }) => !!s.field)
    .map((s: { text: string; field: string }) => ({ text: s.text, field: s.field }));
}
