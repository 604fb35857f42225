import { test, expect, createWorkshop } from './fixtures';
import type { Locator, Page } from '@playwright/test';

// The strengths board after an action, for a keyboard user and for the status line (browser mode):
// the focus stays on the board where the action happened (never back on <body>, from where the
// keyboard starts at the top of the page), and the status line speaks of the last action only.

const clusterWith = (page: Page, text: string) => page.getByTestId('cluster').filter({ has: page.getByTestId('card').filter({ hasText: text }) });
const card = (page: Page, text: string) => page.getByTestId('card').filter({ hasText: text });
const cardHandle = (scope: Page | Locator, text: string) => scope.getByRole('button', { name: `Karte „${text}“ – Leertaste zum Verschieben` });

async function type(page: Page, texts: string[]) {
  const input = page.getByTestId('card-input');
  for (const t of texts) {
    await input.fill(t);
    await expect(input).toHaveValue(t);
    await input.press('Enter');
    await expect(input).toHaveValue('');
    await expect(card(page, t)).toHaveCount(1);
  }
}

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

test('after renaming a theme the focus is on that theme again (menu → Umbenennen → Enter; F2 → Esc)', async ({ page }) => {
  await type(page, LANG);
  const id = (await clusterWith(page, LANG[0]).getAttribute('data-cluster-id'))!;
  const theme = page.locator(`[data-cluster-id="${id}"]`);
  await theme.getByRole('button', { name: /Aktionen für Thema/ }).click();
  await theme.getByRole('button', { name: 'Umbenennen' }).click();
  const rename = page.getByRole('textbox', { name: 'Name des Themas (leer: automatisch)' });
  await expect(rename).toBeFocused();
  await rename.fill('Deutsch lernen');
  await rename.press('Enter');
  await expect(theme.getByTestId('cluster-label')).toHaveText(/Deutsch lernen/);
  const menuButton = theme.getByRole('button', { name: 'Aktionen für Thema „Deutsch lernen“' });
  await expect(menuButton).toBeFocused();
  // the keyboard goes on from there: Enter opens the same theme's menu again
  await page.keyboard.press('Enter');
  await expect(theme.getByRole('button', { name: 'Umbenennen' })).toBeVisible();
  await page.keyboard.press('Escape');

  // renaming started with F2 on the theme's handle returns there, also when cancelled with Esc
  const handle = theme.getByRole('button', { name: /Thema „Deutsch lernen“ auf ein anderes Thema ziehen/ });
  await handle.focus();
  await page.keyboard.press('F2');
  await expect(rename).toBeFocused();
  await page.keyboard.type('Verworfen');
  await page.keyboard.press('Escape');
  await expect(theme.getByTestId('cluster-label')).toHaveText(/Deutsch lernen/);
  await expect(handle).toBeFocused();
});

test('after "Verschieben nach …" in a card\'s menu the focus is on the moved card in its new theme', async ({ page }) => {
  await type(page, [...LANG, FEST[0]]);
  const langId = (await clusterWith(page, LANG[0]).getAttribute('data-cluster-id'))!;
  const festId = (await clusterWith(page, FEST[0]).getAttribute('data-cluster-id'))!;
  expect(langId).not.toBe(festId);

  // into another theme: the card is in its new place, pinned (the board has reloaded), and focused
  await card(page, LANG[1]).getByRole('button', { name: 'Aktionen für Karte' }).click();
  await card(page, LANG[1]).getByTestId('move-to').selectOption(festId);
  const moved = page.locator(`[data-cluster-id="${festId}"]`).getByTestId('card').filter({ hasText: LANG[1] });
  await expect(moved).toContainText('von Hand platziert');
  await expect(cardHandle(moved, LANG[1])).toBeFocused();

  // the festival card's move empties its theme (it goes, the columns rebalance): the focus follows
  await card(page, FEST[0]).getByRole('button', { name: 'Aktionen für Karte' }).click();
  await card(page, FEST[0]).getByTestId('move-to').selectOption(langId);
  const movedBack = page.locator(`[data-cluster-id="${langId}"]`).getByTestId('card').filter({ hasText: FEST[0] });
  await expect(movedBack).toContainText('von Hand platziert');
  await expect(cardHandle(movedBack, FEST[0])).toBeFocused();
  // and the keyboard goes on from the card: M opens "Verschieben nach …" for this very card
  await page.keyboard.press('m');
  await expect(page.getByTestId('move-picker')).toContainText(FEST[0]);
  await page.keyboard.press('Escape');
  await expect(cardHandle(movedBack, FEST[0])).toBeFocused();
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
  // the header says what came back
  await expect(page.getByTestId('shell-undone')).toHaveText(/Rückgängig gemacht: Themen zusammenführen/);
  // nor does an older message come back
  await page.keyboard.press('Control+z');
  await expect(lang.getByTestId('card').filter({ hasText: LANG[1] })).toBeVisible();
  await expect(status).toHaveText('');
  // redo brings the move back, not its message (that one was gone with the undo)
  await page.keyboard.press('Control+Shift+z');
  await expect(fest.getByTestId('card').filter({ hasText: LANG[1] })).toBeVisible();
  await expect(status).toHaveText('');
  await expect(page.getByTestId('shell-undone')).toHaveText(/Wiederholt: Karte verschieben/);
});
