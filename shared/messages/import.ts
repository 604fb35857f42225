import { catalog } from './define';

// Self-check import (electron/core/import): refusals of a whole file. Each says what is wrong,
// where (file, text line, entry) and what to do. Row-level problems carry their location prefix
// ("Zeile 5, Spalte „antwort“: …") added by the parser.
export const importMessages = catalog(
  {
    emptyFile: 'Die Datei ist leer. Wählen Sie die exportierte Datei mit den Antworten (siehe Vorlage).',
    headerOnly: 'Die Datei enthält nur die Kopfzeile, aber keine Antworten. Tragen Sie ab der nächsten Zeile eine Zeile pro Antwort ein.',
    noAnswers:
      'In „{file}“ steht keine einzige Antwortzeile – es wurde nichts importiert und nichts ersetzt. Prüfen Sie, ob Sie die richtige Datei gewählt haben (eine Zeile pro Antwort, siehe Vorlage).',
    tooLarge:
      'Die Datei ist {size, number} MB groß; erlaubt sind höchstens {max, number} MB. Teilen Sie die Datei auf (z. B. nach Handlungsfeld) oder lassen Sie den Fragetext nach seiner ersten Zeile leer.',
    unsupportedXls:
      'Das ist eine Excel-Datei im alten Format (.xls). Öffnen Sie sie in Excel und speichern Sie sie als „Excel-Arbeitsmappe (.xlsx)“ oder als CSV.',
    notASpreadsheet:
      '„{file}“ ist keine lesbare Excel-Arbeitsmappe (.xlsx){reason, select, not_zip { – vermutlich eine umbenannte Text-, Bild- oder andere Datei} no_sheet { – sie enthält kein Tabellenblatt} broken_zip { – das ZIP-Archiv darin ist beschädigt} other {}}. Öffnen Sie die Datei in Excel und speichern Sie sie als „Excel-Arbeitsmappe (.xlsx)“ oder als CSV.',
    formatMismatch: 'Die Datei „{file}“ ist eine Excel-Arbeitsmappe, trägt aber eine andere Endung. Sie wird als Excel-Datei gelesen.',
    xlsxTooBig:
      '„{file}“ ist entpackt zu groß: {what, select, entries {das ZIP-Archiv enthält {count, number} Teile (höchstens {limit, number})} bytes {die Teile sind entpackt {count, number} MB groß (höchstens {limit, number} MB)} ratio {„{entry}“ ist über {count, number}-fach gepackt (höchstens {limit, number}-fach) – so sieht eine „ZIP-Bombe“ aus} cells {das erste Tabellenblatt hat {count, number} Zellen (höchstens {limit, number})} rows {das erste Tabellenblatt hat {count, number} Zeilen (höchstens {limit, number})} other {}}. Es wurde nichts entpackt und nichts gespeichert. Kopieren Sie nur die Antworten in die Vorlage oder speichern Sie das Blatt als CSV.',
    xlsxSizeLie:
      '„{file}“ ist beschädigt oder manipuliert: „{entry}“ ist entpackt größer, als das ZIP-Verzeichnis angibt. Es wurde nichts gespeichert. Öffnen Sie die Datei in Excel und speichern Sie sie neu als „Excel-Arbeitsmappe (.xlsx)“ oder als CSV.',
    mixedEncoding:
      'Die Datei mischt zwei Zeichenkodierungen: ab Textzeile {line, number} stehen Zeichen in Windows-1252 (ANSI){utf8Line, select, none { nach einer UTF-8-Kennung (BOM)} other {, in Textzeile {utf8Line} aber UTF-8-Umlaute}}. So würden Namen und Umlaute verfälscht. Öffnen Sie die Datei in Excel und speichern Sie sie als „CSV UTF-8 (durch Trennzeichen getrennt)“ – oder kopieren Sie alle Zeilen in die Vorlage.',
    unknownEncoding:
      'Zeichenkodierung nicht erkannt: {guess, select, cjk {ab Textzeile {line, number} sieht der Text nach einer ostasiatischen Kodierung aus (z. B. Shift-JIS oder GB18030)} utf7 {in Textzeile {line, number} steht UTF-7 („{sample}“)} utf16 {die Datei sieht nach UTF-16 ohne Kennung (BOM) aus, ist aber kein gültiges UTF-16} other {ab Textzeile {line, number} stehen Bytes, die in keiner unterstützten Kodierung Text ergeben}}. So würden Namen und Umlaute verfälscht; es wurde nichts gespeichert. Öffnen Sie die Datei in Excel oder einem Editor und speichern Sie sie als „CSV UTF-8“.',
    binaryFile:
      'Die Datei ist keine Textdatei: in Textzeile {line, number} stehen Steuerzeichen ({what, select, nul {Null-Bytes} other {Steuerzeichen}}), wie sie in Bildern, Programmen oder beschädigten Dateien vorkommen. Wählen Sie die exportierte Antwortdatei (CSV, XLSX oder JSON) oder speichern Sie sie in Excel neu als „CSV UTF-8“.',
    jsonTooComplex:
      'Die JSON-Datei ist nicht wie eine Antwortliste aufgebaut: {what, select, depth {sie ist {count, number} Ebenen tief verschachtelt (erwartet: höchstens {limit, number})} keys {sie hat {count, number} verschiedene Schlüssel (Spalten; höchstens {limit, number})} other {}}. Es wurde nichts gespeichert. Erwartet wird eine Liste von Zeilen-Objekten mit den Spalten der Vorlage.',
    invalidJson:
      'Die JSON-Datei ist nicht gültig{line, select, none {} other { (Textzeile {line}, Zeichen {column})}}: {detail, select, end {sie endet mitten im Text} name {ein Name steht nicht in doppelten Anführungszeichen oder ein Komma ist zu viel} comma {dort fehlt ein Komma oder eine schließende Klammer} control {dort steht ein Steuerzeichen in einem Text} other {dort steht ein unerwartetes Zeichen}}. Prüfen Sie dort Kommas, Klammern und Anführungszeichen oder exportieren Sie die Datei erneut.',
    jsonNotRows:
      "Die JSON-Datei enthält {kind, select, object {ein Objekt ohne „rows“-Liste} other {einen einzelnen Wert ({kind})}}. Erwartet wird eine Liste von Zeilen-Objekten ['{'\"befragte_person\": …'}', …] oder '{'\"rows\": [ … ]'}'.",
    jsonEmpty: 'Die JSON-Liste ist leer – es gibt keine Antworten zu importieren.',
    delimiterHint:
      'Als Trennzeichen wurde „{delimiter, select, tab {Tabulator} other {{delimiter}}}“ erkannt. Erlaubt sind Semikolon, Komma und Tabulator; prüfen Sie, ob die Kopfzeile damit getrennt ist.',
    tooManyColumns:
      'Die Kopfzeile hat {count, number} benannte Spalten; eine Selbstcheck-Datei hat 5 bis 7 (gelesen werden höchstens {limit, number}). Prüfen Sie, ob Sie die richtige Datei gewählt haben, löschen Sie überzählige Spalten – oder kopieren Sie die Antworten in die Vorlage.',
    formulaCell:
      'Die Zelle enthält eine Formel. Übernommen wird der in Excel zuletzt berechnete Wert (ohne gespeicherten Wert: der Formeltext). Prüfen Sie den Wert oder tragen Sie ihn als Text ein.',
    // Row and column problems (the parser puts „Zeile 5, Spalte …:“ in front).
    unknownColumn: 'Unbekannte Spalte – sie wird ignoriert. Erwartet werden: befragte_person, funktion, handlungsfeld, frage_id, frage, antwort, kommentar.',
    moreUnknownColumns: 'Dazu {count, number} weitere unbekannte Spalten – sie werden ignoriert.',
    duplicateColumn: 'Die Spalte ist doppelt (schon „{prev}“). Löschen oder benennen Sie eine der beiden Spalten um.',
    missingColumn:
      'Die Pflichtspalte „{de}“ (oder „{en}“) fehlt in der Kopfzeile. Ergänzen Sie die Spalte.{noneKnown, select, yes { Die erste Zeile muss die Spaltennamen enthalten (siehe Vorlage).} other {}}',
    missingValue:
      'Die Zelle ist leer. {column, select, respondent {Tragen Sie ein, wer geantwortet hat (Kürzel oder Funktion).} field {Tragen Sie das Handlungsfeld ein (management, oeffnung, zugang, arbeit, engagement, zusammenhalt, kommunikation, die Nummer 1–7 oder den Namen des Feldes).} other {Tragen Sie die Kennung der Frage ein (z. B. „1.3“).}}',
    unknownField:
      'Unbekanntes Handlungsfeld „{value}“. Verwenden Sie eines von: management, oeffnung, zugang, arbeit, engagement, zusammenhalt, kommunikation, die Nummer 1–7 oder den Namen des Feldes.',
    unknownAnswer:
      'Unbekannte Antwort „{value}“. Erlaubt sind: ja, teilweise, nein, weiß nicht (oder leer = übersprungen). Korrigieren Sie den Wert – oder ordnen Sie beim Import die Werte Ihrer Skala zu.',
    duplicateAnswer:
      '„{respondent}“ hat Frage „{question}“ schon in {json, select, yes {Eintrag} other {Zeile}} {first} beantwortet. Löschen Sie eine der beiden Zeilen oder unterscheiden Sie die Befragten (z. B. „{short} 2“).',
    questionFieldConflict:
      'Frage „{question}“ steht hier im Handlungsfeld „{field}“, in {json, select, yes {Eintrag} other {Zeile}} {first} aber in „{firstField}“. Eine Frage gehört zu genau einem Handlungsfeld – korrigieren Sie das Feld oder die Frage-ID.',
    questionTextConflict:
      'Frage „{question}“ hat hier einen anderen Text als in {json, select, yes {Eintrag} other {Zeile}} {first} („{text}“). Gleichen Sie die Texte an, lassen Sie die Zelle leer oder vergeben Sie eine eigene Frage-ID.',
    respondentRoleConflict:
      '„{respondent}“ hat hier die Funktion „{role}“, in {json, select, yes {Eintrag} other {Zeile}} {first} aber „{firstRole}“. Übernommen wird „{firstRole}“; vereinheitlichen Sie die Angabe, falls das nicht stimmt.',
    extraCells:
      'Die Zeile{more, plural, =0 {} other { (und # weitere)}} hat Werte rechts der letzten benannten Spalte. Sie werden ignoriert; geben Sie der Spalte einen Namen, falls sie gebraucht wird.',
    questionTextMissing: 'Für Frage „{question}“ fehlt der Fragetext in allen Zeilen. Tragen Sie ihn mindestens einmal ein.',
    jsonEntryNotObject: 'Der Eintrag ist kein Objekt. Jeder Eintrag braucht die Form \'{\'"befragte_person": …, "handlungsfeld": …, …\'}\'.',
    jsonDuplicateKey: 'Der Eintrag hat zwei Schlüssel für dieselbe Spalte („{first}“ und „{second}“) mit verschiedenen Werten. Entfernen Sie einen davon.',
    jsonValueNotText: 'Der Wert ist eine Liste oder ein Objekt. Erlaubt sind Text, Zahl oder null.',
    csvQuotes:
      'Fehlerhafte Anführungszeichen: ein mit " begonnener Text wird nicht richtig geschlossen; die folgenden Zeilen können dadurch verschluckt sein. Setzen Sie Text mit Trennzeichen oder Zeilenumbruch ganz in "…" und verdoppeln Sie Anführungszeichen im Text ("") – oder speichern Sie die Datei in Excel neu als CSV.',
    notImported: 'Nicht importiert – nichts wurde gespeichert. Bitte korrigieren Sie „{file}“:',
    moreProblems: '… und {count, plural, one {# weitere Meldung} other {# weitere Meldungen}}.',
    warning: 'Hinweis: {text}',
    sourceMissing: 'Die Datei „{file}“ gibt es nicht. Prüfen Sie den Pfad.',
    usage: '„import“ braucht die Workshop-Datei und die Datei mit den Antworten, z. B.: import workshop.werkstatt selbstcheck.csv [--replace]',
    replaceHint: 'Zum Ersetzen: import {file} {source} --replace',
    existingResults:
      'Dieser Workshop enthält schon Ergebnisse ({respondents, plural, one {# Befragte Person} other {# Befragte}}, {questions, plural, one {# Frage} other {# Fragen}}). Bestätigen Sie, dass sie ersetzt werden sollen; Karten, Nächste Schritte und Maßnahmen bleiben erhalten.',
    failed:
      'Die Datei wurde nicht importiert, nichts wurde gespeichert. Bitte korrigieren Sie die Datei und importieren Sie sie erneut:\n{lines}{more, plural, =0 {} other {\n… insgesamt # Fehler.}}',
    tooLargeForMemory:
      'Die Datei braucht zum Lesen mehr Speicher als verfügbar ({heapMb} MB); das Lesen wurde abgebrochen, nichts wurde gespeichert. Die Werkstatt läuft weiter. So viele Zeilen sind für einen Selbstcheck ungewöhnlich: Prüfen Sie, ob die Datei nur die Antworten enthält (eine Zeile pro Antwort, siehe Vorlage).',
    workerFailed: 'Das Lesen der Datei wurde unerwartet beendet ({detail}); nichts wurde gespeichert. Bitte versuchen Sie es noch einmal.',
    imported:
      'Importiert: {respondents, number} Befragte, {questions, number} Fragen, {rows, number} Antworten aus „{file}“ ({format}) in {target}{replaced, select, yes { – frühere Ergebnisse ersetzt} other {}} ({ms} ms).',
    templateMissing: 'Die Vorlage „{name}“ fehlt in der Installation. Installieren Sie die Werkstatt neu oder nutzen Sie docs/import-format.md.',
  },
  {
    emptyFile: 'The file is empty. Choose the exported file with the answers (see the template).',
    headerOnly: 'The file only holds the header row, no answers. Add one row per answer below it.',
    noAnswers:
      '“{file}” holds not a single answer row – nothing was imported and nothing replaced. Check that you chose the right file (one row per answer, see the template).',
    tooLarge:
      'The file is {size, number} MB; the limit is {max, number} MB. Split the file (e.g. by field) or leave the question text empty after its first row.',
    unsupportedXls: 'This is an Excel file in the old format (.xls). Open it in Excel and save it as “Excel Workbook (.xlsx)” or as CSV.',
    notASpreadsheet:
      '“{file}” is not a readable Excel workbook (.xlsx){reason, select, not_zip { – probably a renamed text, image or other file} no_sheet { – it has no worksheet} broken_zip { – its ZIP archive is damaged} other {}}. Open it in Excel and save it as “Excel Workbook (.xlsx)” or as CSV.',
    formatMismatch: 'The file “{file}” is an Excel workbook with a different extension. It is read as a workbook.',
    xlsxTooBig:
      '“{file}” is too large when unpacked: {what, select, entries {the ZIP archive has {count, number} parts (at most {limit, number})} bytes {its parts unpack to {count, number} MB (at most {limit, number} MB)} ratio {“{entry}” is compressed more than {count, number} times (at most {limit, number} times) – that is what a “zip bomb” looks like} cells {the first worksheet has {count, number} cells (at most {limit, number})} rows {the first worksheet has {count, number} rows (at most {limit, number})} other {}}. Nothing was unpacked or saved. Copy only the answers into the template or save the sheet as CSV.',
    xlsxSizeLie:
      '“{file}” is damaged or manipulated: “{entry}” unpacks to more than its ZIP directory says. Nothing was saved. Open the file in Excel and save it again as “Excel Workbook (.xlsx)” or as CSV.',
    mixedEncoding:
      'The file mixes two text encodings: text line {line, number} has Windows-1252 (ANSI) characters{utf8Line, select, none { after a UTF-8 marker (BOM)} other { but text line {utf8Line} has UTF-8 umlauts}}. Names and umlauts would be garbled. Open the file in Excel and save it as “CSV UTF-8 (comma delimited)” – or copy all rows into the template.',
    unknownEncoding:
      'Text encoding not recognised: {guess, select, cjk {from text line {line, number} on the text looks like an East Asian encoding (e.g. Shift-JIS or GB18030)} utf7 {text line {line, number} holds UTF-7 (“{sample}”)} utf16 {the file looks like UTF-16 without a marker (BOM) but is not valid UTF-16} other {from text line {line, number} on there are bytes that are text in no supported encoding}}. Names and umlauts would be garbled; nothing was saved. Open the file in Excel or an editor and save it as “CSV UTF-8”.',
    binaryFile:
      'The file is not a text file: text line {line, number} holds control characters ({what, select, nul {null bytes} other {control characters}}) as found in images, programs or damaged files. Choose the exported answer file (CSV, XLSX or JSON) or save it again from Excel as “CSV UTF-8”.',
    jsonTooComplex:
      'The JSON file is not shaped like a list of answers: {what, select, depth {it is nested {count, number} levels deep (expected: at most {limit, number})} keys {it has {count, number} different keys (columns; at most {limit, number})} other {}}. Nothing was saved. Expected a list of row objects with the template’s columns.',
    invalidJson:
      'The JSON file is not valid{line, select, none {} other { (text line {line}, character {column})}}: {detail, select, end {it ends in the middle of the text} name {a name is not in double quotes or there is a comma too many} comma {a comma or a closing bracket is missing there} control {a text there holds a control character} other {there is an unexpected character}}. Check commas, brackets and quotes there or export the file again.',
    jsonNotRows:
      "The JSON file holds {kind, select, object {an object without a “rows” list} other {a single value ({kind})}}. Expected a list of row objects ['{'\"respondent\": …'}', …] or '{'\"rows\": [ … ]'}'.",
    jsonEmpty: 'The JSON list is empty – there are no answers to import.',
    delimiterHint:
      'Detected delimiter: “{delimiter, select, tab {tab} other {{delimiter}}}”. Allowed: semicolon, comma and tab; check that the header row uses one of them.',
    tooManyColumns:
      'The header row has {count, number} named columns; a self-check file has 5 to 7 (at most {limit, number} are read). Check that you chose the right file, delete surplus columns – or copy the answers into the template.',
    formulaCell:
      'The cell holds a formula. The value Excel last calculated is used (without a saved value: the formula text). Check the value or enter it as text.',
    // Row and column problems (the parser puts “Row 5, column …:” in front).
    unknownColumn: 'Unknown column – it is ignored. Expected: respondent, role, field, question_id, question, answer, comment.',
    moreUnknownColumns: 'And {count, number} more unknown columns – they are ignored.',
    duplicateColumn: 'Duplicate column (already “{prev}”). Delete or rename one of them.',
    missingColumn:
      'The required column “{en}” (or “{de}”) is missing from the header row. Add the column.{noneKnown, select, yes { The first row must hold the column names (see the template).} other {}}',
    missingValue:
      'The cell is empty. {column, select, respondent {Enter who answered (an id or a role).} field {Enter the field (management, oeffnung, zugang, arbeit, engagement, zusammenhalt, kommunikation, the number 1–7 or the field’s name).} other {Enter the question’s id (e.g. “1.3”).}}',
    unknownField:
      'Unknown field “{value}”. Use one of: management, oeffnung, zugang, arbeit, engagement, zusammenhalt, kommunikation, the number 1–7 or the field’s name.',
    unknownAnswer:
      'Unknown answer “{value}”. Allowed: yes, partly, no, don’t know (or empty = skipped). Fix the value – or map the values of your scale during import.',
    duplicateAnswer:
      '“{respondent}” already answered question “{question}” in {json, select, yes {entry} other {row}} {first}. Delete one of the two rows or tell the respondents apart (e.g. “{short} 2”).',
    questionFieldConflict:
      'Question “{question}” is in field “{field}” here but in “{firstField}” in {json, select, yes {entry} other {row}} {first}. A question belongs to exactly one field – fix the field or the question id.',
    questionTextConflict:
      'Question “{question}” has a different text here than in {json, select, yes {entry} other {row}} {first} (“{text}”). Make the texts equal, leave the cell empty or use a separate question id.',
    respondentRoleConflict:
      '“{respondent}” has the role “{role}” here but “{firstRole}” in {json, select, yes {entry} other {row}} {first}. “{firstRole}” is used; make them equal if that is wrong.',
    extraCells:
      'The row{more, plural, =0 {} other { (and # more)}} has values right of the last named column. They are ignored; give the column a name if it is needed.',
    questionTextMissing: 'Question “{question}” has no text in any row. Enter it at least once.',
    jsonEntryNotObject: 'The entry is not an object. Every entry needs the form \'{\'"respondent": …, "field": …, …\'}\'.',
    jsonDuplicateKey: 'The entry has two keys for the same column (“{first}” and “{second}”) with different values. Remove one of them.',
    jsonValueNotText: 'The value is a list or an object. Allowed: text, number or null.',
    csvQuotes:
      'Broken quoting: a text started with " is not closed properly; the following rows may have been swallowed. Put text containing the delimiter or a line break fully in "…" and double quotes inside text ("") – or save the file again as CSV from Excel.',
    notImported: 'Not imported – nothing was saved. Please fix “{file}”:',
    moreProblems: '… and {count, plural, one {# more message} other {# more messages}}.',
    warning: 'Note: {text}',
    sourceMissing: 'The file “{file}” does not exist. Check the path.',
    usage: '“import” needs the workshop file and the file with the answers, e.g.: import workshop.werkstatt selfcheck.csv [--replace]',
    replaceHint: 'To replace them: import {file} {source} --replace',
    existingResults:
      'This workshop already holds results ({respondents, plural, one {# respondent} other {# respondents}}, {questions, plural, one {# question} other {# questions}}). Confirm that they are to be replaced; cards, next steps and actions are kept.',
    failed:
      'The file was not imported, nothing was saved. Please fix the file and import it again:\n{linesEn}{more, plural, =0 {} other {\n… # errors in all.}}',
    tooLargeForMemory:
      'Reading the file needs more memory than is available ({heapMb} MB); reading was stopped, nothing was saved. The Werkstatt keeps running. So many rows are unusual for a self-check: check that the file holds only the answers (one row per answer, see the template).',
    workerFailed: 'Reading the file stopped unexpectedly ({detail}); nothing was saved. Please try again.',
    imported:
      'Imported: {respondents, number} respondents, {questions, number} questions, {rows, number} answers from “{file}” ({format}) into {target}{replaced, select, yes { – earlier results replaced} other {}} ({ms} ms).',
    templateMissing: 'The template “{name}” is missing from the installation. Reinstall the Werkstatt or use docs/import-format.md.',
  },
);
