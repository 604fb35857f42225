import { catalog } from './define';

// What the workshop's own rules say when an action cannot be done (cards, themes, next steps, actions).
export const domain = catalog(
  {
    actionNotFound: 'Die Maßnahme {id} gibt es nicht (mehr). Vielleicht wurde sie in einem anderen Fenster gelöscht.',
    startAfterDue: 'Der Beginn liegt nach der Frist. Bitte prüfen Sie die beiden Daten.',
    stageLevelMismatch: 'Wirkungsstufe {wirkungsstufe} gehört zur Ebene „{expected}“, nicht zu „{level}“. Bitte passen Sie eine der beiden Angaben an.',
    updateNotFound: 'Die Fortschrittsnotiz {id} gibt es nicht (mehr). Vielleicht wurde sie in einem anderen Fenster gelöscht.',
    cardNotFound: 'Die Karte {id} gibt es nicht (mehr). Vielleicht wurde sie in einem anderen Fenster gelöscht.',
    clusterNotFound: 'Das Thema {id} gibt es nicht (mehr). Vielleicht wurde es in einem anderen Fenster geändert.',
    ideaNotFound: 'Den Schritt {id} gibt es nicht (mehr). Vielleicht wurde er in einem anderen Fenster gelöscht.',
    ideaLinkMissing:
      'Der Schritt kann nicht mit {kind, select, question {der Frage} cluster {dem Stärken-Thema} other {dem Handlungsfeld}} „{ref}“ verknüpft werden: {kind, select, question {sie} cluster {es} other {es}} gibt es nicht (mehr).',
    cardExists: 'Diese Karte gibt es schon: „{text}“{cluster, select, none {} other { (Thema „{cluster}“)}}. Sie wurde nicht noch einmal angelegt.',
    boardChanged: 'Die Tafel hat sich seit der Vorschau geändert (neue oder verschobene Karten). Bitte sehen Sie sich die Vorschau noch einmal an.',
    mergeSelf: 'Ein Thema kann nicht mit sich selbst zusammengeführt werden.',
    cardNotInCluster: 'Die Karte „{text}“ gehört nicht zu diesem Thema.',
    noDotsYet: 'Noch hat kein Schritt Punkte. Zählen Sie zuerst die Punkte, dann lassen sich die wichtigsten Schritte übernehmen.',
    notRatedYet: 'Noch ist kein Schritt vollständig bewertet. Bewerten Sie zuerst alle Kriterien.',
    fileExists: 'Die Datei „{name}“ gibt es schon. Wählen Sie einen anderen Namen.',
    saveAsFailed: '„Speichern unter“ ist fehlgeschlagen: {detail}. Prüfen Sie den Zielordner.',
    tooMany:
      'Mehr geht nicht: ein Workshop fasst höchstens {max, number} {what, select, cards {Karten} ideas {nächste Schritte} actions {Maßnahmen} other {Fortschrittsnotizen je Maßnahme}}. Fassen Sie ähnliche zusammen oder löschen Sie, was nicht mehr gebraucht wird.',
  },
  {
    actionNotFound: 'Action {id} does not exist (any more). Perhaps it was deleted in another window.',
    startAfterDue: 'The start is after the deadline. Please check both dates.',
    stageLevelMismatch: 'Impact stage {wirkungsstufe} belongs to the level “{expected}”, not “{level}”. Please adjust one of the two.',
    updateNotFound: 'Progress note {id} does not exist (any more). Perhaps it was deleted in another window.',
    cardNotFound: 'Card {id} does not exist (any more). Perhaps it was deleted in another window.',
    clusterNotFound: 'Theme {id} does not exist (any more). Perhaps it was changed in another window.',
    ideaNotFound: 'Next step {id} does not exist (any more). Perhaps it was deleted in another window.',
    ideaLinkMissing:
      'The step cannot be linked to {kind, select, question {the question} cluster {the strength theme} other {the field}} “{ref}”: it does not exist (any more).',
    cardExists: 'This card already exists: “{text}”{cluster, select, none {} other { (theme “{cluster}”)}}. It was not added again.',
    boardChanged: 'The board has changed since the preview (new or moved cards). Please look at the preview again.',
    mergeSelf: 'A theme cannot be merged with itself.',
    cardNotInCluster: 'The card “{text}” does not belong to this theme.',
    noDotsYet: 'No step has dots yet. Count the dots first; then the most important steps can be taken over.',
    notRatedYet: 'No step is fully rated yet. Rate all criteria first.',
    fileExists: 'The file “{name}” already exists. Choose another name.',
    saveAsFailed: '“Save as” failed: {detail}. Check the target folder.',
    tooMany:
      'No more room: a workshop holds at most {max, number} {what, select, cards {cards} ideas {next steps} actions {actions} other {progress notes per action}}. Merge similar ones or delete what is no longer needed.',
  },
);
