import { test, expect, createWorkshop } from './fixtures';
import type { Page } from '@playwright/test';

// The strengths board after an action (browser mode): the status line speaks of the last action only.

const clusterWith = (page: Page, text: string) => page.getByTestId('cluster').filter({ has: page.getByTestId('card').filter({ hasText: text }) });
const card = (page: Page, text: string) => page.getByTestId('card').filter({ hasText: text });

/** Pastes lines into the capture field as a browser does (a paste event carrying the clipboard text). */
async function paste(page: Page, lines: string[]) {
  const input = page.getByTestId('card-input');
  await input.focus();
  await input.evaluate((el, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, lines.join('\n'));
}

const LANG = ['Sprachcafé in der Stadtbibliothek', 'Sprachpaten begleiten Neuzugewanderte beim Deutschlernen'];
const FEST = ['Stadtfest mit Vereinen und Begegnungsfest im Sommer', 'Interkulturelles Straßenfest im Quartier'];

test.beforeEach(async ({ page, server }) => {
  await page.goto(server.url);
  await createWorkshop(page, 'Fokushausen');
  await page.getByRole('button', { name: /Stärken/ }).click();
});

test('the status line speaks of the last action only: paste, rename, move, merge, undo', async ({ page }) => {
  const status = page.getByTestId('capture-status');
  await paste(page, [...LANG, FEST[0]]);
  await expect(page.getByTestId('card')).toHaveCount(3);
  // no "0 doppelte übersprungen"
  await expect(status).toHaveText('3 Karten angelegt.');
  // one new and one already there: singular for both
  await paste(page, [LANG[0], FEST[1]]);
  await expect(page.getByTestId('card')).toHaveCount(4);
  await expect(status).toHaveText('1 Karte angelegt, 1 doppelte übersprungen.');

  const langId = (await clusterWith(page, LANG[0]).getAttribute('data-cluster-id'))!;
  const festId = (await clusterWith(page, FEST[0]).getAttribute('data-cluster-id'))!;
  expect(langId).not.toBe(festId);
  const lang = page.locator(`[data-cluster-id="${langId}"]`);
  const fest = page.locator(`[data-cluster-id="${festId}"]`);

  // rename
  await lang.getByRole('button', { name: /Aktionen für Thema/ }).click();
  await lang.getByRole('button', { name: 'Umbenennen' }).click();
  const rename = page.getByRole('textbox', { name: 'Name des Themas (leer: automatisch)' });
  await rename.fill('Deutsch lernen');
  await rename.press('Enter');
  await expect(status).toHaveText('Thema heißt jetzt „Deutsch lernen“.');

  // move
  await card(page, LANG[1]).getByRole('button', { name: 'Aktionen für Karte' }).click();
  await card(page, LANG[1]).getByTestId('move-to').selectOption(festId);
  await expect(fest.getByTestId('card').filter({ hasText: LANG[1] })).toBeVisible();
  const festLabel = (await fest.getByTestId('cluster-label').innerText()).trim();
  await expect(status).toHaveText(`Karte „${LANG[1]}“ liegt jetzt im Thema „${festLabel}“.`);

  // merge from the theme's menu: the festival theme into "Deutsch lernen"
  await fest.getByRole('button', { name: /Aktionen für Thema/ }).click();
  await fest.getByRole('combobox', { name: 'Zusammenführen mit …' }).selectOption(langId);
  await expect(fest).toHaveCount(0);
  await expect(lang.getByTestId('card')).toHaveCount(4);
  await expect(status).toHaveText(`„${festLabel}“ und „Deutsch lernen“ zusammengelegt.`);

  // undo (Ctrl+Z): the themes are apart again, and the merge message is no longer true
  await page.keyboard.press('Control+z');
  await expect(fest).toHaveCount(1);
  await expect(lang.getByTestId('card')).toHaveCount(1);
  await expect(status).toHaveText('');
  // nor does an older message come back
  await page.keyboard.press('Control+z');
  await expect(lang.getByTestId('card').filter({ hasText: LANG[1] })).toBeVisible();
  await expect(status).toHaveText('');
  // redo brings the move back, not its message (that one was gone with the undo)
  await page.keyboard.press('Control+Shift+z');
  await expect(fest.getByTestId('card').filter({ hasText: LANG[1] })).toBeVisible();
  await expect(status).toHaveText('');
});
