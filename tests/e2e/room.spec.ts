import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { projectorProblems } from './projector-check';

// The room's view: the facilitator holds and turns the projector's pages, zooms into one item,
// shows an overview; the projector never cuts text ("…") or lets it spill out of the screen.
// Overflow is measured in Chromium, page by page, at 1280×720 and 1024×768.

// outside test-results (Playwright empties it on every run), so the shots can be looked at afterwards
const SHOTS = process.env.ROOM_SHOTS ?? path.join(os.tmpdir(), 'werkstatt-room-shots');
fs.mkdirSync(SHOTS, { recursive: true });

const overflow = projectorProblems;

/** The visible texts of `selector` on the projector, soft hyphens removed. */
async function texts(projector: Page, selector: string): Promise<string[]> {
  return projector
    .locator(selector)
    .evaluateAll((els) =>
      els.filter((e) => (e as HTMLElement).checkVisibility({ visibilityProperty: true })).map((e) => (e.textContent ?? '').replace(/\u00ad/g, '').trim()),
    );
}

/**
 * Walks through every page of the current view with Bild↓ on the laptop, measuring each and
 * taking a screenshot; returns the texts of `selector` seen on all pages.
 */
async function walkPages(page: Page, projector: Page, view: string, testId: string, selector: string, tag: string): Promise<string[]> {
  const outer = projector.getByTestId(testId);
  await expect(outer).toBeVisible();
  await projector.waitForTimeout(300); // fonts and hyphenation settle, then the layout is final
  // views built on PagedColumns carry the page numbers on their inner list
  const box = (await outer.getAttribute('data-pages')) ? outer : outer.locator('.pg').first();
  const pages = Number(await box.getAttribute('data-pages'));
  expect(pages).toBeGreaterThanOrEqual(1);
  // the preview lays out the same pages as the room
  await expect(page.getByTestId('proj-controls-page')).toContainText(`von ${pages}`);
  const seen: string[] = [];
  for (let p = 1; p <= pages; p++) {
    await expect(box).toHaveAttribute('data-page', String(p));
    await expect(page.getByTestId('proj-controls-page')).toContainText(`Seite ${p} von ${pages}`);
    const bad = await overflow(projector);
    if (bad.length) await projector.screenshot({ path: path.join(SHOTS, `${tag}-${view}-${p}-FAILED.png`) });
    expect(bad, `${view} page ${p} at ${tag}`).toEqual([]);
    seen.push(...(await texts(projector, selector)));
    await projector.screenshot({ path: path.join(SHOTS, `${tag}-${view}-${p}.png`) });
    if (p < pages) {
      // Bild↓ as a presenter remote sends it, with nothing focused that types
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('PageDown');
    }
  }
  return seen;
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
]) {
  const tag = `${size.width}x${size.height}`;
  test(`projector at ${tag}: pages held and turned by the facilitator, nothing cut off`, async ({ browser, demoServer }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    const projector = await context.newPage();
    await projector.setViewportSize(size);
    await projector.goto(`${demoServer.url}#/projektor`);
    await page.goto(demoServer.url);
    await expect(page.locator('.shell-header h1')).toBeVisible();
    await expect(projector.getByTestId('projector')).toHaveAttribute('data-phase', 'ergebnisse');

    // Results of a field with 12 questions: every question whole, over as many pages as needed.
    await page.locator('#results-tab-management').click();
    const questions = (await page.getByTestId('results-question').locator('.q-text').allTextContents()).map((s) => s.replace(/^\S+ · /, ''));
    expect(questions).toHaveLength(12);
    const seenQ = await walkPages(page, projector, 'results', 'proj-qpages', '.pq-text', tag);
    expect([...seenQ].sort()).toEqual([...questions].sort());
    // The page is held: it does not turn by itself.
    const held = await projector.getByTestId('proj-qpages').getAttribute('data-page');
    await projector.waitForTimeout(1500);
    await expect(projector.getByTestId('proj-qpages')).toHaveAttribute('data-page', held!);
    // Back with the button, and Bild↑.
    if (Number(held) > 1) {
      await page.getByRole('button', { name: 'Vorige Seite' }).click();
      await expect(projector.getByTestId('proj-qpages')).toHaveAttribute('data-page', String(Number(held) - 1));
    }

    // Zoom into one question: its distribution and comments, large.
    const withComments = page
      .getByTestId('results-question')
      .filter({ has: page.locator('.comments') })
      .first();
    const qText = (await withComments.locator('.q-text').textContent())!.replace(/^\S+ · /, '');
    await withComments.getByTestId('zoom').click();
    await expect(projector.getByTestId('proj-focus')).toHaveAttribute('data-kind', 'question');
    await expect(projector.getByTestId('proj-focus')).toContainText(qText.slice(0, 20));
    await expect(projector.locator('.pf-q-comment').first()).toBeVisible();
    await walkPages(page, projector, 'zoom-question', 'proj-focus', '.pf-q-text', tag);
    await page.getByTestId('proj-zoom-end').click();
    await expect(projector.getByTestId('proj-results-field')).toBeVisible();

    // Overview of everything: the chart of all fields.
    await page.getByTestId('proj-overview-toggle').click();
    await expect(projector.getByTestId('proj-results-overview')).toBeVisible();
    expect(await overflow(projector)).toEqual([]);
    await projector.screenshot({ path: path.join(SHOTS, `${tag}-results-overview.png`) });
    await page.getByTestId('proj-overview-toggle').click();

    // The board with 40 cards: every card whole, themes over pages; a legend for the sector letters.
    await page
      .getByRole('button', { name: /Stärken/ })
      .first()
      .click();
    await expect(projector.getByTestId('projector')).toHaveAttribute('data-phase', 'staerken');
    const capture = page.getByTestId('card-input');
    for (const s of ['Mehrsprachige Sprechstunde im Bürgerbüro', 'Antidiskriminierungsberatungsstelle berät monatlich im Rathaus']) {
      await capture.fill(s);
      await capture.press('Enter');
    }
    await expect(page.getByTestId('card')).toHaveCount(40);
    const cards = await walkPages(page, projector, 'board', 'proj-board', '.pb-text', tag);
    expect(new Set(cards).size).toBeGreaterThanOrEqual(38);
    await expect(projector.getByTestId('proj-sector-legend').first()).toContainText('Zivilgesellschaft');
    // zoom into the biggest theme
    await page.locator('.cluster-head').first().getByTestId('zoom').click();
    await expect(projector.getByTestId('proj-focus')).toHaveAttribute('data-kind', 'cluster');
    await walkPages(page, projector, 'zoom-theme', 'proj-focus', '.pb-text', tag);
    await page.getByTestId('proj-zoom-end').click();

    // The plan: every action whole, with who is responsible.
    await page
      .getByRole('button', { name: /Maßnahmenplan/ })
      .first()
      .click();
    await expect(projector.getByTestId('projector')).toHaveAttribute('data-phase', 'plan');
    await expect(page.getByTestId('action-row').first()).toBeVisible();
    const titles = await page.getByTestId('action-row').locator('.row-open').allTextContents();
    const seenA = await walkPages(page, projector, 'plan', 'proj-plan', '.pp-title', tag);
    expect([...seenA].sort()).toEqual([...titles].sort());
    await expect(projector.locator('.pp-resp').first()).toContainText('Verantwortlich:');
    await page.getByTestId('action-row').first().getByTestId('zoom').click();
    await expect(projector.getByTestId('proj-focus')).toHaveAttribute('data-kind', 'action');
    expect(await overflow(projector)).toEqual([]);
    await projector.screenshot({ path: path.join(SHOTS, `${tag}-zoom-action.png`) });
    await page.getByTestId('proj-zoom-end').click();
    // The room sees the responsible office, never the person in brackets (ux: no names of people).
    await page.getByTestId('action-row').filter({ hasText: 'Sommerfeld' }).first().getByTestId('zoom').click();
    await expect(projector.getByTestId('proj-focus')).toContainText('Integrationsbeauftragte');
    await expect(projector.getByTestId('projector')).not.toContainText('Sommerfeld');
    await page.getByTestId('proj-zoom-end').click();

    // Automatic page turning is an option: on, the page changes by itself.
    await page.getByTestId('proj-auto').click();
    await expect(page.getByTestId('proj-auto')).toBeChecked();
    await page.getByTestId('proj-auto').click();
    await expect(page.getByTestId('proj-auto')).not.toBeChecked();

    await page.screenshot({ path: path.join(SHOTS, `${tag}-facilitator.png`) });
    await context.close();
  });
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
]) {
  const tag = `${size.width}x${size.height}`;
  test(`ranking at ${tag}: every ranked step, bars that add up, German ranks, sector legend, one language switch for all windows`, async ({
    browser,
    demoServer,
  }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    const projector = await context.newPage();
    await projector.setViewportSize(size);
    await projector.goto(`${demoServer.url}#/projektor`);
    await page.goto(demoServer.url);
    await page
      .getByRole('button', { name: /Priorisierung/ })
      .first()
      .click();
    await expect(projector.getByTestId('projector')).toHaveAttribute('data-phase', 'priorisierung');
    const reveal = page.getByTestId('reveal');
    if ((await reveal.getAttribute('aria-pressed')) !== 'true') await reveal.click();
    await page.getByRole('tab', { name: 'Rangfolge' }).click();
    const ideas = await page.getByTestId('rank-row').count();
    expect(ideas).toBeGreaterThan(10);

    const seen = await walkPages(page, projector, 'ranking', 'proj-ranking', '.pr-text', tag);
    expect(seen).toHaveLength(ideas); // every ranked step, none left out as "+ n more"
    // Going back to page 1, each bar adds up to the step's total, and ranks read "4." (never "4=").
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 5; i++) await page.keyboard.press('PageUp');
    await expect(projector.getByTestId('proj-ranking').locator('.pg')).toHaveAttribute('data-page', '1');
    const rows = await projector.getByTestId('proj-rank-row').evaluateAll((els) =>
      els.map((r) => ({
        rank: r.querySelector('[data-testid=proj-rank]')!.textContent!,
        total: Number(r.querySelector('.pr-dots')!.textContent),
        parts: [...r.querySelectorAll('.sector-bar > span')].map((s) => Number((s as HTMLElement).dataset.n)),
      })),
    );
    for (const r of rows) {
      expect(r.rank).toMatch(/^\d+\.( gleichauf)?$/);
      expect(r.parts.reduce((a, b) => a + b, 0)).toBe(r.total);
    }
    await expect(projector.getByTestId('proj-sector-legend')).toContainText('Verwaltung');

    // The sectors view: ranks the German way too.
    await page.getByRole('button', { name: 'Bereiche', exact: true }).click();
    await expect(projector.getByTestId('proj-sectors')).toBeVisible();
    for (const r of await projector.getByTestId('proj-rank').allTextContents()) expect(r).toMatch(/^\d+\.$/);
    expect(await overflow(projector)).toEqual([]);
    await projector.screenshot({ path: path.join(SHOTS, `${tag}-sectors.png`) });

    // One switch changes the language of every open window.
    await page.getByRole('button', { name: /Sprache|Language/ }).click();
    await expect(projector.locator('.proj-head h1')).toHaveText('Prioritisation');
    await expect(page.locator('.phase-bar')).toContainText('Action plan');
    await projector.screenshot({ path: path.join(SHOTS, `${tag}-english.png`) });
    await context.close();
  });
}

