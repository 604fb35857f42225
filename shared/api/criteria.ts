import { z } from 'zod';
import { IdSchema } from '../domain/schemas';
import { Empty, mut, Ok, q } from './define';
import { ScaleSchema } from './ideas';

// Weighted criteria for the ranking: each idea is rated on the 1–5 scale per criterion.

export const CriterionSchema = z.object({ id: IdSchema, name: z.string(), weight: z.number(), position: z.number().int() });
export type Criterion = z.infer<typeof CriterionSchema>;

export const criteriaMethods = {
  'criteria.list': q(Empty, z.array(CriterionSchema), ['votes']),
  'criteria.add': mut(
    z
      .object({
        name: z.string().trim().min(1, 'validation.enterName').max(80),
        weight: z.number().min(0, 'validation.weightMin').max(10, 'validation.weightMax').optional(),
      })
      .strict(),
    CriterionSchema,
    ['votes'],
    'undo.addCriterion',
  ),
  'criteria.update': mut(
    z
      .object({
        id: IdSchema,
        name: z.string().trim().min(1).max(80).optional(),
        weight: z.number().min(0, 'validation.weightMin').max(10, 'validation.weightMax').optional(),
      })
      .strict(),
    CriterionSchema,
    ['votes'],
    'undo.updateCriterion',
  ),
  'criteria.delete': mut(z.object({ id: IdSchema }).strict(), Ok, ['votes'], 'undo.deleteCriterion'),
  'criteria.rate': mut(z.object({ ideaId: IdSchema, criterionId: IdSchema, value: ScaleSchema.nullable() }).strict(), Ok, ['votes'], 'undo.rateCriterion'),
} as const;
