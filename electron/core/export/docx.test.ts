import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { exportDocx } from './docx';
import { edgeModel, emptyModel, englishModel, LONG_TEXT, NASTY_FORMULA, overdueModel, richModel } from '../../../tests/fixtures/export/model';

async function documentXml(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file('word/document.xml')!.async('string');
}

/** Visible text of the document: <w:t> contents, paragraphs separated by newlines. */
function plain(xml: string): string {
  return xml
    .replace(/<w:br\/>/g, '\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\u00AD/g, ''); // soft hyphens in long words
}

describe('DOCX export', () => {
  it('has real headings, a repeated table header and all content', async () => {
    const xml = await documentXml(await exportDocx(richModel));
    // includes() instead of toContain(): a failure would print the whole document.xml.
    for (const s of ['<w:pStyle w:val="Title"/>', '<w:pStyle w:val="Heading1"/>', '<w:tblHeader/>', '<w:cantSplit/>', 'w:orient="landscape"'])
      expect(xml.includes(s), s).toBe(true);
    const text = plain(xml);
    for (const s of [
      'Maßnahmenplan: Stadt Beispielstadt',
      '„Selbstcheck-Workshop Beispielstadt“',
      '24.11.2026',
      'Ergebnisse des Selbstchecks',
      '72,5\u202F%',
      'Starkes Ehrenamt',
      'Punktabfrage, 5 Punkte pro Person',
      'Antidiskriminierungsberatungsstelle im Landkreis bekannter machen',
      'Integrationsbeauftragte (Leyla Yılmaz)',
      '01.12.2026 – 30.06.2027',
      'Personenbezogene Daten',
    ])
      expect(text, s).toContain(s);
    // "Seite x von y" as fields in the footer.
    const zip = await JSZip.loadAsync(await exportDocx(richModel));
    const footers = await Promise.all(zip.file(/word\/footer\d*\.xml/).map((f) => f.async('string')));
    const footer = footers.join('');
    expect(footer.includes('PAGE') && footer.includes('NUMPAGES') && footer.includes('Seite ') && footer.includes(' von ')).toBe(true);
  });

  it('keeps hostile text intact', async () => {
    const text = plain(await documentXml(await exportDocx(edgeModel)));
    expect(text).toContain(NASTY_FORMULA);
    expect(text).toContain('Zeile 1\nZeile 2 mit "Anführungszeichen" und | Pipe\nZeile 3; Semikolon, Komma\\Backslash');
    expect(text).toContain('🎉');
    expect(text).toContain(LONG_TEXT.trim());
    expect(text).toContain('Nur ein Titel');
    expect(text).toContain('Антон Шевченко');
  });

  it('writes sentences for empty sections and English when asked', async () => {
    const text = plain(await documentXml(await exportDocx(emptyModel)));
    expect(text).toContain('Es wurden keine Maßnahmen festgelegt.');
    expect(text).toContain('Es wurden keine Ergebnisse des Fragebogens übernommen.');
    const en = plain(await documentXml(await exportDocx(englishModel())));
    expect(en).toContain('Action plan: Stadt Beispielstadt');
    expect(en).not.toContain('Maßnahmenplan');
  });

  it('draws the profile as a bar chart table: bar width proportional to the score, blue, value and n beside it', async () => {
    const xml = await documentXml(await exportDocx(richModel));
    const chart = xml.slice(0, xml.indexOf('Anteil erfüllter Kriterien'));
    const lastTbl = chart.lastIndexOf('<w:tbl>');
    const tbl = chart.slice(lastTbl);
    expect(tbl.includes('<w:tblLayout w:type="fixed"/>')).toBe(true);
    const rows = tbl.split('<w:tr>').slice(1);
    expect(rows).toHaveLength(7);
    const text = plain(tbl);
    expect(text).toContain('1. Management und Steuerung');
    expect(text).toContain('72,5\u202F% · n = 40');
    // Row 3 (Fairer Zugang, 72,5 %): the blue cell spans 36 of 50 grid columns, the track the other 14;
    // row 1 (58,3 %) 29.
    const spans = (row: string, fill: string) =>
      [...row.matchAll(/<w:tc>(?:(?!<\/w:tc>)[\s\S])*?<\/w:tc>/g)]
        .map((m) => m[0])
        .filter((c) => c.includes(`w:fill="${fill}"`))
        .map((c) => Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(c)?.[1] ?? 1));
    expect(spans(rows[2], '2F5D7C')).toEqual([36]);
    expect(spans(rows[2], 'E3E8EE')).toEqual([14]);
    expect(spans(rows[0], '2F5D7C')).toEqual([29]);
    for (const r of rows) expect([...spans(r, '2F5D7C'), ...spans(r, 'E3E8EE')].reduce((a, b) => a + b, 0)).toBe(50);
    // Never red.
    expect(/w:fill="(?:FF0000|C00000|E53935|D32F2F)"/i.test(xml)).toBe(false);
  });

  it("marks overdue actions in the plan (amber bold, not red) and uses the app's Wirkungstreppe wording", async () => {
    const xml = await documentXml(await exportDocx(overdueModel));
    const marks = [...xml.matchAll(/<w:r>(?:(?!<\/w:r>)[\s\S])*?<w:t[^>]*>überfällig<\/w:t><\/w:r>/g)].map((m) => m[0]);
    expect(marks).toHaveLength(1);
    expect(marks[0]).toContain('<w:b/>');
    expect(marks[0]).toContain('w:val="8A5300"');
    const text = plain(xml);
    expect(text).toContain('15.01.2027 – 30.04.2027\nüberfällig'); // due date, then the marker
    expect(plain(await documentXml(await exportDocx(richModel)))).not.toContain('überfällig');
    expect(text).toContain('Stufe 4: Bewusstsein oder Fähigkeiten verändern sich');
    expect(text).not.toMatch(/Verhalten ändert sich/);
  });

  it('keeps the plan table compact (9 pt) and puts soft hyphens only into narrow columns', async () => {
    const xml = await documentXml(await exportDocx(richModel));
    const planStart = xml.indexOf('>Maßnahmenplan<', xml.indexOf('Nächste Schritte'));
    const plan = xml.slice(planStart);
    expect(plan.includes('<w:sz w:val="18"/>')).toBe(true);
    expect(plan.includes('<w:top w:type="dxa" w:w="30"/>') || plan.includes('w:w="30"')).toBe(true);
    // No U+00AD before the plan, nor in the wide action column (titles, descriptions).
    expect(xml.slice(0, planStart).includes('\u00AD')).toBe(false);
    expect(plan).toContain('>Antidiskriminierungsberatungsstelle im Landkreis bekannter machen<');
    // …but in the narrow responsible column a long word can still break with a hyphen.
    expect(plan).toContain('Per\u00ADso\u00ADnal\u00ADent\u00ADwick\u00ADlung'); // responsible of action 3
  });
});