/** The demo workshop on "Nächste Schritte": the capture field and the potentials beside it. */
async function openNextSteps(page: Page, url: string) {
  await page.goto(url);
  await page
    .getByRole('button', { name: /Nächste Schritte/ })
    .first()
    .click();
  const potentials = page.getByTestId('potential');
  await expect(potentials.first()).toBeVisible();
  return { input: page.getByTestId('idea-input'), potentials };
}

test('no silent loss or carry-over: step links, field from the potential, invalid dates, stale status messages', async ({ page, demoServer }) => {
  const { input, potentials } = await openNextSteps(page, demoServer.url);
  const field = page.getByTestId('idea-field');
  const fieldOf = async (i: number) => (await potentials.nth(i).locator('.field-tag').textContent())!.trim();
  // two potentials from different fields
  const n = await potentials.count();
  let other = 1;
  while (other < n && (await fieldOf(other)) === (await fieldOf(0))) other++;
  expect(other).toBeLessThan(n);

  // A potential sets the field; after Enter its link is gone, the next step starts clean.
  await potentials.nth(0).click();
  const firstField = await field.inputValue();
  expect(firstField).not.toBe('');
  await input.fill('Erster Schritt mit Verknüpfung');
  await input.press('Enter');
  const first = page.getByTestId('idea').filter({ hasText: 'Erster Schritt mit Verknüpfung' });
  await expect(first.locator('.idea-links button.chip')).toHaveCount(1);
  await expect(page.locator('.pending-links')).toHaveCount(0);
  await expect(potentials.nth(0)).toHaveAttribute('aria-pressed', 'false');
  await input.fill('Zweiter Schritt ohne Verknüpfung');
  await input.press('Enter');
  await expect(page.getByTestId('idea').filter({ hasText: 'Zweiter Schritt ohne Verknüpfung' }).locator('.idea-links button.chip')).toHaveCount(0);

  // Each linked potential sets the field again, not only the first time.
  await potentials.nth(other).click();
  const otherField = await field.inputValue();
  expect(otherField).not.toBe(firstField);
  // Links to two different fields: the form asks, and Enter saves nothing until answered.
  await potentials.nth(0).click();
  await expect(page.getByTestId('idea-ask')).toBeVisible();
  await input.fill('Schritt mit zwei Feldern');
  await input.press('Enter');
  await expect(page.getByTestId('idea-ask').getByRole('alert')).toContainText('verschiedenen Handlungsfeldern');
  await expect(input).toHaveValue('Schritt mit zwei Feldern');
  await expect(page.getByTestId('idea').filter({ hasText: 'Schritt mit zwei Feldern' })).toHaveCount(0);
  await page.getByTestId('idea-ask').getByRole('button').first().click();
  await expect(page.getByTestId('idea-ask')).toHaveCount(0);
  await input.press('Enter');
  const both = page.getByTestId('idea').filter({ hasText: 'Schritt mit zwei Feldern' });
  await expect(both.locator('.idea-links button.chip')).toHaveCount(2);

  // An impossible date is refused with a message and never saved as "no deadline".
  await page
    .getByRole('button', { name: /Maßnahmenplan/ })
    .first()
    .click();
  const row = page.getByTestId('action-row').first();
  const dueBefore = (await row.locator('.c-due').textContent())!;
  expect(dueBefore).toMatch(/\d\d\.\d\d\.\d{4}/);
  await row.locator('.row-open').click();
  const dialog = page.getByTestId('action-editor');
  await page.locator('#ae-due').fill('31.02.2027');
  await page.locator('#ae-due').press('Enter');
  await expect(dialog.getByTestId('date-problem')).toContainText('„31.02.2027“ ist kein gültiges Datum');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(dialog).toBeVisible();
  // Esc asks before the typed date is thrown away; discarding leaves the old deadline.
  await page.keyboard.press('Escape');
  await expect(dialog.getByTestId('discard-confirm')).toBeVisible();
  await dialog.getByTestId('discard').click();
  await expect(dialog).toBeHidden();
  await expect(row.locator('.c-due')).toHaveText(dueBefore);

  // A progress note: a wrong date, corrected, and ONE click adds the note (the message must not
  // vanish under the pointer between mousedown and click, taking the click with it).
  await row.locator('.row-open').click();
  const noteForm = dialog.locator('form.ae-note');
  const noteDate = noteForm.locator('input.date-field');
  const notesBefore = await dialog.locator('.ae-side li').count();
  await noteDate.fill('30.02.2026');
  await page.getByTestId('note-input').fill('Zweite Notiz');
  await noteForm.getByRole('button').click();
  await expect(noteForm.getByTestId('date-problem')).toBeVisible();
  await noteDate.fill('29.11.2026');
  await noteForm.getByRole('button').click();
  await expect(dialog.locator('.ae-side li')).toHaveCount(notesBefore + 1);
  await expect(page.getByTestId('note-input')).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Ctrl+Z inside the editor: the undone deadline shows in the open dialog, and "Speichern" does
  // not write the undone value back.
  await row.locator('.row-open').click();
  await page.locator('#ae-due').fill('31.03.2027');
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(row.locator('.c-due')).toHaveText('31.03.2027');
  await row.locator('.row-open').click();
  await page.locator('#ae-status').focus();
  await page.keyboard.press('Control+z');
  await expect(row.locator('.c-due')).toHaveText(dueBefore);
  await expect(page.locator('#ae-due')).toHaveValue(dueBefore);
  await dialog.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(row.locator('.c-due')).toHaveText(dueBefore);

  // A status message about a card that no longer exists disappears.
  await page
    .getByRole('button', { name: /Stärken/ })
    .first()
    .click();
  const capture = page.getByTestId('card-input');
  await capture.fill('Neue Karte für die Statusmeldung');
  await capture.press('Enter');
  await expect(page.getByTestId('capture-status')).toContainText('Gespeichert');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('card').filter({ hasText: 'Neue Karte für die Statusmeldung' })).toHaveCount(0);
  await expect(page.getByTestId('capture-status')).toHaveText('');
});

