import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { MAX_COUNT } from '../../shared/domain/limits';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

async function openPlan(page: Page, url: string) {
  await page.goto(url);
  await page.locator('.phase-bar button', { hasText: 'Maßnahmenplan' }).click();
  await expect(page.getByTestId('plan-table')).toBeVisible();
}

async function download(page: Page, trigger: string, item: RegExp): Promise<{ name: string; bytes: Buffer }> {
  await page.getByTestId(trigger).click();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  const p = await dl.path();
  return { name: dl.suggestedFilename(), bytes: fs.readFileSync(p!) };
}

test('edit an action, add a progress note, filter overdue, export CSV, XLSX and PDF from the UI', async ({ page, demoServer }) => {
  await openPlan(page, demoServer.url);
  const rows = page.getByTestId('action-row');
  const total = await rows.count();
  expect(total).toBeGreaterThanOrEqual(15);

  // Edit through the dialog: keyboard only, Enter in a one-line field saves.
  await rows.first().locator('.row-open').click();
  const dialog = page.getByTestId('action-editor');
  await expect(dialog).toBeVisible();
  await expect(page.locator('#ae-title')).toBeFocused();
  await page.locator('#ae-title').fill('Sprechstunde „Antidiskriminierung“ im Rathaus');
  await page.locator('#ae-due').fill('01.01.2020');
  await page.locator('#ae-status').selectOption('geplant');
  await page.locator('#ae-responsible').fill('Bürgerbüro');
  await page.locator('#ae-responsible').press('Enter');
  // The demo action starts after 2020: the dialog says so and stays open.
  await expect(dialog.getByRole('alert')).toContainText('Beginn liegt nach der Frist');
  await page.locator('#ae-start').fill('');
  await page.locator('#ae-start').press('Enter');
  await expect(dialog).toBeHidden();
  const edited = rows.filter({ hasText: 'Sprechstunde „Antidiskriminierung“ im Rathaus' });
  await expect(edited).toContainText('01.01.2020');
  await expect(edited).toContainText('überfällig');
  await expect(edited).toHaveClass(/overdue/);

  // Esc with a change asks first ("Weiter bearbeiten" has the focus), then discards on request.
  await edited.locator('.row-open').click();
  await page.locator('#ae-title').fill('Das soll nicht gespeichert werden');
  await page.keyboard.press('Escape');
  await expect(dialog.getByTestId('discard-confirm')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Weiter bearbeiten' })).toBeFocused();
  await page.keyboard.press('Escape'); // a second Esc does not throw the text away either
  await expect(page.locator('#ae-title')).toHaveValue('Das soll nicht gespeichert werden');
  await dialog.getByTestId('discard').click();
  await expect(dialog).toBeHidden();
  await expect(rows.filter({ hasText: 'Das soll nicht gespeichert werden' })).toHaveCount(0);
  await expect(edited.locator('.row-open')).toBeFocused();

  // A dated progress note that also changes the status.
  await edited.locator('.row-open').press('Enter');
  await expect(dialog).toBeVisible();
  const notesBefore = await dialog
    .getByTestId('action-updates')
    .locator('li')
    .count()
    .catch(() => 0);
  await dialog.getByLabel('Stand ändern auf').selectOption('in_arbeit');
  await dialog.getByTestId('note-input').fill('Raum im Erdgeschoss ist reserviert.');
  await dialog.getByTestId('note-input').press('Enter');
  await expect(dialog.getByTestId('action-updates')).toContainText('Raum im Erdgeschoss ist reserviert.');
  await expect(dialog.getByTestId('action-updates').locator('li')).toHaveCount(notesBefore + 1);
  await expect(page.locator('#ae-status')).toHaveValue('in_arbeit');
  await page.keyboard.press('Escape');
  await expect(edited).toContainText('in Arbeit');

  // Filter: overdue only — every remaining row is marked, the edited one among them.
  const overdueCount = await page.locator('tr.overdue').count();
  expect(overdueCount).toBeGreaterThan(0);
  await page.getByTestId('filter-overdue').check();
  await expect(rows).toHaveCount(overdueCount);
  await expect(page.locator('[data-testid="action-row"]:not(.overdue)')).toHaveCount(0);
  await expect(page.getByTestId('plan-count')).toHaveText(`${overdueCount} von ${total} Maßnahmen`);
  await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
  await expect(rows).toHaveCount(total);
  await page.getByTestId('filter-field').selectOption('oeffnung');
  for (const txt of await rows.locator('.c-field').allTextContents()) expect(txt).toBe('Öffnung');
  await page.getByTestId('filter-field').selectOption('');

  // Sorting by due date: ascending, empty dates last.
  await page.locator('th.c-due button.sort').click();
  const dues = (await rows.locator('.c-due').allTextContents())
    .map((s) => s.replace('überfällig', '').trim())
    .filter(Boolean)
    .map((d) => d.split('.').reverse().join('-'));
  expect(dues).toEqual([...dues].sort());

  // Next review of the plan, typed the German way.
  await page.getByTestId('next-review').fill('01.04.2027');
  await page.getByTestId('next-review').press('Enter');
  await expect(page.getByTestId('next-review')).toHaveValue('01.04.2027');

  // Exports from the plan screen, read back.
  const csv = await download(page, 'export-button', /CSV/);
  expect(csv.name).toMatch(/\.csv$/);
  // the focus is back on the export button, not lost to <body> (it was disabled while busy)
  await expect(page.getByTestId('export-button')).toBeFocused();
  expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const csvText = csv.bytes.toString('utf8');
  expect(csvText).toContain('"Sprechstunde „Antidiskriminierung“ im Rathaus"');
  expect(csvText).toContain('2020-01-01');
  expect(csvText).toContain('Raum im Erdgeschoss ist reserviert.');
  expect(csvText.split('\r\n').filter(Boolean)).toHaveLength(total + 1);

  const xlsx = await download(page, 'export-button', /Excel \(XLSX\)/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0];
  expect(sheet.rowCount).toBe(total + 1);
  const values = sheet.getSheetValues().flat();
  expect(values).toContain('Sprechstunde „Antidiskriminierung“ im Rathaus');
  expect(values.some((v) => v instanceof Date && v.toISOString().startsWith('2020-01-01'))).toBe(true);

  // And from the shell header, in another phase: the designed PDF.
  await page.locator('.phase-bar button', { hasText: 'Stärken' }).click();
  const pdf = await download(page, 'export-header', /PDF/);
  expect(pdf.name).toMatch(/\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
});

test('a plan of 100 actions (the most a workshop holds): render, filter, sort, no horizontal scrolling', async ({ page, demoServer }) => {
  const base = new URL(demoServer.url).origin;
  const call = (method: string, input: unknown) =>
    page.request.post(`${base}/api/call`, { data: { method, input }, headers: { 'x-werkstatt-token': demoServer.token } });
  const fields = ['management', 'oeffnung', 'zugang', 'arbeit', 'engagement', 'zusammenhalt', 'kommunikation'];
  const statuses = ['geplant', 'in_arbeit', 'erledigt', 'zurueckgestellt'];
  const have = (await (await call('actions.list', {})).json()).value.length as number;
  for (let i = have; i < MAX_COUNT.actions; i++) {
    const r = await call('actions.add', {
      title: `Maßnahme ${i + 1}: Integrationsbeauftragte und Antidiskriminierungsberatungsstelle stimmen sich ab`,
      field: fields[i % 7],
      status: statuses[i % 4],
      responsible: `Fachbereich ${i % 9}`,
      due: `202${6 + (i % 3)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
      priority: (i % 20) + 1,
    });
    expect((await r.json()).ok).toBe(true);
  }
  const t0 = Date.now();
  await openPlan(page, demoServer.url);
  await expect(page.getByTestId('action-row')).toHaveCount(MAX_COUNT.actions);
  const renderMs = Date.now() - t0;

  const timed = async (fn: () => Promise<void>) => {
    const s = Date.now();
    await fn();
    return Date.now() - s;
  };
  const filterMs = await timed(async () => {
    await page.getByTestId('filter-field').selectOption('zugang');
    await expect(page.getByTestId('plan-count')).toHaveText(new RegExp(`^\\d+ von ${MAX_COUNT.actions}`));
  });
  const shown = Number((await page.getByTestId('plan-count').textContent())!.split(' ')[0]);
  expect(shown).toBeGreaterThanOrEqual(Math.floor(MAX_COUNT.actions / 7) - 2); // every 7th added action is in "Zugang", plus the demo's own
  await expect(page.getByTestId('action-row')).toHaveCount(shown);
  const resetMs = await timed(async () => {
    await page.getByTestId('filter-field').selectOption('');
    await expect(page.getByTestId('action-row')).toHaveCount(MAX_COUNT.actions);
  });
  const sortMs = await timed(async () => {
    await page.locator('th.c-resp button.sort').click();
    await expect(page.locator('th[aria-sort="ascending"]')).toContainText('Verantwortlich');
  });
  // Typing in the quick input must not wait for the table.
  const input = page.getByTestId('action-input');
  const typeMs = await timed(async () => {
    await input.pressSequentially('Neue Maßnahme zum Tippen', { delay: 0 });
    await expect(input).toHaveValue('Neue Maßnahme zum Tippen');
  });
  const sw = await page.evaluate(() => document.documentElement.scrollWidth);
  console.log(JSON.stringify({ name: 'plan_max_actions_ui_ms', render: renderMs, filter: filterMs, reset: resetMs, sort: sortMs, type24chars: typeMs }));
  expect(sw).toBeLessThanOrEqual(1280);
  // The times are printed for the record; a timed assertion would fail on a busy machine and say
  // nothing about the code (speed targets live in npm run bench).
});

test('the dialog shows where an action came from; a linked potential stays, Ctrl+Z removes it', async ({ page, demoServer }) => {
  await openPlan(page, demoServer.url);
  const row = page.getByTestId('action-row').first();
  await row.locator('.row-open').click();
  const dialog = page.getByTestId('action-editor');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Nächster Schritt')).toBeVisible();
  const chips = dialog.getByTestId('ae-links-question').getByTestId('ae-link-chip');
  const before = await chips.count();

  // Keyboard: the "+ Verknüpfen …" select is a plain select, grouped into Potenziale / Stärken-Themen.
  const add = dialog.getByTestId('ae-add-link');
  await expect(add.locator('optgroup[label="Potenziale"] option').first()).toBeAttached();
  await expect(add.locator('optgroup[label="Stärken-Themen"] option').first()).toBeAttached();
  const option = add.locator('optgroup[label="Potenziale"] option').first();
  const value = (await option.getAttribute('value'))!;
  const label = (await option.textContent())!.trim();
  await add.focus();
  await add.selectOption(value);
  await expect(chips).toHaveCount(before + 1);
  await expect(chips.filter({ hasText: label })).toHaveCount(1);

  // Close, reopen: the link was saved.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await row.locator('.row-open').click();
  await expect(dialog).toBeVisible();
  const chip = chips.filter({ hasText: label });
  await expect(chip).toHaveCount(1);

  // Ctrl+Z with the focus outside a text field undoes the link (one undo step).
  await chip.focus();
  await page.keyboard.press('Control+z');
  await expect(chips).toHaveCount(before);
  await expect(chips.filter({ hasText: label })).toHaveCount(0);
});
