import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { exportPdf } from './pdf';
import { flatten, hasTool, pdfPages, pdfText, tmpFile } from './testutil';
import { edgeModel, emptyModel, englishModel, LONG_TEXT, NASTY_FORMULA, overdueModel, richModel } from '../../../tests/fixtures/export/model';
import type { ExportModel } from './model';

const havePoppler = hasTool('pdftotext');
if (!havePoppler) console.warn('pdf.test: pdftotext (poppler-utils) missing – PDF read-back tests skipped');

describe.skipIf(!havePoppler)('PDF export', () => {
  it('has every section, German formats and "Seite x von y" on each page', async () => {
    const pdf = await exportPdf(richModel);
    expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe('%PDF-');
    const pages = pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    pages.forEach((p, i) => expect(flatten(p)).toContain(`Seite ${i + 1} von ${pages.length}`));
    const text = pdfText(pdf);
    for (const s of [
      'Maßnahmenplan',
      'Stadt Beispielstadt',
      '„Selbstcheck-Workshop Beispielstadt“',
      'Datum: 24.11.2026',
      'Z Zivilgesellschaft: 15',
      '41 Teilnehmende insgesamt',
      '72,5 % · n = 40',
      '1. Management und Steuerung',
      '7. Kommunikation und Konfliktmanagement',
      'kein Vergleich mit anderen Kommunen',
      'Starkes Ehrenamt',
      'Freundeskreis Asyl seit 2015 sehr aktiv',
      'Verfahren: Punktabfrage, 5 Punkte pro Person',
      'Dolmetschpool aufbauen',
      'Antidiskriminierungsberatungsstelle',
      'Integrationsbeauftragte (Leyla Yılmaz)',
      'Verlauf der Maßnahmen',
      'Personenbezogene Daten:',
      'Erstellt am 24.11.2026, 14:30',
    ])
      expect(text.includes(s), s).toBe(true);
    // Fields in questionnaire order.
    const idx = [1, 2, 3, 4, 5, 6, 7].map((n) => text.indexOf(`${n}. `, text.indexOf('Ergebnisse des Selbstchecks')));
    expect([...idx].sort((a, b) => a - b)).toEqual(idx);
  });

  it('repeats the table header and never cuts a row between pages', async () => {
    const pdf = await exportPdf(richModel);
    const pages = pdfPages(pdf).map(flatten);
    const tablePages = pages.filter((p) => p.includes('Verantwortlich / Partner'));
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    richModel.actions.forEach((a) => {
      const title = flatten(a.title);
      const onPages = pages.filter((p) => p.includes(title));
      expect(onPages.length, a.title).toBeGreaterThanOrEqual(1);
      const page = onPages[0];
      // The whole row is on the page where the title is.
      if (a.indicator) expect(page.includes(flatten(a.indicator)), `${a.id} indicator`).toBe(true);
      if (a.responsible) expect(page.includes(flatten(a.responsible)), `${a.id} responsible`).toBe(true);
    });
  });

  it('embeds the bundled fonts', async () => {
    const pdf = await exportPdf(edgeModel);
    const fonts = execFileSync('pdffonts', [tmpFile('f.pdf', pdf)], { encoding: 'utf8' });
    expect(fonts).toContain('AtkinsonHyperlegible-Regular');
    expect(fonts).toContain('AtkinsonHyperlegible-Bold');
    const rows = fonts
      .split('\n')
      .slice(2)
      .filter((l) => l.trim());
    for (const r of rows) expect(r.split(/\s+/).slice(-5, -4)[0], r).toBe('yes'); // "emb" column
  });

  it('survives hostile text: formula, quotes, emoji, 2,000 characters, other scripts', async () => {
    const text = pdfText(await exportPdf(edgeModel));
    expect(text).toContain(NASTY_FORMULA);
    expect(text).toContain('Zeile 2 mit "Anführungszeichen" und | Pipe');
    expect(text).toContain('Nur ein Titel');
    expect(text).toContain('Łucja Nowak-Öztürk');
    expect(text).toContain('Антон Шевченко');
    expect(text).toContain('Toll [?] gemacht');
    expect(text).toContain('erscheinen als [?]');
    const n = (s: string) => s.split('Antidiskriminierungsberatungsstelle').length - 1;
    expect(n(text)).toBeGreaterThanOrEqual(n(LONG_TEXT));
  });

  it('splits a row taller than a page and repeats the header', async () => {
    const huge = Array.from({ length: 160 }, (_, i) => `Absatz ${i + 1}: Bericht.`).join('\n');
    const model: ExportModel = { ...emptyModel, actions: [{ id: 'x', title: 'Riesige Maßnahme', description: huge, status: 'geplant', updates: [] }] };
    const pages = pdfPages(await exportPdf(model)).map(flatten);
    const withTable = pages.filter((p) => p.includes('Absatz'));
    expect(withTable.length).toBeGreaterThanOrEqual(2);
    for (const p of withTable) expect(p).toContain('Verantwortlich / Partner');
    const all = pages.join(' ');
    for (const i of [1, 80, 160]) expect(all).toContain(`Absatz ${i}:`);
    // Order preserved across the break.
    expect(all.indexOf('Absatz 159:')).toBeLessThan(all.indexOf('Absatz 160:'));
  });

  it('writes sentences for empty sections', async () => {
    const text = pdfText(await exportPdf(emptyModel));
    for (const s of [
      'Es wurden keine Maßnahmen festgelegt.',
      'Es wurden keine Ergebnisse des Fragebogens übernommen.',
      'Es wurden keine Stärken festgehalten.',
      'Es wurden keine nächsten Schritte festgehalten.',
      'Die Teilnahme wurde nicht nach Bereichen erfasst.',
    ])
      expect(text).toContain(s);
    expect(text).not.toContain('Verantwortlich / Partner');
  });

  it('is English when the locale is en', async () => {
    const text = pdfText(await exportPdf(englishModel()));
    expect(text).toContain('Action plan');
    expect(text).toMatch(/Page 1 of \d+/);
    expect(text).toContain('72.5% · n = 40');
    expect(text).not.toContain('Seite');
  });

  it("marks overdue actions next to the due date and uses the app's Wirkungstreppe wording", async () => {
    const text = pdfText(await exportPdf(overdueModel));
    expect(text).toContain('15.01.2027 – 30.04.2027 überfällig');
    expect(text.match(/überfällig/g)).toHaveLength(1); // action 4 is done, 8 postponed
    expect(pdfText(await exportPdf(richModel))).not.toContain('überfällig');
    expect(text).toContain('Stufe 4: Bewusstsein oder Fähigkeiten verändern sich');
    expect(text).not.toContain('Verhalten ändert sich');
  });
});

describe('PDF tables near the foot of a page', () => {
  it('a table does not start with its header and a single row at the foot of a page (the rest overleaf)', async () => {
    const { MARGIN, Writer } = await import('./pdf/pages');
    const { exportText } = await import('./strings');
    const { loadFonts } = await import('./pdf/fonts');
    const w = new Writer(richModel, exportText('de'), loadFonts());
    const cols = [
      { header: 'Rang', width: 0.2 },
      { header: 'Schritt', width: 0.8 },
    ];
    const row = (n: number) => [[{ spans: [{ text: `${n}.` }], size: 9 }], [{ spans: [{ text: `Schritt ${n}` }], size: 9 }]];
    let y0 = w.y;
    w.table(cols, [row(1)]);
    const headerAndOne = w.y - y0;
    y0 = w.y;
    w.table(cols, [row(1), row(2)]);
    const rowH = w.y - y0 - headerAndOne;
    w.newPage();
    // room for the header and one row, not for two
    w.y = w.bottom - headerAndOne - rowH / 2;
    w.table(cols, [row(1), row(2), row(3)]);
    // the whole table moved to the new page: header and three rows below its top margin
    expect(w.y - MARGIN).toBeCloseTo(headerAndOne + 2 * rowH, 0);
  });
});
