import { addCard, deleteCard, listBoard, updateCard } from '../db/repo/cards';
import type { AreaHandlers, MethodsOf, ServiceContext } from './types';

export function cardsHandlers(s: ServiceContext): AreaHandlers<MethodsOf<'cards'>> {
  return {
    'cards.list': () => listBoard(s.db()),
    'cards.add': (i) => addCard(s.db(), i),
    'cards.update': (i) => updateCard(s.db(), i.id, i),
    'cards.delete': (i) => {
      deleteCard(s.db(), i.id);
      return { ok: true as const };
    },
  };
}
