import { describe, expect, it } from 'vitest';
import { formatMessage, cliLocale } from './index';
import { AppError, errorText } from '../domain/errors';

describe('message catalogue', () => {
  it('formats in both languages with parameters', () => {
    expect(formatMessage('de', 'errors.unknownMethod', { method: 'x.y' })).toBe('Unbekannte Funktion „x.y“.');
    expect(formatMessage('en', 'errors.unknownMethod', { method: 'x.y' })).toBe('Unknown function “x.y”.');
  });
  it('never throws on a missing parameter or an unknown id', () => {
    expect(formatMessage('de', 'errors.unknownMethod')).toContain('Unbekannte Funktion');
    expect(formatMessage('en', 'nope.nothing')).toBe('nope.nothing');
  });
  it('errors carry their key so the UI and the CLI can translate them', () => {
    const e = AppError.of('NO_WORKSHOP', 'errors.noWorkshop');
    expect(e.message).toMatch(/kein Workshop/);
    expect(errorText(e.toJSON(), 'en')).toBe('No workshop is open. Open or create a workshop first.');
  });
  it('the dot rules speak both languages, sector names and counts included', () => {
    const p = { sector: 'politik', people: 1, dots: 3, max: 3, after: 4 };
    expect(formatMessage('de', 'votes.tallyOverBudget', p)).toBe(
      'Im Bereich Politik sind 1 Person mit je 3 Punkten da – höchstens 3 Punkte. Mit dieser Eingabe wären es 4. Bitte prüfen Sie die Strichliste oder die Anwesenheit.',
    );
    expect(formatMessage('en', 'votes.tallyOverBudget', { ...p, sector: 'none', people: 2 })).toBe(
      'Across all sectors there are 2 people with 3 dots each – at most 3 dots. With this entry there would be 4. Please check the tally sheet or the attendance.',
    );
    expect(formatMessage('en', 'votes.tallyBelowZero', { idea: 'X', sector: 'wirtschaft', current: 1 })).toBe(
      '“X” has 1 dot in Business – it cannot go below 0.',
    );
  });
  it('picks the CLI language from the environment, German by default', () => {
    expect(cliLocale({})).toBe('de');
    expect(cliLocale({ LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(cliLocale({ LANG: 'en_US.UTF-8', WERKSTATT_LANG: 'de' })).toBe('de');
  });
});

describe('invalid input in the user language', () => {
  it('translates zod checks by issue code, with plurals', async () => {
    const { WorkshopService } = await import('../../electron/core/service');
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-msg-'));
    const s = new WorkshopService({ paths: { settingsDir: path.join(dir, 's'), workshopsDir: path.join(dir, 'w') } });
    try {
      await s.run('workshop.create', { name: 'W', municipality: 'M', date: '2026-11-24' });
      const r = await s.call('workshop.updateMeta', { name: 'x'.repeat(201) });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('INVALID_INPUT');
      expect(errorText(r.error, 'de')).toBe('Ungültige Eingabe (name): höchstens 200 Zeichen erlaubt');
      expect(errorText(r.error, 'en')).toBe('Invalid input (name): at most 200 characters allowed');
      const extra = await s.call('cards.add', { text: 'a', extra: 1 });
      expect(!extra.ok && errorText(extra.error, 'en')).toBe('Invalid input: unknown field: extra');
      const many = await s.call('clusters.split', { id: 1, cardIds: Array.from({ length: 501 }, (_, i) => i + 1) });
      expect(!many.ok && errorText(many.error, 'de')).toBe('Ungültige Eingabe (cardIds): höchstens 500 Einträge erlaubt');
    } finally {
      s.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the command line speaks the user language', () => {
  it('usage and summaries in English carry no German', () => {
    const usage = formatMessage('en', 'cli.usage');
    for (const w of ['anlegen', 'schreiben', 'Ergebnisse', 'Maßnahmen', 'Ordner', 'ohne', 'Pfad']) expect(usage).not.toContain(w);
    expect(formatMessage('en', 'cli.clusterSummary', { cards: 1, themes: 1 })).toBe('1 card in 1 theme (line numbers from 1; from 0 with --json).');
    expect(formatMessage('de', 'cli.clusterSummary', { cards: 2, themes: 1 })).toBe('2 Karten in 1 Thema (Zeilennummern ab 1; mit --json ab 0).');
  });
});
