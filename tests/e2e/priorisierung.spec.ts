import { test, expect, createWorkshop } from './fixtures';

// Next steps → dot tallies → reveal on the projector → top three into the action plan.
test('enter tallies, reveal on the projector, and turn the top three into actions', async ({ page, context, server }) => {
  await page.goto(server.url);
  await createWorkshop(page, 'Tallhausen');

  // 1. Capture ideas keyboard-first, with a Handlungsfeld.
  await page.getByRole('button', { name: /Nächste Schritte/ }).click();
  await page.getByTestId('idea-field').selectOption('zugang');
  const input = page.getByTestId('idea-input');
  for (const s of ['Sprachcafé ausbauen', 'Lotsenprogramm starten', 'Beratung im Rathaus', 'Begegnungsfest', 'Newsletter in leichter Sprache']) {
    await input.fill(s);
    await input.press('Enter');
  }
  await expect(page.getByTestId('idea')).toHaveCount(5);
  await expect(input).toBeFocused();

  // The projector follows the phase and shows no dots before the reveal.
  const projector = await context.newPage();
  await projector.goto(`${server.url}#/projektor`);
  await page.getByRole('button', { name: /Priorisierung/ }).click();
  await expect(projector.getByTestId('projector')).toHaveAttribute('data-phase', 'priorisierung');
  await expect(projector.getByTestId('proj-prio-hidden')).toBeVisible();

  // 2. Tallies from a paper round: typed numbers, + key, and a bad input.
  await page.getByRole('tab', { name: 'Punkte zählen' }).click();
  await page.getByLabel('Nach Bereichen zählen').uncheck();
  const cell = (idea: string) => page.getByRole('textbox', { name: `Punkte für „${idea}“, ohne Bereich` });
  await cell('Sprachcafé ausbauen').fill('5');
  await cell('Sprachcafé ausbauen').press('Enter');
  await cell('Beratung im Rathaus').fill('4');
  await cell('Beratung im Rathaus').press('Tab');
  for (let i = 0; i < 3; i++) await cell('Lotsenprogramm starten').press('+');
  await expect(cell('Lotsenprogramm starten')).toHaveValue('3');
  await cell('Begegnungsfest').fill('1');
  await cell('Begegnungsfest').press('Enter');
  await cell('Newsletter in leichter Sprache').fill('zwei');
  await cell('Newsletter in leichter Sprache').press('Enter');
  await expect(page.getByTestId('error-message')).toContainText('ganze Zahl');
  await expect(cell('Newsletter in leichter Sprache')).toHaveValue('zwei'); // nothing typed is lost
  await cell('Newsletter in leichter Sprache').fill('1');
  await cell('Newsletter in leichter Sprache').press('Enter');
  await expect(cell('Newsletter in leichter Sprache')).toHaveValue('1');
  await expect(projector.getByTestId('proj-prio-hidden')).toBeVisible();
  await expect(projector.getByTestId('projector')).not.toContainText('Punktabfrage');

  // Ranking: ties shown as ties, with the method.
  await page.getByRole('tab', { name: 'Rangfolge' }).click();
  const rows = page.getByTestId('rank-row');
  await expect(rows.nth(0)).toContainText('Sprachcafé ausbauen');
  await expect(rows.nth(1)).toContainText('Beratung im Rathaus');
  await expect(rows.nth(2)).toContainText('Lotsenprogramm starten');
  await expect(page.getByTestId('tie')).toHaveCount(2); // Begegnungsfest and Newsletter share rank 4
  await expect(page.getByTestId('method')).toContainText('Punktabfrage');

  // Reveal: now the room sees the dots.
  await page.getByTestId('reveal').click();
  await expect(projector.getByTestId('proj-ranking')).toBeVisible();
  await expect(projector.getByTestId('proj-rank-row').first()).toContainText('Sprachcafé ausbauen');
  await expect(projector.getByTestId('proj-rank-row').first()).toContainText('5');

  // 6. Top three → action plan, with field and priority; one undo takes them back.
  await expect(page.getByTestId('top-n')).toHaveValue('3');
  await page.getByTestId('to-plan').click();
  await expect(page.getByTestId('to-plan-done')).toContainText('3 Maßnahmen');
  await page
    .getByRole('button', { name: /Maßnahmenplan/ })
    .first()
    .click();
  const actions = page.getByTestId('action-row');
  await expect(actions).toHaveCount(3);
  await expect(actions.nth(0)).toContainText('Sprachcafé ausbauen');
  await expect(actions.nth(0)).toContainText('Zugang');
  await page.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(actions).toHaveCount(0);
});

