import { z } from 'zod';
import { ACTION_STATUSES, ANSWER_VALUES, EFFECT_LEVELS, FIELD_KEYS, PHASES, SECTOR_KEYS } from './fields';
import { MAX_LEN, tooLong } from './limits';

// Zod schemas for everything that crosses the API. Types are inferred from them, so the
// contract, the validation and the TypeScript types can never drift apart.
export const FieldKeySchema = z.enum(FIELD_KEYS);
export const SectorKeySchema = z.enum(SECTOR_KEYS);
export const AnswerSchema = z.enum(ANSWER_VALUES);
export const ActionStatusSchema = z.enum(ACTION_STATUSES);
export const EffectLevelSchema = z.enum(EFFECT_LEVELS);
export const PhaseSchema = z.enum(PHASES);
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.dateFormat')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'validation.invalidDate');
export const IdSchema = z.number().int().positive();

export const CardTextSchema = z.string().trim().min(1, 'validation.enterText').max(MAX_LEN.card, tooLong(MAX_LEN.card));
/** A text of at most `n` characters, refused with "höchstens n Zeichen erlaubt" (limits: shared/domain/limits.ts). */
export const MaxText = (n: number) => z.string().max(n, tooLong(n));

export const WorkshopMetaSchema = z.object({
  name: z.string().trim().min(1).max(200),
  municipality: z.string().trim().min(1).max(200),
  date: IsoDateSchema,
  place: z.string().max(200).nullable(),
  nextReview: IsoDateSchema.nullable(),
});
export type WorkshopMeta = z.infer<typeof WorkshopMetaSchema>;

export const CountsSchema = z.object({
  respondents: z.number().int(),
  questions: z.number().int(),
  answers: z.number().int(),
  cards: z.number().int(),
  clusters: z.number().int(),
  ideas: z.number().int(),
  votes: z.number().int(),
  actions: z.number().int(),
});
export type Counts = z.infer<typeof CountsSchema>;

export const WorkshopInfoSchema = z.object({
  file: z.string(),
  fileName: z.string(),
  schemaVersion: z.number().int(),
  meta: WorkshopMetaSchema,
  counts: CountsSchema,
  migratedFrom: z.number().int().nullable(),
  backupFile: z.string().nullable(),
  /** Why the workshop is open for viewing only (file not writable, open elsewhere, asked for), or null. */
  readOnly: z.enum(['file', 'locked', 'requested']).nullable().optional(),
});
export type WorkshopInfo = z.infer<typeof WorkshopInfoSchema>;

export const RecentFileSchema = z.object({
  file: z.string(),
  name: z.string(),
  municipality: z.string().nullable(),
  date: z.string().nullable(),
  openedAt: z.string(),
  exists: z.boolean(),
});
export type RecentFile = z.infer<typeof RecentFileSchema>;

/** One item the facilitator zooms into on the projector. */
export const ProjectorFocusSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('question'), id: z.string() }).strict(),
  z.object({ kind: z.literal('cluster'), id: IdSchema }).strict(),
  z.object({ kind: z.literal('action'), id: IdSchema }).strict(),
  /** one table group's cards (or, in the next-steps phase, its ideas) while the table presents */
  z.object({ kind: z.literal('table'), id: IdSchema }).strict(),
]);
export type ProjectorFocus = z.infer<typeof ProjectorFocusSchema>;

export const ProjectorStateSchema = z.object({
  field: FieldKeySchema.nullable(),
  blank: z.boolean(),
  /** The page the room sees when a view needs more than one screen (held until the facilitator turns it). */
  page: z.number().int().min(0),
  /** Pages turn by themselves every few seconds: an option, off by default (someone is presenting). */
  auto: z.boolean(),
  /** An overview of everything in this phase instead of the detailed pages. */
  overview: z.boolean(),
  /** One item in large type (a question, a theme, an action, a table); null for the phase's normal view. */
  focus: ProjectorFocusSchema.nullable(),
});
export const SessionSchema = z.object({
  phase: PhaseSchema,
  projector: ProjectorStateSchema,
});
export type Session = z.infer<typeof SessionSchema>;

/** Labels of the next undo and redo entry as message ids (undo area), shown in the user's language. */
export const HistorySchema = z.object({
  undo: z.string().nullable(),
  redo: z.string().nullable(),
});
export type History = z.infer<typeof HistorySchema>;

// --- Self-check results (numbers computed by shared/scoring, the same everywhere)
const BandSchema = z.enum(['strength', 'middle', 'potential', 'none']);
const CountsFields = {
  ja: z.number().int(),
  teilweise: z.number().int(),
  nein: z.number().int(),
  weissNicht: z.number().int(),
  skipped: z.number().int(),
};
export const QuestionResultSchema = z.object({
  id: z.string(),
  field: FieldKeySchema,
  text: z.string(),
  position: z.number().int(),
  ...CountsFields,
  score: z.number().nullable(),
  answered: z.number().int(),
  dontKnow: z.number().int(),
  disagreement: z.object({ level: z.enum(['none', 'some', 'strong']), spread: z.number().nullable() }),
  band: BandSchema,
  comments: z.array(z.object({ respondent: z.string(), role: z.string().nullable(), text: z.string() })),
});
export type QuestionResult = z.infer<typeof QuestionResultSchema>;

export const FieldResultSchema = z.object({
  key: FieldKeySchema,
  ...CountsFields,
  score: z.number().nullable(),
  answered: z.number().int(),
  dontKnow: z.number().int(),
  questions: z.number().int(),
  disagreements: z.number().int(),
  band: BandSchema,
});
export type FieldResult = z.infer<typeof FieldResultSchema>;