test('steps saved while earlier ones are on their way: each keeps exactly its own links', async ({ page, demoServer }) => {
  const { input, potentials } = await openNextSteps(page, demoServer.url);
  const step = (text: string) => page.getByTestId('idea').filter({ hasText: text });
  const pending = page.locator('.pending-links button.chip');
  // Hold the server's answers to the saves; the change stream may show a step before its answer.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let saving!: () => void;
  const saveSeen = new Promise<void>((r) => (saving = r));
  await page.route('**/api/call', async (route) => {
    if ((route.request().postDataJSON() as { method?: string }).method !== 'ideas.add') return route.continue();
    const response = await route.fetch();
    saving();
    await held;
    await route.fulfill({ response });
  });
  // A with a link; while it is saved, B without one, then a link for the step after B.
  await potentials.nth(0).click();
  await expect(pending).toHaveCount(1);
  await input.fill('Schritt A mit Verknüpfung');
  await input.press('Enter');
  await saveSeen;
  await expect(pending).toHaveCount(0); // the link went with A at once
  await input.fill('Schritt B ohne Verknüpfung');
  await input.press('Enter');
  await potentials.nth(1).click();
  await expect(pending).toHaveCount(1);
  release();
  await expect(step('Schritt A mit Verknüpfung').locator('.idea-links button.chip')).toHaveCount(1);
  await expect(step('Schritt B ohne Verknüpfung')).toHaveCount(1);
  await expect(step('Schritt B ohne Verknüpfung').locator('.idea-links button.chip')).toHaveCount(0);
  // The answers have come when the capture field has the focus back (the click had taken it);
  // two frames later every render of them is done: the link chosen meanwhile is still there.
  await expect(input).toBeFocused();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await expect(pending).toHaveCount(1);
  await input.fill('Schritt C mit der Verknüpfung');
  await input.press('Enter');
  await expect(step('Schritt C mit der Verknüpfung').locator('.idea-links button.chip')).toHaveCount(1);
  await expect(page.locator('.pending-links')).toHaveCount(0);
});