test('two windows pressing + on the same tally both count; a stale typed value is refused', async ({ browser, server }) => {
  const a = await (await browser.newContext()).newPage();
  await a.goto(server.url);
  await createWorkshop(a, 'Zweifenster');
  await a.getByRole('button', { name: /Nächste Schritte/ }).click();
  await a.getByTestId('idea-input').fill('Sprachcafé ausbauen');
  await a.getByTestId('idea-input').press('Enter');
  await a.getByRole('button', { name: /Priorisierung/ }).click();
  await a.getByRole('tab', { name: 'Punkte zählen' }).click();
  const b = await (await browser.newContext()).newPage();
  await b.goto(server.url);
  await b.getByRole('tab', { name: 'Punkte zählen' }).click();
  const name = 'Punkte für „Sprachcafé ausbauen“, ohne Bereich';
  const ca = a.getByRole('textbox', { name });
  const cb = b.getByRole('textbox', { name });
  await ca.press('+');
  await cb.press('+');
  await expect(ca).toHaveValue('2');
  await expect(cb).toHaveValue('2');
  // From here B's window reloads the tallies late (a busy laptop): its second Enter must not wait for that.
  let slow = true;
  await b.route('**/api/call', async (route) => {
    if (slow && route.request().postDataJSON()?.method === 'votes.tallies') await new Promise((r) => setTimeout(r, 4000));
    await route.continue();
  });
  // B starts typing while A changes the tally: B's typed value is not written over A's.
  await cb.fill('7');
  await ca.press('+');
  await cb.press('Enter');
  await expect(b.getByTestId('error-message')).toContainText('auf 3 geändert');
  await expect(ca).toHaveValue('3');
  await cb.press('Enter'); // after reading the message, Enter again writes it
  await expect(ca).toHaveValue('7', { timeout: 3000 });
  slow = false;
});

test('a step text is edited in place: Enter saves, Esc cancels, undo restores', async ({ page, server }) => {
  await page.goto(server.url);
  await createWorkshop(page, 'Editstadt');
  await page.getByRole('button', { name: /Nächste Schritte/ }).click();
  const input = page.getByTestId('idea-input');
  await input.fill('Sprachcafe');
  await input.press('Enter');
  const item = page.getByTestId('idea').first();
  await item.getByRole('button', { name: 'Bearbeiten: Sprachcafe' }).click();
  const edit = page.getByTestId('idea-edit');
  await edit.fill('Sprachcafé ausbauen');
  await edit.press('Enter');
  await expect(item).toContainText('Sprachcafé ausbauen');
  // F2 opens the editor, Esc leaves the text as it was.
  await item.getByRole('button', { name: /^Bearbeiten/ }).focus();
  await page.keyboard.press('F2');
  await page.getByTestId('idea-edit').fill('Verworfen');
  await page.getByTestId('idea-edit').press('Escape');
  await expect(item).toContainText('Sprachcafé ausbauen');
  await expect(page.getByTestId('idea-edit')).toHaveCount(0);
  // Double-click opens it too; the change is one undo entry.
  await item.locator('.idea-text').dblclick();
  await expect(page.getByTestId('idea-edit')).toBeFocused();
  await page.getByTestId('idea-edit').press('Escape');
  // The undo entry is named in the window's language (issue #11: no German in the English UI).
  const undo = page.getByRole('button', { name: /Rückgängig/ });
  await expect(undo).toHaveAttribute('title', 'Rückgängig: Schritt ändern');
  await page.getByRole('button', { name: 'Sprache' }).click();
  await expect(page.getByRole('button', { name: /Undo/ })).toHaveAttribute('title', 'Undo: Change step');
  await page.getByRole('button', { name: 'Language' }).click();
  await undo.click();
  await expect(item).toContainText('Sprachcafe');
  await expect(item).not.toContainText('Sprachcafé ausbauen');
  await page.getByRole('button', { name: 'Sprache' }).click();
  await expect(page.getByRole('button', { name: /Redo/ })).toHaveAttribute('title', 'Redo: Change step');
});

// Enter saves a typed tally; leaving the field while that save is on its way must not send it a
// second time (the second save carried the old value and was refused as "changed elsewhere").
test('a typed tally saved with Enter and left at once is saved once, without a false conflict', async ({ page, server }) => {
  await page.goto(server.url);
  await createWorkshop(page, 'Eilhausen');
  await page.getByRole('button', { name: /Nächste Schritte/ }).click();
  const input = page.getByTestId('idea-input');
  for (const s of ['Sprachcafé ausbauen', 'Begegnungsfest']) {
    await input.fill(s);
    await input.press('Enter');
  }
  await expect(page.getByTestId('idea')).toHaveCount(2);
  await page.getByRole('button', { name: /Priorisierung/ }).click();
  await page.getByRole('tab', { name: 'Punkte zählen' }).click();
  await page.getByLabel('Nach Bereichen zählen').uncheck();
  const cell = (idea: string) => page.getByRole('textbox', { name: `Punkte für „${idea}“, ohne Bereich` });
  // hold the answer to the first tally save until the field has been left
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let saving!: () => void;
  const saveSeen = new Promise<void>((r) => (saving = r));
  let tallies = 0;
  await page.route('**/api/call', async (route) => {
    if ((route.request().postDataJSON() as { method?: string }).method !== 'votes.tally') return route.continue();
    tallies++;
    const response = await route.fetch();
    saving();
    await held;
    await route.fulfill({ response });
  });
  await cell('Begegnungsfest').fill('3');
  await cell('Begegnungsfest').press('Enter');
  await saveSeen;
  await cell('Sprachcafé ausbauen').focus(); // leaves the field while its save is on the way
  release();
  await expect(cell('Begegnungsfest')).toHaveValue('3');
  await page.waitForTimeout(300); // a second save would have been sent by now
  expect(tallies).toBe(1);
  await expect(page.getByTestId('error-message')).toHaveCount(0);
});
