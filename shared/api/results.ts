import { z } from 'zod';
import { FieldKeySchema, ResultsSchema } from '../domain/schemas';
import { Empty, q } from './define';

/** The compact summary the CLI prints (`results FILE --json`): all seven fields in fixed order. */
export const ResultSummarySchema = z.object({
  respondents: z.number().int(),
  questions: z.number().int(),
  fields: z.array(
    z.object({ key: FieldKeySchema, score: z.number().nullable(), answered: z.number().int(), dontKnow: z.number().int(), skipped: z.number().int() }),
  ),
});

export const resultsMethods = {
  'results.get': q(Empty, ResultsSchema, ['results']),
  'results.summary': q(Empty, ResultSummarySchema, ['results']),
} as const;
