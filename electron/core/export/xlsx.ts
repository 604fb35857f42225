// XLSX via exceljs: the plan as a working list the coordinator keeps filtering and updating.
import ExcelJS from 'exceljs';
import type { ExportModel } from './model';
import { strings } from './strings';
import { formatDate, formatTimestamp, isoDateToUtc, personalDataLine, txt } from './format';
import { actionColumns, updateRows, type CellValue } from './table';

const DATE_FMT = 'DD.MM.YYYY';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F0' } };
/** Excel's hard limit per cell. */
const MAX_CELL = 32767;

// Sheet names: max 31 characters, none of []:*?/\ .
function sheetName(s: string): string {
  return s.replace(/[\[\]:*?/\\]/g, ' ').slice(0, 31);
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

function styleHeader(row: ExcelJS.Row) {
  row.font = { bold: true };
  row.alignment = { vertical: 'top', wrapText: true };
  row.eachCell((c) => {
    c.fill = HEADER_FILL;
    c.border = { bottom: { style: 'thin', color: { argb: 'FF5A6B7B' } } };
  });
}

export async function exportXlsx(model: ExportModel): Promise<Uint8Array> {
  const L = model.locale;
  const t = strings(L);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Selbstcheck-Werkstatt';
  wb.title = `${t.docTitle}: ${model.workshop.municipality}`;
  // Fixed timestamps keep the file reproducible for the same model.
  const when = new Date(model.generatedAt);
  if (!Number.isNaN(when.getTime())) {
    wb.created = when;
    wb.modified = when;
  }

  // Sheet 1: actions
  const cols = actionColumns(L);
  const ws = wb.addWorksheet(sheetName(t.actionsSheet), {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = cols.map((c) => ({ key: c.key, header: c.header, width: c.width }));
  styleHeader(ws.getRow(1));
  model.actions.forEach((a, i) => {
    const row = ws.addRow(cols.map((c) => toCell(c.value(a, i))));
    row.alignment = { vertical: 'top', wrapText: true };
  });
  cols.forEach((c, idx) => {
    if (c.key === 'start' || c.key === 'due') ws.getColumn(idx + 1).numFmt = DATE_FMT;
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, model.actions.length + 1), column: cols.length } };
  if (!model.actions.length) {
    // Keep the header for the structure, and say it in words below.
    ws.getCell(3, 2).value = t.noActions;
  }

  // Sheet 2: updates
  const us = wb.addWorksheet(sheetName(t.updatesSheet), { views: [{ state: 'frozen', ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] });
  us.columns = [
    { key: 'no', header: t.noCol, width: 6 },
    { key: 'title', header: t.actionCol, width: 45 },
    { key: 'date', header: t.updateDateCol, width: 12, style: { numFmt: DATE_FMT } },
    { key: 'status', header: t.statusCol, width: 14 },
    { key: 'note', header: t.updateNoteCol, width: 70 },
  ];
  styleHeader(us.getRow(1));
  const ups = updateRows(model.actions, L);
  for (const u of ups) {
    const row = us.addRow([u.no, toCell(u.title), toCell({ date: u.date }), u.status, toCell(u.note)]);
    row.alignment = { vertical: 'top', wrapText: true };
  }
  us.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, ups.length + 1), column: 5 } };
  if (!ups.length) us.getCell(3, 2).value = t.noUpdates;

  // Sheet 3: what this file is, and which personal data it holds.
  const info = wb.addWorksheet(sheetName(t.infoSheet));
  info.columns = [
    { key: 'k', width: 28 },
    { key: 'v', width: 90 },
  ];
  const w = model.workshop;
  const rows: [string, string][] = [
    [t.docTitle, txt(w.municipality)],
    [t.workshopLabel, txt(w.name)],
    [t.date, formatDate(w.date, L)],
  ];
  if (txt(w.place)) rows.push([t.place, txt(w.place)]);
  if (txt(w.facilitator)) rows.push([t.facilitator, txt(w.facilitator)]);
  if (w.nextReview) rows.push([t.nextReview, formatDate(w.nextReview, L)]);
  rows.push([t.personalDataLabel, personalDataLine(model)]);
  rows.push(['', t.generatedAt(formatTimestamp(model.generatedAt, L))]);
  for (const [k, v] of rows) {
    const r = info.addRow([k, toCell(v)]);
    r.alignment = { vertical: 'top', wrapText: true };
    r.getCell(1).font = { bold: true };
  }

  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
