import { describe, expect, it } from 'vitest';
import { exportToday, isOverdue, formatDate, formatPercent, formatTimestamp, orderedFieldResults, parseIsoDate, personalDataLine, txt } from './format';
import { richModel, emptyModel } from '../../../tests/fixtures/export/model';
import { FIELD_KEYS } from '../../../shared/domain/fields';

describe('format', () => {
  it('writes German dates, percentages and Berlin time', () => {
    expect(formatDate('2026-11-24', 'de')).toBe('24.11.2026');
    expect(formatDate('2026-11-24', 'en')).toBe('24 Nov 2026');
    expect(formatDate('2027-02-30', 'de')).toBe('2027-02-30'); // shown as given, not guessed
    expect(parseIsoDate('2027-02-30')).toBeNull();
    expect(formatPercent(72.5, 'de')).toBe('72,5\u202F%');
    expect(formatPercent(72.5, 'en')).toBe('72.5%');
    expect(formatTimestamp('2026-11-24T13:30:00.000Z', 'de')).toBe('24.11.2026, 14:30');
  });
  it('orders fields like the questionnaire and fills gaps', () => {
    const r = orderedFieldResults([{ key: 'kommunikation', score: 1, answered: 1, dontKnow: 0, skipped: 0 }]);
    expect(r.map((f) => f.key)).toEqual([...FIELD_KEYS]);
    expect(r[0].score).toBeNull();
  });
  it('says which personal data an export contains', () => {
    expect(personalDataLine(richModel)).toMatch(/Moderation.*Verantwortlichen.*Partnern.*Verlaufsnotizen/);
    expect(personalDataLine(emptyModel)).toMatch(/keine gezielt erfassten/);
    expect(personalDataLine({ ...emptyModel, personalData: 'Nur Dienststellen.' })).toBe('Nur Dienststellen.');
  });
  it('strips characters XML cannot carry', () => {
    expect(txt('a\u0000b\u0007c\r\nd\uD800')).toBe('abc\nd\uFFFD');
  });

  it('counts overdue like the app, with the export date in Berlin as today', () => {
    expect(exportToday({ generatedAt: '2027-04-30T21:59:00.000Z' })).toBe('2027-04-30');
    expect(exportToday({ generatedAt: '2027-04-30T22:30:00.000Z' })).toBe('2027-05-01'); // 00:30 in Berlin
    expect(isOverdue({ due: '2027-04-30', status: 'in_arbeit' }, '2027-05-01')).toBe(true);
    expect(isOverdue({ due: '2027-04-30', status: 'geplant' }, '2027-04-30')).toBe(false); // due today is not overdue
    expect(isOverdue({ due: '2027-04-30', status: 'erledigt' }, '2027-05-01')).toBe(false);
    expect(isOverdue({ due: '2027-04-30', status: 'zurueckgestellt' }, '2027-05-01')).toBe(false);
    expect(isOverdue({ due: null, status: 'geplant' }, '2027-05-01')).toBe(false);
    expect(isOverdue({ due: '2027-02-30', status: 'geplant' }, '2027-05-01')).toBe(false); // invalid date: no claim
  });
});
