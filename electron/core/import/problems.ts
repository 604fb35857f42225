// Problem collection with a cap, and the wording of locations. Every message says where
// (row, column) and what to do, in German and English.
import type { Utf8ScanReport } from './encoding';
import type { ImportFormat, Problem, ProblemCode } from './types';

export const DEFAULT_MAX_PROBLEMS = 200;

export type Msg = { de: string; en: string };

export class ProblemList {
  readonly items: Problem[] = [];
  omitted = 0;
  errorCount = 0;
  warningCount = 0;
  constructor(private readonly max: number = DEFAULT_MAX_PROBLEMS) {}

  add(severity: Problem['severity'], code: ProblemCode, message: Msg, row?: number, column?: string): void {
    if (severity === 'error') this.errorCount++;
    else this.warningCount++;
    if (this.items.length >= this.max) {
      this.omitted++;
      return;
    }
    const p: Problem = { severity, code, message };
    if (row !== undefined) p.row = row;
    if (column !== undefined) p.column = column;
    this.items.push(p);
  }
  error(code: ProblemCode, message: Msg, row?: number, column?: string) {
    this.add('error', code, message, row, column);
  }
  warning(code: ProblemCode, message: Msg, row?: number, column?: string) {
    this.add('warning', code, message, row, column);
  }
}

/** "Zeile 5, Spalte „antwort“" / "row 5, column “antwort”"; JSON: "Eintrag 5, Feld …". */
export function where(format: ImportFormat, row?: number, column?: string): Msg {
  const json = format === 'json';
  const parts: Msg[] = [];
  if (row !== undefined) parts.push(json ? { de: `Eintrag ${row}`, en: `entry ${row}` } : { de: `Zeile ${row}`, en: `row ${row}` });
  if (column !== undefined) parts.push(json ? { de: `Feld „${column}“`, en: `key “${column}”` } : { de: `Spalte „${column}“`, en: `column “${column}”` });
  return { de: parts.map((p) => p.de).join(', '), en: parts.map((p) => p.en).join(', ') };
}

/** Prefixes a message with its location: "Zeile 5, Spalte „antwort“: …". */
export function at(format: ImportFormat, row: number | undefined, column: string | undefined, m: Msg): Msg {
  const w = where(format, row, column);
  if (!w.de) return m;
  return { de: `${w.de}: ${m.de}`, en: `${capitalize(w.en)}: ${m.en}` };
}

function capitalize(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Shortens cell text for messages. */
export function quote(s: string, max = 60): string {
  const t = s.length > max ? `${s.slice(0, max - 1)}…` : s;
  return t;
}

// Messages used by both the whole-file and the streaming parser.
export const MSG_EMPTY_FILE: Msg = {
  de: 'Die Datei ist leer. Wählen Sie die exportierte Datei mit den Antworten (siehe Vorlage).',
  en: 'The file is empty. Choose the exported file with the answers (see the template).',
};

export const MSG_HEADER_ONLY: Msg = {
  de: 'Die Datei enthält nur die Kopfzeile, aber keine Antworten. Tragen Sie ab der nächsten Zeile eine Zeile pro Antwort ein.',
  en: 'The file only holds the header row, no answers. Add one row per answer below it.',
};

/** Added when columns are missing in a CSV: a wrong delimiter guess is the usual cause. */
export function delimiterHint(delimiter: string): Msg {
  const de = delimiter === '\t' ? 'Tabulator' : delimiter;
  const en = delimiter === '\t' ? 'tab' : delimiter;
  return {
    de: `Als Trennzeichen wurde „${de}“ erkannt. Erlaubt sind Semikolon, Komma und Tabulator; prüfen Sie, ob die Kopfzeile damit getrennt ist.`,
    en: `Detected delimiter: “${en}”. Allowed: semicolon, comma and tab; check that the header row uses one of them.`,
  };
}

export function mixedEncodingMessage(r: Utf8ScanReport): Msg {
  const inv = r.firstInvalidLine ?? 1;
  const mb = r.firstMultibyteLine;
  return {
    de: `Die Datei mischt zwei Zeichenkodierungen: ab Textzeile ${inv} stehen Zeichen in Windows-1252 (ANSI)${mb ? `, in Textzeile ${mb} aber UTF-8-Umlaute` : ' nach einer UTF-8-Kennung (BOM)'}. So würden Namen und Umlaute verfälscht. Öffnen Sie die Datei in Excel und speichern Sie sie als „CSV UTF-8 (durch Trennzeichen getrennt)“ – oder kopieren Sie alle Zeilen in die Vorlage.`,
    en: `The file mixes two text encodings: text line ${inv} has Windows-1252 (ANSI) characters${mb ? ` but text line ${mb} has UTF-8 umlauts` : ' after a UTF-8 marker (BOM)'}. Names and umlauts would be garbled. Open the file in Excel and save it as “CSV UTF-8 (comma delimited)” – or copy all rows into the template.`,
  };
}

export function tooLargeMessage(size: number, max: number): Msg {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
  return {
    de: `Die Datei ist ${mb(size).replace('.', ',')} MB groß; erlaubt sind höchstens ${mb(max).replace('.', ',')} MB. Teilen Sie die Datei auf (z. B. nach Handlungsfeld) oder lassen Sie den Fragetext nach seiner ersten Zeile leer.`,
    en: `The file is ${mb(size)} MB; the limit is ${mb(max)} MB. Split the file (e.g. by field) or leave the question text empty after its first row.`,
  };
}
