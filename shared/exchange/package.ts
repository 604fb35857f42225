// Exchange package (issue #14): one UTF-8 JSON file a municipality shares with the programme.
// Aggregates only — never per respondent — and, by default, no names of persons and no
// free-text notes. Pure TS (shared/): the hash itself is computed in electron/core/exchange.
import { z } from 'zod';
import { ACTION_STATUSES, FIELD_KEYS } from '../domain/fields';

export const EXCHANGE_FORMAT = 'selbstcheck-austausch';
export const EXCHANGE_FORMAT_VERSION = 1;
export const EXCHANGE_SUFFIX = '.werkstatt-austausch.json';
/** Larger files are refused before they are read (a real package of the largest workshop is < 2 MB). */
export const EXCHANGE_MAX_BYTES = 20 * 1024 * 1024;

const Text = (max: number) => z.string().max(max);
const FieldKeySchema = z.enum(FIELD_KEYS);

export const ExchangeFieldSchema = z
  .object({
    key: FieldKeySchema,
    score: z.number().min(0).max(100).nullable(),
    answered: z.number().int().min(0).max(1e7),
    dontKnow: z.number().int().min(0).max(1e7),
    skipped: z.number().int().min(0).max(1e7),
  })
  .strict();

/** `field`: the Handlungsfeld most of the theme's cards were written for (none when no card has one). */
export const ExchangeThemeSchema = z.object({ label: Text(500), field: FieldKeySchema.nullable().optional(), cards: z.array(Text(4000)).max(1000) }).strict();

export const ExchangeIdeaSchema = z
  .object({ text: Text(4000), field: FieldKeySchema.nullable(), rank: z.number().int().min(1).max(10000).nullable(), dots: z.number().int().min(0).max(1e6) })
  .strict();

export const ExchangeActionSchema = z
  .object({
    title: Text(1000),
    field: FieldKeySchema.nullable(),
    status: z.enum(ACTION_STATUSES),
    /** Only when the coordinator included the plan's "responsible" column (it may name persons). */
    responsibleRole: Text(1000).optional(),
    /** Organisations (the plan's partners column). */
    partners: Text(2000).optional(),
    due: Text(40).optional(),
    wirkungsstufe: z.number().int().min(1).max(7).optional(),
    indicator: Text(2000).optional(),
    /** The potentials (self-check questions) the action answers: question texts, no answers. */
    potentials: z.array(Text(2000)).max(100).optional(),
    /** Only with "include notes": the description and the dated progress notes. */
    description: Text(10000).optional(),
    notes: z
      .array(z.object({ date: Text(40), note: Text(10000) }).strict())
      .max(100)
      .optional(),
  })
  .strict();

export const ExchangeContentSchema = z
  .object({
    municipality: Text(200).min(1),
    pseudonymised: z.boolean(),
    date: Text(40),
    fields: z.array(ExchangeFieldSchema).max(FIELD_KEYS.length),
    strengthThemes: z.array(ExchangeThemeSchema).max(1000),
    ideas: z.array(ExchangeIdeaSchema).max(1000),
    actions: z.array(ExchangeActionSchema).max(1000),
  })
  .strict();
export type ExchangeContent = z.infer<typeof ExchangeContentSchema>;
export type ExchangeAction = z.infer<typeof ExchangeActionSchema>;

export const ExchangePackageSchema = z
  .object({
    format: z.literal(EXCHANGE_FORMAT),
    formatVersion: z.literal(EXCHANGE_FORMAT_VERSION),
    appVersion: Text(40),
    createdAt: Text(40),
    contentHash: z.string().regex(/^[0-9a-f]{64}$/),
    content: ExchangeContentSchema,
  })
  .strict();
export type ExchangePackage = z.infer<typeof ExchangePackageSchema>;

/** What the coordinator chooses before writing. Everything personal is opt-in. */
export const ExchangeOptionsSchema = z
  .object({
    pseudonym: z.string().trim().min(1).max(200).optional(),
    includeResponsible: z.boolean().default(false),
    includeNotes: z.boolean().default(false),
    /** Item ids from the preview to leave out (field:KEY, theme:I, card:I.J, idea:I, action:ID). */
    exclude: z.array(z.string().max(100)).max(10000).default([]),
  })
  .strict();
export type ExchangeOptions = z.output<typeof ExchangeOptionsSchema>;

export const PREVIEW_KINDS = ['field', 'theme', 'card', 'idea', 'action'] as const;
export const PreviewItemSchema = z.object({ id: z.string(), kind: z.enum(PREVIEW_KINDS), label: z.string(), excluded: z.boolean() });
export type PreviewItem = z.infer<typeof PreviewItemSchema>;

export const ExchangeCountsSchema = z.object({
  fields: z.number().int(),
  themes: z.number().int(),
  cards: z.number().int(),
  ideas: z.number().int(),
  actions: z.number().int(),
});
export type ExchangeCounts = z.infer<typeof ExchangeCountsSchema>;

export function countContent(c: ExchangeContent): ExchangeCounts {
  return {
    fields: c.fields.length,
    themes: c.strengthThemes.length,
    cards: c.strengthThemes.reduce((n, t) => n + t.cards.length, 0),
    ideas: c.ideas.length,
    actions: c.actions.length,
  };
}

/**
 * Canonical JSON: object keys sorted by code unit, no whitespace, arrays in order. The content
 * hash is the SHA-256 of this text, so re-indenting a package keeps it valid and changing any
 * value breaks it. Depth is bounded: a content nested deeper than any real package is refused.
 */
export function canonicalJson(value: unknown, depth = 0): string {
  if (depth > 32) throw new RangeError('too deep');
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError('not finite');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v, depth + 1)).join(',')}]`;
  if (typeof value === 'object') {
    const keys = Object.keys(value as object).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k], depth + 1)}`).join(',')}}`;
  }
  throw new TypeError(`not JSON: ${typeof value}`);
}