test('keyboard moves on the board: arrows in reading order with the target announced; any theme in three keys', async ({ page, demoServer }) => {
  await page.goto(demoServer.url);
  await page
    .getByRole('button', { name: /Stärken/ })
    .first()
    .click();
  const cols = page.locator('.board-col');
  await expect(cols.nth(1).getByTestId('cluster-label').first()).toBeVisible();
  // the order the room reads: the left column top to bottom, then the right one
  const reading = [
    ...(await cols.nth(0).getByTestId('cluster-label').allTextContents()),
    ...(await cols.nth(1).getByTestId('cluster-label').allTextContents()),
  ].map((s) => s.replace(' ✎', '').trim());
  expect(reading.length).toBeGreaterThan(4);

  // Pick up the first card of the first theme and walk with ↓: each target is announced, in reading order.
  const firstTheme = cols.nth(0).locator('.cluster').first();
  const handle = firstTheme.getByTestId('card').first().locator('.drag-handle');
  await handle.focus();
  await page.keyboard.press('Space');
  const live = page.locator('[id^="DndLiveRegion"]');
  // dnd-kit's keyboard sensor starts listening one timer tick after Space (so that the Space that
  // picked the card up does not drop it again); on a busy machine an arrow sent at once is lost.
  // Wait for the announcement of the card's own theme, then for one timer tick.
  await expect(live).toContainText(`„${reading[0]}“`);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
  const heard: string[] = [];
  for (let i = 0; i < reading.length - 1; i++) {
    await page.keyboard.press('ArrowDown');
    await expect(live).toContainText(`„${reading[i + 1]}“`);
    heard.push(reading[i + 1]);
  }
  expect(heard).toEqual(reading.slice(1));
  await page.keyboard.press('Escape');
  await expect(live).toContainText('abgebrochen');

  // Type-to-find: M, the first letter of a theme on the far side, its number → moved, in three keys.
  const card = firstTheme.getByTestId('card').first();
  const text = (await card.locator('.card-text').textContent())!.trim();
  const target = reading[reading.length - 1];
  // a card already in the target theme: the theme's automatic label may change once ours joins it
  const neighbour = (await page
    .locator('.cluster')
    .filter({ has: page.getByTestId('cluster-label').filter({ hasText: target }) })
    .getByTestId('card')
    .first()
    .locator('.card-text')
    .textContent())!.trim();
  await card.locator('.drag-handle').focus();
  await page.keyboard.press('m');
  await expect(page.getByTestId('move-picker')).toBeVisible();
  await page.keyboard.press(target[0]);
  // the list narrows to themes with that letter: read it only once it has (a busy machine is slow)
  const optionTexts = async () => (await page.getByTestId('move-option').allTextContents()).map((s) => s.replace(/^\d?\s*/, '').trim());
  await expect(page.getByTestId('move-find')).toHaveValue(target[0]); // same render as the narrowed list
  const options = await optionTexts();
  const index = options.indexOf(target);
  expect(index).toBeGreaterThanOrEqual(0);
  expect(index).toBeLessThan(9);
  await expect(page.getByTestId('move-target')).toContainText('Über Thema');
  await page.keyboard.press(String(index + 1));
  await expect(page.getByTestId('move-picker')).toBeHidden();
  // (wherever the theme sits now, and whatever its automatic label says by now)
  const last = page.locator('.cluster').filter({ has: page.getByTestId('card').filter({ hasText: neighbour }) });
  await expect(last.getByTestId('card').filter({ hasText: text })).toHaveCount(1);
  await expect(page.getByTestId('capture-status')).toContainText(`liegt jetzt im Thema „${target}“`);
  // the focus stays with the moved card
  await expect(page.getByTestId('card').filter({ hasText: text }).locator('.drag-handle')).toBeFocused();
});

