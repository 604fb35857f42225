import { addAction, addActionUpdate, deleteAction, deleteActionUpdate, listActions, setActionLinks, updateAction } from '../db/repo/actions';
import type { AreaHandlers, MethodsOf, ServiceContext } from './types';

export function actionsHandlers(s: ServiceContext): AreaHandlers<MethodsOf<'actions'>> {
  return {
    'actions.list': () => listActions(s.db()),
    'actions.add': (i) => addAction(s.db(), i),
    'actions.update': (i) => updateAction(s.db(), i.id, i.patch),
    'actions.delete': (i) => {
      deleteAction(s.db(), i.id);
      return { ok: true as const };
    },
    'actions.addUpdate': (i) => addActionUpdate(s.db(), i),
    'actions.deleteUpdate': (i) => deleteActionUpdate(s.db(), i.id),
    'actions.setLinks': (i) => setActionLinks(s.db(), i.id, i.links),
  };
}
