import { createResource } from './resource';

// One store per concern, each a mirror of one query.
export const useResultsStore = createResource('results.get');
export const useBoardStore = createResource('cards.list');
export const useIdeasStore = createResource('ideas.list');
export const useActionsStore = createResource('actions.list');
