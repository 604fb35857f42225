import { test, expect, _electron as electron, type ElectronApplication } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

// Desktop-only checks: launch, opening a file, navigation blocking. They need the Electron
// binary, which cannot be downloaded on every build machine; then they skip and say why.
const require = createRequire(import.meta.url);
function electronBinary(): string | null {
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    const bin = path.join(dir, 'dist', fs.readFileSync(path.join(dir, 'path.txt'), 'utf8').trim());
    return fs.existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}
const bin = electronBinary();
const reason = 'Electron-Binärdatei fehlt (node_modules/electron/dist): Electron-Tests übersprungen';
if (!bin) console.log(`[electron] ${reason}`);

test.describe('desktop app', () => {
  test.skip(!bin, reason);
  let app: ElectronApplication;
  let dir: string;

  test.beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-electron-'));
  });
  test.afterEach(async () => {
    await app?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const launch = (args: string[] = []) =>
    electron.launch({
      executablePath: bin!,
      args: ['out/main/index.js', ...args],
      env: { ...process.env, WERKSTATT_DIR: path.join(dir, 'ws'), WERKSTATT_SETTINGS_DIR: path.join(dir, 'settings') },
    });

  test('launches on the demo workshop with a locked-down window', async () => {
    app = await launch();
    const win = await app.firstWindow();
    await expect(win.locator('.shell-header h1')).toContainText('Selbstcheck-Workshop');
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const wc = BrowserWindow.getAllWindows()[0].webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> };
      return wc.getLastWebPreferences?.() ?? null;
    });
    if (prefs) {
      expect(prefs.contextIsolation).toBe(true);
      expect(prefs.sandbox).toBe(true);
      expect(prefs.nodeIntegration).toBe(false);
    }
    expect(await win.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(await win.evaluate(() => Object.keys((window as unknown as { werkstatt: object }).werkstatt).sort())).toEqual(['invoke', 'subscribe']);
  });

  test('opens a workshop file given on the command line', async () => {
    const file = path.join(dir, 'given.werkstatt');
    const { execFileSync } = await import('node:child_process');
    execFileSync(process.execPath, ['out/main/cli.js', 'new', file, '--name', 'Aus der Befehlszeile']);
    app = await launch([file]);
    const win = await app.firstWindow();
    await expect(win.locator('.shell-header h1')).toContainText('Aus der Befehlszeile');
  });

  test('navigation away and window.open are blocked', async () => {
    app = await launch();
    const win = await app.firstWindow();
    await win.locator('.shell-header').waitFor();
    const before = win.url();
    await win.evaluate(() => {
      window.location.href = 'https://example.org/';
    });
    await win.waitForTimeout(500);
    expect(win.url()).toBe(before);
    const opened = await win.evaluate(() => window.open('https://example.org/') === null);
    expect(opened).toBe(true);
    expect(app.windows().length).toBe(1);
  });

  test('native folder picker: the suggestions panel and the programme view take the chosen folder', async () => {
    const { execFileSync } = await import('node:child_process');
    const demo = path.join(dir, 'demo.werkstatt');
    const pk = path.join(dir, 'pakete');
    fs.mkdirSync(pk);
    execFileSync(process.execPath, ['out/main/cli.js', 'demo', demo, '--settings', path.join(dir, 'settings')]);
    execFileSync(process.execPath, [
      'out/main/cli.js',
      'package',
      demo,
      '--out',
      path.join(pk, 'a.json'),
      '--pseudonym',
      'Musterstadt',
      '--settings',
      path.join(dir, 'settings'),
    ]);
    app = await launch();
    // The dialog is the OS's; here it answers with the folder, as a user choosing it would.
    await app.evaluate(({ dialog }, folder) => {
      dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [folder] })) as typeof dialog.showOpenDialog;
    }, pk);
    const win = await app.firstWindow();
    await win.locator('.shell-header').waitFor();
    await win.getByRole('button', { name: /Nächste Schritte/ }).click();
    await win.getByTestId('suggestions').getByRole('button', { name: 'Ordner wählen …' }).click();
    await expect(win.getByTestId('suggest-source')).toContainText('(1 Paket)');
    await expect(win.getByTestId('suggestion').first()).toContainText('aus: Musterstadt');

    await win.getByRole('button', { name: 'Workshop schließen' }).click();
    await win.getByTestId('start-programme').click();
    await win.getByTestId('programme-pick').click();
    await expect(win.getByTestId('programme-summary')).toContainText('1 Kommune');
  });
});
