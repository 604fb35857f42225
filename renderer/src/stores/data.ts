import { createResource } from './resource';

// One store per concern, each a mirror of one query.
export const useResultsStore = createResource('results.get', ['results']);
export const useBoardStore = createResource('cards.list', ['cards']);
export const useIdeasStore = createResource('ideas.list', ['ideas', 'votes']);
export const useActionsStore = createResource('actions.list', ['actions']);