test('prioritisation without asking twice: unplaced row and grid, criteria from the matrix, one impact field, readable projector matrix', async ({
  browser,
  demoServer,
}) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const projector = await context.newPage();
  await projector.setViewportSize({ width: 1024, height: 768 });
  await projector.goto(`${demoServer.url}#/projektor`);
  await page.goto(demoServer.url);
  // a new step has no place in the matrix yet
  await page
    .getByRole('button', { name: /Nächste Schritte/ })
    .first()
    .click();
  await page.getByTestId('idea-input').fill('Neuer Schritt ohne Platz');
  await page.getByTestId('idea-input').press('Enter');
  await expect(page.getByTestId('idea').filter({ hasText: 'Neuer Schritt ohne Platz' })).toHaveCount(1);
  await page
    .getByRole('button', { name: /Priorisierung/ })
    .first()
    .click();
  await page.getByRole('tab', { name: 'Wirkung × Aufwand' }).click();
  const tray = page.getByTestId('matrix-unplaced');
  await expect(tray).toContainText('Noch nicht eingeordnet');
  const dot = tray.getByTestId('matrix-unplaced-point');
  await expect(dot).toHaveCount(1);
  await expect.poll(() => page.locator('.matrix .recharts-reference-line').count()).toBeGreaterThanOrEqual(10); // the grid
  // drag it from the row into the grid: it is placed, the row empties
  const grid = (await page.getByTestId('matrix').boundingBox())!;
  const from = (await dot.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(grid.x + grid.width * 0.3, grid.y + grid.height * 0.3, { steps: 8 });
  await page.mouse.up();
  await expect(tray).toHaveCount(0);
  const row = page.locator('.matrix-tab tr').filter({ hasText: 'Neuer Schritt ohne Platz' });
  await expect(row.locator('select').first()).not.toHaveValue('');

  // The projector's matrix at 1024×768: numbers and quadrant names at ≥ 3 % of the height.
  await page.getByRole('button', { name: 'Matrix', exact: true }).click();
  await expect(projector.getByTestId('proj-matrix')).toBeVisible();
  await projector.waitForTimeout(300);
  const small = await projector.getByTestId('proj-matrix').evaluate((root) => {
    const min = 0.03 * window.innerHeight - 0.01;
    return [...root.querySelectorAll('text, span, b, li, p')]
      .filter((el) => {
        const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
        return hasText && parseFloat(getComputedStyle(el).fontSize) < min;
      })
      .map((el) => `${el.tagName} ${getComputedStyle(el).fontSize} «${el.textContent!.slice(0, 30)}»`);
  });
  expect(small).toEqual([]);
  expect(await overflow(projector)).toEqual([]);
  await projector.screenshot({ path: path.join(SHOTS, '1024x768-matrix.png') });

  // Criteria: "Wirkung" and "Machbarkeit" come from the matrix, nobody types them twice.
  await page.getByRole('tab', { name: 'Kriterien' }).click();
  await page.getByTestId('criteria-defaults').click();
  const ranked = page.locator('table tr').filter({ hasText: 'Neuer Schritt ohne Platz' });
  await expect(ranked.getByRole('combobox', { name: /^Wirkung:/ })).not.toHaveValue('', { timeout: 20_000 });
  await expect(ranked.getByRole('combobox', { name: /^Machbarkeit:/ })).not.toHaveValue('');
  await expect(ranked.getByRole('combobox', { name: /^Dringlichkeit:/ })).toHaveValue('');
  await expect(page.getByTestId('criteria-from-matrix')).toHaveCount(0);

  // An action's Wirkungsebene follows its Wirkungstreppe stage: one field, no contradiction.
  await page
    .getByRole('button', { name: /Maßnahmenplan/ })
    .first()
    .click();
  await page.getByTestId('action-row').first().locator('.row-open').click();
  await expect(page.locator('#ae-effectLevel')).toHaveCount(0);
  await page.locator('#ae-wirkungsstufe').selectOption('5');
  await expect(page.getByTestId('ae-level')).toContainText('Outcome');
  await page.locator('#ae-wirkungsstufe').selectOption('7');
  await expect(page.getByTestId('ae-level')).toContainText('Impact');
  await context.close();
});

