import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { exportText } from './exportText';
import { formatMessage, LOCALES } from './index';

// Element kinds of the ICU syntax tree (TYPE in @formatjs/icu-messageformat-parser).
const LITERAL = 0;
const PLURAL = 6;
type MessageFormatElement = ReturnType<IntlMessageFormat['getAst']>[number];

/** Parameters that are counts of things: they must go through {x, plural, …}. */
const COUNTS = new Set(['count', 'n', 'total', 'respondents', 'questions']);

type Use = { name: string; type: number };
function uses(els: MessageFormatElement[], out: Use[] = []): Use[] {
  for (const el of els) {
    if ('value' in el && typeof el.value === 'string' && el.type !== LITERAL) out.push({ name: el.value, type: el.type });
    if ('options' in el) for (const o of Object.values(el.options)) uses(o.value, out);
  }
  return out;
}

const KEYS = Object.keys(exportText.de) as (keyof typeof exportText.de)[];

describe('export texts (shared/messages/exportText.ts)', () => {
  it('every message in both languages is valid ICU', () => {
    for (const locale of LOCALES) {
      for (const k of KEYS) expect(() => new IntlMessageFormat(exportText[locale][k], locale), `${locale} ${k}`).not.toThrow();
    }
  });

  it('a count parameter is always used with plural syntax, and both languages take the same parameters', () => {
    for (const k of KEYS) {
      const de = uses(new IntlMessageFormat(exportText.de[k], 'de').getAst());
      const en = uses(new IntlMessageFormat(exportText.en[k], 'en').getAst());
      for (const [locale, list] of [['de', de] as const, ['en', en] as const]) {
        for (const u of list) {
          if (COUNTS.has(u.name)) expect(u.type, `${locale} ${k}: {${u.name}} needs plural syntax`).toBe(PLURAL);
        }
      }
      const names = (l: Use[]) => [...new Set(l.map((u) => u.name))].sort();
      expect(names(en), k).toEqual(names(de));
    }
  });

  it('no bare parameter right before a counted noun ("1 Fragen")', () => {
    // {x} followed by a word is a count phrase that must use {x, plural, …}; these words are no nouns
    const bare = /\{(\w+)\} (\p{L}+)/gu;
    const fine = new Set(['von', 'of']);
    for (const locale of LOCALES) {
      for (const k of KEYS) for (const m of exportText[locale][k].matchAll(bare)) expect(fine.has(m[2]), `${locale} ${k}`).toBe(true);
    }
  });

  it('counts read right for one and for many, in German and English', () => {
    const one = { count: 1, respondents: 1, questions: 1 };
    const two = { count: 2, respondents: 2, questions: 12 };
    expect(formatMessage('de', 'exportText.participantsTotal', one)).toBe('1 teilnehmende Person insgesamt');
    expect(formatMessage('de', 'exportText.participantsTotal', two)).toBe('2 Teilnehmende insgesamt');
    expect(formatMessage('en', 'exportText.participantsTotal', one)).toBe('1 participant in total');
    expect(formatMessage('en', 'exportText.participantsTotal', two)).toBe('2 participants in total');
    expect(formatMessage('de', 'exportText.profileIntro', one)).toMatch(/^Grundlage: 1 ausgefüllter Fragebogen mit 1 Frage\. /);
    expect(formatMessage('de', 'exportText.profileIntro', two)).toMatch(/^Grundlage: 2 ausgefüllte Fragebögen mit 12 Fragen\. /);
    expect(formatMessage('en', 'exportText.profileIntro', one)).toMatch(/^Based on 1 completed questionnaire with 1 question\. /);
    expect(formatMessage('en', 'exportText.profileIntro', two)).toMatch(/^Based on 2 completed questionnaires with 12 questions\. /);
  });

  it('no German in the English texts: the umlauts and quotes of German appear only in German', () => {
    // "Weltoffene Kommune" is the programme's name and stays German on purpose.
    for (const k of KEYS) expect(exportText.en[k].replace('Weltoffene Kommune', ''), k).not.toMatch(/[äöüßÄÖÜ„]/);
  });
});
