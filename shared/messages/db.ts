import { catalog } from './define';

// Workshop file: opening, checking, writing. `{name}` is the file name without folder; names of
// objects found in a file (`{object}`) are shortened and stripped of control characters first.
export const db = catalog(
  {
    notFound: 'Die Datei „{name}“ wurde nicht gefunden. Bitte prüfen Sie den Pfad oder wählen Sie eine andere Datei.',
    unreadable: 'Die Datei „{name}“ kann nicht gelesen werden ({code}). Prüfen Sie die Zugriffsrechte.',
    notAFile: '„{name}“ ist keine Workshop-Datei, sondern ein Ordner oder ein Gerät. Bitte wählen Sie eine .werkstatt-Datei.',
    empty: 'Die Datei „{name}“ ist leer (0 Bytes) und enthält keinen Workshop. Vielleicht wurde das Kopieren abgebrochen: Öffnen Sie eine Sicherungskopie.',
    notSqlite: '„{name}“ ist keine Workshop-Datei (keine SQLite-Datenbank). Bitte wählen Sie eine Datei mit der Endung .werkstatt.',
    truncated: 'Die Datei „{name}“ ist unvollständig (abgeschnitten). Öffnen Sie eine Sicherungskopie oder kopieren Sie die Datei erneut vom Original.',
    foreign: '„{name}“ ist eine SQLite-Datenbank, aber keine Workshop-Datei der Selbstcheck-Werkstatt. Die Datei wurde nicht verändert.',
    newerVersion:
      '„{name}“ wurde mit einer neueren Version der Selbstcheck-Werkstatt gespeichert (Dateiversion {fileVersion}, diese App kennt bis {appVersion}). Bitte aktualisieren Sie die App. Die Datei wurde nicht verändert.',
    newerFormat:
      '„{name}“ ist in einem neueren SQLite-Dateiformat gespeichert (Format {format}), das diese App nicht sicher schreiben kann. Die Datei wurde nicht verändert.',
    corrupt: 'Die Datei „{name}“ ist beschädigt ({detail}). Öffnen Sie eine Sicherungskopie. Die Datei wurde nicht verändert.',
    schemaTrigger:
      '„{name}“ enthält einen gespeicherten Trigger „{object}“, den die Selbstcheck-Werkstatt nie anlegt. Aus Sicherheitsgründen wird die Datei nicht geöffnet und nicht verändert.',
    schemaView:
      '„{name}“ enthält eine gespeicherte Sicht „{object}“, die die Selbstcheck-Werkstatt nie anlegt. Aus Sicherheitsgründen wird die Datei nicht geöffnet und nicht verändert.',
    schemaExtra:
      '„{name}“ enthält {kind, select, index {einen unbekannten Index} other {eine unbekannte Tabelle}} „{object}“. Die Datei stammt nicht aus dieser App oder wurde verändert; sie wird nicht geöffnet und nicht verändert.',
    schemaMissing:
      'In „{name}“ fehlt „{object}“, das zu Dateiversion {version} gehört. Die Datei ist unvollständig oder wurde verändert; sie wird nicht geöffnet und nicht verändert.',
    schemaColumns:
      'Die Tabelle „{object}“ in „{name}“ hat andere Spalten, als Dateiversion {version} vorsieht (unerwartet: „{column}“). Die Datei wurde verändert; sie wird nicht geöffnet und nicht verändert.',
    schemaChanged:
      'Der Aufbau von „{object}“ in „{name}“ weicht von Dateiversion {version} ab. Die Datei wurde verändert; sie wird nicht geöffnet und nicht verändert.',
    versionContradicts:
      '„{name}“ gibt Dateiversion {fileVersion} an, ist aber wie Version {schemaVersion} aufgebaut. Die Datei wurde außerhalb der App verändert; sie wird nicht geöffnet und nicht verändert.',
    hotJournal:
      'Eine unterbrochene Änderung (Absturz oder entfernter Datenträger) wird beim Öffnen zurückgenommen; danach ist die Datei wieder im letzten gespeicherten Zustand.',
    locked:
      '„{name}“ ist bereits geöffnet (auf {host}, Prozess {pid}, seit {since}). Eine Workshop-Datei kann nur an einer Stelle bearbeitet werden. Sie können sie schreibgeschützt ansehen. Läuft die App dort nicht mehr, löschen Sie „{lockFile}“.',
    busy: 'Die Workshop-Datei wird gerade von einem anderen Programm benutzt. Die Änderung wurde nicht gespeichert; versuchen Sie es gleich noch einmal.',
    readOnly:
      'Der Workshop ist schreibgeschützt geöffnet; Änderungen werden nicht gespeichert. Mit „Speichern unter“ können Sie eine bearbeitbare Kopie anlegen.',
    readOnlyFile:
      '„{name}“ ist schreibgeschützt (Dateirechte oder Datenträger). Sie sehen den Workshop nur an; für Änderungen speichern Sie eine Kopie an einem beschreibbaren Ort.',
    readOnlyLocked: '„{name}“ ist an anderer Stelle zum Bearbeiten geöffnet. Sie sehen den Workshop nur an.',
    readOnlyRequested: '„{name}“ ist schreibgeschützt geöffnet. Sie sehen den Workshop nur an.',
    fileGone:
      '„{name}“ wurde verschoben, gelöscht oder ersetzt, während sie geöffnet war. Die Änderung wurde nicht gespeichert. Öffnen Sie die Datei am neuen Ort oder sichern Sie den Workshop mit „Speichern unter“.',
    diskFull: 'Der Datenträger ist voll. Die letzte Änderung wurde nicht gespeichert. Schaffen Sie Platz und versuchen Sie es erneut.',
    io: 'Die Workshop-Datei „{name}“ kann nicht geschrieben werden ({code}). Die letzte Änderung wurde nicht gespeichert. Ist der Datenträger noch verbunden?',
    exists: 'Die Datei „{name}“ gibt es schon. Wählen Sie einen anderen Namen oder öffnen Sie die vorhandene Datei.',
    danglingRef: 'Verweis ins Leere: {table} Zeile {rowid} → {parent}',
    checkOk: 'In Ordnung: {file} (Dateiversion {version})',
    checkOkAfterRollback: 'In Ordnung nach dem Zurücknehmen der unterbrochenen Änderung: {file} (Dateiversion {version})',
    checkBad: 'Nicht in Ordnung: {file}',
    infoName: 'Name',
    infoMunicipality: 'Kommune',
    infoDate: 'Datum',
    infoVersion: 'Dateiversion',
    infoRespondents: 'Befragte: {respondents}, Fragen: {questions}, Antworten: {answers}',
    infoCards: '{cards, plural, one {# Karte} other {# Karten}} in {clusters, plural, one {# Thema} other {# Themen}}',
    infoIdeas: '{ideas, plural, one {# nächster Schritt} other {# nächste Schritte}}, {votes, plural, one {# Punkt} other {# Punkte}}',
    infoActions: '{actions, plural, one {# Maßnahme} other {# Maßnahmen}}',
    infoStrengths: 'Stärken',
    infoIdeasLabel: 'Schritte',
    infoPlan: 'Plan',
    infoResults: 'Selbstcheck',
    viewReadOnly: 'Schreibgeschützt ansehen',
  },
  {
    notFound: 'The file “{name}” was not found. Please check the path or choose another file.',
    unreadable: 'The file “{name}” cannot be read ({code}). Check the access rights.',
    notAFile: '“{name}” is not a workshop file but a folder or a device. Please choose a .werkstatt file.',
    empty: 'The file “{name}” is empty (0 bytes) and holds no workshop. Perhaps copying was interrupted: open a backup copy.',
    notSqlite: '“{name}” is not a workshop file (not an SQLite database). Please choose a file ending in .werkstatt.',
    truncated: 'The file “{name}” is incomplete (cut off). Open a backup copy or copy the file again from the original.',
    foreign: '“{name}” is an SQLite database but not a Selbstcheck-Werkstatt workshop file. The file was not changed.',
    newerVersion:
      '“{name}” was saved by a newer version of Selbstcheck-Werkstatt (file version {fileVersion}, this app knows up to {appVersion}). Please update the app. The file was not changed.',
    newerFormat: '“{name}” is stored in a newer SQLite file format (format {format}) that this app cannot write safely. The file was not changed.',
    corrupt: 'The file “{name}” is damaged ({detail}). Open a backup copy. The file was not changed.',
    schemaTrigger:
      '“{name}” contains a stored trigger “{object}” that Selbstcheck-Werkstatt never creates. For your safety the file is neither opened nor changed.',
    schemaView: '“{name}” contains a stored view “{object}” that Selbstcheck-Werkstatt never creates. For your safety the file is neither opened nor changed.',
    schemaExtra:
      '“{name}” contains an unknown {kind, select, index {index} other {table}} “{object}”. The file does not come from this app or was altered; it is neither opened nor changed.',
    schemaMissing:
      '“{name}” lacks “{object}”, which belongs to file version {version}. The file is incomplete or was altered; it is neither opened nor changed.',
    schemaColumns:
      'The table “{object}” in “{name}” has other columns than file version {version} defines (unexpected: “{column}”). The file was altered; it is neither opened nor changed.',
    schemaChanged: 'The structure of “{object}” in “{name}” differs from file version {version}. The file was altered; it is neither opened nor changed.',
    versionContradicts:
      '“{name}” claims file version {fileVersion} but is built like version {schemaVersion}. The file was altered outside the app; it is neither opened nor changed.',
    hotJournal: 'An interrupted change (crash or removed drive) will be rolled back on open; the file is then back at its last saved state.',
    locked:
      '“{name}” is already open (on {host}, process {pid}, since {since}). A workshop file can be edited in one place only. You can view it read-only. If the app no longer runs there, delete “{lockFile}”.',
    busy: 'The workshop file is being used by another program right now. The change was not saved; please try again in a moment.',
    readOnly: 'The workshop is open read-only; changes are not saved. Use “Save as” to make an editable copy.',
    readOnlyFile: '“{name}” is read-only (file permissions or drive). You are only viewing the workshop; to make changes, save a copy to a writable place.',
    readOnlyLocked: '“{name}” is open for editing elsewhere. You are only viewing the workshop.',
    readOnlyRequested: '“{name}” is open read-only. You are only viewing the workshop.',
    fileGone:
      '“{name}” was moved, deleted or replaced while it was open. The change was not saved. Open the file at its new place or keep the workshop with “Save as”.',
    diskFull: 'The disk is full. The last change was not saved. Free some space and try again.',
    io: 'The workshop file “{name}” cannot be written ({code}). The last change was not saved. Is the drive still connected?',
    exists: 'The file “{name}” already exists. Choose another name or open the existing file.',
    danglingRef: 'Dangling reference: {table} row {rowid} → {parent}',
    checkOk: 'OK: {file} (file version {version})',
    checkOkAfterRollback: 'OK after rolling back the interrupted change: {file} (file version {version})',
    checkBad: 'Not OK: {file}',
    infoName: 'Name',
    infoMunicipality: 'Municipality',
    infoDate: 'Date',
    infoVersion: 'File version',
    infoRespondents: 'Respondents: {respondents}, questions: {questions}, answers: {answers}',
    infoCards: '{cards, plural, one {# card} other {# cards}} in {clusters, plural, one {# theme} other {# themes}}',
    infoIdeas: '{ideas, plural, one {# next step} other {# next steps}}, {votes, plural, one {# dot} other {# dots}}',
    infoActions: '{actions, plural, one {# action} other {# actions}}',
    infoStrengths: 'Strengths',
    infoIdeasLabel: 'Steps',
    infoPlan: 'Plan',
    infoResults: 'Self-check',
    viewReadOnly: 'View read-only',
  },
);
