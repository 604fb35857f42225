import { addIdea, deleteIdea, listIdeas, placeIdea, updateIdea } from '../db/repo/ideas';
import type { AreaHandlers, MethodsOf, ServiceContext } from './types';

export function ideasHandlers(s: ServiceContext): AreaHandlers<MethodsOf<'ideas'>> {
  return {
    'ideas.list': () => listIdeas(s.db()),
    'ideas.add': (i) => addIdea(s.db(), i),
    'ideas.update': (i) => updateIdea(s.db(), i.id, i),
    'ideas.delete': (i) => {
      deleteIdea(s.db(), i.id);
      return { ok: true as const };
    },
    'ideas.place': (i) => placeIdea(s.db(), i.id, i.impact, i.effort),
  };
}
