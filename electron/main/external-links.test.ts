import { describe, expect, test } from 'vitest';
import { allowedExternalUrl, EXTERNAL_LINKS, type ExternalLink } from './external-links';

const list: ExternalLink[] = [
  { origin: 'https://www.weltoffene-kommune.de', path: '/' },
  { origin: 'https://example.org', path: '/hilfe/' },
  { origin: 'https://example.net', path: '/datenschutz' },
];

describe('shell.openExternal allow-list', () => {
  test('the app’s own links pass, normalised', () => {
    expect(allowedExternalUrl('https://www.weltoffene-kommune.de/')).toBe('https://www.weltoffene-kommune.de/');
    expect(allowedExternalUrl('https://WWW.Weltoffene-Kommune.DE/selbstcheck?x=1#a', list)).toBe('https://www.weltoffene-kommune.de/selbstcheck?x=1#a');
    expect(allowedExternalUrl('https://example.org/hilfe/start', list)).toBe('https://example.org/hilfe/start');
    expect(allowedExternalUrl('https://example.org:443/hilfe/', list)).toBe('https://example.org/hilfe/');
    expect(allowedExternalUrl('https://example.net/datenschutz', list)).toBe('https://example.net/datenschutz');
    expect(EXTERNAL_LINKS.every((l) => allowedExternalUrl(`${l.origin}${l.path}`) !== null)).toBe(true);
  });

  test.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)//https://www.weltoffene-kommune.de/',
    'file:///etc/passwd',
    'file://www.weltoffene-kommune.de/',
    'data:text/html,<script>alert(1)</script>',
    'ms-msdt:/id PCWDiagnostic',
    'smb://www.weltoffene-kommune.de/share',
    'http://www.weltoffene-kommune.de/',
    'https://evil.example/',
    'https://www.weltoffene-kommune.de@evil.example/',
    'https://user:pw@www.weltoffene-kommune.de/',
    'https://www.weltoffene-kommune.de.evil.example/',
    'https://www.weltoffene-kommune.de:8443/',
    'https://www.weltoffene-kommüne.de/',
    'https://www.xn--weltoffene-kommne-lzb.de/',
    'https://www.weltoffene-kommunе.de/', // Cyrillic е
    'https://weltoffene-kommune.de/',
    'https://example.org/hilfe', // the folder itself without '/', not inside it
    'https://example.org/hilfe-evil/',
    'https://example.org/hilfe/%2e%2e/admin',
    'https://example.org/hilfe/../admin',
    'https://example.net/datenschutz/../../x',
    'https://example.net/datenschutzerklaerung',
    '//www.weltoffene-kommune.de/',
    'www.weltoffene-kommune.de',
    '',
    `https://www.weltoffene-kommune.de/${'a'.repeat(3000)}`,
  ])('refuses %s', (raw) => {
    expect(allowedExternalUrl(raw, list)).toBeNull();
  });

  test('non-strings are refused', () => {
    for (const v of [undefined, null, 1, {}, ['https://www.weltoffene-kommune.de/'], { toString: () => 'https://www.weltoffene-kommune.de/' }]) {
      expect(allowedExternalUrl(v, list)).toBeNull();
    }
  });
});
