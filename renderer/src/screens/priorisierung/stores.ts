import { createResource } from '../../stores/resource';

// Mirrors of the prioritisation queries; they reload on the change events named here.
export const useRankingStore = createResource('ranking.get', ['ideas', 'votes', 'actions']);
export const useProjectorRankingStore = createResource('ranking.projector', ['ideas', 'votes']);
export const useTalliesStore = createResource('votes.tallies', ['ideas', 'votes']);
export const useParticipantsStore = createResource('votes.participants', ['ideas', 'votes']);
export const useCriteriaStore = createResource('criteria.list', ['votes']);
