import { test, expect, createWorkshop } from './fixtures';
import type { Page } from '@playwright/test';

// Issue #12.5 in the real UI (browser mode): while capturing, the board suggests merging a small
// theme into a related larger one; one key accepts (J → clusters.merge) or dismisses (N), and a
// dismissed suggestion does not come back, also not after a reload.

const clusterWith = (page: Page, text: string) => page.getByTestId('cluster').filter({ has: page.getByTestId('card').filter({ hasText: text }) });
const card = (page: Page, text: string) => page.getByTestId('card').filter({ hasText: text });

async function type(page: Page, texts: string[]) {
  const input = page.getByTestId('card-input');
  for (const t of texts) {
    await input.fill(t);
    await expect(input).toHaveValue(t);
    await input.press('Enter');
    await expect(card(page, t)).toHaveCount(1);
  }
}

const LANG = [
  'Sprachcafé in der Stadtbibliothek',
  'Sprachpaten begleiten Neuzugewanderte beim Deutschlernen',
  'Deutschkurse mit Kinderbetreuung an der Volkshochschule',
];
// opens a theme of its own live (its point, named first, is football: too far from the language
// cards to join), but is related to them — with the shipped theme model, with the round-7 one and
// without any (checked with the engine directly). ("Deutsch lernen beim Fußballtraining" names
// German first and joins the language theme since round 3 of issue #12; "Fußballtraining mit
// Deutsch nebenbei" joins it with the round-8 model.)
const SMALL = 'Fußballtraining, auch zum Deutschüben';

test.beforeEach(async ({ page, server }) => {
  await page.goto(server.url);
  await createWorkshop(page, 'Vorschlagshausen');
  await page.getByRole('button', { name: /Stärken/ }).click();
});

test('the suggestion appears while capturing; J merges the small theme into the related one', async ({ page }) => {
  await type(page, [...LANG, SMALL]);
  await expect(clusterWith(page, SMALL)).not.toContainText(LANG[0]);
  const strip = page.getByTestId('merge-suggestion');
  await expect(strip).toBeVisible();
  await expect(strip).toContainText('zusammenlegen?');
  // typing in the capture field never triggers it: J and N are only keys outside input fields
  await page.getByTestId('card-input').press('j');
  await expect(page.getByTestId('card-input')).toHaveValue('j');
  await page.getByTestId('card-input').fill('');
  await page.getByTestId('card-input').blur();
  await page.keyboard.press('j');
  await expect(clusterWith(page, SMALL)).toContainText(LANG[0]);
  await expect(strip).toHaveCount(0);
  await expect(page.getByTestId('cluster')).toHaveCount(1);
});

test('N dismisses; the same suggestion does not come back after more cards or a reload', async ({ page }) => {
  await type(page, [...LANG, SMALL]);
  const strip = page.getByTestId('merge-suggestion');
  await expect(strip).toBeVisible();
  await page.getByTestId('card-input').blur();
  await page.keyboard.press('n');
  await expect(strip).toHaveCount(0);
  await expect(clusterWith(page, SMALL)).not.toContainText(LANG[0]);
  // more capture: the dismissed pair stays dismissed (a housing card: a theme of its own; a festival
  // card would join the football card, both being Begegnung in the room)
  await type(page, ['Mietführerschein für Geflüchtete']);
  await expect(strip).toHaveCount(0);
  await page.reload();
  await page.getByRole('button', { name: /Stärken/ }).click();
  await expect(card(page, SMALL)).toHaveCount(1);
  await expect(strip).toHaveCount(0);
  expect(await page.getByTestId('cluster').count()).toBeGreaterThanOrEqual(3);
});

test('the buttons do the same as the keys', async ({ page }) => {
  await type(page, [...LANG, SMALL]);
  await page.getByTestId('suggest-accept').click();
  await expect(clusterWith(page, SMALL)).toContainText(LANG[0]);
  await expect(page.getByTestId('merge-suggestion')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'zusammengelegt' })).toHaveCount(1);
});
