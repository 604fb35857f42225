import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { csvString, exportCsv, neutraliseFormula } from './csv';
import { edgeModel, emptyModel, LONG_TEXT, NASTY_FORMULA, overdueModel, richModel } from '../../../tests/fixtures/export/model';

function parse(bytes: Uint8Array) {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const res = Papa.parse<string[]>(text.slice(1), { delimiter: ';', newline: '\r\n', skipEmptyLines: true });
  expect(res.errors).toEqual([]);
  return res.data;
}

describe('CSV export', () => {
  it('is UTF-8 with BOM, semicolons and CRLF, one row per action', () => {
    const bytes = exportCsv(richModel);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csvString(richModel);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false); // rich model has no line breaks in cells
    const rows = parse(bytes);
    expect(rows.length).toBe(richModel.actions.length + 1);
    const h = rows[0];
    expect(h.slice(0, 4)).toEqual(['Nr.', 'Maßnahme', 'Beschreibung', 'Handlungsfeld']);
    const r1 = rows[1];
    expect(r1[h.indexOf('Maßnahme')]).toBe('Leitbild „Weltoffene Kommune“ im Stadtrat beschließen');
    expect(r1[h.indexOf('Beginn')]).toBe('2026-12-01'); // ISO dates, documented
    expect(r1[h.indexOf('Frist')]).toBe('2027-06-30');
    expect(r1[h.indexOf('Status')]).toBe('in Arbeit');
    expect(r1[h.indexOf('Handlungsfeld')]).toBe('Management und Steuerung');
  });

  it('neutralises formulas and keeps quotes, line breaks, emoji and long text', () => {
    const rows = parse(exportCsv(edgeModel));
    const h = rows[0];
    const nasty = rows[2];
    expect(nasty[h.indexOf('Maßnahme')]).toBe(`'${NASTY_FORMULA}`);
    expect(nasty[h.indexOf('Beschreibung')]).toBe('Zeile 1\nZeile 2 mit "Anführungszeichen" und | Pipe\nZeile 3; Semikolon, Komma\\Backslash');
    expect(nasty[h.indexOf('Ziel / Wirkung')]).toBe("'+49 170 1234567");
    expect(nasty[h.indexOf('Indikator')]).toBe("'-5 % weniger");
    expect(nasty[h.indexOf('Verantwortlich')]).toBe("'@pressestelle");
    expect(nasty[h.indexOf('Letzte Aktualisierung')]).toBe('2027-01-05: =1+1 🎉 Feier');
    expect(rows[3][h.indexOf('Beschreibung')]).toBe(LONG_TEXT.trim());
    expect(rows[1][h.indexOf('Maßnahme')]).toBe('Nur ein Titel');
    expect(rows[4][h.indexOf('Frist')]).toBe('2027-02-30'); // invalid date passes through as text
    for (const c of ['\t1', '\r1', '=1', '+1', '-1', '@1', '＝1']) expect(neutraliseFormula(c)).toBe(`'${c}`);
    expect(neutraliseFormula('1-2')).toBe('1-2');
  });

  it('exports the header row only for an empty plan', () => {
    const rows = parse(exportCsv(emptyModel));
    expect(rows.length).toBe(1);
  });

  it('writes every date as ISO, also inside "Letzte Aktualisierung", and marks overdue actions', () => {
    const rows = parse(exportCsv(overdueModel));
    const h = rows[0];
    const last = rows[1][h.indexOf('Letzte Aktualisierung')];
    expect(last).toBe('2027-02-03: Erster Entwurf an den Integrationsbeirat verschickt.');
    // No German-style date anywhere in the file.
    expect(rows.flat().some((c) => /\b\d{2}\.\d{2}\.\d{4}\b/.test(c))).toBe(false);
    const col = h.indexOf('Überfällig');
    expect(col).toBe(h.indexOf('Frist') + 1);
    const overdue = rows
      .slice(1)
      .filter((r) => r[col] === 'ja')
      .map((r) => r[h.indexOf('Nr.')]);
    expect(overdue).toEqual(['13']); // 4 is done, 8 is postponed
    expect(rows.slice(1).every((r) => r[col] === 'ja' || r[col] === 'nein')).toBe(true);
    expect(
      parse(exportCsv(richModel))
        .slice(1)
        .every((r) => r[col] === 'nein'),
    ).toBe(true);
  });
});
