// "Anregungen aus anderen Kommunen" (issue #14, point 4): in the next-steps phase, actions and
// strength themes from loaded exchange packages that address the same Handlungsfeld or the same
// potential as this workshop. Ranked by how many words they share with this workshop's own next
// steps and potentials — a ranking of practices by relevance here, never of municipalities:
// their self-check scores play no part at all. Pure TS: electron/core reads the files.
import { z } from 'zod';
import { ACTION_STATUSES, FIELD_KEYS, type FieldKey } from '../domain/fields';
import { isGeneric, isStopword, lightStem, tokenize } from '../clustering/normalize';
import type { ExchangeContent } from './package';
import { RefusedFileSchema } from './programme';

export const SUGGESTION_KINDS = ['action', 'theme'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

export const SuggestionSchema = z.object({
  /** `${packageHash}:${kind}:${index}`: stable while the package is unchanged. */
  id: z.string(),
  kind: z.enum(SUGGESTION_KINDS),
  packageHash: z.string(),
  index: z.number().int(),
  title: z.string(),
  /** Action: partners, indicator, potentials; theme: a few of its cards. */
  detail: z.string(),
  field: z.enum(FIELD_KEYS),
  status: z.enum(ACTION_STATUSES).nullable(),
  /** As named in the package: the municipality, or its pseudonym. */
  municipality: z.string(),
  pseudonymised: z.boolean(),
  /** Words it shares with this workshop's next steps and potentials (as written in the suggestion). */
  words: z.array(z.string()),
  /** Potentials (question texts) of this workshop the action answers too. */
  potentials: z.array(z.string()),
  /** The next step of this workshop already adopted from it, if any. */
  adoptedIdeaId: z.number().int().nullable(),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

export const SourceStateSchema = z.object({
  path: z.string(),
  /** unconfirmed: named in the workshop file but not yet loaded on this computer (see docs/exchange.md). */
  kind: z.enum(['folder', 'file', 'missing', 'unconfirmed']),
  /** Packages read from this source. */
  packages: z.number().int(),
  /** Why the source cannot be read now (folder gone, USB stick not plugged in …). */
  problem: RefusedFileSchema.omit({ file: true }).nullable(),
});
export type SourceState = z.infer<typeof SourceStateSchema>;

export const SuggestionsSchema = z.object({
  sources: z.array(SourceStateSchema),
  /** Packages read, in the order of their sources and file names. */
  packages: z.array(z.object({ hash: z.string(), municipality: z.string(), pseudonymised: z.boolean(), date: z.string(), file: z.string() })),
  /** Files skipped, each with its refusal (tampered, newer format, not a package …). `file` is the full path. */
  refused: z.array(RefusedFileSchema),
  /** The fields looked at: the requested one, or those of this workshop's potentials and next steps. */
  fields: z.array(z.enum(FIELD_KEYS)),
  suggestions: z.array(SuggestionSchema),
  /** All matching suggestions before the limit. */
  total: z.number().int(),
});
export type Suggestions = z.infer<typeof SuggestionsSchema>;

export interface PackageForSuggestions {
  hash: string;
  content: ExchangeContent;
}

/** What this workshop is about: its potentials and next steps, each with its field. */
export interface WorkshopFocus {
  potentialFields: FieldKey[];
  potentialQuestions: { field: FieldKey; text: string }[];
  ideas: { field: FieldKey | null; text: string }[];
  /** `${hash}:${kind}:${title}` → idea id, for suggestions already adopted. */
  adopted: Map<string, number>;
}

export const adoptedKey = (hash: string, kind: SuggestionKind, title: string) => `${hash}:${kind}:${title}`;

const norm = (s: string) => s.toLocaleLowerCase('de').replace(/\s+/g, ' ').trim();

/** Content words as light stems, each with its first surface form ("Sprachmittler" → "sprachmittl"). */
export function contentWords(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of tokenize(text)) {
    if (t.norm.length < 4 || isStopword(t.norm) || isGeneric(t.norm)) continue;
    const stem = lightStem(t.norm);
    if (!out.has(stem)) out.set(stem, t.surface);
  }
  return out;
}

// Words of each package item, computed once per loaded content (the core keeps the same content
// object while the file is unchanged): the panel asks again after every next step typed.
const itemWords = new WeakMap<ExchangeContent, { actions: Map<string, string>[]; themes: Map<string, string>[] }>();
const actionDetail = (a: ExchangeContent['actions'][number]) =>
  [a.partners, a.indicator, ...(a.potentials ?? [])].filter((x): x is string => !!x?.trim()).join(' · ');
const themeDetail = (t: ExchangeContent['strengthThemes'][number]) => t.cards.slice(0, 5).join(' · ');
function wordsOfContent(c: ExchangeContent) {
  let w = itemWords.get(c);
  if (!w) {
    w = {
      actions: c.actions.map((a) => contentWords(`${a.title} ${actionDetail(a)}`)),
      themes: c.strengthThemes.map((t) => contentWords(`${t.label} ${themeDetail(t)}`)),
    };
    itemWords.set(c, w);
  }
  return w;
}

/**
 * Suggestions from `packages` for a workshop with `focus`. A package item qualifies when its field
 * is one of the fields looked at (`field`, else the workshop's potential and next-step fields,
 * else all), or when the action answers one of this workshop's potentials word for word.
 * Order: shared potentials and shared words (more first), then actions before themes, then
 * title, then package order. Municipality names and scores never enter the order.
 */
export function buildSuggestions(
  packages: readonly PackageForSuggestions[],
  focus: WorkshopFocus,
  opts: { field?: FieldKey; limit: number },
): { fields: FieldKey[]; suggestions: Suggestion[]; total: number } {
  const own = new Set<FieldKey>([
    ...focus.potentialFields,
    ...focus.potentialQuestions.map((q) => q.field),
    ...focus.ideas.flatMap((i) => (i.field ? [i.field] : [])),
  ]);
  const fields = opts.field ? [opts.field] : own.size ? FIELD_KEYS.filter((k) => own.has(k)) : [...FIELD_KEYS];
  const wanted = new Set(fields);
  // This workshop's words per field (next steps and potentials of that field; unfiled steps count for every field).
  const wordsOf = new Map<FieldKey, Set<string>>();
  const loose = new Set<string>();
  const add = (f: FieldKey | null, text: string) => {
    const target = f ? (wordsOf.get(f) ?? wordsOf.set(f, new Set()).get(f)!) : loose;
    for (const stem of contentWords(text).keys()) target.add(stem);
  };
  for (const i of focus.ideas) add(i.field, i.text);
  for (const q of focus.potentialQuestions) add(q.field, q.text);
  const potentialTexts = new Map(focus.potentialQuestions.map((q) => [norm(q.text), q.text]));

  type Scored = {
    p: PackageForSuggestions;
    kind: SuggestionKind;
    index: number;
    field: FieldKey;
    words: string[];
    potentials: string[];
    score: number;
    order: number;
  };
  const out: Scored[] = [];
  let order = 0;
  for (const p of packages) {
    const c = p.content;
    const cw = wordsOfContent(c);
    const push = (kind: SuggestionKind, index: number, field: FieldKey, itemWords: Map<string, string>, potentials: string[]) => {
      const mine = wordsOf.get(field);
      const words: string[] = [];
      for (const [stem, surface] of itemWords) if (mine?.has(stem) || loose.has(stem)) words.push(surface);
      out.push({ p, kind, index, field, words, potentials, score: 3 * potentials.length + words.length, order: order++ });
    };
    c.actions.forEach((a, index) => {
      if (!a.field || !a.title.trim()) return;
      const shared = (a.potentials ?? []).flatMap((t) => (potentialTexts.has(norm(t)) ? [potentialTexts.get(norm(t))!] : []));
      if (!wanted.has(a.field) && !(shared.length && !opts.field)) return;
      push('action', index, a.field, cw.actions[index], shared);
    });
    c.strengthThemes.forEach((t, index) => {
      if (!t.field || !wanted.has(t.field) || !t.label.trim()) return;
      push('theme', index, t.field, cw.themes[index], []);
    });
  }
  // Numbers first (cheap); the title order by collation only among those that can still make the cut.
  const kindRank = (x: Scored) => (x.kind === 'action' ? 0 : 1);
  out.sort((a, b) => b.score - a.score || kindRank(a) - kindRank(b) || a.order - b.order);
  const last = out[Math.min(opts.limit, out.length) - 1];
  const head = last ? out.filter((x) => x.score > last.score || (x.score === last.score && kindRank(x) <= kindRank(last))) : [];
  const coll = new Intl.Collator('de');
  const title = (x: Scored) => (x.kind === 'action' ? x.p.content.actions[x.index].title : x.p.content.strengthThemes[x.index].label).trim();
  head.sort((a, b) => b.score - a.score || kindRank(a) - kindRank(b) || coll.compare(title(a), title(b)) || a.order - b.order);
  const suggestions = head.slice(0, opts.limit).map((x): Suggestion => {
    const c = x.p.content;
    const a = x.kind === 'action' ? c.actions[x.index] : null;
    const t = title(x);
    return {
      id: `${x.p.hash}:${x.kind}:${x.index}`,
      kind: x.kind,
      packageHash: x.p.hash,
      index: x.index,
      title: t,
      detail: a ? actionDetail(a) : themeDetail(c.strengthThemes[x.index]),
      field: x.field,
      status: a ? a.status : null,
      municipality: c.municipality,
      pseudonymised: c.pseudonymised,
      words: x.words,
      potentials: x.potentials,
      adoptedIdeaId: focus.adopted.get(adoptedKey(x.p.hash, x.kind, t)) ?? null,
    };
  });
  return { fields, total: out.length, suggestions };
}
