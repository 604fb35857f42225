import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, createWorkshop } from './fixtures';
import { LAN, api, phone } from './phone-helpers';

// Issue #13 through the real UI: a table host joins with its table's own code (from the
// "Teilnahme" panel) on a phone-sized browser context, and every phone shows the running agenda
// item's countdown. 127.0.0.2 plays the LAN address, as in participants.spec.ts.

async function noSeriousAxe(page: Page, what: string) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  const bad = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${what}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function switchOn(page: Page): Promise<string> {
  await page.getByTestId('phones-button').click();
  const dlg = page.getByRole('dialog', { name: 'Teilnahme per Handy' });
  await dlg.getByLabel('Andere Adresse').check();
  await dlg.getByLabel('Adresse (IPv4)').fill(LAN);
  await dlg.getByRole('button', { name: 'Einschalten' }).click();
  await expect(dlg.getByText('Geprüft: Der Laptop erreicht sich über diese Adresse.')).toBeVisible();
  return (await dlg.getByTestId('join-url').textContent())!;
}

/** A write from the page's own script, as a curious table host could send it. */
async function post(page: Page, method: string, body: Record<string, unknown>) {
  return page.evaluate(
    async ([m, b]) => {
      const r = await fetch(`/p/api/${m}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ key: `k${Math.random().toString(36).slice(2, 12)}`, ...b }),
      });
      return { status: r.status, body: await r.json().catch(() => null) };
    },
    [method, body] as const,
  );
}

test('table host: joins with the table code, its cards carry the table, other tables and the facilitator API are out of reach', async ({
  page,
  server,
  browser,
}) => {
  await page.goto(server.url);
  await createWorkshop(page);
  const call = api(page, server);
  const a = await call('tables.add', { name: 'Tisch Zugang', field: 'zugang' });
  const b = await call('tables.add', { name: 'Tisch Arbeit', field: 'arbeit' });
  await call('session.set', { phase: 'staerken' });
  const roomUrl = await switchOn(page);
  const dlg = page.getByRole('dialog', { name: 'Teilnahme per Handy' });
  const rowA = dlg.getByTestId(`table-code-${a.id}`);
  await expect(rowA).toContainText('Tisch Zugang');
  await expect(rowA).toContainText('noch kein Gerät');
  const urlA = (await rowA.getByTestId('table-url').textContent())!;
  expect(urlA).toMatch(new RegExp(`^HTTP://${LAN.replace(/\./g, '\\.')}:\\d+/J/[A-Z0-9]{6}$`));
  expect(urlA).not.toBe(roomUrl);
  await rowA.getByRole('button', { name: 'QR-Code für Tisch Zugang' }).click();
  await expect(rowA.getByTestId('table-qr')).toBeVisible();
  if (process.env.SHOTS) await page.screenshot({ path: 'test-results/panel-tables.png' });

  const host = await phone(browser, urlA);
  await expect(host.page.getByRole('heading', { name: 'Tisch Zugang', exact: true })).toBeVisible();
  await expect(host.page.getByRole('heading', { name: 'Stärken sammeln' })).toBeVisible();
  await expect(host.page.getByLabel('Handlungsfeld (freiwillig)')).toHaveValue('zugang');
  await expect(host.page.getByLabel('Ihr Bereich (freiwillig)')).toHaveCount(0);
  await expect(rowA).toContainText('1 Gerät angemeldet');
  await host.page.getByLabel('Was läuft in Ihrer Kommune schon gut?').fill('Lotsen begleiten zu Ämtern');
  await host.page.getByRole('button', { name: 'Karte senden' }).click();
  await expect(host.page.getByText('Gesendet.')).toBeVisible();
  await noSeriousAxe(host.page, 'table host');
  const mine = (await call('cards.list')).cards.find((c: { text: string }) => c.text === 'Lotsen begleiten zu Ämtern');
  expect(mine).toMatchObject({ tableId: a.id, field: 'zugang', origin: 'phone' });

  // the facilitator types a card for this table: it appears in the host's list, editable there
  const typedA = await call('cards.add', { text: 'Vom Laptop für Tisch Zugang', tableId: a.id });
  const list = host.page.locator('#mine');
  await expect(list).toContainText('Vom Laptop für Tisch Zugang');
  await host.page.getByRole('button', { name: 'Ändern: Vom Laptop für Tisch Zugang' }).click();
  await host.page.getByLabel('Was läuft in Ihrer Kommune schon gut?').fill('Am Tisch ergänzt: Lotsen auch samstags');
  await host.page.getByRole('button', { name: 'Änderung speichern' }).click();
  await expect(list).toContainText('Am Tisch ergänzt: Lotsen auch samstags');
  if (process.env.SHOTS) await host.page.screenshot({ path: 'test-results/phone-table-host.png', fullPage: true });
  expect((await call('cards.list')).cards.find((c: { id: number }) => c.id === typedA.id).text).toBe('Am Tisch ergänzt: Lotsen auch samstags');

  // another table's card: refused, nothing changed
  const typedB = await call('cards.add', { text: 'Karte von Tisch Arbeit', tableId: b.id });
  await expect(list).not.toContainText('Karte von Tisch Arbeit');
  for (const [m, input] of [
    ['cards.update', { id: typedB.id, text: 'Übernommen' }],
    ['cards.withdraw', { id: typedB.id }],
  ] as const) {
    const r = await post(host.page, m, input);
    expect(r.status, m).toBe(403);
    expect(r.body.error.message).toContain('gehört nicht zu Ihrem Tisch');
  }
  expect((await call('cards.list')).cards.find((c: { id: number }) => c.id === typedB.id)).toMatchObject({ text: 'Karte von Tisch Arbeit', tableId: b.id });
  // no next steps or dots, and no facilitator method by any name or path
  expect((await post(host.page, 'ideas.add', { text: 'Vom Tisch' })).status).toBe(403);
  for (const m of ['tables.delete', 'cards.delete', 'workshop.open', 'participants.renewTableCode', 'participants.stop']) {
    expect((await post(host.page, m, { id: b.id, tableId: b.id })).status, m).toBe(404);
  }
  const direct = await host.page.evaluate(async () => {
    const r = await fetch('/api/call', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ method: 'tables.delete', input: { id: 1 } }),
    });
    return r.status;
  });
  expect(direct).toBe(404);
  expect((await call('tables.list')).map((t: { name: string }) => t.name)).toEqual(['Tisch Zugang', 'Tisch Arbeit']);

  // a new code for the table: the open page and the old link say so clearly
  await rowA.getByRole('button', { name: 'Neuer Code für Tisch Zugang (meldet dessen Geräte ab)' }).click();
  await expect(rowA.getByTestId('table-url')).not.toHaveText(urlA);
  await expect(host.page.getByRole('alert')).toContainText('Dieser Link ist nicht (mehr) gültig', { timeout: 15000 });
  const late = await phone(browser, urlA);
  await expect(late.page.getByRole('alert')).toContainText('Dieser Link ist nicht (mehr) gültig');
  const wrong = await phone(browser, urlA.replace(/\/J\/\w+$/, '/J/ZZZZ'));
  await expect(wrong.page.getByRole('alert')).toContainText('Dieser Link ist nicht (mehr) gültig');
  for (const p of [host, late, wrong]) await p.ctx.close();
});

