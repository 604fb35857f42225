// XLSX: first worksheet, header = first non-empty row, row numbers as Excel shows them.
import ExcelJS from 'exceljs';
import { looksLikeZip } from './sniff';

export interface SheetRow {
  row: number;
  cells: string[];
  /** 0-based column indexes of formula cells in this row. */
  formulaColumns: number[];
}

export type SheetReadResult =
  { ok: true; sheetName: string; rows: SheetRow[] } | { ok: false; reason: 'not_zip' | 'no_workbook' | 'no_sheet'; detail?: string };

export async function readFirstSheet(bytes: Uint8Array): Promise<SheetReadResult> {
  if (!looksLikeZip(bytes)) return { ok: false, reason: 'not_zip' };
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (e) {
    return { ok: false, reason: 'no_workbook', detail: e instanceof Error ? e.message : String(e) };
  }
  const ws = wb.worksheets[0];
  if (!ws) return { ok: false, reason: 'no_sheet' };
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    const cells: string[] = [];
    const formulaColumns: number[] = [];
    r.eachCell({ includeEmpty: false }, (cell, col) => {
      const { text, formula } = cellText(cell.value);
      cells[col - 1] = text;
      if (formula) formulaColumns.push(col - 1);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= '';
    rows.push({ row: rowNumber, cells, formulaColumns });
  });
  return { ok: true, sheetName: ws.name, rows };
}

/**
 * Cell value as plain text. Formula cells: the cached result Excel saved (what the user sees);
 * if the file has no cached result, the formula text with its leading "=". Nothing is evaluated.
 */
export function cellText(v: ExcelJS.CellValue): { text: string; formula: boolean } {
  if (v === null || v === undefined) return { text: '', formula: false };
  if (typeof v === 'string') return { text: v, formula: false };
  if (typeof v === 'number') return { text: String(v), formula: false };
  if (typeof v === 'boolean') return { text: v ? 'TRUE' : 'FALSE', formula: false };
  if (v instanceof Date) return { text: isoDate(v), formula: false };
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return { text: v.richText.map((t) => t.text).join(''), formula: false };
    if ('formula' in v || 'sharedFormula' in v) {
      const f = v as { formula?: string; sharedFormula?: string; result?: unknown };
      if (f.result !== undefined && f.result !== null) {
        const r = f.result;
        const text = typeof r === 'object' && r !== null && 'error' in r ? String((r as { error: unknown }).error) : cellText(r as ExcelJS.CellValue).text;
        return { text, formula: true };
      }
      return { text: `=${f.formula ?? f.sharedFormula ?? ''}`, formula: true };
    }
    if ('hyperlink' in v) {
      const h = v as { text?: unknown; hyperlink: string };
      if (typeof h.text === 'string') return { text: h.text, formula: false };
      if (h.text && typeof h.text === 'object') return cellText(h.text as ExcelJS.CellValue);
      return { text: h.hyperlink, formula: false };
    }
    if ('error' in v) return { text: String((v as { error: unknown }).error), formula: false };
  }
  return { text: String(v), formula: false };
}

function isoDate(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}
