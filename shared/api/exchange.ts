import { z } from 'zod';
import { ctl, Empty, mut, q } from './define';
import { FieldKeySchema, IdeaSchema, IdSchema } from '../domain/schemas';
import { SUGGESTION_KINDS, SuggestionsSchema } from '../exchange/suggestions';
import { ExchangeContentSchema, ExchangeCountsSchema, ExchangeFieldSchema, ExchangeOptionsSchema, PreviewItemSchema } from '../exchange/package';
import { PracticeSchema, ProgrammeSchema, SearchQuerySchema } from '../exchange/programme';

const FilePath = z.string().trim().min(1).max(4096);

const PackageSummarySchema = z.object({
  file: z.string(),
  formatVersion: z.number().int(),
  appVersion: z.string(),
  createdAt: z.string(),
  contentHash: z.string(),
  municipality: z.string(),
  pseudonymised: z.boolean(),
  date: z.string(),
  counts: ExchangeCountsSchema,
  fields: z.array(ExchangeFieldSchema),
});

const ProgrammeInput = z.object({ dir: FilePath, hideNames: z.boolean().default(false) }).strict();
const ExportInput = ProgrammeInput.extend(SearchQuerySchema.shape)
  .extend({ limit: z.number().int().min(1).max(100000).default(100000) })
  .strict();
const FileOut = z.object({ fileName: z.string(), mime: z.string(), base64: z.string(), bytes: z.number().int() });

// Exchange packages and the programme view (issue #14, docs/exchange.md). The preview and the
// write read the open workshop; reading packages and the programme need none and change nothing.
export const exchangeMethods = {
  'exchange.preview': q(
    ExchangeOptionsSchema,
    z.object({
      content: ExchangeContentSchema,
      items: z.array(PreviewItemSchema),
      counts: ExchangeCountsSchema,
      withheld: z.object({ responsible: z.number().int(), notes: z.number().int() }),
    }),
    ['workshop', 'results', 'cards', 'ideas', 'votes', 'actions'],
  ),
  'exchange.write': ctl(
    ExchangeOptionsSchema.extend({ file: FilePath }).strict(),
    z.object({ file: z.string(), bytes: z.number().int(), contentHash: z.string(), counts: ExchangeCountsSchema }),
    [],
  ),
  /** The package as a download (browser mode and the app's own save): the same content as exchange.write. A control, not a
   * query: every package gets its own creation time, so two answers are never equal. */
  'exchange.render': ctl(ExchangeOptionsSchema, z.object({ fileName: z.string(), mime: z.string(), base64: z.string(), bytes: z.number().int() }), []),
  'exchange.readPackage': q(z.object({ file: FilePath }).strict(), PackageSummarySchema, []),
  /** The folder of example packages shipped with the app (the demo's), or null: a starting point for the programme view. */
  'programme.examples': q(Empty, z.object({ dir: z.string().nullable() }), []),
  'programme.load': q(ProgrammeInput, ProgrammeSchema, []),
  'programme.search': q(ProgrammeInput.extend(SearchQuerySchema.shape).strict(), z.object({ total: z.number().int(), hits: z.array(PracticeSchema) }), []),
  /** The (filtered) catalogue as a CSV file, for spreadsheets. */
  'programme.exportCsv': q(ExportInput, FileOut, []),
  /** The same as XLSX (header row frozen, auto filter). */
  'programme.exportXlsx': q(ExportInput, FileOut, []),

  // "Anregungen aus anderen Kommunen" in the next-steps phase (docs/exchange.md). The folders and
  // package files are a setting of the workshop (kept in the file, so reopening keeps them).
  /** Replaces the list of folders / package files; each must exist now. Not an undo step (a setting). */
  'exchange.setSources': mut(z.object({ sources: z.array(FilePath).max(20) }).strict(), z.object({ sources: z.array(z.string()) }), ['workshop']),
  /** Actions and strength themes from the loaded packages for this workshop's fields (or `field`), by shared words. */
  'exchange.suggestions': q(z.object({ field: FieldKeySchema.optional(), limit: z.number().int().min(1).max(500).default(40) }).strict(), SuggestionsSchema, [
    'workshop',
    'ideas',
    'results',
  ]),
  /** Adopts one suggestion as a next step of this workshop; the step keeps its origin. The text comes from the package, re-read and checked. */
  'exchange.adopt': mut(
    z
      .object({
        packageHash: z.string().regex(/^[0-9a-f]{64}$/),
        kind: z.enum(SUGGESTION_KINDS),
        index: z.number().int().min(0).max(10000),
        field: FieldKeySchema.nullable().optional(),
        tableId: IdSchema.nullable().optional(),
      })
      .strict(),
    IdeaSchema,
    ['ideas'],
    'undo.adoptIdea',
  ),
} as const;
