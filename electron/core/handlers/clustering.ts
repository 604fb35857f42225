import { clusterLines, type EngineOptions } from '../../../shared/clustering';
import { engineResources } from '../clustering/resources';
import { questionTexts } from '../db/repo/cards';
import type { AreaHandlers, MethodsOf, ServiceContext } from './types';

// Clustering texts (CLI `cluster`): needs no open file, unless the workshop's vocabulary is asked for.
export function clusteringHandlers(s: ServiceContext): AreaHandlers<MethodsOf<'clustering'>> {
  return {
    'clustering.lines': (i) => {
      const questions = i.workshopVocabulary ? (questionTexts(s.db()) as NonNullable<EngineOptions['questions']>) : undefined;
      return clusterLines(i.lines, { questions, ...engineResources() });
    },
  };
}
