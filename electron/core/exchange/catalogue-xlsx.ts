// The practice catalogue of the programme view as XLSX: one row per practice, filterable in a
// spreadsheet. Strings are plain cell values; exceljs writes formulas only for `{formula}`
// objects, so a title like "=HYPERLINK(…)" stays inert text.
import ExcelJS from 'exceljs';
import { catalogueRows, type Practice } from '../../../shared/exchange/programme';
import { FIELDS } from '../../../shared/domain/fields';

export async function practicesXlsx(hits: readonly Practice[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Praxiskatalog');
  const { head, rows } = catalogueRows(hits, (k) => FIELDS.find((f) => f.key === k)?.de ?? k);
  const widths = [11, 30, 48, 70, 14, 24];
  ws.columns = head.map((header, i) => ({ header, width: widths[i] }));
  for (const r of rows) ws.addRow(r);
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, hits.length + 1), column: 6 } };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
