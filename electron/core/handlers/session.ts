import { readSession, setMeta } from '../db/repo/meta';
import { readAttendance, writeAttendance } from '../db/repo/votes';
import type { AreaHandlers, MethodsOf, ServiceContext } from './types';

// Which phase the room is in and what the projector shows (stored in the file, so every window follows).
export function sessionHandlers(s: ServiceContext): AreaHandlers<MethodsOf<'session'> | MethodsOf<'attendance'>> {
  return {
    'session.get': () => readSession(s.db()),
    'session.set': (i) => {
      const db = s.db();
      const before = readSession(db);
      if (i.phase) setMeta(db, 'phase', i.phase);
      // A new phase or field starts on its first page, without a zoomed item or the overview.
      const fresh =
        (i.phase && i.phase !== before.phase) || (i.projector?.field !== undefined && i.projector.field !== before.projector.field)
          ? { page: 0, focus: null, overview: false }
          : {};
      if (i.projector || Object.keys(fresh).length) setMeta(db, 'projector', JSON.stringify({ ...before.projector, ...fresh, ...i.projector }));
      return readSession(db);
    },

    // How many people from each sector took part (cover page of the exports, the room's legend).
    'attendance.get': () => readAttendance(s.db()),
    'attendance.set': (i) => {
      writeAttendance(s.db(), i.rows);
      return readAttendance(s.db());
    },
  };
}
