import { describe, expect, test } from 'vitest';
import ExcelJS from 'exceljs';
import { practicesCsv } from './catalogue-csv';
import { practicesXlsx } from './catalogue-xlsx';
import type { Practice } from '../../../shared/exchange/programme';

const hits: Practice[] = [
  {
    kind: 'action',
    field: 'zugang',
    title: '＝HYPERLINK("x")',
    detail: 'Partner: VHS; "Stadt"',
    status: 'in_arbeit',
    municipalityId: 'a',
    municipality: 'Kommune A',
  },
  { kind: 'theme', field: null, title: 'Sprachcafé', detail: '-2 Karten\r\nzweite Zeile', status: null, municipalityId: 'b', municipality: 'Kommune B' },
];

describe('the practice catalogue as CSV and XLSX', () => {
  test('CSV: BOM, every cell quoted, statuses in words, formula starts (also full-width) neutralised, line breaks as LF', () => {
    const csv = practicesCsv(hits);
    expect(csv.startsWith('\uFEFF"Art";"Handlungsfeld";"Titel";"Details";"Status";"Kommune"\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe('"Maßnahme";"Fairer Zugang und Teilhabechancen";"\'＝HYPERLINK(""x"")";"Partner: VHS; ""Stadt""";"in Arbeit";"Kommune A"');
    expect(lines[2]).toBe('"Stärke";"";"Sprachcafé";"\'-2 Karten\nzweite Zeile";"";"Kommune B"');
    expect(csv).not.toContain('in_arbeit');
  });

  test('XLSX: the same words', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await practicesXlsx(hits)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Praxiskatalog')!;
    expect(ws.getRow(2).getCell(5).value).toBe('in Arbeit');
    expect(ws.getRow(2).getCell(3).value).toBe('＝HYPERLINK("x")');
  });
});
