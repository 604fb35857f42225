import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The built main process (out/main/index.js), started in plain Node against a stand-in for the
// 'electron' module (tests/unit/electron-stub). It catches what only shows in the bundle —
// a broken import, a name clash with a bundler shim, a wrong preload path — on machines where
// the Electron binary is missing. The real window is covered by tests/e2e/electron.spec.ts.
const root = path.resolve(__dirname, '../..');
const built = path.join(root, 'out/main/index.js');
const reason = 'out/main/index.js fehlt (erst `npx electron-vite build`): Bundle-Test übersprungen';
if (!fs.existsSync(built)) console.log(`[electron-bundle] ${reason}`);

describe.skipIf(!fs.existsSync(built))('bundled Electron main process', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-main-'));
  const run = (env: Record<string, string> = {}) => {
    const base = { ...process.env };
    delete base.ELECTRON_RENDERER_URL;
    const r = spawnSync(process.execPath, ['--import', './tests/unit/electron-stub/register.mjs', 'tests/unit/electron-stub/probe.mjs', built], {
      cwd: root,
      encoding: 'utf8',
      timeout: 20000,
      env: { ...base, WERKSTATT_DIR: path.join(dir, 'ws'), WERKSTATT_SETTINGS_DIR: path.join(dir, 's'), ...env },
    });
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(r.stdout.trim().split('\n').pop()!);
  };
  // One start for the default checks (each start takes a second or two).
  let cached: ReturnType<typeof run> | undefined;
  const probe = () => (cached ??= run());

  test('starts on the demo workshop in a locked-down window served from app://', () => {
    const p = probe();
    expect(p.schemes[0]).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
    expect(p.windows).toBe(1);
    expect(p.loaded).toEqual(['app://werkstatt/index.html']);
    expect(p.prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    expect(fs.existsSync(p.prefs.preload)).toBe(true);
    expect(p.index.status).toBe(200);
    expect(p.index.html).toBe(true);
    expect(p.index.csp).toContain("script-src 'self'");
    expect(p.index.csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(p.outsideStatus).toBe(404);
    expect(p.ipcOk).toEqual({ ok: true, workshop: 'Ulmenbrück an der Sarne', mode: 'electron' });
    expect(p.errorBox).toBeNull();
    expect(p.menu).toBeNull();
  });

  test('refuses calls from foreign pages, navigation away, webviews, popups and permissions', () => {
    const p = probe();
    expect(p.ipcForeign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(p.ipcInvalid).toBe('INVALID_INPUT');
    expect(p.navPrevented).toBe(true);
    expect(p.ownNavPrevented).toBe(false);
    expect(p.webviewPrevented).toBe(true);
    expect(p.windowOpen).toEqual({ action: 'deny' });
    expect(p.permission).toBe(false);
    expect(p.permissionCheck).toBe(false);
  });

  test('app:// answers malformed addresses with 400/404 instead of throwing', () => {
    const p = probe();
    expect(p.appStatus).toEqual({
      'app://werkstatt/%ff': 400,
      'app://werkstatt/%00.js': 400,
      'not a url': 400,
      'app://werkstatt/..%2f..%2fpackage.json': 404,
      'app://evil/index.html': 404,
      'app://werkstatt/': 200,
    });
  });

  test('only allow-listed https links reach the system browser', () => {
    const p = probe();
    expect(p.opened.every(([, action]: [string, string]) => action === 'deny')).toBe(true);
    expect(p.allowedNavPrevented).toBe(true);
    expect(p.openedExternally).toEqual(['https://www.weltoffene-kommune.de/selbstcheck', 'https://www.weltoffene-kommune.de/hilfe']);
  });

  test('without a dev server only app://werkstatt may call; with one, exactly its origin', () => {
    expect(probe().senders).toEqual({
      'app://werkstatt/index.html': true,
      'http://localhost:5173/': false,
      'http://localhost:5173/#/projektor': false,
      'http://localhost:51730/': false,
      'http://localhost:5173.evil.example/': false,
      'http://localhost:5173@evil.example/': false,
      'app://werkstatt.evil/': false,
      garbage: false,
    });
    const dev = run({ ELECTRON_RENDERER_URL: 'http://localhost:5173' });
    expect(dev.loaded).toEqual(['http://localhost:5173']);
    expect(dev.senders).toEqual({
      'app://werkstatt/index.html': true,
      'http://localhost:5173/': true,
      'http://localhost:5173/#/projektor': true,
      'http://localhost:51730/': false,
      'http://localhost:5173.evil.example/': false,
      'http://localhost:5173@evil.example/': false,
      'app://werkstatt.evil/': false,
      garbage: false,
    });
  });

  test('shell.* methods go through the contract: input validated, unknown names refused, foreign pages refused', () => {
    const { shellCalls: s } = run();
    expect(s.pickOpen).toEqual({ ok: true, value: null }); // the stub's dialog is cancelled
    expect(s.invalid).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(s.extra).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(s.unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(s.foreign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  test('the sandboxed preload is one CommonJS file that exposes only invoke and subscribe', () => {
    const src = fs.readFileSync(path.join(root, 'out/preload/index.cjs'), 'utf8');
    expect(src).not.toMatch(/^\s*import\s/m);
    expect([...src.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(src).toContain('exposeInMainWorld("werkstatt"');
    expect([...src.matchAll(/^\s*(\w+):/gm)].map((m) => m[1]).sort()).toEqual(['invoke', 'subscribe']);
  });
});
