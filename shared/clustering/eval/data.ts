// Loads the labelled fixture (Node only: used by the eval/bench/tuning scripts and tests).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export interface Item {
  split: 'tune' | 'heldout';
  theme: string;
  text: string;
}

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(here, '..', '..', '..');
export const FIXTURE = join(ROOT, 'tests', 'fixtures', 'clustering', 'strengths-labelled.tsv');

export function loadLabelled(split?: 'tune' | 'heldout'): Item[] {
  const lines = readFileSync(FIXTURE, 'utf8').split('\n').slice(1).filter((l) => l.trim());
  const items = lines.map((l) => {
    const [s, theme, text] = l.split('\t');
    if (s !== 'tune' && s !== 'heldout') throw new Error(`bad split in line: ${l}`);
    return { split: s, theme, text } as Item;
  });
  return split ? items.filter((i) => i.split === split) : items;
}

/** The demo workshop's questionnaire (another author's question texts), if present. */
export function loadDemoQuestions(): { field: import('../../domain/fields').FieldKey; text: string }[] {
  try {
    const d = JSON.parse(readFileSync(join(ROOT, 'resources', 'demo', 'demo-workshop.json'), 'utf8'));
    return d.questions.map((q: { field: string; text: string }) => ({ field: q.field, text: q.text }));
  } catch {
    return [];
  }
}

/** The demo workshop's strengths with their Handlungsfeld (coarser than our themes; another author). */
export function loadDemoStrengths(): { text: string; field: string }[] {
  try {
    const d = JSON.parse(readFileSync(join(ROOT, 'resources', 'demo', 'demo-workshop.json'), 'utf8'));
    return d.strengths
      .filter((s: { field?: string }) => !!s.field)
      .map((s: { text: string; field: string }) => ({ text: s.text, field: s.field }));
  } catch {
    return [];
  }
}
