import { describe, expect, test } from 'vitest';
import { facilitatorWindowOptions, isTrustedSender, projectorWindowOptions } from './window-options';

describe('Electron security baseline', () => {
  for (const [name, opts] of [
    ['facilitator', facilitatorWindowOptions('/app/out/preload')],
    ['projector', projectorWindowOptions('/app/out/preload', { x: 1920, y: 0, width: 1280, height: 800 })],
  ] as const) {
    test(`${name} window: isolated, sandboxed, no Node, no webview`, () => {
      const w = opts.webPreferences!;
      expect(w.contextIsolation).toBe(true);
      expect(w.sandbox).toBe(true);
      expect(w.nodeIntegration).toBe(false);
      expect(w.nodeIntegrationInWorker).toBe(false);
      expect(w.nodeIntegrationInSubFrames).toBe(false);
      expect(w.webviewTag).toBe(false);
      expect(w.webSecurity).toBe(true);
      expect(w.allowRunningInsecureContent).toBe(false);
      expect(w.preload).toBe('/app/out/preload/index.cjs');
    });
  }

  test('the projector goes full screen on the second display', () => {
    expect(projectorWindowOptions('/p', { x: 1920, y: 0, width: 1280, height: 800 })).toMatchObject({ x: 1920, fullscreen: true });
    expect(projectorWindowOptions('/p').fullscreen).toBe(false);
  });

  test('only our own pages may call the API', () => {
    expect(isTrustedSender('app://werkstatt/index.html')).toBe(true);
    expect(isTrustedSender('app://werkstatt/index.html#/projektor')).toBe(true);
    expect(isTrustedSender('https://example.org/')).toBe(false);
    expect(isTrustedSender('app://werkstattevil/index.html')).toBe(false);
    expect(isTrustedSender('file:///etc/passwd')).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
    expect(isTrustedSender('http://localhost:5173/', 'http://localhost:5173/')).toBe(true);
    expect(isTrustedSender('http://localhost:5173/#/projektor', 'http://localhost:5173')).toBe(true);
  });

  test('the dev-URL check compares the exact origin, not a prefix, and never throws', () => {
    const dev = 'http://localhost:5173';
    for (const url of [
      'http://localhost:51730/',
      'http://localhost:5173.evil.example/',
      'http://localhost:5173@evil.example/',
      'http://user@localhost:5173/',
      'https://localhost:5173/',
      'http://127.0.0.1:5173/',
      'app://werkstatt@evil/',
      'app://werkstatt.evil/',
      'app://WERKSTATT.evil/',
      'javascript:alert(1)',
      'not a url',
      '%ff',
    ])
      expect(isTrustedSender(url, dev), url).toBe(false);
    expect(isTrustedSender('http://localhost:5173/', 'not a url')).toBe(false);
    expect(isTrustedSender('file:///x', 'file:///x')).toBe(false);
    expect(isTrustedSender('app://werkstatt/index.html', 'not a url')).toBe(true);
  });
});