const HighlightsSchema = z.object({
  fields: z.array(z.object({ key: FieldKeySchema, score: z.number(), answered: z.number().int() })),
  questions: z.array(
    z.object({
      questionId: z.string(),
      field: FieldKeySchema,
      text: z.string().optional(),
      score: z.number(),
      answered: z.number().int(),
      disagreement: z.enum(['none', 'some', 'strong']),
    }),
  ),
});

export const ResultsSchema = z.object({
  respondents: z.array(z.object({ code: z.string(), role: z.string().nullable() })),
  fields: z.array(FieldResultSchema),
  questions: z.array(QuestionResultSchema),
  strengths: HighlightsSchema,
  potentials: HighlightsSchema,
  thresholds: z.object({ strength: z.number(), potential: z.number(), minAnswered: z.number() }),
  importedAt: z.string().nullable(),
  source: z.string().nullable(),
});
export type Results = z.infer<typeof ResultsSchema>;

// --- Strength cards and clusters
export const CardSchema = z.object({
  id: IdSchema,
  text: z.string(),
  field: FieldKeySchema.nullable(),
  sector: SectorKeySchema.nullable(),
  clusterId: IdSchema.nullable(),
  pinned: z.boolean(),
  hidden: z.boolean(),
  source: z.string().nullable(),
  /** The table group that named it (run of show), or null. */
  tableId: IdSchema.nullable(),
  position: z.number(),
  createdAt: z.string(),
  /** typed on the laptop, or sent from a participant's phone (participant mode) */
  origin: z.enum(['facilitator', 'phone']).optional(),
  /** why a phone card is hidden: waiting for review, or flagged by the word list */
  moderation: z.enum(['pending', 'flagged']).nullable().optional(),
});
export type Card = z.infer<typeof CardSchema>;

export const ClusterSchema = z.object({
  id: IdSchema,
  label: z.string(),
  labelLocked: z.boolean(),
  position: z.number(),
});
export type Cluster = z.infer<typeof ClusterSchema>;

export const BoardSchema = z.object({ cards: z.array(CardSchema), clusters: z.array(ClusterSchema) });
export type Board = z.infer<typeof BoardSchema>;

// --- Next steps ("Nächste Schritte")
export const IdeaLinkSchema = z.object({ kind: z.enum(['cluster', 'question', 'field']), ref: MaxText(MAX_LEN.ref) });
/** Where an adopted next step came from: another municipality's exchange package (docs/exchange.md). */
export const IdeaSourceSchema = z.object({
  /** The municipality as named in the package (its pseudonym when it was pseudonymised). */
  municipality: z.string(),
  pseudonymised: z.boolean(),
  packageHash: z.string(),
  kind: z.enum(['action', 'theme']),
  /** The action's title or the strength theme's label as written in the package. */
  title: z.string(),
  adoptedAt: z.string(),
});
export type IdeaSource = z.infer<typeof IdeaSourceSchema>;
export const IdeaSchema = z.object({
  id: IdSchema,
  text: z.string(),
  description: z.string().nullable(),
  field: FieldKeySchema.nullable(),
  hidden: z.boolean(),
  impact: z.number().nullable(),
  effort: z.number().nullable(),
  position: z.number(),
  links: z.array(IdeaLinkSchema),
  tableId: IdSchema.nullable(),
  dots: z.number().int(),
  dotsBySector: z.record(z.string(), z.number().int()),
  createdAt: z.string(),
  origin: z.enum(['facilitator', 'phone']).optional(),
  moderation: z.enum(['pending', 'flagged']).nullable().optional(),
  /** Set when the step was adopted from another municipality's package. */
  source: IdeaSourceSchema.nullable().optional(),
});
export type Idea = z.infer<typeof IdeaSchema>;

// --- Actions ("Maßnahmen")
export const ActionUpdateSchema = z.object({
  id: IdSchema,
  date: IsoDateSchema,
  note: z.string(),
  status: ActionStatusSchema.nullable(),
});
export const ActionSchema = z.object({
  id: IdSchema,
  title: z.string(),
  description: z.string().nullable(),
  field: FieldKeySchema.nullable(),
  effect: z.string().nullable(),
  effectLevel: EffectLevelSchema.nullable(),
  wirkungsstufe: z.number().int().min(1).max(7).nullable(),
  indicator: z.string().nullable(),
  responsible: z.string().nullable(),
  partners: z.string().nullable(),
  start: IsoDateSchema.nullable(),
  due: IsoDateSchema.nullable(),
  resources: z.string().nullable(),
  priority: z.number().int().nullable(),
  status: ActionStatusSchema,
  ideaId: IdSchema.nullable(),
  position: z.number(),
  updates: z.array(ActionUpdateSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Action = z.infer<typeof ActionSchema>;

export const ActionInputSchema = z.object({
  title: z.string().trim().min(1, 'validation.enterTitle').max(MAX_LEN.title, tooLong(MAX_LEN.title)),
  description: MaxText(MAX_LEN.text).nullable().optional(),
  field: FieldKeySchema.nullable().optional(),
  effect: MaxText(MAX_LEN.field).nullable().optional(),
  effectLevel: EffectLevelSchema.nullable().optional(),
  wirkungsstufe: z.number().int().min(1).max(7).nullable().optional(),
  indicator: MaxText(MAX_LEN.field).nullable().optional(),
  responsible: MaxText(MAX_LEN.title).nullable().optional(),
  partners: MaxText(MAX_LEN.list).nullable().optional(),
  start: IsoDateSchema.nullable().optional(),
  due: IsoDateSchema.nullable().optional(),
  resources: MaxText(MAX_LEN.list).nullable().optional(),
  priority: z.number().int().min(1).nullable().optional(),
  status: ActionStatusSchema.optional(),
  ideaId: IdSchema.nullable().optional(),
});
export type ActionInput = z.infer<typeof ActionInputSchema>;
