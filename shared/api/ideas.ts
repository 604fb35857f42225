import { z } from 'zod';
import { MAX_LEN } from '../domain/limits';
import { MaxText, ActionSchema, CardTextSchema, FieldKeySchema, IdeaLinkSchema, IdeaSchema, IdSchema, SectorKeySchema } from '../domain/schemas';
import { Empty, mut, Nullable, Ok, q } from './define';

// Ideas ("Nächste Schritte") and their prioritisation: dot voting (tallies or per person),
// impact/effort matrix, weighted criteria, ranking, and the hand-over to the action plan.
//
// Concurrency of tallies (two windows, one tally): the +/− buttons and keys send a *relative*
// change (`delta`), which commutes — two windows pressing +1 give +2, nothing is lost. A typed
// number is an absolute value and carries the value the window saw (`expected`); if the tally
// changed in between, the call fails with CONFLICT and a message naming the current value, and
// nothing is written. Every call is one SQLite transaction, so there is no lost update.

const Count = z.number({ error: 'Bitte geben Sie eine ganze Zahl ein.' }).int('Bitte geben Sie eine ganze Zahl ein.');
const Level = z
  .number({ error: 'Bitte geben Sie eine Zahl von 1 bis 5 ein.' })
  .min(1, 'Der Wert liegt zwischen 1 und 5.')
  .max(5, 'Der Wert liegt zwischen 1 und 5.');
const LinksInput = z.array(IdeaLinkSchema).max(50);

export const RankMethodSchema = z.enum(['dots', 'criteria', 'combined']);

export const VoteSettingsSchema = z.object({
  dotsPerPerson: z.number().int().min(1).max(50),
  allowMultiple: z.boolean(),
  revealed: z.boolean(),
  method: RankMethodSchema,
  votesWeight: z.number().min(0).max(10),
  /** What the projector shows in this phase. */
  projectorView: z.enum(['ranking', 'matrix', 'sectors']),
});
export type VoteSettings = z.infer<typeof VoteSettingsSchema>;

export const ParticipantSchema = z.object({
  id: IdSchema,
  label: z.string(),
  sector: SectorKeySchema.nullable(),
  used: z.number().int(),
  /** idea id → dots this person gave it */
  votes: z.record(z.string(), z.number().int()),
});
export type Participant = z.infer<typeof ParticipantSchema>;

export const CriterionSchema = z.object({ id: IdSchema, name: z.string(), weight: z.number(), position: z.number().int() });
export type Criterion = z.infer<typeof CriterionSchema>;

export const TallySchema = z.object({ ideaId: IdSchema, sector: SectorKeySchema.nullable(), count: z.number().int() });
export type Tally = z.infer<typeof TallySchema>;

const RankedIdeaSchema = z.object({
  id: IdSchema,
  text: z.string(),
  field: FieldKeySchema.nullable(),
  position: z.number(),
  rank: z.number().int().nullable(),
  tied: z.boolean(),
  score: z.number().nullable(),
  dots: z.number().int(),
  dotsBySector: z.record(z.string(), z.number().int()),
  criteriaScore: z.number().nullable(),
  missing: z.array(z.number().int()),
  impact: z.number().nullable(),
  effort: z.number().nullable(),
  hidden: z.boolean(),
  links: z.array(IdeaLinkSchema),
  scores: z.record(z.string(), z.number()),
  inPlan: z.boolean(),
});
export const RankingSchema = z.object({
  method: RankMethodSchema,
  methodText: z.object({ de: z.string(), en: z.string() }),
  criteria: z.array(z.object({ id: z.number().int(), name: z.string(), weight: z.number() })),
  votesWeight: z.number(),
  ideas: z.array(RankedIdeaSchema),
  ties: z.array(z.object({ rank: z.number().int(), ids: z.array(z.number().int()) })),
  perspectives: z.object({
    sectors: z.array(z.object({ sector: z.string(), total: z.number(), agreement: z.number().nullable(), top: z.array(z.number().int()) })),
    ideas: z.array(
      z.object({
        id: z.number().int(),
        ranks: z.record(z.string(), z.number().nullable()),
        shares: z.record(z.string(), z.number()),
        spread: z.number(),
        divergent: z.boolean(),
      }),
    ),
    divergenceThreshold: z.number(),
  }),
  settings: VoteSettingsSchema,
  totalDots: z.number().int(),
});
export type RankingView = z.infer<typeof RankingSchema>;

