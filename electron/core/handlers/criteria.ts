import { addCriterion, deleteCriterion, listCriteria, rate, updateCriterion } from '../db/repo/votes';
import type { AreaHandlers, MethodsOf, ServiceContext } from './types';

export function criteriaHandlers(s: ServiceContext): AreaHandlers<MethodsOf<'criteria'>> {
  return {
    'criteria.list': () => listCriteria(s.db()),
    'criteria.add': (i) => addCriterion(s.db(), i.name, i.weight ?? 1),
    'criteria.update': (i) => updateCriterion(s.db(), i.id, i),
    'criteria.delete': (i) => {
      deleteCriterion(s.db(), i.id);
      return { ok: true as const };
    },
    'criteria.rate': (i) => {
      rate(s.db(), i.ideaId, i.criterionId, i.value);
      return { ok: true as const };
    },
  };
}
