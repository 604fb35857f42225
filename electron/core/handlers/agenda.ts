import {
  addAgendaItem,
  addTable,
  deleteAgendaItem,
  deleteTable,
  extendAgenda,
  finishAgenda,
  listTables,
  moveAgendaItem,
  nextAgendaItem,
  pauseAgenda,
  readAgenda,
  setAgendaStart,
  startAgendaItem,
  tablesPerField,
  updateAgendaItem,
  updateTable,
  useAgendaTemplate,
} from '../db/repo/agenda';
import { setMeta } from '../db/repo/meta';
import type { Phase } from '../../../shared/domain/fields';
import type { AreaHandlers, MethodsOf, ServiceContext } from './types';

export function agendaHandlers(s: ServiceContext): AreaHandlers<MethodsOf<'agenda'> | MethodsOf<'tables'>> {
  const db = () => s.db();
  /** Starting an item opens its phase on every screen (the session is in the file). */
  const open = (phase: Phase | null) => {
    if (phase) setMeta(db(), 'phase', phase);
  };
  return {
    'agenda.get': () => readAgenda(db()),
    'agenda.setStart': (i) => {
      setAgendaStart(db(), i.time);
      return readAgenda(db());
    },
    'agenda.add': (i) => addAgendaItem(db(), i),
    'agenda.update': (i) => updateAgendaItem(db(), i.id, i),
    'agenda.delete': (i) => {
      deleteAgendaItem(db(), i.id);
      return { ok: true as const };
    },
    'agenda.move': (i) => {
      moveAgendaItem(db(), i.id, i.toIndex);
      return readAgenda(db());
    },
    'agenda.useTemplate': (i) => {
      useAgendaTemplate(db(), i.locale ?? 'de');
      return readAgenda(db());
    },
    'agenda.start': (i) => {
      open(startAgendaItem(db(), i.id, Date.now()));
      return readAgenda(db());
    },
    'agenda.pause': (i) => {
      pauseAgenda(db(), i.paused, Date.now());
      return readAgenda(db());
    },
    'agenda.extend': (i) => {
      extendAgenda(db(), i.minutes);
      return readAgenda(db());
    },
    'agenda.next': () => {
      open(nextAgendaItem(db(), Date.now()));
      return readAgenda(db());
    },
    'agenda.finish': () => {
      finishAgenda(db(), Date.now());
      return readAgenda(db());
    },
    'tables.list': () => listTables(db()),
    'tables.add': (i) => addTable(db(), i),
    'tables.update': (i) => updateTable(db(), i.id, i),
    'tables.delete': (i) => {
      deleteTable(db(), i.id);
      return { ok: true as const };
    },
    'tables.perField': () => tablesPerField(db()),
  };
}
