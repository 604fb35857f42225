// The phone page's own few strings (German first, English). Kept here rather than in the
// facilitator's i18n so the phone bundle stays tiny; error texts come from the laptop already
// translated (shared/messages/participants.ts), chosen by the x-lang header.
export type Lang = 'de' | 'en';
export const STRINGS = {
  de: {
    title: 'Mitmachen', lang: 'English', langCode: 'en', connecting: 'Verbinde mit dem Laptop …', offline: 'Verbindung unterbrochen – wird wiederhergestellt …',
    noConnection: 'Der Laptop ist nicht erreichbar. Sind Sie im selben WLAN wie die Moderation? Schalten Sie mobile Daten kurz aus, wenn das WLAN kein Internet hat.',
    retry: 'Erneut versuchen', ended: 'Die Teilnahme per Handy ist beendet. Vielen Dank fürs Mitmachen!',
    paused: 'Pause: Sie können lesen, aber gerade nichts senden.', waitTitle: 'Gleich geht es los', wait: 'Die Moderation öffnet gleich den nächsten Schritt. Diese Seite aktualisiert sich von selbst.',
    sector: 'Ihr Bereich (freiwillig)', noSector: 'keine Angabe',
    cardsTitle: 'Stärken sammeln', cardLabel: 'Was läuft in Ihrer Kommune schon gut?', field: 'Handlungsfeld (freiwillig)', noField: 'weiß nicht / egal',
    send: 'Karte senden', save: 'Änderung speichern', cancel: 'Abbrechen', edit: 'Ändern', withdraw: 'Zurückziehen', sending: 'Wird gesendet …', sent: 'Gesendet.',
    ideasTitle: 'Nächste Schritte vorschlagen', ideaLabel: 'Was sollte als Nächstes passieren?', sendIdea: 'Vorschlag senden',
    mine: 'Von diesem Handy', all: 'Auf der Tafel', none: 'Noch nichts.', review: 'wird geprüft', hidden: 'ausgeblendet',
    dotsTitle: 'Punkte vergeben', dotsLeft: 'Noch {left} von {max} Punkten', more: 'Punkt mehr für', less: 'Punkt weniger für', dotsHint: 'Die Ergebnisse bleiben verborgen, bis die Moderation sie aufdeckt.',
    resultTitle: 'Ergebnis', dots: 'Punkte', dot: 'Punkt', empty: 'Bitte geben Sie einen Text ein.', privacy: 'Ohne Namen, ohne Konto. Wer was geschrieben hat, wird beim Beenden gelöscht.',
  },
  en: {
    title: 'Take part', lang: 'Deutsch', langCode: 'de', connecting: 'Connecting to the laptop …', offline: 'Connection lost – reconnecting …',
    noConnection: 'The laptop cannot be reached. Are you on the same Wi-Fi as the facilitator? Switch mobile data off for a moment if the Wi-Fi has no internet.',
    retry: 'Try again', ended: 'Taking part by phone has ended. Thank you for joining in!',
    paused: 'Paused: you can read, but not send right now.', waitTitle: 'Starting soon', wait: 'The facilitator will open the next step. This page updates by itself.',
    sector: 'Your sector (optional)', noSector: 'not stated',
    cardsTitle: 'Collect strengths', cardLabel: 'What already works well in your municipality?', field: 'Field of action (optional)', noField: 'don’t know / any',
    send: 'Send card', save: 'Save change', cancel: 'Cancel', edit: 'Edit', withdraw: 'Withdraw', sending: 'Sending …', sent: 'Sent.',
    ideasTitle: 'Propose next steps', ideaLabel: 'What should happen next?', sendIdea: 'Send proposal',
    mine: 'From this phone', all: 'On the board', none: 'Nothing yet.', review: 'being reviewed', hidden: 'hidden',
    dotsTitle: 'Give your dots', dotsLeft: '{left} of {max} dots left', more: 'One more dot for', less: 'One dot less for', dotsHint: 'Results stay hidden until the facilitator reveals them.',
    resultTitle: 'Result', dots: 'dots', dot: 'dot', empty: 'Please enter a text.', privacy: 'No names, no account. Who wrote what is deleted when the session ends.',
  },
} as const;
export type Strings = { [K in keyof (typeof STRINGS)['de']]: string };

export const FIELDS: [string, string, string][] = [
  ['management', 'Steuerung', 'Governance'], ['oeffnung', 'Öffnung', 'Opening'], ['zugang', 'Zugang', 'Access'], ['arbeit', 'Arbeit', 'Work'],
  ['engagement', 'Beteiligung', 'Participation'], ['zusammenhalt', 'Begegnung', 'Encounter'], ['kommunikation', 'Kommunikation', 'Communication'],
];
export const SECTORS: [string, string, string][] = [
  ['verwaltung', 'Verwaltung', 'Administration'], ['politik', 'Politik', 'Politics'], ['zivilgesellschaft', 'Zivilgesellschaft', 'Civil society'],
  ['wirtschaft', 'Wirtschaft', 'Business'], ['sonstige', 'Sonstige', 'Other'],
];
