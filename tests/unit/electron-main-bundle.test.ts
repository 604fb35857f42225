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
  const run = () => {
    const r = spawnSync(process.execPath, ['--import', './tests/unit/electron-stub/register.mjs', 'tests/unit/electron-stub/probe.mjs', built], {
      cwd: root, encoding: 'utf8', timeout: 20000,
      env: { ...process.env, WERKSTATT_DIR: path.join(dir, 'ws'), WERKSTATT_SETTINGS_DIR: path.join(dir, 's') },
    });
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(r.stdout.trim().split('\n').pop()!);
  };

  test('starts on the demo workshop in a locked-down window served from app://', () => {
    const p = run();
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
    const p = run();
    expect(p.ipcForeign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(p.ipcInvalid).toBe('INVALID_INPUT');
    expect(p.navPrevented).toBe(true);
    expect(p.ownNavPrevented).toBe(false);
    expect(p.webviewPrevented).toBe(true);
    expect(p.windowOpen).toEqual({ action: 'deny' });
    expect(p.permission).toBe(false);
    expect(p.permissionCheck).toBe(false);
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
