import { catalog } from './define';

// The command line's own texts (usage, missing arguments, summaries); errors of the service come
// from their areas. The language follows WERKSTATT_LANG / LANG (cliLocale).
export const cli = catalog(
  {
    usage:
      'Selbstcheck-Werkstatt – Kommandozeile\n\n  new FILE --name NAME [--municipality M] [--date JJJJ-MM-TT]   neuen Workshop anlegen\n  demo FILE                                                     Demo-Workshop schreiben\n  info FILE [--json]                                            Name, Dateiversion, Anzahlen\n  check FILE                                                    Integrität prüfen (Exit 0 = in Ordnung)\n  import FILE QUELLE [--replace]                                Selbstcheck-Antworten importieren (CSV, XLSX, JSON)\n  results FILE [--json]                                         Ergebnisse je Handlungsfeld\n  ranking FILE [--json]                                         Rangfolge der nächsten Schritte mit Punkten\n  export FILE --format pdf|docx|xlsx|csv|md|ics --out PFAD [--locale de|en]\n                                                                Maßnahmenplan und Ergebnisse exportieren\n  cluster EINGABE [--json] [--workshop FILE]                    Stärken clustern: eine Karte pro Zeile\n                                                                (EINGABE = UTF-8-Textdatei oder - für stdin;\n                                                                --workshop: mit den Fragen dieses Workshops)\n  package FILE --out PFAD [--pseudonym NAME] [--include-responsible] [--include-notes]\n                                                                Austauschpaket für andere Kommunen schreiben\n                                                                (ohne Personennamen und Notizen, außer ausdrücklich)\n  programme ORDNER [--json] [--hide-names] [--csv PFAD] [--xlsx PFAD]\n                                                                Programmansicht: je Handlungsfeld n und Quartile,\n                                                                Zahl der Praxisbeispiele (keine Rangfolge)\n  serve [FILE] [--port N] [--dir ORDNER] [--no-demo] [--json]   Browser-Modus auf 127.0.0.1\n        [--read-only]                                           (ohne FILE: der Demo-Workshop; --read-only:\n                                                                nur ansehen, z. B. wenn die Datei woanders offen ist)\n        [--participants [--address ADRESSE] [--participants-port N]]\n                                                                dazu Teilnahme per Handy im WLAN\n                                                                (ohne --address: die erste private Adresse)\n',
    needsFile: '„{cmd}“ braucht eine Datei, z. B.: {cmd} workshop.werkstatt',
    needsName: 'Bitte geben Sie mit --name einen Namen an.',
    created: 'Angelegt: {file}',
    demoWritten:
      'Demo-Workshop „{municipality}“ geschrieben: {file} ({questions, plural, one {# Frage} other {# Fragen}}, {cards, plural, one {# Karte} other {# Karten}}, {actions, plural, one {# Maßnahme} other {# Maßnahmen}})',
    needsFormat: 'Bitte geben Sie mit --format an, welches Format Sie möchten: pdf, docx, xlsx, csv, md oder ics.',
    needsOut: 'Bitte geben Sie mit --out an, wohin die Datei geschrieben werden soll.',
    dots: '{n, plural, one {# Punkt} other {# Punkte}}',
    score: 'Wert {score}',
    ties: 'Gleichstand: {list}',
    tie: 'Rang {rank} ({n, plural, one {# Schritt} other {# Schritte}})',
    resultsNeedsFile: '„results“ braucht eine Workshop-Datei, z. B.: results workshop.werkstatt --json',
    clusterNeedsInput: '„cluster“ braucht eine Textdatei mit einer Karte pro Zeile, oder - für die Standardeingabe.',
    cannotRead: 'Die Datei „{file}“ kann nicht gelesen werden. Prüfen Sie den Pfad.',
    clusterSummary:
      '{cards, plural, one {# Karte} other {# Karten}} in {themes, plural, one {# Thema} other {# Themen}} (Zeilennummern ab 1; mit --json ab 0).',
    packageNeedsOut: 'Bitte geben Sie mit --out an, wohin das Austauschpaket geschrieben werden soll.',
    programmeNeedsDir: '„programme“ braucht einen Ordner mit Austauschpaketen, z. B.: programme pakete/ --json',
    programmeHeader: '{n, plural, one {# Kommune} other {# Kommunen}}; Verteilung je Handlungsfeld (Quartile, keine Rangfolge):',
    practices: 'Praxisbeispiele: {themes, plural, one {# Stärken-Thema} other {# Stärken-Themen}}, {actions, plural, one {# Maßnahme} other {# Maßnahmen}}',
    noAddress: 'Keine WLAN- oder LAN-Adresse gefunden. Verbinden Sie den Laptop mit einem Netz oder geben Sie --address an.',
    serveRunning: 'Selbstcheck-Werkstatt läuft im Browser-Modus.',
    serveOpen: 'Öffnen Sie: {url}',
    serveProjector: 'Projektor:  {url}',
    servePhones: 'Handys:     {url}',
    serveStop: 'Beenden mit Strg+C.',
    unknownCommand: 'Unbekannter Befehl „{cmd}“.',
  },
  {
    usage:
      "Selbstcheck-Werkstatt – command line\n\n  new FILE --name NAME [--municipality M] [--date YYYY-MM-DD]   create a new workshop\n  demo FILE                                                     write the demo workshop\n  info FILE [--json]                                            name, file version, counts\n  check FILE                                                    check integrity (exit 0 = sound)\n  import FILE SOURCE [--replace]                                import self-check answers (CSV, XLSX, JSON)\n  results FILE [--json]                                         results per field\n  ranking FILE [--json]                                         ranking of the next steps with dots\n  export FILE --format pdf|docx|xlsx|csv|md|ics --out PATH [--locale de|en]\n                                                                export the action plan and results\n  cluster INPUT [--json] [--workshop FILE]                      cluster strengths: one card per line\n                                                                (INPUT = UTF-8 text file or - for stdin;\n                                                                --workshop: with that workshop's questions)\n  package FILE --out PATH [--pseudonym NAME] [--include-responsible] [--include-notes]\n                                                                write an exchange package for other municipalities\n                                                                (without names of persons and notes, unless asked)\n  programme FOLDER [--json] [--hide-names] [--csv PATH] [--xlsx PATH]\n                                                                programme view: per field n and quartiles,\n                                                                number of practices (no ranking)\n  serve [FILE] [--port N] [--dir FOLDER] [--no-demo] [--json]   browser mode on 127.0.0.1\n        [--read-only]                                           (without FILE: the demo workshop; --read-only:\n                                                                view only, e.g. when the file is open elsewhere)\n        [--participants [--address ADDRESS] [--participants-port N]]\n                                                                plus participation by phone on the Wi-Fi\n                                                                (without --address: the first private address)\n",
    needsFile: '“{cmd}” needs a file, e.g.: {cmd} workshop.werkstatt',
    needsName: 'Please give a name with --name.',
    created: 'Created: {file}',
    demoWritten:
      'Demo workshop “{municipality}” written: {file} ({questions, plural, one {# question} other {# questions}}, {cards, plural, one {# card} other {# cards}}, {actions, plural, one {# action} other {# actions}})',
    needsFormat: 'Please say with --format which format you want: pdf, docx, xlsx, csv, md or ics.',
    needsOut: 'Please say with --out where the file should be written.',
    dots: '{n, plural, one {# dot} other {# dots}}',
    score: 'score {score}',
    ties: 'Tied: {list}',
    tie: 'rank {rank} ({n, plural, one {# step} other {# steps}})',
    resultsNeedsFile: '“results” needs a workshop file, e.g.: results workshop.werkstatt --json',
    clusterNeedsInput: '“cluster” needs a text file with one card per line, or - for standard input.',
    cannotRead: 'The file “{file}” cannot be read. Check the path.',
    clusterSummary:
      '{cards, plural, one {# card} other {# cards}} in {themes, plural, one {# theme} other {# themes}} (line numbers from 1; from 0 with --json).',
    packageNeedsOut: 'Please say with --out where the exchange package should be written.',
    programmeNeedsDir: '“programme” needs a folder of exchange packages, e.g.: programme packages/ --json',
    programmeHeader: '{n, plural, one {# municipality} other {# municipalities}}; distribution per field (quartiles, no ranking):',
    practices: 'Practices: {themes, plural, one {# strength theme} other {# strength themes}}, {actions, plural, one {# action} other {# actions}}',
    noAddress: 'No Wi-Fi or LAN address found. Connect the laptop to a network or give --address.',
    serveRunning: 'Selbstcheck-Werkstatt runs in browser mode.',
    serveOpen: 'Open: {url}',
    serveProjector: 'Projector:  {url}',
    servePhones: 'Phones:     {url}',
    serveStop: 'Stop with Ctrl+C.',
    unknownCommand: 'Unknown command “{cmd}”.',
  },
);