export const ideasMethods = {
  'ideas.list': q(Empty, z.array(IdeaSchema), ['ideas', 'votes', 'cards', 'results', 'actions']),
  'ideas.add': mut(
    z.object({ text: CardTextSchema, field: Nullable(FieldKeySchema), links: LinksInput.optional(), tableId: Nullable(IdSchema) }).strict(),
    IdeaSchema,
    ['ideas'],
    'Schritt hinzufügen',
  ),
  'ideas.update': mut(
    z
      .object({
        id: IdSchema,
        text: CardTextSchema.optional(),
        field: Nullable(FieldKeySchema),
        hidden: z.boolean().optional(),
        description: Nullable(MaxText(MAX_LEN.field)),
        links: LinksInput.optional(),
        tableId: Nullable(IdSchema),
      })
      .strict(),
    IdeaSchema,
    ['ideas'],
    'Schritt ändern',
  ),
  'ideas.delete': mut(z.object({ id: IdSchema }).strict(), Ok, ['ideas', 'votes'], 'Schritt löschen'),
  /** Impact/effort matrix: both on 1–5 (null = not placed). */
  'ideas.place': mut(
    z.object({ id: IdSchema, impact: Level.nullable(), effort: Level.nullable() }).strict(),
    IdeaSchema,
    ['ideas'],
    'Schritt in der Matrix verschieben',
  ),

  'votes.settings': q(Empty, VoteSettingsSchema, ['votes']),
  'votes.configure': mut(
    z
      .object({
        dotsPerPerson: z
          .number({ error: 'Bitte geben Sie eine ganze Zahl ein.' })
          .int('Bitte geben Sie eine ganze Zahl ein.')
          .min(1, 'Mindestens 1 Punkt pro Person.')
          .max(50, 'Höchstens 50 Punkte pro Person.')
          .optional(),
        allowMultiple: z.boolean().optional(),
        method: RankMethodSchema.optional(),
        votesWeight: z.number().min(0, 'Das Gewicht ist 0 oder größer.').max(10, 'Höchstens Gewicht 10.').optional(),
      })
      .strict(),
    VoteSettingsSchema,
    ['votes'],
    'Abstimmungsregeln ändern',
  ),
  /** Show or hide the dots on the projector ("Aufdecken"). */
  'votes.reveal': mut(z.object({ revealed: z.boolean() }).strict(), VoteSettingsSchema, ['votes'], 'Punkte aufdecken/verbergen'),
  /** Which view the projector shows (not an undo step, like the phase). */
  'votes.projectorView': mut(z.object({ view: z.enum(['ranking', 'matrix', 'sectors']) }).strict(), VoteSettingsSchema, ['votes']),
  'votes.tallies': q(Empty, z.array(TallySchema), ['ideas', 'votes']),
  /** Facilitator's tally for one step (optionally per sector): +/− as `delta`, a typed number as `set` with `expected`. */
  'votes.tally': mut(
    z
      .object({
        ideaId: IdSchema,
        sector: Nullable(SectorKeySchema),
        delta: Count.refine((n) => n !== 0, 'Die Änderung darf nicht 0 sein.').optional(),
        set: Count.min(0, 'Eine Punktzahl kann nicht negativ sein.').max(10000, 'Das sind zu viele Punkte.').optional(),
        expected: Count.min(0).optional(),
      })
      .strict()
      .refine((i) => (i.delta === undefined) !== (i.set === undefined), 'Bitte entweder eine Änderung (+/−) oder eine Zahl angeben.'),
    TallySchema,
    ['votes'],
    'Punkte zählen',
  ),
  'votes.reset': mut(Empty, Ok, ['votes'], 'Alle Punkte löschen'),
  'votes.participants': q(Empty, z.array(ParticipantSchema), ['ideas', 'votes']),
  'votes.addParticipant': mut(
    z.object({ label: z.string().trim().min(1, 'Bitte geben Sie ein Kürzel ein.').max(60), sector: Nullable(SectorKeySchema) }).strict(),
    ParticipantSchema,
    ['votes'],
    'Teilnehmende hinzufügen',
  ),
  'votes.deleteParticipant': mut(z.object({ id: IdSchema }).strict(), Ok, ['votes'], 'Teilnehmende entfernen'),
  /** One person's dots on one step (+1 / −1); the dot limit and the "several dots per step" rule are enforced here. */
  'votes.cast': mut(
    z.object({ participantId: IdSchema, ideaId: IdSchema, delta: Count.refine((n) => n !== 0, 'Die Änderung darf nicht 0 sein.') }).strict(),
    ParticipantSchema,
    ['votes'],
    'Punkt vergeben',
  ),

  'criteria.list': q(Empty, z.array(CriterionSchema), ['votes']),
  'criteria.add': mut(
    z
      .object({
        name: z.string().trim().min(1, 'Bitte geben Sie einen Namen ein.').max(80),
        weight: z.number().min(0, 'Das Gewicht ist 0 oder größer.').max(10, 'Höchstens Gewicht 10.').optional(),
      })
      .strict(),
    CriterionSchema,
    ['votes'],
    'Kriterium hinzufügen',
  ),
  'criteria.update': mut(
    z
      .object({
        id: IdSchema,
        name: z.string().trim().min(1).max(80).optional(),
        weight: z.number().min(0, 'Das Gewicht ist 0 oder größer.').max(10, 'Höchstens Gewicht 10.').optional(),
      })
      .strict(),
    CriterionSchema,
    ['votes'],
    'Kriterium ändern',
  ),
  'criteria.delete': mut(z.object({ id: IdSchema }).strict(), Ok, ['votes'], 'Kriterium löschen'),
  'criteria.rate': mut(z.object({ ideaId: IdSchema, criterionId: IdSchema, value: Level.nullable() }).strict(), Ok, ['votes'], 'Kriterium bewerten'),

  /** The ranking with every figure (facilitator, CLI, exports). */
  'ranking.get': q(Empty, RankingSchema, ['ideas', 'votes', 'actions']),
  /** What the projector may show: no hidden steps, and no dots or ranks before "Aufdecken". */
  'ranking.projector': q(Empty, RankingSchema, ['ideas', 'votes', 'actions']),
  /** The top N steps (ties at the cut included) become draft actions; steps already in the plan are skipped. */
  'ranking.toActions': mut(
    z.object({ top: z.number().int().min(1, 'Mindestens 1 Schritt.').max(50) }).strict(),
    z.object({ created: z.array(ActionSchema), skipped: z.array(z.object({ ideaId: IdSchema, text: z.string() })), extended: z.boolean() }),
    ['actions', 'ideas'],
    'Schritte in den Maßnahmenplan übernehmen',
  ),
} as const;