test('attendance by sector is recorded with the same five sectors as the tallies and appears in the export', async ({ page, demoServer }) => {
  await page.goto(demoServer.url);
  await page
    .getByRole('button', { name: /Priorisierung/ })
    .first()
    .click();
  await page.getByRole('tab', { name: 'Punkte zählen' }).click();
  const att = page.getByTestId('attendance');
  await expect(page.getByTestId('attendance-verwaltung')).toHaveValue('14'); // from the demo
  for (const name of ['Verwaltung', 'Politik', 'Zivilgesellschaft', 'Wirtschaft', 'Sonstige']) await expect(att).toContainText(name);
  // the tallies have the same sectors, "Sonstige" included
  await expect(page.getByRole('textbox', { name: /^Punkte für „.*“, Sonstige$/ }).first()).toBeVisible();
  await page.getByTestId('attendance-sonstige').fill('3');
  await page.getByTestId('attendance-sonstige').press('Enter');
  await expect(page.getByTestId('attendance-total')).toHaveText('zusammen 43 Personen');
  await page.getByTestId('attendance-politik').fill('zwei');
  await page.getByTestId('attendance-politik').press('Enter');
  await expect(att.getByRole('alert')).toContainText('„zwei“ ist keine Anzahl');
  await page.getByTestId('attendance-politik').fill('6');
  await page.getByTestId('attendance-politik').press('Enter');
  await expect(att.getByRole('alert')).toHaveCount(0);

  // The Markdown export names every sector that took part, Sonstige with its 3.
  await page.getByTestId('export-header').click();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /Markdown/ }).click()]);
  const md = fs.readFileSync((await dl.path())!, 'utf8');
  expect(md).toContain('Verwaltung: 14');
  expect(md).toContain('Sonstige: 3');
});

