import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, startServer, stopServer } from './fixtures';

// One writer per workshop file: a second server on the same file is refused with a clear
// message; from the start screen the facilitator can view the file read-only instead.
test('a workshop open in another server: refused, then viewed read-only with a banner', async ({ page, server }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-e2e-ro-'));
  const file = path.join(dir, 'Geteilt.werkstatt');
  expect(spawnSync(process.execPath, ['out/main/cli.js', 'new', file, '--name', 'Geteilter Workshop'], { encoding: 'utf8' }).status).toBe(0);
  const holder = await startServer({ file });
  try {
    // A second server on the same file does not start racing the first one.
    await expect(startServer({ file })).rejects.toThrow(/bereits geöffnet/);

    await page.goto(server.url);
    await page.getByLabel('Pfad zur Workshop-Datei').fill(file);
    await page.getByRole('button', { name: 'Öffnen', exact: true }).click();
    await expect(page.getByTestId('error-message')).toContainText('bereits geöffnet');
    await page.getByRole('button', { name: 'Schreibgeschützt ansehen' }).click();
    await expect(page.locator('.shell-header h1')).toHaveText('Geteilter Workshop');
    await expect(page.getByTestId('readonly-banner')).toContainText('an anderer Stelle zum Bearbeiten geöffnet');

    // A change is refused with a message that says why, not an internal error.
    await page.getByRole('button', { name: /Maßnahmenplan/ }).click();
    await expect(page.getByTestId('error-message')).toContainText('schreibgeschützt geöffnet');
  } finally {
    await stopServer(holder);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
