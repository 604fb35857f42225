import { z } from 'zod';
import { ActionInputSchema, ActionSchema, IdSchema } from '../domain/schemas';
import { Empty, mut, Ok, q } from './define';

export const actionsMethods = {
  'actions.list': q(Empty, z.array(ActionSchema)),
  'actions.add': mut(ActionInputSchema.strict(), ActionSchema, ['actions'], 'Maßnahme hinzufügen'),
  'actions.update': mut(z.object({ id: IdSchema, patch: ActionInputSchema.partial().strict() }).strict(), ActionSchema, ['actions'], 'Maßnahme ändern'),
  'actions.delete': mut(z.object({ id: IdSchema }).strict(), Ok, ['actions'], 'Maßnahme löschen'),
} as const;
