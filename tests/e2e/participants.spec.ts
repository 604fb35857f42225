import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, createWorkshop } from './fixtures';
import { LAN, api, phone } from './phone-helpers';

// Participant mode (issue #10) through the real UI: the facilitator switches it on in the
// "Teilnahme" panel, phones (360×640, mobile user agent, own browser contexts = own cookies)
// join through the address from the QR code. A second loopback address (127.0.0.2) plays the
// LAN address, so the phone server is bound to another address than the facilitator's.

/** Facilitator: open the panel, choose the address by hand, switch on; returns the join URL shown. */
async function switchOn(page: Page): Promise<string> {
  await page.getByTestId('phones-button').click();
  const dlg = page.getByRole('dialog', { name: 'Teilnahme per Handy' });
  await dlg.getByLabel('Andere Adresse').check();
  await dlg.getByLabel('Adresse (IPv4)').fill(LAN);
  await dlg.getByRole('button', { name: 'Einschalten' }).click();
  await expect(dlg.getByText('Geprüft: Der Laptop erreicht sich über diese Adresse.')).toBeVisible();
  await expect(dlg.getByTestId('join-qr')).toBeVisible();
  const url = (await dlg.getByTestId('join-url').textContent())!;
  expect(url).toMatch(new RegExp(`^HTTP://${LAN.replace(/\./g, '\\.')}:\\d+/J/[A-Z0-9]{4}$`));
  return url;
}

test('join through the QR address, add a card, see it on the board and the projector', async ({ page, server, browser }) => {
  await page.goto(server.url);
  await createWorkshop(page);
  const call = api(page, server);
  await page.locator('.phase-bar button', { hasText: 'Stärken' }).click();
  const url = await switchOn(page);
  const dlg = page.getByRole('dialog', { name: 'Teilnahme per Handy' });
  if (process.env.SHOTS) await page.screenshot({ path: 'test-results/panel.png' });
  await dlg.getByLabel('QR-Code auf dem Projektor zeigen').click();
  await expect(dlg.getByLabel('QR-Code auf dem Projektor zeigen')).toBeChecked();
  await dlg.getByRole('button', { name: 'OK' }).click();

  const projector = await page.context().newPage();
  await projector.goto(`${server.url}#/projektor`);
  await expect(projector.getByTestId('projector-join')).toContainText(url);

  const a = await phone(browser, url);
  await expect(a.page.getByRole('heading', { name: 'Stärken sammeln' })).toBeVisible();
  await expect(projector.getByTestId('projector-join')).toContainText('Schon dabei: 1');
  if (process.env.SHOTS) await projector.screenshot({ path: 'test-results/projector-join.png' });
  await a.page.getByLabel('Was läuft in Ihrer Kommune schon gut?').fill('Sprachcafé in der Stadtbibliothek');
  await a.page.getByLabel('Ihr Bereich (freiwillig)').selectOption('zivilgesellschaft');
  await a.page.getByRole('button', { name: 'Karte senden' }).click();
  await expect(a.page.getByText('Gesendet.')).toBeVisible();

  // facilitator board: the card, marked as coming from a phone
  const card = page.locator('.card', { hasText: 'Sprachcafé in der Stadtbibliothek' });
  await expect(card).toBeVisible();
  await expect(card.locator('.origin-phone')).toHaveText('Handy');
  // the sector chosen on the phone reaches the card and the device (it was once refused silently)
  await expect(card.locator('.sector-tag')).toHaveAttribute('aria-label', 'Zivilgesellschaft');
  expect((await call('cards.list', {})).cards.find((c: { text: string }) => c.text === 'Sprachcafé in der Stadtbibliothek').sector).toBe('zivilgesellschaft');
  // projector (after the QR overlay is switched off)
  await call('participants.configure', { showOnProjector: false });
  await expect(projector.getByTestId('proj-card').filter({ hasText: 'Sprachcafé in der Stadtbibliothek' })).toBeVisible();

  // a second phone sees it live on "Auf der Tafel"; the first can withdraw its own
  const b = await phone(browser, url);
  await expect(b.page.locator('#board')).toContainText('Sprachcafé in der Stadtbibliothek');
  await a.page.getByRole('button', { name: 'Zurückziehen: Sprachcafé in der Stadtbibliothek' }).click();
  await expect(b.page.locator('#board')).not.toContainText('Sprachcafé in der Stadtbibliothek');
  await expect(card).toHaveCount(0);

  // the facilitator holds phone cards back for review
  await call('participants.configure', { review: true });
  await b.page.getByLabel('Was läuft in Ihrer Kommune schon gut?').fill('Interkultureller Kalender');
  await b.page.getByRole('button', { name: 'Karte senden' }).click();
  await expect(b.page.locator('#mine')).toContainText('wird geprüft');
  const held = page.locator('.card', { hasText: 'Interkultureller Kalender' });
  await expect(held.locator('.is-review')).toHaveText('wartet auf Freigabe');
  if (process.env.SHOTS) await page.screenshot({ path: 'test-results/board-review.png' });
  await held.getByRole('button', { name: 'Freigeben' }).click();
  await expect(b.page.locator('#board')).toContainText('Interkultureller Kalender');
  await expect(a.page.locator('#board')).toContainText('Interkultureller Kalender');
  await a.ctx.close();
  await b.ctx.close();
});

