import { z } from 'zod';
import { BoardSchema, CardSchema, CardTextSchema, FieldKeySchema, IdSchema, SectorKeySchema } from '../domain/schemas';
import { Empty, mut, Nullable, Ok, q } from './define';

export const cardsMethods = {
  'cards.list': q(Empty, BoardSchema),
  'cards.add': mut(
    z.object({ text: CardTextSchema, field: Nullable(FieldKeySchema), sector: Nullable(SectorKeySchema), clusterId: Nullable(IdSchema), source: Nullable(z.string().max(100)) }).strict(),
    CardSchema,
    ['cards'],
    'Karte hinzufügen',
  ),
  'cards.update': mut(
    z.object({ id: IdSchema, text: CardTextSchema.optional(), field: Nullable(FieldKeySchema), sector: Nullable(SectorKeySchema), hidden: z.boolean().optional() }).strict(),
    CardSchema,
    ['cards'],
    'Karte ändern',
  ),
  'cards.delete': mut(z.object({ id: IdSchema }).strict(), Ok, ['cards'], 'Karte löschen'),
} as const;
