import { catalog } from './define';

// Run of show: agenda, timer, table groups.
export const agenda = catalog(
  {
    itemNotFound: 'Den Ablaufpunkt {id} gibt es nicht (mehr). Vielleicht wurde er in einem anderen Fenster gelöscht.',
    notEmpty: 'Der Ablauf hat schon Punkte. Der Standardablauf wird nur in einen leeren Ablauf eingesetzt.',
    nothingRunning: 'Gerade läuft kein Ablaufpunkt. Starten Sie zuerst einen Punkt.',
    tableNotFound: 'Den Tisch {id} gibt es nicht (mehr). Vielleicht wurde er in einem anderen Fenster gelöscht.',
    tablesNotEmpty: 'Es gibt schon Tische. Tische je Handlungsfeld werden nur angelegt, wenn noch keine da sind.',
  },
  {
    itemNotFound: 'Agenda item {id} does not exist (any more). Perhaps it was deleted in another window.',
    notEmpty: 'The agenda already has items. The standard agenda is only inserted into an empty agenda.',
    nothingRunning: 'No agenda item is running. Start an item first.',
    tableNotFound: 'Table {id} does not exist (any more). Perhaps it was deleted in another window.',
    tablesNotEmpty: 'There are tables already. Tables per field are only created when there are none.',
  },
);
