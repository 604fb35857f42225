import { z } from 'zod';
import { ActionSchema, FieldKeySchema, IdeaLinkSchema, IdSchema } from '../domain/schemas';
import { Empty, mut, q } from './define';
import { RankMethodSchema, VoteSettingsSchema } from './votes';

// The ranking of the ideas (dots, criteria or both; ties share a rank) and the hand-over of
// the top ideas to the action plan.

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

export const rankingMethods = {
  /** The ranking with every figure (facilitator, CLI, exports). */
  'ranking.get': q(Empty, RankingSchema, ['ideas', 'votes', 'actions']),
  /** What the projector may show: no hidden ideas, and no dots or ranks before "Aufdecken". */
  'ranking.projector': q(Empty, RankingSchema, ['ideas', 'votes', 'actions']),
  /** The top N ideas (ties at the cut included) become draft actions; ideas already in the plan are skipped. */
  'ranking.toActions': mut(
    z.object({ top: z.number().int().min(1, 'validation.topMin').max(50) }).strict(),
    z.object({ created: z.array(ActionSchema), skipped: z.array(z.object({ ideaId: IdSchema, text: z.string() })), extended: z.boolean() }),
    ['actions', 'ideas'],
    'undo.ideasToActions',
  ),
} as const;
