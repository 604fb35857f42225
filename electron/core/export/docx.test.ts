import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { exportDocx } from './docx';
import { edgeModel, emptyModel, englishModel, LONG_TEXT, NASTY_FORMULA, richModel } from '../../../tests/fixtures/export/model';

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
});