test('dots: budget enforced, nothing visible before the reveal, result after it', async ({ page, server, browser }) => {
  await page.goto(server.url);
  await createWorkshop(page);
  const call = api(page, server);
  await call('ideas.add', { text: 'Willkommensmappe' });
  await call('ideas.add', { text: 'Begegnungsfest' });
  await call('ideas.add', { text: 'Sprachcafé' });
  await call('votes.configure', { dotsPerPerson: 2 });
  const url = await switchOn(page);
  await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
  await call('session.set', { phase: 'priorisierung' });

  const a = await phone(browser, url);
  await expect(a.page.getByRole('heading', { name: 'Punkte vergeben' })).toBeVisible();
  await expect(a.page.getByText('Noch 2 von 2 Punkten')).toBeVisible();
  await a.page.getByRole('button', { name: 'Punkt mehr für Willkommensmappe' }).click();
  await a.page.getByRole('button', { name: 'Punkt mehr für Begegnungsfest' }).click();
  await expect(a.page.getByText('Noch 0 von 2 Punkten')).toBeVisible();
  await expect(a.page.getByRole('button', { name: 'Punkt mehr für Willkommensmappe' })).toBeDisabled();
  // the laptop enforces it too (a page with stale buttons, or a script)
  const over = await a.page.evaluate(async () => {
    const r = await fetch('/p/api/dots.set', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key: 'manual-over-1', ideaId: 1, count: 2 }),
    });
    return { status: r.status, body: await r.json() };
  });
  expect(over.status).toBe(422);
  expect(over.body.error.message).toContain('von 2 Punkten');
  // changeable until the reveal
  await a.page.getByRole('button', { name: 'Punkt weniger für Begegnungsfest' }).click();
  await a.page.getByRole('button', { name: 'Punkt mehr für Willkommensmappe' }).click();
  await expect(a.page.getByText('Noch 0 von 2 Punkten')).toBeVisible();

  const b = await phone(browser, url);
  await expect(b.page.getByText('Noch 2 von 2 Punkten')).toBeVisible();
  // no totals anywhere on a phone before the reveal: the snapshot itself has none
  const snap = await b.page.evaluate(async () => (await fetch('/p/api/snapshot')).json());
  expect(snap.value.state.result).toBeNull();
  expect(JSON.stringify(snap.value)).not.toContain('"dots":2,');
  await expect(b.page.locator('#result')).toHaveCount(0);
  await expect(b.page.locator('.count').first()).toHaveText('0');

  await b.page.getByRole('button', { name: 'Punkt mehr für Begegnungsfest' }).click();
  await b.page.getByRole('button', { name: 'Punkt mehr für Sprachcafé' }).click();
  await expect(b.page.getByText('Noch 0 von 2 Punkten')).toBeVisible();

  await call('votes.reveal', { revealed: true });
  await expect(b.page.getByRole('heading', { name: 'Ergebnis' })).toBeVisible();
  const rows = b.page.locator('#result li');
  await expect(rows.first()).toContainText('Willkommensmappe');
  await expect(rows.first()).toContainText('2 Punkte');
  // equal dots, equal rank, as on the projector ("2." twice, "gleichauf"), not the list's 2. and 3.
  await expect(rows.locator('.rank')).toHaveText(['1.', '2.', '2.']);
  await expect(rows.nth(1)).toContainText('gleichauf');
  await expect(rows.nth(2)).toContainText('gleichauf');
  await expect(rows.first()).not.toContainText('gleichauf');
  // the text and its score do not run into each other
  const text = (await rows.first().locator('.text').boundingBox())!;
  const count = (await rows.first().locator('.count').boundingBox())!;
  expect(text.x + text.width <= count.x || text.y + text.height <= count.y).toBe(true);
  await a.ctx.close();
  await b.ctx.close();
});

