import { describe, expect, test } from 'vitest';
import { uiDe as de, type MessageKey } from '../../../shared/messages/ui-de';
import { uiEn as en } from '../../../shared/messages/ui-en';
import { isIcuMessage, translate } from './index';

const KEYS = Object.keys(de) as MessageKey[];

describe('counts in German and English follow the plural rule', () => {
  test('a message with a count is ICU in both languages or in neither', () => {
    for (const k of KEYS) expect(isIcuMessage(en[k]), k).toBe(isIcuMessage(de[k]));
  });
  test('no bare count right before a counted noun ("1 Schritte")', () => {
    // {n} directly followed by a word is a count phrase that must use {n, plural, …}
    const bare = /\{(\w+)\} (\p{L}+)/gu;
    // words after a parameter that are no counted noun, or nouns alike in singular and plural
    const fine = new Set(['von', 'of', 'ohne', 'without', 'erledigt', 'done', 'Fehler', 'wird', 'is', 'MB', 'aus', 'from', 'ist', 'in', 'im']);
    for (const k of KEYS) {
      for (const s of [de[k], en[k]]) {
        for (const m of s.matchAll(bare)) expect(fine.has(m[2]), `${k}: "${s}"`).toBe(true);
      }
    }
  });
  test('every ICU message formats for 1 and 2 without leftover braces', () => {
    for (const k of KEYS.filter((x) => isIcuMessage(de[x]))) {
      for (const locale of ['de', 'en'] as const) {
        for (const n of [1, 2]) {
          const out = translate(locale, k, {
            n,
            count: n,
            total: n,
            max: n,
            skipped: n,
            respondents: n,
            questions: n,
            rows: n,
            shown: n,
            file: 'x',
            format: 'CSV',
            page: 1,
            pages: 2,
            errors: n,
            warnings: n,
            pp: 15,
          });
          expect(out, `${locale} ${k}`).not.toMatch(/[{}]/);
        }
      }
    }
  });
  test('the words the room reads', () => {
    expect(translate('de', 'ideas.count', { n: 1 })).toBe('1 Schritt');
    expect(translate('de', 'ideas.count', { n: 2 })).toBe('2 Schritte');
    expect(translate('de', 'results.questions', { n: 1 })).toBe('1 Frage');
    expect(translate('de', 'cards.count', { n: 1 })).toBe('1 Karte');
    expect(translate('de', 'cards.count', { n: 0 })).toBe('0 Karten');
    expect(translate('de', 'prio.dots', { n: 1 })).toBe('1 Punkt');
    expect(translate('de', 'board.previewMoves', { n: 1 })).toBe('1 Karte würde umziehen');
    expect(translate('de', 'board.projMore', { n: 1 })).toBe('+ 1 weiteres Thema');
    expect(translate('de', 'import.done', { respondents: 1, questions: 1, rows: 2, file: 'a.csv' })).toBe(
      'Importiert: 1 befragte Person, 1 Frage, 2 Antworten aus „a.csv“.',
    );
    expect(translate('en', 'ideas.count', { n: 1 })).toBe('1 step');
    expect(translate('en', 'prio.toPlanSkipped', { n: 1 })).toBe('1 step is already in the action plan.');
    expect(translate('de', 'ideas.count', { n: 1200 })).toBe('1.200 Schritte');
  });
});
