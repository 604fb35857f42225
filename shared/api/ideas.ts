import { z } from 'zod';
import { MAX_LEN } from '../domain/limits';
import { MaxText, CardTextSchema, FieldKeySchema, IdeaLinkSchema, IdeaSchema, IdSchema } from '../domain/schemas';
import { Empty, mut, Nullable, Ok, q } from './define';

// Ideas ("Nächste Schritte"): capture, edit, hide, link, and their place in the impact/effort
// matrix. Their prioritisation has its own contract files: votes.ts (dot voting), criteria.ts
// (weighted criteria) and ranking.ts (the ranking and the hand-over to the action plan).

/** A value on the 1–5 scale (matrix axes, criteria ratings). */
export const ScaleSchema = z.number({ error: 'validation.scaleNumber' }).min(1, 'validation.scaleRange').max(5, 'validation.scaleRange');
const LinksInput = z.array(IdeaLinkSchema).max(50);

export const ideasMethods = {
  'ideas.list': q(Empty, z.array(IdeaSchema), ['ideas', 'votes', 'cards', 'results', 'actions']),
  'ideas.add': mut(
    z.object({ text: CardTextSchema, field: Nullable(FieldKeySchema), links: LinksInput.optional(), tableId: Nullable(IdSchema) }).strict(),
    IdeaSchema,
    ['ideas'],
    'undo.addIdea',
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
    'undo.updateIdea',
  ),
  'ideas.delete': mut(z.object({ id: IdSchema }).strict(), Ok, ['ideas', 'votes'], 'undo.deleteIdea'),
  /** Impact/effort matrix: both on 1–5 (null = not placed). */
  'ideas.place': mut(
    z.object({ id: IdSchema, impact: ScaleSchema.nullable(), effort: ScaleSchema.nullable() }).strict(),
    IdeaSchema,
    ['ideas'],
    'undo.placeIdea',
  ),
} as const;
