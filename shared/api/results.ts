import { ResultsSchema } from '../domain/schemas';
import { Empty, q } from './define';

export const resultsMethods = {
  'results.get': q(Empty, ResultsSchema, ['results']),
} as const;
