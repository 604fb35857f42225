import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, createWorkshop } from './fixtures';
import { projectorProblems } from './projector-check';

// Table groups ("Tische", issue #13.3): defined in a dialog, chosen once while typing one table's
// paper cards, the board arranged by table in the plenary, and one table's cards large on the
// projector while it presents — nothing cut off at 1280×720 and 1024×768.

const SHOTS = process.env.TABLES_SHOTS ?? path.join(os.tmpdir(), 'werkstatt-tables-shots');
fs.mkdirSync(SHOTS, { recursive: true });

const overflow = projectorProblems;

async function axeSerious(page: Page, include: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).include(include).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The visible card texts on the projector (soft hyphens removed). */
async function projectorCards(projector: Page): Promise<string[]> {
  return projector
    .getByTestId('proj-card')
    .evaluateAll((els) =>
      els
        .filter((e) => (e as HTMLElement).checkVisibility({ visibilityProperty: true }))
        .map((e) => (e.querySelector('.pb-text')?.textContent ?? '').replace(/\u00ad/g, '')),
    );
}

/** Walks every page of the table on the projector (Bild↓ on the laptop), measuring and photographing each. */
async function walkTable(page: Page, projector: Page, tag: string): Promise<string[]> {
  const box = projector.getByTestId('proj-table-cards');
  await expect(box).toBeVisible();
  await projector.waitForTimeout(300); // fonts and hyphenation settle
  const pages = Number(await box.getAttribute('data-pages'));
  await expect(page.getByTestId('proj-controls-page')).toContainText(`von ${pages}`);
  const seen: string[] = [];
  for (let p = 1; p <= pages; p++) {
    await expect(box).toHaveAttribute('data-page', String(p));
    expect(await overflow(projector), `table page ${p} at ${tag}`).toEqual([]);
    seen.push(...(await projectorCards(projector)));
    await projector.screenshot({ path: path.join(SHOTS, `${tag}-table-${p}.png`) });
    if (p < pages) {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('PageDown');
    }
  }
  return seen;
}

const column = (page: Page, name: string | RegExp): Locator => page.getByTestId('table-col').filter({ has: page.getByRole('heading', { name }) });

