// XLSX via exceljs: the plan as a working list the coordinator keeps filtering and updating.
import ExcelJS from 'exceljs';
import type { ExportModel } from './model';
import { exportText } from './strings';
import { exportToday, formatDate, formatTimestamp, isoDateToUtc, personalDataLine, txt } from './format';
import { actionColumns, updateRows, type CellValue, type Column } from './table';
import { boundedModel } from './sanitize';

const DATE_FMT = 'DD.MM.YYYY';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F0' } };
/** Excel's hard limit per cell. */
const MAX_CELL = 32767;

// Sheet names: max 31 characters, none of []:*?/\ .
function sheetName(s: string): string {
  return s.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}

/**
 * Strings are written as plain text values, never as formulas: exceljs only writes a formula for
 * `{ formula }` objects, so "=HYPERLINK(…)" stays inert text in the cell.
 */
function toCell(v: CellValue): ExcelJS.CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'object') return isoDateToUtc(v.date) ?? v.date;
  const s = v.replace(/\r\n?/g, '\n');
  return s.length > MAX_CELL ? s.slice(0, MAX_CELL) : s;
}

const OVERDUE_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FF8A5300' } }; // amber, not red

/**
 * The working list's column order: the overview a meeting needs first (this block is the print
 * area), the long detail texts after it. CSV keeps the order of `table.ts`.
 */
const PRINTED: Record<string, number> = {
  no: 5,
  title: 34,
  field: 18,
  responsible: 22,
  partners: 22,
  start: 11,
  due: 11,
  overdue: 10,
  status: 12,
  priority: 9,
  lastUpdate: 34,
};
const DETAILS: Record<string, number> = { description: 50, effect: 40, effectLevel: 12, wirkungsstufe: 12, indicator: 36, resources: 28, origin: 40 };

/** Points per wrapped line for the default 11 pt font, plus cell padding. */
const LINE_PT = 15;
const MAX_LINES = 12;
/** A detail column adds at most this many lines: a 2,000-character description must not leave half a printed page empty (the full text stays in the cell). */
const MAX_DETAIL_LINES = 4;

/**
 * Wrapped lines a text needs in a column of `width` characters (exceljs does not auto-fit rows):
 * greedy word wrap at ~1 character per width unit (Calibri 11 averages a little narrower than the
 * "0" the width is measured in, but whole words move to the next line, which costs more).
 */
export function estimateLines(text: string, width: number): number {
  if (!text) return 1;
  const cap = Math.max(1, Math.floor(width));
  let lines = 0;
  for (const para of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const n = [...word].length;
      if (used > 0 && used + 1 + n > cap) {
        lines += 1;
        used = 0;
      }
      if (n > cap) {
        // A word longer than the column breaks between letters.
        lines += Math.ceil(n / cap) - 1;
        used = n % cap;
      } else used += (used > 0 ? 1 : 0) + n;
    }
  }
  return Math.max(1, lines);
}

function rowHeight(cells: { text: string; width: number; detail?: boolean }[]): number {
  let lines = 1;
  for (const c of cells) lines = Math.max(lines, Math.min(estimateLines(c.text, c.width), c.detail ? MAX_DETAIL_LINES : MAX_LINES));
  return Math.min(lines, MAX_LINES) * LINE_PT + 3;
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined || v instanceof Date || typeof v === 'number') return '';
  return typeof v === 'string' ? v : '';
}

/** Landscape A4, fit to the page width only (as many pages down as needed), header row on every page. */
function printSetup(ws: ExcelJS.Worksheet, lastCol: number, lastRow: number, footer: string) {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: 'landscape',
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
    // exceljs prefixes "$" to each half; "A$1" gives the absolute "$A$1" that LibreOffice needs
    // ("$A1" is silently ignored there and every column printed).
    printArea: `A$1:${ws.getColumn(lastCol).letter}$${Math.max(1, lastRow)}`,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  // &P / &N: page fields; && is a literal ampersand.
  ws.headerFooter = { oddFooter: `&L&8${footer.replace(/&/g, '&&')}&R&8&P / &N` };
}

function styleHeader(row: ExcelJS.Row) {
  row.font = { bold: true };
  row.alignment = { vertical: 'top', wrapText: true };
  row.eachCell((c) => {
    c.fill = HEADER_FILL;
    c.border = { bottom: { style: 'thin', color: { argb: 'FF5A6B7B' } } };
  });
}

