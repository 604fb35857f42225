import { test, expect } from './fixtures';

// The demo shows the exchange too: its next-steps phase suggests from the app's example packages
// (resources/demo/pakete) without asking, and the programme view offers them as a starting point.
test('demo: next steps show suggestions from the example packages, one is adopted with its origin', async ({ page, demoServer }) => {
  await page.goto(demoServer.url);
  await page.getByRole('button', { name: /Nächste Schritte/ }).click();
  const panel = page.getByTestId('suggestions');
  await expect(panel.getByTestId('suggest-source')).toContainText('(4 Pakete)');
  await expect(panel).not.toContainText('noch nicht geladen');
  await expect(panel.getByTestId('suggestion').nth(2)).toBeVisible();
  await expect(panel).toContainText('aus: Mittelstadt Süd (Pseudonym)');

  const ideas = page.getByTestId('idea');
  const before = await ideas.count();
  const first = panel.getByTestId('suggestion').first();
  const title = (await first.locator('.suggest-title').textContent())!;
  // "aus: Talwerden" or "aus: Mittelstadt Süd (Pseudonym)"; the step shows the name without the mark.
  const from = (await first.locator('.suggest-from').textContent())!.replace(/\s*\(Pseudonym\)\s*$/, '').trim();
  await first.getByRole('button', { name: /übernehmen/ }).click();
  await expect(ideas).toHaveCount(before + 1);
  await expect(ideas.filter({ hasText: title }).getByTestId('idea-origin')).toHaveText(from);
  await expect(first).toContainText('übernommen');
});

test('programme view: "Beispielpakete ansehen" loads the example municipalities', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByTestId('start-programme').click();
  await page.getByTestId('programme-examples').click();
  await expect(page.getByTestId('programme-summary')).toContainText('4 Kommunen');
  await expect(page.getByTestId('programme-examples')).toHaveCount(0);
  await expect(page.getByTestId('programme-highlight').locator('option', { hasText: 'Mittelstadt Süd' })).toHaveCount(1);
});