test('wrong or renewed code gets a clear message; switching off tells the open page', async ({ page, server, browser }) => {
  await page.goto(server.url);
  await createWorkshop(page);
  const url = await switchOn(page);
  const dlg = page.getByRole('dialog', { name: 'Teilnahme per Handy' });

  const wrong = await phone(browser, url.replace(/\/J\/\w+$/, '/J/ZZZZ'));
  await expect(wrong.page.getByRole('alert')).toContainText('Dieser Link ist nicht (mehr) gültig');

  const early = await phone(browser, url);
  await expect(early.page.getByRole('heading', { name: 'Gleich geht es los' })).toBeVisible();
  await dlg.getByRole('button', { name: 'Neuer Code (alte Links gelten nicht mehr)' }).click();
  await expect(dlg.getByTestId('join-url')).not.toHaveText(url);
  const late = await phone(browser, url);
  await expect(late.page.getByRole('alert')).toContainText('Dieser Link ist nicht (mehr) gültig');
  // English phone, English message
  const en = await phone(browser, url, { locale: 'en-GB' });
  await expect(en.page.getByRole('alert')).toContainText('This link is not (or no longer) valid');

  await expect(dlg.getByTestId('phones-count')).toContainText('Angemeldet: 1 ·');
  await dlg.getByRole('button', { name: 'Ausschalten (beendet alle Handy-Sitzungen)' }).click();
  await expect(dlg.getByText('Ausgeschaltet.')).toBeVisible();
  await expect(early.page.getByRole('status').filter({ hasText: 'Die Teilnahme per Handy ist beendet' })).toBeVisible();
  for (const p of [wrong, early, late, en]) await p.ctx.close();
});

test('the page re-syncs on visibilitychange and pageshow (iOS Safari), and keeps sending after a lost answer', async ({ page, server, browser }) => {
  await page.goto(server.url);
  await createWorkshop(page);
  const call = api(page, server);
  await call('session.set', { phase: 'staerken' });
  const url = await switchOn(page);
  await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
  const a = await phone(browser, url);
  await expect(a.page.getByRole('heading', { name: 'Stärken sammeln' })).toBeVisible();
  for (const fire of [
    () => document.dispatchEvent(new Event('visibilitychange')),
    () => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })),
  ]) {
    const snap = a.page.waitForRequest((r) => r.url().includes('/p/api/snapshot'));
    const events = a.page.waitForRequest((r) => r.url().includes('/p/api/events?last='));
    await a.page.evaluate(fire);
    await snap;
    await events;
  }
  // the first answer to a card is lost on the way back: the page retries with the same key,
  // and the card exists once
  let dropped = false;
  await a.ctx.route('**/p/api/cards.add', async (route) => {
    if (!dropped) {
      dropped = true;
      await route.fetch(); // reaches the laptop …
      return route.abort('connectionreset'); // … but the answer never arrives
    }
    return route.continue();
  });
  await a.page.getByLabel('Was läuft in Ihrer Kommune schon gut?').fill('Gemeinsamer Stadtteilgarten');
  await a.page.getByRole('button', { name: 'Karte senden' }).click();
  await expect(a.page.getByText('Gesendet.')).toBeVisible({ timeout: 10000 });
  expect(dropped).toBe(true);
  const board = await call('cards.list');
  expect(board.cards.filter((c: { text: string }) => c.text === 'Gemeinsamer Stadtteilgarten')).toHaveLength(1);
  await expect(a.page.locator('#mine li')).toHaveCount(1);
  await a.ctx.close();
});