test('define tables, type cards for a table, board by table, projector shows one table', async ({ browser, server }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const projector = await context.newPage();
  await projector.setViewportSize({ width: 1280, height: 720 });
  await page.goto(server.url);
  await createWorkshop(page, 'Tischhausen');
  await projector.goto(`${server.url}#/projektor`);
  await page.locator('.phase-bar button', { hasText: 'Stärken' }).click();

  // Without tables the capture offers no table choice.
  await expect(page.getByTestId('card-input')).toBeVisible();
  await expect(page.getByTestId('capture-table')).toHaveCount(0);

  // The dialog: keyboard-reachable from the strengths screen, axe clean empty and filled.
  await page.getByTestId('tables-open').focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Tische' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Noch keine Tische angelegt.');
  expect(await axeSerious(page, '[data-testid=tables-dialog]')).toEqual([]);
  await dialog.getByRole('button', { name: 'Ein Tisch je Handlungsfeld' }).click();
  const rows = dialog.getByTestId('table-row');
  await expect(rows).toHaveCount(7);
  await expect(rows.nth(2).getByTestId('table-name')).toHaveValue('Tisch 3: Zugang');
  await expect(rows.nth(2).getByTestId('table-field')).toHaveValue('zugang');
  // "Ein Tisch je Handlungsfeld" is offered only while there are none (the core would refuse it).
  await expect(dialog.getByTestId('tables-per-field')).toHaveCount(0);

  // Edit by keyboard: name (Enter saves), host, a free topic; each is one change.
  const name3 = rows.nth(2).getByTestId('table-name');
  await name3.fill('Tisch Zugang');
  await name3.press('Enter');
  await expect(rows.nth(2).getByTestId('table-name')).toHaveValue('Tisch Zugang');
  await rows.nth(2).getByTestId('table-host').fill('Frau Demir');
  await rows.nth(2).getByTestId('table-host').press('Tab'); // leaving the cell saves it, and Tab moves on
  await expect(rows.nth(2).getByRole('button', { name: 'Tisch „Tisch Zugang“ löschen' })).toBeFocused();
  await expect(rows.nth(2).getByTestId('table-host')).toHaveValue('Frau Demir');

  // Add a table with a free topic: the new row's name field has the focus, type its name at once.
  await dialog.getByTestId('tables-add').click();
  await expect(rows).toHaveCount(8);
  const fresh = rows.nth(7);
  await expect(fresh.getByTestId('table-name')).toBeFocused();
  await expect(fresh.getByTestId('table-name')).toHaveValue('Tisch 8');
  await page.keyboard.type('Jugendtisch');
  await page.keyboard.press('Tab'); // saves the name, on to the field
  await expect(fresh.getByTestId('table-field')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Jugendbeteiligung');
  await page.keyboard.press('Enter');
  await expect(fresh.getByTestId('table-topic')).toHaveValue('Jugendbeteiligung');
  await expect(fresh.getByTestId('table-name')).toHaveValue('Jugendtisch');
  // Bad input: an empty name is refused with a message, and the field shows the saved name again.
  await fresh.getByTestId('table-name').fill('   ');
  await fresh.getByTestId('table-name').press('Enter');
  await expect(page.getByTestId('error-message')).toContainText('Namen');
  await expect(fresh.getByTestId('table-name')).toHaveValue('Jugendtisch');
  await page.reload();
  await page.getByTestId('tables-open').click();
  await expect(rows.nth(7).getByTestId('table-name')).toHaveValue('Jugendtisch');

  // Delete a table (the last field table): seven are left.
  await rows
    .nth(6)
    .getByRole('button', { name: /löschen/ })
    .click();
  await expect(rows).toHaveCount(7);
  await expect(dialog.getByTestId('tables-status')).toContainText('gelöscht');
  expect(await axeSerious(page, '[data-testid=tables-dialog]')).toEqual([]);
  await dialog.screenshot({ path: path.join(SHOTS, 'facilitator-tables-dialog.png') });
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  // The delete is one undo entry, named in the window's language; Strg+Z brings the table back.
  await expect(page.getByRole('button', { name: '↶ Rückgängig' })).toHaveAttribute('title', 'Rückgängig: Tisch löschen');
  await page.keyboard.press('Control+z');
  await page.getByTestId('tables-open').click();
  await expect(rows).toHaveCount(8);
  await expect(rows.nth(6).getByTestId('table-name')).toHaveValue('Tisch 7: Kommunikation');
  await rows
    .nth(6)
    .getByRole('button', { name: /löschen/ })
    .click();
  await expect(rows).toHaveCount(7);
  await page.keyboard.press('Escape');

  // Typing for a table: chosen once, kept for every card after it; its field comes with it.
  const tableSelect = page.getByTestId('capture-table');
  await tableSelect.selectOption({ label: 'Tisch Zugang' });
  await expect(page.getByTestId('capture-field')).toHaveValue('zugang');
  const input = page.getByTestId('card-input');
  const cardsZ = ['Bürgerbüro berät in fünf Sprachen', 'Wegweiser im Rathaus mit Piktogrammen'];
  for (const c of cardsZ) {
    await input.fill(c);
    await input.press('Enter');
    await expect(page.getByTestId('card').filter({ hasText: c })).toBeVisible();
  }
  await expect(tableSelect).toHaveValue(/\d+/);
  await tableSelect.selectOption({ label: 'Jugendtisch' });
  await input.fill('Jugendforum trifft sich monatlich im Rathaus');
  await input.press('Enter');
  await tableSelect.selectOption({ label: 'Tisch: keiner' });
  await input.fill('Kita-Elternbriefe in einfacher Sprache');
  await input.press('Enter');
  await expect(page.getByTestId('card').filter({ hasText: 'Kita-Elternbriefe' })).toBeVisible();
  // each card shows its table, quietly
  await expect(page.getByTestId('card').filter({ hasText: cardsZ[1] }).getByTestId('card-table')).toHaveText('Tisch Zugang');
  await expect(page.getByTestId('card').filter({ hasText: 'Kita-Elternbriefe' }).getByTestId('card-table')).toHaveCount(0);

  // Plenary: the board by table — each card under its table, the one without under "Ohne Tisch".
  await page.getByTestId('board-by-tables').click();
  await expect(page.getByTestId('board-by-tables')).toHaveAttribute('aria-pressed', 'true');
  const zugang = column(page, 'Tisch Zugang');
  for (const c of cardsZ) await expect(zugang.getByTestId('table-card').filter({ hasText: c })).toBeVisible();
  await expect(zugang).toContainText('2 Karten');
  await expect(column(page, 'Jugendtisch').getByTestId('table-card')).toHaveText([/Jugendforum/]);
  await expect(column(page, 'Jugendtisch')).toContainText('1 Karte');
  await expect(column(page, 'Ohne Tisch').getByTestId('table-card')).toHaveText([/Kita-Elternbriefe/]);
  await expect(column(page, 'Tisch 1: Steuerung')).toContainText('0 Karten');
  await expect(column(page, 'Jugendtisch').locator('.table-col-subject')).toHaveText('Jugendbeteiligung');
  await page.screenshot({ path: path.join(SHOTS, 'facilitator-board-by-table-1920.png') });
  expect(await axeSerious(page, '[data-testid=table-board]')).toEqual([]);

  // One table presents: "Groß zeigen" on its column → the projector shows its cards only.
  await zugang.getByTestId('zoom').click();
  await expect(zugang.getByTestId('zoom')).toHaveAttribute('aria-pressed', 'true');
  const focus = projector.getByTestId('proj-focus');
  await expect(focus).toHaveAttribute('data-kind', 'table');
  await expect(focus.locator('.pf-title')).toContainText('Tisch');
  // the field is in the name already: no second "Zugang" after it
  expect((await focus.locator('.pf-title').textContent())!.replace(/\u00ad/g, '')).toBe('Tisch Zugang');
  await expect(focus).not.toContainText('Frau Demir'); // never the names of people
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1024, height: 768 },
  ]) {
    await projector.setViewportSize(size);
    const seen = await walkTable(page, projector, `${size.width}x${size.height}-new`);
    expect([...seen].sort()).toEqual([...cardsZ].sort());
  }

  // A wrongly typed card moves to its table from the card's menu; the projector follows.
  await page.getByTestId('board-by-themes').click();
  const kita = page.getByTestId('card').filter({ hasText: 'Kita-Elternbriefe' });
  await kita.getByRole('button', { name: 'Aktionen für Karte' }).click();
  await kita.getByTestId('card-table-select').selectOption({ label: 'Tisch Zugang' });
  await expect(kita.getByTestId('card-table')).toHaveText('Tisch Zugang');
  await expect(projector.getByTestId('proj-card')).toHaveCount(3);

  // Next steps: the same remembered choice; the step carries the table, and the table view shows it.
  await tableSelect.selectOption({ label: 'Jugendtisch' });
  await page.locator('.phase-bar button', { hasText: 'Nächste Schritte' }).click();
  await expect(page.getByTestId('idea-table')).toHaveValue(/\d+/);
  await expect(page.getByTestId('idea-table').locator('option:checked')).toHaveText('Jugendtisch');
  await page.getByTestId('idea-input').fill('Jugendforum mit eigenem Budget ausstatten');
  await page.getByTestId('idea-input').press('Enter');
  await expect(page.getByTestId('idea').filter({ hasText: 'Jugendforum mit eigenem Budget' }).getByTestId('card-table')).toHaveText('Jugendtisch');
  // a new phase starts without zoom; the table chosen to present shows its steps in this phase
  await expect(projector.getByTestId('proj-focus')).toHaveCount(0);
  await page.getByTestId('project-table').selectOption({ label: 'Jugendtisch' });
  await expect(projector.getByTestId('proj-focus')).toHaveAttribute('data-kind', 'table');
  await expect(projector.getByTestId('proj-table-ideas')).toContainText('Jugendforum mit eigenem Budget ausstatten');
  expect(await overflow(projector)).toEqual([]);
  await projector.screenshot({ path: path.join(SHOTS, '1024x768-table-ideas.png') });
  await page.getByTestId('project-table').selectOption({ label: 'Projektor: kein Tisch' });
  await expect(projector.getByTestId('proj-focus')).toHaveCount(0);
  await page.getByTestId('tables-open').click();
  await expect(
    page
      .getByTestId('table-row')
      .filter({ has: page.locator('input[value="Jugendtisch"]') })
      .getByTestId('table-items'),
  ).toHaveText('1 Karte · 1 Schritt');
  await page.keyboard.press('Escape');
  await context.close();
});

