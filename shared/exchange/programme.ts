// The programme view (issue #14): many municipalities' packages side by side, as distributions
// and practices — never as a league table. Municipalities keep the order of their files
// (alphabetical by file name), never an order by score; the CLI and the screen show quartiles
// and dots in a strip, not ranks. Pure TS: electron/core/exchange reads the files.
import { z } from 'zod';
import { FIELD_KEYS, type FieldKey } from '../domain/fields';
import type { ExchangeContent } from './package';

export const ProgrammeMunicipalitySchema = z.object({ id: z.string(), name: z.string(), pseudonymised: z.boolean(), date: z.string(), file: z.string() });
export const FieldDistributionSchema = z.object({
  key: z.enum(FIELD_KEYS),
  n: z.number().int(),
  min: z.number().nullable(),
  q1: z.number().nullable(),
  median: z.number().nullable(),
  q3: z.number().nullable(),
  max: z.number().nullable(),
  /** One dot per municipality with a score, in municipality order (not sorted by score). */
  dots: z.array(z.object({ id: z.string(), score: z.number() })),
});
export const SharedCountSchema = z.object({ text: z.string(), municipalities: z.number().int() });
export const RefusedFileSchema = z.object({
  file: z.string(),
  code: z.string(),
  message: z.string(),
  key: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export const ProgrammeSchema = z.object({
  dir: z.string(),
  municipalities: z.array(ProgrammeMunicipalitySchema),
  fields: z.array(FieldDistributionSchema),
  practices: z.object({ themes: z.number().int(), actions: z.number().int() }),
  /** Potentials (self-check questions) that actions of two or more municipalities answer. */
  sharedPotentials: z.array(SharedCountSchema),
  /** Next steps with the same wording in two or more municipalities. */
  sharedIdeas: z.array(SharedCountSchema),
  refused: z.array(RefusedFileSchema),
});
export type Programme = z.infer<typeof ProgrammeSchema>;
export type FieldDistribution = z.infer<typeof FieldDistributionSchema>;

export const PRACTICE_KINDS = ['theme', 'action'] as const;
export const PracticeSchema = z.object({
  kind: z.enum(PRACTICE_KINDS),
  field: z.enum(FIELD_KEYS).nullable(),
  title: z.string(),
  /** Theme: its cards; action: partners, indicator, potentials. */
  detail: z.string(),
  status: z.string().nullable(),
  municipalityId: z.string(),
  municipality: z.string(),
});
export type Practice = z.infer<typeof PracticeSchema>;

export interface LoadedPackage {
  file: string;
  content: ExchangeContent;
}

export interface IndexedProgramme {
  programme: Programme;
  practices: Practice[];
  /** Lower-cased search text per practice (same index). */
  haystacks: string[];
}

/** Quartile by linear interpolation between order statistics (R type 7, Excel QUARTILE.INC). */
export function quantile(sorted: readonly number[], p: number): number | null {
  if (!sorted.length) return null;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

const norm = (s: string) => s.toLocaleLowerCase('de').replace(/\s+/g, ' ').trim();

function shared(counts: Map<string, { text: string; ids: Set<string> }>): z.infer<typeof SharedCountSchema>[] {
  return [...counts.values()]
    .filter((c) => c.ids.size >= 2)
    .map((c) => ({ text: c.text, municipalities: c.ids.size }))
    .sort((a, b) => b.municipalities - a.municipalities || a.text.localeCompare(b.text, 'de'));
}

/**
 * Builds the programme from loaded packages. `packages` must already be in file-name order;
 * with `hideNames` every municipality is "Kommune N" by that order.
 */
export function buildProgramme(
  dir: string,
  packages: readonly LoadedPackage[],
  refused: Programme['refused'],
  opts: { hideNames?: boolean } = {},
): IndexedProgramme {
  const municipalities = packages.map((p, i) => ({
    id: `k${i + 1}`,
    name: opts.hideNames ? `Kommune ${i + 1}` : p.content.municipality,
    pseudonymised: p.content.pseudonymised,
    date: p.content.date,
    file: p.file,
  }));
  const fields: FieldDistribution[] = FIELD_KEYS.map((key) => {
    const dots: { id: string; score: number }[] = [];
    packages.forEach((p, i) => {
      const f = p.content.fields.find((x) => x.key === key);
      if (f && f.score !== null) dots.push({ id: municipalities[i].id, score: f.score });
    });
    const sorted = dots.map((d) => d.score).sort((a, b) => a - b);
    return {
      key,
      n: sorted.length,
      min: sorted.length ? sorted[0] : null,
      q1: quantile(sorted, 0.25),
      median: quantile(sorted, 0.5),
      q3: quantile(sorted, 0.75),
      max: sorted.length ? sorted[sorted.length - 1] : null,
      dots,
    };
  });
  const practices: Practice[] = [];
  const potentials = new Map<string, { text: string; ids: Set<string> }>();
  const ideas = new Map<string, { text: string; ids: Set<string> }>();
  const count = (map: typeof potentials, text: string, id: string) => {
    const k = norm(text);
    if (!k) return;
    const e = map.get(k) ?? { text: text.trim(), ids: new Set<string>() };
    e.ids.add(id);
    map.set(k, e);
  };
  packages.forEach((p, i) => {
    const m = municipalities[i];
    for (const t of p.content.strengthThemes) {
      practices.push({
        kind: 'theme',
        field: t.field ?? null,
        title: t.label,
        detail: t.cards.join(' · '),
        status: null,
        municipalityId: m.id,
        municipality: m.name,
      });
    }
    for (const a of p.content.actions) {
      const detail = [a.partners, a.indicator, ...(a.potentials ?? [])].filter(Boolean).join(' · ');
      practices.push({ kind: 'action', field: a.field, title: a.title, detail, status: a.status, municipalityId: m.id, municipality: m.name });
      for (const pot of a.potentials ?? []) count(potentials, pot, m.id);
    }
    for (const idea of p.content.ideas) count(ideas, idea.text, m.id);
  });
  return {
    programme: {
      dir,
      municipalities,
      fields,
      practices: { themes: practices.filter((x) => x.kind === 'theme').length, actions: practices.filter((x) => x.kind === 'action').length },
      sharedPotentials: shared(potentials),
      sharedIdeas: shared(ideas),
      refused,
    },
    practices,
    haystacks: practices.map((x) => norm(`${x.title} ${x.detail} ${x.municipality}`)),
  };
}

export const SearchQuerySchema = z
  .object({
    text: z.string().max(500).default(''),
    field: z.enum(FIELD_KEYS).optional(),
    kind: z.enum(PRACTICE_KINDS).optional(),
    limit: z.number().int().min(1).max(5000).default(200),
  })
  .strict();
export type SearchQuery = z.output<typeof SearchQuerySchema>;

/** Every word must occur (case-insensitive) in title, detail or municipality; results keep catalogue order. */
export function searchPractices(ix: IndexedProgramme, q: SearchQuery): { total: number; hits: Practice[] } {
  const words = norm(q.text).split(' ').filter(Boolean);
  const hits: Practice[] = [];
  let total = 0;
  for (let i = 0; i < ix.practices.length; i++) {
    const p = ix.practices[i];
    if (q.field && p.field !== q.field) continue;
    if (q.kind && p.kind !== q.kind) continue;
    const h = ix.haystacks[i];
    if (!words.every((w) => h.includes(w))) continue;
    total++;
    if (hits.length < q.limit) hits.push(p);
  }
  return { total, hits };
}

const STATUS_DE: Record<string, string> = { geplant: 'geplant', in_arbeit: 'in Arbeit', erledigt: 'erledigt', zurueckgestellt: 'zurückgestellt' };

/** The catalogue's header and rows, as words (status "in Arbeit", not "in_arbeit"): one table for the CSV and the XLSX. */
export function catalogueRows(hits: readonly Practice[], fieldName: (k: FieldKey) => string): { head: string[]; rows: string[][] } {
  return {
    head: ['Art', 'Handlungsfeld', 'Titel', 'Details', 'Status', 'Kommune'],
    rows: hits.map((p) => [
      p.kind === 'theme' ? 'Stärke' : 'Maßnahme',
      p.field ? fieldName(p.field) : '',
      p.title,
      p.detail,
      p.status ? (STATUS_DE[p.status] ?? p.status) : '',
      p.municipality,
    ]),
  };
}