test('phone page: no serious or critical axe violation at 360×640, small bundle', async ({ page, server, browser }) => {
  await page.goto(server.url);
  await createWorkshop(page);
  const call = api(page, server);
  await call('ideas.add', { text: 'Willkommensmappe' });
  const url = await switchOn(page);
  await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
  const a = await phone(browser, url);
  for (const phase of ['ergebnisse', 'staerken', 'schritte', 'priorisierung']) {
    await call('session.set', { phase });
    await expect(a.page.locator('main h2').first()).toBeVisible();
    await a.page.waitForTimeout(200);
    await expect(a.page.locator('#net')).toBeHidden(); // connected: no "connection lost" bar
    await a.page.screenshot({ path: `test-results/phone-${phase}.png` });
    const r = await new AxeBuilder({ page: a.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${phase}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  // the phone bundle is not the facilitator's: a few KB, and no facilitator asset is reachable
  const js = await a.page.request.get(new URL('/p/app.js', url.toLowerCase()).href);
  expect((await js.body()).length).toBeLessThan(60_000);
  expect((await a.page.request.get(new URL('/index.html', url.toLowerCase()).href)).status()).toBe(404);
  await a.ctx.close();
});

test('the panel has room: the address question inside its box, the choices off its frame, the buttons apart', async ({ page, server }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(server.url);
  await createWorkshop(page);
  await page.getByTestId('phones-button').click();
  const dlg = page.getByRole('dialog', { name: 'Teilnahme per Handy' });
  await dlg.getByLabel('Andere Adresse').check();
  const box = await dlg.locator('fieldset').evaluate((f) => {
    const r = f.getBoundingClientRect();
    const cs = getComputedStyle(f);
    const top = r.top + parseFloat(cs.borderTopWidth);
    const left = r.left + parseFloat(cs.borderLeftWidth);
    const legend = f.querySelector('legend')!.getBoundingClientRect();
    // every text and control in the box, the question included: below the top border, off the left one
    const inner = [...f.querySelectorAll('legend, label, input')].map((el) => el.getBoundingClientRect());
    return { legendTop: legend.top - top, minLeft: Math.min(...inner.map((x) => x.left)) - left };
  });
  expect(box.legendTop).toBeGreaterThanOrEqual(4);
  expect(box.minLeft).toBeGreaterThanOrEqual(8);
  const on = await dlg.getByRole('button', { name: 'Einschalten' }).boundingBox();
  const cancel = await dlg.getByRole('button', { name: 'Abbrechen' }).boundingBox();
  expect(cancel!.x - (on!.x + on!.width)).toBeGreaterThanOrEqual(6);
  await page.screenshot({ path: test.info().outputPath('panel-off-1920.png') });
  // switched on: the buttons under the codes are apart too
  await dlg.getByLabel('Adresse (IPv4)').fill(LAN);
  await dlg.getByRole('button', { name: 'Einschalten' }).click();
  await expect(dlg.getByTestId('join-qr')).toBeVisible();
  const check = await dlg.getByRole('button', { name: 'Erneut prüfen' }).boundingBox();
  const renew = await dlg.getByRole('button', { name: 'Neuer Code (alte Links gelten nicht mehr)' }).boundingBox();
  expect(renew!.x - (check!.x + check!.width)).toBeGreaterThanOrEqual(6);
  await page.screenshot({ path: test.info().outputPath('panel-on-1920.png') });
});

test('the toolbar counts the phones connected now, not every phone that ever joined', async ({ page, server, browser }) => {
  await page.goto(server.url);
  await createWorkshop(page);
  await page.locator('.phase-bar button', { hasText: 'Stärken' }).click();
  const url = await switchOn(page);
  const dlg = page.getByRole('dialog', { name: 'Teilnahme per Handy' });
  await dlg.getByRole('button', { name: 'OK' }).click();
  const button = page.getByTestId('phones-button');
  await expect(button).toHaveText('Teilnahme · 0');

  const a = await phone(browser, url);
  const b = await phone(browser, url);
  for (const p of [a, b]) await expect(p.page.getByRole('heading', { name: 'Stärken sammeln' })).toBeVisible();
  // a stream opening is no change event: the toolbar asks again by itself
  await expect(button).toHaveText('Teilnahme · 2', { timeout: 15_000 });
  await b.ctx.close(); // one phone leaves the room
  await expect(button).toHaveText('Teilnahme · 1', { timeout: 15_000 });
  await expect(button).toHaveAttribute('title', 'Angemeldet: 2 · gerade verbunden: 1');
  await button.click();
  await expect(dlg.getByTestId('phones-count')).toHaveText('Angemeldet: 2 · gerade verbunden: 1');
  await a.ctx.close();
});
