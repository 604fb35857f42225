// CSV for German Excel: UTF-8 with BOM (else Excel guesses Windows-1252 and breaks umlauts),
// `;` as delimiter (Excel-de's list separator), CRLF rows, every text cell quoted.
import type { ExportModel } from './model';
import { actionColumns, type CellValue } from './table';
import { exportToday, parseIsoDate } from './format';
import { boundedModel } from './sanitize';

const BOM = '\uFEFF';

/**
 * Cells that a spreadsheet would read as a formula ("CSV injection") get a leading apostrophe.
 * Covers = + - @, tab and CR (OWASP) and their full-width forms, which some Excel locales accept.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function neutraliseFormula(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

function quote(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** Dates stay ISO 8601 (YYYY-MM-DD): unambiguous, sortable, read as a date by Excel and LibreOffice in any locale. */
function cell(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'object') return parseIsoDate(v.date) ? v.date : quote(neutraliseFormula(v.date));
  // Line breaks inside a quoted cell are fine for Excel/LibreOffice; normalise to LF so the
  // only CRLFs in the file are record separators.
  return quote(neutraliseFormula(v.replace(/\r\n?/g, '\n')));
}

export function csvString(input: ExportModel, delimiter = ';'): string {
  const model = boundedModel(input);
  const cols = actionColumns(model.locale, { today: exportToday(model), isoDates: true });
  const lines = [cols.map((c) => quote(c.header)).join(delimiter)];
  model.actions.forEach((a, i) => lines.push(cols.map((c) => cell(c.value(a, i))).join(delimiter)));
  return BOM + lines.join('\r\n') + '\r\n';
}

/** The action plan as CSV bytes. An empty plan yields the header row only (a data file, not a document). */
export function exportCsv(model: ExportModel): Uint8Array {
  return new TextEncoder().encode(csvString(model));
}
