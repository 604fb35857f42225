import { describe, expect, test } from 'vitest';
import hyphen from 'hyphen/de';
import { tidyBreaks } from './hyphenate';

const H = (w: string) => tidyBreaks((hyphen as unknown as { hyphenateSync(s: string): string }).hyphenateSync(w)).replaceAll('\u00AD', '-');

describe('German hyphenation on the projector', () => {
  test('never between two vowels ("Informati-on")', () => {
    expect(H('Information')).not.toContain('i-o');
    expect(H('Integrationsbeirat')).not.toMatch(/ti-ons/);
    expect(H('Integrationsbeirat')).toContain('-');
  });
  test('no fragment shorter than two letters before or three after a break', () => {
    for (const w of ['Antidiskriminierungsberatungsstelle', 'Integrationsbeauftragte', 'Ehrenamtsbörse', 'Verwaltungsspitze']) {
      const parts = H(w).split('-');
      expect(parts[0].length).toBeGreaterThanOrEqual(2);
      expect(parts.at(-1)!.length).toBeGreaterThanOrEqual(3);
      expect(parts.join('')).toBe(w);
    }
  });
  test('keeps the breaks between compounds', () => {
    expect(H('Antidiskriminierungsberatungsstelle').split('-').length).toBeGreaterThan(4);
  });
});
