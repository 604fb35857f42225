import { z } from 'zod';
import { CardTextSchema, FieldKeySchema, IdeaSchema } from '../domain/schemas';
import { Empty, mut, Nullable, q } from './define';

export const ideasMethods = {
  'ideas.list': q(Empty, z.array(IdeaSchema)),
  'ideas.add': mut(z.object({ text: CardTextSchema, field: Nullable(FieldKeySchema) }).strict(), IdeaSchema, ['ideas'], 'Schritt hinzufügen'),
} as const;
