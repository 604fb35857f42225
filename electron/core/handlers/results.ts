import { readResults, readSummary } from '../db/repo/results';
import type { AreaHandlers, MethodsOf, ServiceContext } from './types';

export function resultsHandlers(s: ServiceContext): AreaHandlers<MethodsOf<'results'>> {
  return {
    'results.get': () => readResults(s.db()),
    'results.summary': () => readSummary(s.db()),
  };
}
