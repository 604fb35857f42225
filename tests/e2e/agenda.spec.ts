import { test, expect } from './fixtures';

// Run of show: agenda editing, the timer in every window, the break screen, and a reload
// that resumes with the right remaining time (times live in the file, not in memory).
test('agenda: template, edit, reorder by keyboard and drag, start opens its phase, timer on the projector', async ({ page, context, demoServer }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(demoServer.url);
  const projector = await context.newPage();
  await projector.setViewportSize({ width: 1280, height: 720 });
  await projector.goto(`${demoServer.url}#/projektor`);

  await page.getByTestId('agenda-open').click();
  const dialog = page.getByTestId('agenda-dialog');
  await expect(dialog).toBeVisible();
  const rows = dialog.getByTestId('agenda-row');
  await expect(rows).toHaveCount(9); // the demo carries the standard afternoon
  await expect(dialog.getByTestId('agenda-total')).toContainText('Summe 210 Minuten · Ende geplant 17:30');

  // Edit a title and minutes; Enter saves.
  const title = rows.nth(0).getByRole('textbox', { name: 'Punkt' });
  await title.fill('Ankommen und Begrüßung');
  await title.press('Enter');
  const minutes = rows.nth(0).getByRole('spinbutton');
  await minutes.fill('20');
  await minutes.press('Enter');
  await expect(dialog.getByTestId('agenda-total')).toContainText('Summe 215 Minuten · Ende geplant 17:35');

  // Reorder by keyboard: Alt+↓ on the handle.
  await rows.nth(0).getByTestId('agenda-handle').focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(rows.nth(1).getByRole('textbox', { name: 'Punkt' })).toHaveValue('Ankommen und Begrüßung');
  // … and back by drag and drop.
  await rows.nth(1).getByTestId('agenda-handle').dragTo(rows.nth(0).getByTestId('agenda-handle'));
  await expect(rows.nth(0).getByRole('textbox', { name: 'Punkt' })).toHaveValue('Ankommen und Begrüßung');

  // Bad input is refused with a message and not saved.
  await minutes.fill('601');
  await minutes.press('Enter');
  await expect(page.getByTestId('error-message')).toContainText('höchstens 600');
  await expect(dialog.getByTestId('agenda-total')).toContainText('Summe 215 Minuten');

  // Starting the strengths item opens its phase on every screen and shows the timer to the room.
  await rows.nth(2).getByTestId('agenda-start').click();
  await expect(projector.getByTestId('projector')).toHaveAttribute('data-phase', 'staerken');
  await expect(page.locator('.phase-bar [aria-current="step"]')).toContainText('Stärken');
  await dialog.getByRole('button', { name: 'Schließen', exact: true }).click();
  await expect(page.getByTestId('runbar-item')).toHaveText('Stärken an den Tischen sammeln');
  await expect(page.getByTestId('runbar-time')).toContainText(/noch (25:00|24:5\d)/);
  await expect(projector.getByTestId('proj-timer')).toContainText(/^(25:00|24:5\d)/);

  // +5 min and pause reach the projector; a reload resumes with the same remaining time.
  await page.getByTestId('runbar-plus5').click();
  await expect(projector.getByTestId('proj-timer')).toContainText(/^(30:00|29:5\d)/);
  await page.getByTestId('runbar-pause').click();
  await expect(projector.getByTestId('proj-timer')).toContainText('angehalten');
  await expect(page.getByTestId('runbar-time')).toContainText('angehalten');
  const shown = await page.getByTestId('runbar-time').textContent();
  await page.reload();
  await expect(page.getByTestId('runbar-time')).toHaveText(shown!);
  await page.getByTestId('runbar-pause').click();
  await expect(projector.getByTestId('proj-timer')).not.toContainText('angehalten');
});

test('a break fills the projector with the time to resume and the next item', async ({ page, context, demoServer }) => {
  await page.goto(demoServer.url);
  const projector = await context.newPage();
  await projector.setViewportSize({ width: 1024, height: 768 });
  await projector.goto(`${demoServer.url}#/projektor`);
  await page.getByTestId('agenda-open').click();
  const pauseRow = page.getByTestId('agenda-row').filter({ has: page.locator('select option:checked', { hasText: 'Pause' }) });
  await pauseRow.getByTestId('agenda-start').click();
  const brk = projector.getByTestId('proj-break');
  await expect(brk).toBeVisible();
  await expect(brk).toContainText(/Weiter um \d\d:\d\d/);
  await expect(brk).toContainText('Danach: Potenziale und nächste Schritte');
  // Readable from the back: the resume time is at least 3 % of the projector's height.
  const h = await brk.locator('.proj-break-until').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(h).toBeGreaterThanOrEqual(0.03 * 768);
  await projector.screenshot({ path: test.info().outputPath('projector-break-1024.png') });
});
