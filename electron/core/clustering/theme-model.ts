// The theme model of the clustering engine (issue #12, round 6), read once per process from
// resources/clustering/theme-model.json (made by scripts/train-theme-model.ts). A missing or
// damaged file leaves the engine without it: clustering then works as before, nothing fails.
import { readFileSync } from 'node:fs';
import type { ThemeModel } from '../../../shared/clustering/model';
import { resourceFile } from '../export/resources';

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** The model at `file`, or undefined when the file is missing or not a well-formed model. */
export function loadThemeModel(file: string | null): ThemeModel | undefined {
  if (!file) return undefined;
  try {
    const m = JSON.parse(readFileSync(file, 'utf8')) as Partial<ThemeModel> | null;
    if (!m || !Array.isArray(m.themes) || m.themes.length < 2 || !m.themes.every((t) => typeof t === 'string')) return undefined;
    const T = m.themes.length;
    const row = (w: unknown) => Array.isArray(w) && w.length === T && w.every(finite);
    if (!row(m.bias) || !m.weights || typeof m.weights !== 'object' || Array.isArray(m.weights)) return undefined;
    for (const w of Object.values(m.weights)) if (!row(w)) return undefined;
    // own-property lookups only: a feature named "__proto__" or "constructor" must not reach Object.prototype
    const weights = Object.assign(Object.create(null) as Record<string, number[]>, m.weights);
    return { themes: m.themes, bias: m.bias as number[], weights };
  } catch {
    return undefined;
  }
}

let cached: { model: ThemeModel | undefined } | undefined;

/** The process-wide theme model (read on first use), or undefined when it cannot be read. */
export function themeModel(): ThemeModel | undefined {
  cached ??= { model: loadThemeModel(resourceFile('clustering/theme-model.json')) };
  return cached.model;
}
