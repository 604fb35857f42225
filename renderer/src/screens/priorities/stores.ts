import { createResource } from '../../stores/resource';

// Mirrors of the prioritisation queries; they reload on the change events named here.
export const useRankingStore = createResource('ranking.get');
export const useProjectorRankingStore = createResource('ranking.projector');
export const useTalliesStore = createResource('votes.tallies');
export const useParticipantsStore = createResource('votes.participants');
export const useCriteriaStore = createResource('criteria.list');
