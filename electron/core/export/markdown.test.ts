import { describe, expect, it } from 'vitest';
import { exportMarkdown, mdCell } from './markdown';
import type { ExportModel } from './model';
import { edgeModel, emptyModel, englishModel, richModel } from '../../../tests/fixtures/export/model';

/** Splits a Markdown table row on unescaped pipes. */
function cells(line: string): string[] {
  return line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

describe('Markdown export', () => {
  it('renders the document with sections in order', () => {
    const md = exportMarkdown(richModel);
    const order = [
      '# Maßnahmenplan: Stadt Beispielstadt',
      '## Teilnehmende',
      '## Ergebnisse des Selbstchecks',
      '## Was schon gut läuft: Stärken',
      '## Nächste Schritte nach Priorität',
      '## Maßnahmenplan',
      '## Verlauf der Maßnahmen',
    ];
    let pos = -1;
    for (const h of order) {
      const i = md.indexOf(h + '\n');
      expect(i, h).toBeGreaterThan(pos);
      pos = i;
    }
    expect(md).toContain('| 3. Fairer Zugang und Teilhabechancen | 72,5\u202F% | 40 | 3 | 2 |');
    expect(md).toContain('**Verfahren:** Punktabfrage, 5 Punkte pro Person');
    expect(md).toContain('Personenbezogene Daten');
    expect(md).toContain('24.11.2026');
  });

  it('escapes pipes and line breaks in tables so rows keep their columns', () => {
    const md = exportMarkdown(edgeModel);
    const header = md.split('\n').find((l) => l.startsWith('| Nr. | Maßnahme |'))!;
    const n = cells(header).length;
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && md.indexOf(header) < md.indexOf(l));
    for (const r of rows.slice(0, 4)) expect(cells(r).length).toBe(n);
    expect(mdCell('a|b\nc')).toBe('a\\|b<br>c');
    expect(md).toContain('=HYPERLINK("http://x","y")');
    expect(md).toContain('Zeile 2 mit "Anführungszeichen" und \\| Pipe');
    expect(md).toContain('🎉');
    expect(md).not.toMatch(/<script/);
  });

  it('says so when sections are empty', () => {
    const md = exportMarkdown(emptyModel);
    expect(md).toContain('Es wurden keine Maßnahmen festgelegt.');
    expect(md).toContain('Es wurden keine Ergebnisse des Fragebogens übernommen.');
    expect(md).toContain('Es wurden keine Stärken festgehalten.');
    expect(md).toContain('Es wurden keine nächsten Schritte festgehalten.');
    expect(md).not.toContain('| Nr. |');
  });

  it('is English when the locale is en', () => {
    const md = exportMarkdown(englishModel());
    expect(md).toContain('# Action plan: Stadt Beispielstadt');
    expect(md).toContain('72.5%');
    expect(md).not.toContain('Maßnahmenplan');
  });
});

describe('Markdown headings', () => {
  it('keep line breaks in titles out of headings', () => {
    const md = exportMarkdown({
      ...emptyModel,
      actions: [{ id: 'a', title: 'Zwei\nZeilen', status: 'geplant', updates: [] }],
    });
    expect(md).toContain('### 1. Zwei Zeilen\n');
  });

  it('counts one participant, one questionnaire and one question in the singular (de and en)', () => {
    const one = (m: ExportModel): ExportModel => ({
      ...m,
      workshop: { ...m.workshop, attendance: [{ sector: 'verwaltung', count: 1 }] },
      results: { ...m.results!, respondents: 1, questions: 1 },
    });
    const de = exportMarkdown(one(richModel));
    expect(de).toContain('1 teilnehmende Person insgesamt');
    expect(de).toContain('Grundlage: 1 ausgefüllter Fragebogen mit 1 Frage. ');
    const en = exportMarkdown(one(englishModel()));
    expect(en).toContain('1 participant in total');
    expect(en).toContain('Based on 1 completed questionnaire with 1 question. ');
    // and the plural stays as before
    expect(exportMarkdown(richModel)).toMatch(/\d+ Teilnehmende insgesamt/);
    expect(exportMarkdown(richModel)).toContain('Grundlage: 12 ausgefüllte Fragebögen mit ');
  });
});
