import { test, expect, createWorkshop } from './fixtures';

test('create a workshop, add a card, reload: the data is still there', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Neuer Workshop' })).toBeVisible();
  await createWorkshop(page, 'Kleinhausen');
  await expect(page.locator('.shell-header')).toContainText('Kleinhausen');
  await page.getByRole('button', { name: /Stärken/ }).click();
  const input = page.getByTestId('card-input');
  await input.fill('Sprachcafé in der Stadtbibliothek');
  await input.press('Enter');
  await expect(input).toHaveValue('');
  await expect(input).toBeFocused();
  await input.fill('Integrationsbeirat tagt monatlich');
  await input.press('Enter');
  await expect(page.getByTestId('card')).toHaveCount(2);

  await page.reload();
  await expect(page.locator('.shell-header')).toContainText('Kleinhausen');
  await expect(page.getByRole('button', { name: /Stärken/ })).toHaveAttribute('aria-current', 'step');
  await expect(page.getByTestId('card')).toHaveCount(2);
  await expect(page.getByTestId('card').first()).toContainText('Sprachcafé in der Stadtbibliothek');
});

test('the projector route shows the same phase and follows the facilitator', async ({ page, context, demoServer }) => {
  await page.goto(demoServer.url);
  const projector = await context.newPage();
  await projector.goto(`${demoServer.url}#/projektor`);
  await expect(projector.getByTestId('projector')).toHaveAttribute('data-phase', 'ergebnisse');
  await expect(projector.getByTestId('field-bars')).toBeVisible();
  for (const [button, phase] of [
    ['Stärken', 'staerken'],
    ['Maßnahmenplan', 'plan'],
    ['Ergebnisse', 'ergebnisse'],
  ] as const) {
    await page.getByRole('button', { name: new RegExp(button) }).click();
    await expect(projector.getByTestId('projector')).toHaveAttribute('data-phase', phase);
  }
  await page.getByRole('button', { name: 'Projektor leer' }).click();
  await expect(projector.getByTestId('projector')).toHaveAttribute('data-phase', 'blank');
});

test("two tabs see each other's changes, and undo reaches both", async ({ browser, demoServer }) => {
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();
  await a.goto(demoServer.url);
  await b.goto(demoServer.url);
  await a.getByRole('button', { name: /Stärken/ }).click();
  await expect(b.getByRole('button', { name: /Stärken/ })).toHaveAttribute('aria-current', 'step');
  // Count once both boards are fully there (a screen renders just after the phase bar).
  await expect(a.getByTestId('card-input')).toBeVisible();
  await expect(b.getByTestId('card-input')).toBeVisible();
  const before = await a.getByTestId('card').count();
  await expect(b.getByTestId('card')).toHaveCount(before);
  await a.getByTestId('card-input').fill('Neue Karte aus Tab A');
  await a.getByTestId('card-input').press('Enter');
  await expect(b.getByTestId('card')).toHaveCount(before + 1);
  await expect(b.locator('#main').getByText('Neue Karte aus Tab A')).toBeVisible();
  await b.getByRole('button', { name: /Rückgängig/ }).click();
  await expect(a.getByTestId('card')).toHaveCount(before);
  await a.keyboard.press('Control+Shift+Z');
  await expect(b.getByTestId('card')).toHaveCount(before + 1);
});

test('a window whose change stream opens late (or reconnects) catches up with what happened meanwhile', async ({ browser, demoServer }) => {
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();
  // B's event stream is held back, as on a slow laptop or after the lid was closed
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await b.route('**/api/events**', async (route) => {
    await held;
    await route.continue();
  });
  await a.goto(demoServer.url);
  await a.getByRole('button', { name: /Stärken/ }).click();
  await expect(a.getByTestId('card-input')).toBeVisible();
  // B opens on the phase A chose (read at load); only its change stream is late
  await b.goto(demoServer.url);
  await expect(b.getByTestId('card-input')).toBeVisible();
  const before = await a.getByTestId('card').count();
  await expect(b.getByTestId('card')).toHaveCount(before);
  await a.getByTestId('card-input').fill('Karte, während B nichts hörte');
  await a.getByTestId('card-input').press('Enter');
  await expect(a.locator('#main').getByText('Karte, während B nichts hörte')).toBeVisible();
  await b.waitForTimeout(300);
  await expect(b.getByTestId('card')).toHaveCount(before); // B has not heard of it yet
  release();
  await expect(b.locator('#main').getByText('Karte, während B nichts hörte')).toBeVisible();
  await expect(b.getByTestId('card')).toHaveCount(before + 1);
});

test('English is selectable without a restart', async ({ page, demoServer }) => {
  await page.goto(demoServer.url);
  await page.getByRole('button', { name: 'Sprache' }).click();
  await expect(page.getByRole('button', { name: /Action plan/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: /Action plan/ })).toBeVisible();
  await page.getByRole('button', { name: 'Language' }).click();
  await expect(page.getByRole('button', { name: /Maßnahmenplan/ })).toBeVisible();
});

test('the API refuses calls without the per-run token', async ({ request, server }) => {
  const base = new URL(server.url).origin;
  const no = await request.post(`${base}/api/call`, { data: { method: 'app.status', input: {} } });
  expect(no.status()).toBe(403);
  const wrong = await request.post(`${base}/api/call`, {
    data: { method: 'app.status', input: {} },
    headers: { 'x-werkstatt-token': 'x'.repeat(server.token.length) },
  });
  expect(wrong.status()).toBe(403);
  const ok = await request.post(`${base}/api/call`, { data: { method: 'app.status', input: {} }, headers: { 'x-werkstatt-token': server.token } });
  expect((await ok.json()).ok).toBe(true);
  const bad = await request.post(`${base}/api/call`, {
    data: { method: 'cards.add', input: { text: 'Karte ohne Workshop' } },
    headers: { 'x-werkstatt-token': server.token },
  });
  const body = await bad.json();
  expect(body.ok).toBe(false);
  expect(body.error.code).toBe('NO_WORKSHOP');
});

test('opening a file that is not a workshop shows a clear message', async ({ page, server }) => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const file = path.join(server.dir, 'notizen.werkstatt');
  fs.writeFileSync(file, 'Das ist nur Text.');
  await page.goto(server.url);
  await page.getByLabel('Pfad zur Workshop-Datei').fill(file);
  await page.getByRole('button', { name: 'Öffnen', exact: true }).click();
  await expect(page.getByTestId('error-message')).toContainText('keine Workshop-Datei');
});

test('? lists the shortcuts; Alt+number switches the phase', async ({ page, demoServer }) => {
  await page.goto(demoServer.url);
  await page.locator('.shell-header h1').click();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Tastenkürzel' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.keyboard.press('Alt+5');
  await expect(page.getByRole('button', { name: /Maßnahmenplan/ })).toHaveAttribute('aria-current', 'step');
});

test('"Speichern unter" in browser mode writes a copy and continues in it', async ({ page, demoServer }) => {
  const path = await import('node:path');
  const target = path.join(demoServer.dir, 'kopie.werkstatt');
  await page.goto(demoServer.url);
  await page.getByRole('button', { name: 'Speichern unter …' }).click();
  await page.getByLabel('Neuer Dateipfad').fill(target);
  await page.getByRole('button', { name: 'Kopie speichern und darin weiterarbeiten' }).click();
  await expect(page.locator('.saved')).toHaveAttribute('title', target);
});
