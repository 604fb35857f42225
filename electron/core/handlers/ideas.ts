import { addIdea, listIdeas } from '../db/repo/ideas';
import type { AreaHandlers, MethodsOf, ServiceContext } from './types';

export function ideasHandlers(s: ServiceContext): AreaHandlers<MethodsOf<'ideas'>> {
  return {
    'ideas.list': () => listIdeas(s.db()),
    'ideas.add': (i) => addIdea(s.db(), i),
  };
}
