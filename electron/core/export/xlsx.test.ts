import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { exportXlsx } from './xlsx';
import { edgeModel, emptyModel, LONG_TEXT, NASTY_FORMULA, overdueModel, richModel } from '../../../tests/fixtures/export/model';

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

  it('prints well: landscape A4, fit to width only, header row repeated, overview columns, row heights from the text', async () => {
    const bytes = await exportXlsx(overdueModel);
    const wb = await load(bytes);
    const ws = wb.getWorksheet('Maßnahmen')!;
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    // The defined names as LibreOffice and Excel read them: absolute references.
    const book = await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')!.async('string');
    expect(book).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Maßnahmen&apos;!$1:$1</definedName>`);
    const last = ws.getColumn(headerIndex(ws, 'Letzte Aktualisierung')).letter;
    expect(book).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Maßnahmen&apos;!$A$1:$${last}$${overdueModel.actions.length + 1}</definedName>`,
    );
    // The overview block (printed) comes first, details after it.
    for (const n of ['Maßnahme', 'Handlungsfeld', 'Verantwortlich', 'Frist', 'Überfällig', 'Status'])
      expect(headerIndex(ws, n)).toBeLessThan(headerIndex(ws, 'Beschreibung'));
    // Explicit heights: more text, taller row; never the 15 pt default for a wrapped multi-line row.
    const heights = overdueModel.actions.map((_a, i) => ws.getRow(i + 2).height);
    for (const h of heights) expect(h).toBeGreaterThanOrEqual(18);
    expect(Math.max(...heights)).toBeLessThanOrEqual(12 * 15 + 3);
    // Action 2's title (73 characters) wraps to three lines in the 34-wide column.
    expect(ws.getRow(3).height).toBe(3 * 15 + 3);
    const edge = (await load(await exportXlsx(edgeModel))).getWorksheet('Maßnahmen')!;
    expect(edge.getRow(2).height).toBe(18); // title only: one line
    expect(edge.getRow(4).height).toBeGreaterThanOrEqual(4 * 15); // the 2,000-character row is tall, but capped
    expect(edge.getRow(4).height).toBeLessThanOrEqual(12 * 15 + 3);
    expect(wb.getWorksheet('Verlauf')!.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
  });

  it('has an "Überfällig" column (ja/nein) next to the due date, the overdue cell in amber bold', async () => {
    const ws = (await load(await exportXlsx(overdueModel))).getWorksheet('Maßnahmen')!;
    const col = headerIndex(ws, 'Überfällig');
    expect(col).toBe(headerIndex(ws, 'Frist') + 1);
    const values = overdueModel.actions.map((_a, i) => ws.getCell(i + 2, col).value);
    expect(values.filter((v) => v === 'ja')).toHaveLength(1);
    expect(values[12]).toBe('ja'); // action 13: due 30 Apr 2027, in Arbeit
    expect(values[3]).toBe('nein'); // action 4: past due but erledigt
    expect(values[7]).toBe('nein'); // action 8: zurückgestellt
    const cell = ws.getCell(14, col);
    expect(cell.font?.bold).toBe(true);
    expect(cell.font?.color?.argb).toBe('FF8A5300');
  });
});
