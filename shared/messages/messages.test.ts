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
  it('picks the CLI language from the environment, German by default', () => {
    expect(cliLocale({})).toBe('de');
    expect(cliLocale({ LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(cliLocale({ LANG: 'en_US.UTF-8', WERKSTATT_LANG: 'de' })).toBe('de');
  });
});