test('demo workshop: a table presents its cards on the projector, every page readable', async ({ browser, demoServer }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const projector = await context.newPage();
  await page.goto(demoServer.url);
  await projector.goto(`${demoServer.url}#/projektor`);
  await page.locator('.phase-bar button', { hasText: 'Stärken' }).click();
  // on the theme board each demo card shows its table, quietly
  await expect(page.getByTestId('card-table').first()).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'facilitator-demo-by-theme-1920.png') });
  await page.getByTestId('board-by-tables').click();
  const cols = page.getByTestId('table-col');
  await expect(cols.first()).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'facilitator-demo-by-table-1920.png'), fullPage: false });
  // the fullest table: the most cards for the projector to pack
  const counts = await cols.evaluateAll((els) => els.map((e) => e.querySelectorAll('[data-testid=table-card]:not(:has(.badge))').length));
  const names = await cols.locator('h3').allTextContents();
  const best = counts.indexOf(Math.max(...counts.slice(0, names.length)));
  expect(names[best]).not.toBe('Ohne Tisch');
  const col = cols.nth(best);
  const expected = await col
    .getByTestId('table-card')
    .evaluateAll((els) =>
      els.filter((e) => !e.classList.contains('is-hidden')).map((e) => (e.querySelector('.card-text')?.firstChild?.textContent ?? '').trim()),
    );
  expect(expected.length).toBeGreaterThan(3);
  await col.getByTestId('zoom').click();
  await expect(projector.getByTestId('proj-focus')).toHaveAttribute('data-kind', 'table');
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1024, height: 768 },
  ]) {
    await projector.setViewportSize(size);
    // the preview follows the room's size, so the controls count the room's pages
    const seen = await walkTable(page, projector, `${size.width}x${size.height}-demo`);
    expect([...new Set(seen)].sort()).toEqual([...expected].sort());
    // back to page 1 for the next size
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 5; i++) await page.keyboard.press('PageUp');
  }
  await page.screenshot({ path: path.join(SHOTS, 'facilitator-demo-zoomed-1920.png') });
  await page.getByTestId('proj-zoom-end').click();
  await expect(projector.getByTestId('proj-board')).toBeVisible();
  await context.close();
});
