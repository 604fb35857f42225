import { z } from 'zod';
import { ActionInputSchema, ActionSchema, ActionStatusSchema, IdSchema, IsoDateSchema } from '../domain/schemas';
import { Empty, mut, Ok, q } from './define';
import { MAX_LEN, tooLong } from '../domain/limits';

/** Where an action came from: an idea (idea id), a cluster (id), a question (id = a potential), a field. */
export const ActionLinkSchema = z
  .object({ kind: z.enum(['cluster', 'question', 'idea', 'field']), ref: z.string().min(1).max(MAX_LEN.ref, tooLong(MAX_LEN.ref)) })
  .strict();
export type ActionLink = z.infer<typeof ActionLinkSchema>;
/** An action as the API returns it: the row, its dated progress notes and its links. */
export const ActionWithLinksSchema = ActionSchema.extend({ links: z.array(ActionLinkSchema) });
export type ActionWithLinks = z.infer<typeof ActionWithLinksSchema>;

export const actionsMethods = {
  'actions.list': q(Empty, z.array(ActionWithLinksSchema), ['actions', 'ideas', 'cards', 'results']),
  'actions.add': mut(ActionInputSchema.strict(), ActionWithLinksSchema, ['actions'], 'undo.addAction'),
  'actions.update': mut(
    z.object({ id: IdSchema, patch: ActionInputSchema.partial().strict() }).strict(),
    ActionWithLinksSchema,
    ['actions'],
    'undo.updateAction',
  ),
  'actions.delete': mut(z.object({ id: IdSchema }).strict(), Ok, ['actions'], 'undo.deleteAction'),
  // Progress notes ("Verlauf"): dated; a status given with a note becomes the action's status.
  'actions.addUpdate': mut(
    z
      .object({
        actionId: IdSchema,
        date: IsoDateSchema,
        note: z.string().trim().min(1, 'validation.noteRequired').max(MAX_LEN.note, tooLong(MAX_LEN.note)),
        status: ActionStatusSchema.nullable().optional(),
      })
      .strict(),
    ActionWithLinksSchema,
    ['actions'],
    'undo.addProgress',
  ),
  'actions.deleteUpdate': mut(z.object({ id: IdSchema }).strict(), ActionWithLinksSchema, ['actions'], 'undo.deleteProgress'),
  'actions.setLinks': mut(
    z.object({ id: IdSchema, links: z.array(ActionLinkSchema).max(200) }).strict(),
    ActionWithLinksSchema,
    ['actions'],
    'undo.setActionLinks',
  ),
} as const;
