// The practice catalogue of the programme view as XLSX: one row per practice, filterable in a
// spreadsheet. Strings are plain cell values; exceljs writes formulas only for `{formula}`
// objects, so a title like "=HYPERLINK(…)" stays inert text.
import ExcelJS from 'exceljs';
import type { Practice } from '../../../shared/exchange/programme';
import { FIELDS } from '../../../shared/domain/fields';

const STATUS: Record<string, string> = { geplant: 'geplant', in_arbeit: 'in Arbeit', erledigt: 'erledigt', zurueckgestellt: 'zurückgestellt' };

export async function practicesXlsx(hits: readonly Practice[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Praxiskatalog');
  ws.columns = [
    { header: 'Art', width: 11 },
    { header: 'Handlungsfeld', width: 30 },
    { header: 'Titel', width: 48 },
    { header: 'Details', width: 70 },
    { header: 'Status', width: 14 },
    { header: 'Kommune', width: 24 },
  ];
  for (const p of hits) {
    ws.addRow([
      p.kind === 'theme' ? 'Stärke' : 'Maßnahme',
      p.field ? (FIELDS.find((f) => f.key === p.field)?.de ?? p.field) : '',
      p.title,
      p.detail,
      p.status ? (STATUS[p.status] ?? p.status) : '',
      p.municipality,
    ]);
  }
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, hits.length + 1), column: 6 } };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
