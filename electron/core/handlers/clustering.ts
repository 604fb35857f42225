import { clusterLines } from '../../../shared/clustering';
import type { AreaHandlers, MethodsOf } from './types';

// Clustering texts without a workshop (CLI `cluster`); needs no open file.
export function clusteringHandlers(): AreaHandlers<MethodsOf<'clustering'>> {
  return {
    'clustering.lines': (i) => clusterLines(i.lines),
  };
}
