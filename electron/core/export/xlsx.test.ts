import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { exportXlsx } from './xlsx';
import { edgeModel, emptyModel, LONG_TEXT, NASTY_FORMULA, richModel } from '../../../tests/fixtures/export/model';

async function load(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

function headerIndex(ws: ExcelJS.Worksheet, name: string): number {
  const row = ws.getRow(1);
  for (let c = 1; c <= ws.columnCount; c++) if (row.getCell(c).value === name) return c;
  throw new Error(`no column ${name}`);
}

describe('XLSX export', () => {
  it('has the action sheet with real dates, frozen header, autofilter and wrapping', async () => {
    const wb = await load(await exportXlsx(richModel));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Maßnahmen', 'Verlauf', 'Info']);
    const ws = wb.getWorksheet('Maßnahmen')!;
    expect(ws.rowCount).toBe(richModel.actions.length + 1);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    const due = ws.getCell(2, headerIndex(ws, 'Frist'));
    expect(due.value).toBeInstanceOf(Date);
    expect((due.value as Date).toISOString()).toBe('2027-06-30T00:00:00.000Z');
    expect(due.numFmt).toBe('DD.MM.YYYY');
    expect(ws.getCell(2, headerIndex(ws, 'Maßnahme')).alignment?.wrapText).toBe(true);
    expect(ws.getColumn(headerIndex(ws, 'Maßnahme')).width).toBeGreaterThanOrEqual(30);
    expect(ws.getCell(2, headerIndex(ws, 'Priorität')).value).toBe(1);

    const up = wb.getWorksheet('Verlauf')!;
    expect(up.rowCount).toBe(1 + richModel.actions.reduce((n, a) => n + a.updates.length, 0));
    expect(up.getCell(2, 3).value).toBeInstanceOf(Date);
    expect(up.getCell(2, 5).value).toBe('Auftaktgespräch mit der Bürgermeisterin geführt.');
    const info = wb.getWorksheet('Info')!;
    const infoText = info.getSheetValues().flat().join(' ');
    expect(infoText).toContain('Personenbezogene Daten');
  });

  it('stores formula-looking text as plain strings', async () => {
    const wb = await load(await exportXlsx(edgeModel));
    const ws = wb.getWorksheet('Maßnahmen')!;
    const title = ws.getCell(3, headerIndex(ws, 'Maßnahme'));
    expect(title.type).toBe(ExcelJS.ValueType.String);
    expect(title.value).toBe(NASTY_FORMULA);
    expect(title.formula).toBeUndefined();
    expect(ws.getCell(3, headerIndex(ws, 'Beschreibung')).value).toContain('Zeile 2 mit "Anführungszeichen"');
    expect(ws.getCell(4, headerIndex(ws, 'Beschreibung')).value).toBe(LONG_TEXT.trim());
    expect(ws.getCell(2, headerIndex(ws, 'Maßnahme')).value).toBe('Nur ein Titel');
    // Invalid date stays visible as text instead of becoming a wrong date.
    expect(ws.getCell(5, headerIndex(ws, 'Frist')).value).toBe('2027-02-30');
    const up = wb.getWorksheet('Verlauf')!;
    expect(up.getCell(2, 5).value).toBe('=1+1 🎉 Feier');
    expect(up.getCell(2, 5).type).toBe(ExcelJS.ValueType.String);
  });

  it('says so when the plan is empty', async () => {
    const wb = await load(await exportXlsx(emptyModel));
    const ws = wb.getWorksheet('Maßnahmen')!;
    expect(ws.getCell(3, 2).value).toBe('Es wurden keine Maßnahmen festgelegt.');
    expect(wb.getWorksheet('Verlauf')!.getCell(3, 2).value).toBe('Es gibt noch keine Einträge im Verlauf.');
  });
});