test('new workshop: the name follows the municipality; a taken file name is offered free instead of refused', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByLabel('Kommune').fill('Ulmental');
  await expect(page.getByLabel('Name des Workshops')).toHaveValue('Selbstcheck-Workshop Ulmental');
  await page.getByRole('button', { name: 'Workshop anlegen' }).click();
  await expect(page.locator('.shell-header h1')).toHaveText('Selbstcheck-Workshop Ulmental');
  await page.getByRole('button', { name: 'Workshop schließen' }).click();
  // the same town on the same day again
  await page.getByLabel('Kommune').fill('Ulmental');
  await page.getByRole('button', { name: 'Workshop anlegen' }).click();
  await expect(page.getByTestId('start-clash')).toContainText('(2).werkstatt');
  await page.getByTestId('start-create-free').click();
  await expect(page.locator('.shell-header h1')).toBeVisible();
  await expect(page.locator('.shell-header .saved')).toHaveAttribute('title', /Ulmental \(2\)\.werkstatt$/);
});

test('the import dialog with a checked file asks before Esc throws the preview away', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByLabel('Kommune').fill('Teststadt');
  await page.getByRole('button', { name: 'Workshop anlegen' }).click();
  await page.getByTestId('results-import').click();
  const dialog = page.getByTestId('import-dialog');
  // our own button and words, never the browser's "Choose File / No file chosen"
  await expect(dialog.getByTestId('import-choose')).toHaveText('Datei wählen …');
  await expect(dialog.getByTestId('import-file-name')).toHaveText('Noch keine Datei gewählt.');
  expect((await dialog.getByTestId('import-file').boundingBox())?.width ?? 0).toBeLessThanOrEqual(1); // visually hidden
  await dialog.getByTestId('import-file').setInputFiles(path.resolve('tests/fixtures/import/musterstadt-selbstcheck.csv'));
  await expect(dialog.getByTestId('import-file-name')).toHaveText('musterstadt-selbstcheck.csv');
  await expect(dialog.getByTestId('import-commit')).toBeEnabled();
  await page.keyboard.press('Escape');
  await expect(dialog.getByTestId('import-discard-confirm')).toBeVisible();
  await expect(dialog.getByTestId('import-keep')).toBeFocused();
  await dialog.getByTestId('import-keep').click();
  await expect(dialog.getByTestId('import-commit')).toBeEnabled(); // nothing lost
  await page.keyboard.press('Escape');
  await dialog.getByTestId('import-discard').click();
  await expect(dialog).toBeHidden();
});