export async function exportXlsx(input: ExportModel): Promise<Uint8Array> {
  const model = boundedModel(input);
  const L = model.locale;
  const t = exportText(L);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Selbstcheck-Werkstatt';
  wb.title = `${t('exportText.docTitle')}: ${model.workshop.municipality}`;
  // Fixed timestamps keep the file reproducible for the same model.
  const when = new Date(model.generatedAt);
  if (!Number.isNaN(when.getTime())) {
    wb.created = when;
    wb.modified = when;
  }

  // Sheet 1: actions
  const byKey = new Map(actionColumns(L, { today: exportToday(model) }).map((c) => [c.key, c]));
  const cols: (Column & { detail: boolean })[] = [
    ...Object.entries(PRINTED).map(([k, width]) => ({ ...byKey.get(k)!, width, detail: false })),
    ...Object.entries(DETAILS).map(([k, width]) => ({ ...byKey.get(k)!, width, detail: true })),
  ];
  const printedCols = Object.keys(PRINTED).length;
  const footer = `${t('exportText.docTitle')} ${txt(model.workshop.municipality)} · ${formatDate(model.workshop.date, L)}`;
  const ws = wb.addWorksheet(sheetName(t('exportText.actionsSheet')), {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  ws.columns = cols.map((c) => ({ key: c.key, header: c.header, width: c.width }));
  styleHeader(ws.getRow(1));
  ws.getRow(1).height = rowHeight(cols.map((c) => ({ text: c.header, width: c.width })));
  const overdueCol = cols.findIndex((c) => c.key === 'overdue') + 1;
  model.actions.forEach((a, i) => {
    const values = cols.map((c) => toCell(c.value(a, i)));
    const row = ws.addRow(values);
    row.alignment = { vertical: 'top', wrapText: true };
    row.height = rowHeight(cols.map((c, k) => ({ text: cellText(values[k]), width: c.width, detail: c.detail })));
    if (values[overdueCol - 1] === t('exportText.yes')) row.getCell(overdueCol).font = OVERDUE_FONT;
  });
  cols.forEach((c, idx) => {
    if (c.key === 'start' || c.key === 'due') ws.getColumn(idx + 1).numFmt = DATE_FMT;
    if (c.key === 'no' || c.key === 'priority' || c.key === 'wirkungsstufe')
      ws.getColumn(idx + 1).eachCell((cell, r) => {
        if (r > 1) cell.alignment = { vertical: 'top', horizontal: 'center' };
      });
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, model.actions.length + 1), column: cols.length } };
  if (!model.actions.length) {
    // Keep the header for the structure, and say it in words below.
    ws.getCell(3, 2).value = t('exportText.noActions');
  }
  printSetup(ws, printedCols, model.actions.length ? model.actions.length + 1 : 3, footer);

  // Sheet 2: updates
  const us = wb.addWorksheet(sheetName(t('exportText.updatesSheet')), { views: [{ state: 'frozen', ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] });
  us.columns = [
    { key: 'no', header: t('exportText.noCol'), width: 6 },
    { key: 'title', header: t('exportText.actionCol'), width: 45 },
    { key: 'date', header: t('exportText.updateDateCol'), width: 12, style: { numFmt: DATE_FMT } },
    { key: 'status', header: t('exportText.statusCol'), width: 14 },
    { key: 'note', header: t('exportText.updateNoteCol'), width: 70 },
  ];
  styleHeader(us.getRow(1));
  const ups = updateRows(model.actions, L);
  for (const u of ups) {
    const row = us.addRow([u.no, toCell(u.title), toCell({ date: u.date }), u.status, toCell(u.note)]);
    row.alignment = { vertical: 'top', wrapText: true };
    row.height = rowHeight([
      { text: cellText(toCell(u.title)), width: 45 },
      { text: cellText(toCell(u.note)), width: 70 },
    ]);
  }
  us.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, ups.length + 1), column: 5 } };
  if (!ups.length) us.getCell(3, 2).value = t('exportText.noUpdates');
  printSetup(us, 5, ups.length ? ups.length + 1 : 3, footer);

  // Sheet 3: what this file is, and which personal data it holds.
  const info = wb.addWorksheet(sheetName(t('exportText.infoSheet')));
  info.columns = [
    { key: 'k', width: 28 },
    { key: 'v', width: 90 },
  ];
  const w = model.workshop;
  const rows: [string, string][] = [
    [t('exportText.docTitle'), txt(w.municipality)],
    [t('exportText.workshopLabel'), txt(w.name)],
    [t('exportText.date'), formatDate(w.date, L)],
  ];
  if (txt(w.place)) rows.push([t('exportText.place'), txt(w.place)]);
  if (txt(w.facilitator)) rows.push([t('exportText.facilitator'), txt(w.facilitator)]);
  if (w.nextReview) rows.push([t('exportText.nextReview'), formatDate(w.nextReview, L)]);
  rows.push([t('exportText.personalDataLabel'), personalDataLine(model)]);
  rows.push(['', t('exportText.generatedAt', { date: formatTimestamp(model.generatedAt, L) })]);
  for (const [k, v] of rows) {
    const r = info.addRow([k, toCell(v)]);
    r.alignment = { vertical: 'top', wrapText: true };
    r.getCell(1).font = { bold: true };
  }

  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
