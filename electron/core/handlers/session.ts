import { readSession, setMeta } from '../db/repo/meta';
import type { AreaHandlers, MethodsOf, ServiceContext } from './types';

// Which phase the room is in and what the projector shows (stored in the file, so every window follows).
export function sessionHandlers(s: ServiceContext): AreaHandlers<MethodsOf<'session'>> {
  return {
    'session.get': () => readSession(s.db()),
    'session.set': (i) => {
      const db = s.db();
      const before = readSession(db);
      if (i.phase) setMeta(db, 'phase', i.phase);
      if (i.projector) setMeta(db, 'projector', JSON.stringify({ ...before.projector, ...i.projector }));
      return readSession(db);
    },
  };
}