test('phones show the running agenda item: countdown from the laptop’s clock, across a reload; time up; a break', async ({ page, server, browser }) => {
  await page.goto(server.url);
  await createWorkshop(page);
  const call = api(page, server);
  const work = await call('agenda.add', { title: 'Stärken sammeln', minutes: 20 });
  const brk = await call('agenda.add', { title: 'Kaffeepause', minutes: 15, kind: 'pause' });
  const short = await call('agenda.add', { title: 'Blitzlicht', minutes: 0 });
  const url = await switchOn(page);
  await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();

  // this phone's clock is an hour ahead: the countdown still follows the laptop; its snapshot comes
  // back slowly, so it thinks the laptop's clock 1.4 s behind: still never "20:01" for twenty minutes
  const p = await phone(browser, url, { clockSkewMs: 3_600_000, snapshotDelayMs: 2800 });
  const timer = p.page.getByRole('timer');
  await expect(p.page.getByRole('heading', { name: 'Gleich geht es los' })).toBeVisible();
  await expect(timer).toBeHidden();
  await call('agenda.start', { id: work.id });
  await expect(timer).toContainText('Stärken sammeln');
  const read = async () => {
    const text = (await timer.locator('strong').textContent())!;
    const [mm, ss] = text.split(':').map(Number);
    return mm * 60 + ss;
  };
  await expect.poll(read).toBeGreaterThan(19 * 60);
  expect(await read()).toBeLessThanOrEqual(20 * 60);
  await expect(timer).not.toHaveClass(/over/);
  if (process.env.SHOTS) await p.page.screenshot({ path: 'test-results/phone-timer.png' });
  await p.page.reload();
  await expect(timer).toContainText('Stärken sammeln');
  await expect.poll(read).toBeGreaterThan(19 * 60);
  expect(await read()).toBeLessThanOrEqual(20 * 60);
  // paused on the laptop: frozen, and it says so
  await call('agenda.pause', { paused: true });
  await expect(timer).toContainText('angehalten');
  await call('agenda.pause', { paused: false });

  // a break: "Pause bis HH:MM" on the laptop's clock
  await call('agenda.start', { id: brk.id });
  await expect(timer).toContainText('Kaffeepause');
  const until = (await timer.locator('strong').textContent())!;
  const [hh, mm] = until.replace('Pause bis ', '').split(':').map(Number);
  const expected = await page.evaluate(() => {
    const d = new Date(Date.now() + 15 * 60_000);
    return d.getHours() * 60 + d.getMinutes();
  });
  expect(Math.abs(hh * 60 + mm - expected) % (24 * 60)).toBeLessThanOrEqual(1);
  expect(until).toMatch(/^Pause bis \d\d:\d\d$/);

  // time up: colour and words
  await call('agenda.start', { id: short.id });
  await expect(timer).toContainText('Blitzlicht');
  await expect(timer.locator('strong')).toHaveText('Zeit ist um');
  await expect(timer).toHaveClass(/over/);
  await noSeriousAxe(p.page, 'timer over');
  if (process.env.SHOTS) await p.page.screenshot({ path: 'test-results/phone-timer-over.png' });
  await call('agenda.finish');
  await expect(timer).toBeHidden();
  await p.ctx.close();
});
