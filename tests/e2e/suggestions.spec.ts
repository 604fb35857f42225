import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, createWorkshop } from './fixtures';

// "Anregungen aus anderen Kommunen" through the real UI: a folder with a package written by the
// CLI (the demo town under the pseudonym "Musterstadt") and a tampered copy of it.
function cli(dir: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['out/main/cli.js', ...args, '--settings', path.join(dir, 'settings')], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
}

test('next steps: load a folder of packages, a tampered one is skipped, adopt a suggestion with Ü, undo, Enter; the step shows its origin', async ({
  page,
  server,
}) => {
  const demo = path.join(server.dir, 'demo.werkstatt');
  const pk = path.join(server.dir, 'pakete');
  fs.mkdirSync(pk);
  cli(server.dir, 'demo', demo);
  cli(server.dir, 'package', demo, '--out', path.join(pk, 'a.werkstatt-austausch.json'), '--pseudonym', 'Musterstadt');
  const tampered = JSON.parse(fs.readFileSync(path.join(pk, 'a.werkstatt-austausch.json'), 'utf8'));
  tampered.content.municipality = 'Fälschungshausen';
  tampered.content.actions[0].title = 'Manipulierter Integrationskurs mit Kinderbetreuung';
  fs.writeFileSync(path.join(pk, 'b-manipuliert.json'), JSON.stringify(tampered, null, 2));

  await page.goto(server.url);
  await createWorkshop(page, 'Teststadt');
  await page.getByRole('button', { name: /Nächste Schritte/ }).click();
  await page.getByTestId('idea-field').selectOption('zugang');
  await page.getByTestId('idea-input').fill('Integrationskurs mit Kinderbetreuung für Eltern');
  await page.getByTestId('idea-input').press('Enter');
  await expect(page.getByTestId('idea')).toHaveCount(1);

  const panel = page.getByTestId('suggestions');
  await expect(panel.getByRole('heading', { name: 'Anregungen aus anderen Kommunen' })).toBeVisible();
  // A typed path that does not exist: a clear message beside the field, nothing loaded.
  await panel.getByTestId('suggest-path').fill(path.join(server.dir, 'gibtsnicht'));
  await panel.getByRole('button', { name: 'Laden', exact: true }).click();
  await expect(panel.getByTestId('suggest-problem')).toContainText('gibt es nicht');
  await expect(panel.getByTestId('suggest-source')).toHaveCount(0);

  await panel.getByTestId('suggest-path').fill(pk);
  await panel.getByRole('button', { name: 'Laden', exact: true }).click();
  await expect(panel.getByTestId('suggest-source')).toContainText('(1 Paket)');
  await expect(panel.getByTestId('suggest-problem')).toHaveCount(0);
  const refused = panel.getByTestId('suggest-refused');
  await expect(refused).toContainText('1 Datei übersprungen');
  await expect(refused).toContainText('„b-manipuliert.json“ wurde nach dem Erstellen verändert');
  await expect(panel).not.toContainText('Manipulierter');
  await expect(panel).not.toContainText('Fälschungshausen');

  // Only this workshop's field, the closest in words first; the town is named, no rank anywhere.
  const first = panel.getByTestId('suggestion').first();
  await expect(first).toContainText('Zusätzlicher Integrationskurs mit Kinderbetreuung an der VHS');
  await expect(first).toContainText('aus: Musterstadt (Pseudonym)');
  await expect(first).toContainText(/Gemeinsame Wörter: .*Kinderbetreuung/);
  for (const s of await panel.getByTestId('suggestion').all()) await expect(s.locator('.field-tag')).toHaveText('Zugang');
  await expect(panel).not.toContainText(/\bRang\b|\bPlatz \d/);

  const { violations } = await new AxeBuilder({ page }).include('[data-testid=suggestions]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // One key: Ü on the focused suggestion adopts it as a next step here, with its origin.
  // (Playwright's keyboard knows only the US layout; a German keyboard sends key "ü" from the key right of P.)
  const adoptButton = first.getByRole('button', { name: /übernehmen/ });
  await adoptButton.focus();
  await adoptButton.dispatchEvent('keydown', { key: 'ü', code: 'BracketLeft', bubbles: true, cancelable: true });
  await expect(page.getByTestId('idea')).toHaveCount(2);
  const adopted = page.getByTestId('idea').filter({ hasText: 'Zusätzlicher Integrationskurs mit Kinderbetreuung an der VHS' });
  await expect(adopted.getByTestId('idea-origin')).toHaveText('aus: Musterstadt');
  await expect(first).toContainText('übernommen');
  // Focus moved on to the next suggestion, so the keyboard keeps going.
  await expect(panel.locator('[data-testid=suggestion] button:focus')).toHaveCount(1);
  await expect(first.getByRole('button')).toHaveCount(0);

  // Undo takes the step (and its origin) back; Enter adopts it again.
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('idea')).toHaveCount(1);
  await expect(first.getByRole('button', { name: /übernehmen/ })).toBeVisible();
  await first.getByRole('button', { name: /übernehmen/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('idea')).toHaveCount(2);
  await expect(adopted.getByTestId('idea-origin')).toHaveText('aus: Musterstadt');

  // The folder is a setting of the workshop: after a reload it is still there.
  await page.reload();
  await page.getByRole('button', { name: /Nächste Schritte/ }).click();
  await expect(page.getByTestId('suggest-source')).toContainText(pk);
  await expect(page.getByTestId('suggestion').first()).toContainText('übernommen');
  await expect(page.getByTestId('idea').filter({ hasText: 'VHS' }).getByTestId('idea-origin')).toHaveText('aus: Musterstadt');

  // On a keyboard without Ü, U does the same (a real key press this time).
  const second = page.getByTestId('suggestion').nth(1);
  const title = (await second.locator('.suggest-title').textContent())!;
  await second.getByRole('button', { name: /übernehmen/ }).focus();
  await page.keyboard.press('u');
  await expect(page.getByTestId('idea')).toHaveCount(3);
  await expect(page.getByTestId('idea').filter({ hasText: title }).getByTestId('idea-origin')).toHaveText('aus: Musterstadt');
});
