import { catalog } from './define';

// Generic error texts of the API boundary.
export const errors = catalog(
  {
    noWorkshop: 'Es ist kein Workshop geöffnet. Öffnen oder erstellen Sie zuerst einen Workshop.',
    unknownMethod: 'Unbekannte Funktion „{method}“.',
    invalidInput: 'Ungültige Eingabe{path, select, none {} other { ({path})}}: {detail}',
    conflict: 'Die Änderung passt nicht zu den gespeicherten Daten. Nichts wurde gespeichert.',
    io: 'Die Workshop-Datei kann nicht geschrieben werden (Datenträger voll oder entfernt?). Die letzte Änderung wurde nicht gespeichert.',
    internal: 'Interner Fehler: {detail}',
    noConnection: 'Keine Verbindung zur Werkstatt. Läuft das Programm noch?',
    readOnly: 'Die Workshop-Datei ist nur zum Lesen geöffnet; Änderungen sind so nicht möglich. Öffnen Sie sie normal, um sie zu bearbeiten.',
    desktopOnly: '„{method}“ gibt es nur in der Desktop-App.',
  },
  {
    noWorkshop: 'No workshop is open. Open or create a workshop first.',
    unknownMethod: 'Unknown function “{method}”.',
    invalidInput: 'Invalid input{path, select, none {} other { ({path})}}: {detail}',
    conflict: 'The change does not fit the stored data. Nothing was saved.',
    io: 'The workshop file cannot be written (disk full or removed?). The last change was not saved.',
    internal: 'Internal error: {detail}',
    noConnection: 'No connection to the Werkstatt. Is the program still running?',
    readOnly: 'The workshop file is open read-only; it cannot be changed like this. Open it normally to edit it.',
    desktopOnly: '“{method}” is only available in the desktop app.',
  },
);
