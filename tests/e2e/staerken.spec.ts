import { test, expect, createWorkshop } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { projectorProblems } from './projector-check';

// The strengths board in the real UI (browser mode): capture with Enter, live clustering,
// drag and drop with mouse and keyboard, "sort again" with a preview, duplicates, projector.

const clusterWith = (page: Page, text: string) => page.getByTestId('cluster').filter({ has: page.getByTestId('card').filter({ hasText: text }) });
const card = (page: Page, text: string) => page.getByTestId('card').filter({ hasText: text });

async function type(page: Page, texts: string[]) {
  const input = page.getByTestId('card-input');
  for (const t of texts) {
    // Right after a mouse drop, a programmatic fill in the same few milliseconds was seen to land
    // nowhere (about 1 in 12 runs; the drag library still tidies the text selection then). A person
    // needs far longer to reach the field, so the test checks the text is in before pressing Enter.
    await expect(async () => {
      await input.fill(t);
      await expect(input).toHaveValue(t, { timeout: 250 });
    }).toPass({ timeout: 5000 });
    await input.press('Enter');
    await expect(input).toHaveValue('');
    await expect(input).toBeFocused();
    await expect(card(page, t)).toHaveCount(1);
  }
}

async function mouseDrag(page: Page, from: Locator, to: Locator) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + 8, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + 20, a.y + a.height / 2 + 10, { steps: 3 });
  await page.mouse.move(b.x + b.width / 2, b.y + Math.min(b.height / 2, 40), { steps: 12 });
  await page.mouse.up();
}

const LANG = ['Sprachcafé in der Stadtbibliothek', 'Sprachpaten begleiten Neuzugewanderte beim Deutschlernen'];
const OTHER = 'Integrationsbeirat berät den Stadtrat';
const FEST = ['Stadtfest mit Vereinen und Begegnungsfest im Sommer', 'Interkulturelles Straßenfest im Quartier'];

test.beforeEach(async ({ page, server }) => {
  await page.goto(server.url);
  await createWorkshop(page, 'Kartenhausen');
  await page.getByRole('button', { name: /Stärken/ }).click();
});

test('type cards with Enter; they cluster live; drag one by mouse; sort again keeps it where it was put', async ({ page }) => {
  await type(page, [...LANG, ...FEST]);
  // live clustering: the two language cards share a cluster, the festival cards another
  await expect(clusterWith(page, LANG[0])).toContainText(LANG[1]);
  await expect(clusterWith(page, FEST[0])).toContainText(FEST[1]);
  await expect(clusterWith(page, LANG[0])).not.toContainText(FEST[0]);
  await expect(page.getByTestId('capture-status')).toContainText('Gespeichert');

  const target = clusterWith(page, LANG[0]);
  const targetId = await target.getAttribute('data-cluster-id');
  await mouseDrag(page, card(page, FEST[1]), target);
  const moved = page.locator(`[data-cluster-id="${targetId}"]`).getByTestId('card').filter({ hasText: FEST[1] });
  await expect(moved).toBeVisible();
  await expect(moved).toContainText('von Hand platziert');

  // give "sort again" work to do: dissolve a theme (its card loses its theme)
  await type(page, [OTHER]);
  const other = clusterWith(page, OTHER);
  await other.getByRole('button', { name: /Aktionen für Thema/ }).click();
  await other.getByRole('button', { name: 'Thema auflösen' }).click();
  await expect(page.locator('[data-cluster-id="none"]')).toContainText(OTHER);

  // sort again: preview first (which card would move where), then apply; the hand-placed card does not move
  await page.getByTestId('sort-again').click();
  const preview = page.getByTestId('sort-preview');
  await expect(preview).toContainText('3 von Hand platzierte Karten bleiben');
  await expect(preview.getByTestId('preview-moves')).toContainText(OTHER);
  await expect(preview.getByTestId('preview-moves')).not.toContainText(FEST[1]);
  await preview.getByTestId('sort-apply').click();
  await expect(preview).toHaveCount(0);
  await expect(page.locator('[data-cluster-id="none"]')).toHaveCount(0);
  await expect(page.locator(`[data-cluster-id="${targetId}"]`).getByTestId('card').filter({ hasText: FEST[1] })).toBeVisible();

  // undo (Ctrl+Z outside a text field) brings back the state before sorting / the move
  const undo = page.getByRole('button', { name: /Rückgängig/ });
  await expect(undo).toHaveAttribute('title', /Neu sortieren/);
  await undo.click();
  await expect(undo).toHaveAttribute('title', /Thema auflösen/);
  await undo.click();
  await expect(undo).toHaveAttribute('title', /Karte hinzufügen/);
  await undo.click();
  await expect(undo).toHaveAttribute('title', /Karte verschieben/);
  await undo.click();
  await expect(page.locator(`[data-cluster-id="${targetId}"]`).getByTestId('card').filter({ hasText: FEST[1] })).toHaveCount(0);
});

test('drag with the keyboard: Space picks up, arrow keys choose a theme, Space drops', async ({ page }) => {
  await type(page, [...LANG, FEST[0]]);
  const langId = await clusterWith(page, LANG[0]).getAttribute('data-cluster-id');
  const festId = await clusterWith(page, FEST[0]).getAttribute('data-cluster-id');
  expect(langId).not.toBe(festId);
  // order on the board: [new theme] [language] [festival]; from the festival theme one step back is language
  const handle = card(page, FEST[0]).getByRole('button', { name: /Leertaste zum Verschieben/ });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  // the sensor listens for arrow keys from the next timer tick on: one tick queued after it
  await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('status').filter({ hasText: /Über Thema/ })).toContainText(
    await clusterWith(page, LANG[0]).getByTestId('cluster-label').innerText(),
  );
  await page.keyboard.press('Space');
  await expect(page.locator(`[data-cluster-id="${langId}"]`).getByTestId('card').filter({ hasText: FEST[0] })).toBeVisible();
  // the festival cluster emptied and is gone
  await expect(page.locator(`[data-cluster-id="${festId}"]`)).toHaveCount(0);
});

test('move without dragging: the card menu offers "Verschieben nach …"', async ({ page }) => {
  await type(page, [LANG[0], FEST[0]]);
  const festCluster = clusterWith(page, FEST[0]);
  const festId = (await festCluster.getAttribute('data-cluster-id'))!;
  await card(page, LANG[0]).getByRole('button', { name: 'Aktionen für Karte' }).click();
  const moveTo = card(page, LANG[0]).getByTestId('move-to');
  await expect(moveTo.locator(`option[value="${festId}"]`)).toHaveCount(1);
  await moveTo.selectOption(festId);
  await expect(clusterWith(page, FEST[0])).toContainText(LANG[0]);
});

test('duplicates get a friendly answer: exact and near duplicates are offered for merging', async ({ page }) => {
  await type(page, [LANG[0]]);
  const input = page.getByTestId('card-input');
  await input.fill('sprachcafe in der Stadtbibliothek');
  await input.press('Enter');
  const warn = page.getByTestId('duplicate-warning');
  await expect(warn).toContainText('Diese Karte gibt es schon');
  await expect(warn).toContainText(LANG[0]);
  await input.press('Enter'); // = merge: not added twice
  await expect(warn).toHaveCount(0);
  await expect(page.getByTestId('card')).toHaveCount(1);
  await expect(page.getByTestId('capture-status')).toContainText('Zusammengeführt');

  await input.fill('Sprachcafé jeden Freitag in der Stadtbibliothek');
  await input.press('Enter');
  await expect(warn).toContainText('sehr ähnliche Karte');
  await input.press('Shift+Enter'); // = add anyway
  await expect(page.getByTestId('card')).toHaveCount(2);

  await input.fill('   ');
  await input.press('Enter');
  await expect(page.getByTestId('capture-problem')).toContainText('Bitte geben Sie einen Text ein');
});

test('the projector shows a new card live and highlights it; hidden cards never appear', async ({ page, context, server }) => {
  await type(page, [LANG[0]]);
  const projector = await context.newPage();
  await projector.setViewportSize({ width: 1280, height: 800 });
  await projector.goto(`${server.url}#/projektor`);
  await expect(projector.getByTestId('proj-card')).toHaveCount(1);
  await type(page, [FEST[0]]);
  // (long words carry soft hyphens on the projector, so match a part without long words)
  const arrived = projector.getByTestId('proj-card').filter({ hasText: 'Stadtfest mit Vereinen' });
  await expect(arrived).toBeVisible();
  await expect(arrived).toHaveClass(/is-new/);
  await card(page, FEST[0]).getByRole('button', { name: 'Verbergen' }).click();
  await expect(projector.getByTestId('proj-card').filter({ hasText: 'Stadtfest mit Vereinen' })).toHaveCount(0);
  await expect(projector.getByTestId('proj-card')).toHaveCount(1);
});

test('sector by quick key sticks between cards; field select too', async ({ page }) => {
  const input = page.getByTestId('card-input');
  await input.focus();
  await page.keyboard.press('Alt+z');
  await expect(page.getByTestId('capture-sector')).toHaveValue('zivilgesellschaft');
  await page.getByTestId('capture-field').selectOption('zugang');
  await type(page, [LANG[0], FEST[0]]);
  await expect(card(page, LANG[0]).locator('.sector-tag')).toHaveText('Z');
  await expect(card(page, FEST[0]).locator('.sector-tag')).toHaveText('Z');
  await expect(card(page, FEST[0])).toContainText('Zugang');
});

test('projector with many cards: whole cards in large type, pages "Seite x von n", with automatic turning a new card shows its page', async ({
  context,
  server,
  request,
}) => {
  const base = new URL(server.url).origin;
  const add = async (text: string) => {
    const r = await request.post(`${base}/api/call`, {
      data: { method: 'cards.add', input: { text, sector: 'zivilgesellschaft', allowDuplicate: true } },
      headers: { 'x-werkstatt-token': server.token },
    });
    expect((await r.json()).ok).toBe(true);
  };
  const topics = ['Sprachcafé', 'Stadtfest', 'Sportverein', 'Integrationsbeirat', 'Ausbildungsbörse', 'Moscheegemeinde', 'Willkommensmappe', 'Ehrenamtsbörse'];
  for (let i = 0; i < 40; i++) await add(`${topics[i % topics.length]} im Ortsteil ${i + 1} mit vielen Menschen aus der Nachbarschaft`);
  const projector = await context.newPage();
  await projector.setViewportSize({ width: 1280, height: 800 });
  await projector.goto(`${server.url}#/projektor`);
  const indicator = projector.getByTestId('proj-page');
  await expect(indicator).toHaveText(/^Seite 1 von \d+$/); // held on page 1 until the facilitator turns it
  // with "Automatisch blättern" on, pages follow the clock and a new card brings its page to the front
  const auto = await request.post(`${base}/api/call`, {
    data: { method: 'session.set', input: { projector: { auto: true } } },
    headers: { 'x-werkstatt-token': server.token },
  });
  expect((await auto.json()).ok).toBe(true);
  const board = projector.getByTestId('proj-board');
  const pages = Number(await board.getAttribute('data-pages'));
  expect(pages).toBeGreaterThan(1);
  // text and sector letters at least 3 % of the screen height; no card cut off at the bottom
  const sizes = await projector.evaluate(() => {
    const b = document.querySelector('[data-testid="proj-board"]')!.getBoundingClientRect();
    return [...document.querySelectorAll('[data-testid="proj-card"]')].map((li) => ({
      text: parseFloat(getComputedStyle(li.querySelector('.pb-text')!).fontSize),
      tag: parseFloat(getComputedStyle(li.querySelector('.sector-tag')!).fontSize),
      inside: li.getBoundingClientRect().bottom <= b.bottom + 1,
    }));
  });
  expect(sizes.length).toBeGreaterThan(3);
  for (const s of sizes) {
    expect(s.text).toBeGreaterThanOrEqual(24);
    expect(s.tag).toBeGreaterThanOrEqual(24);
    expect(s.inside).toBe(true);
  }
  // the newest card brings its page to the front, highlighted
  await add('Zuletzt: Lesepatenschaften in der Grundschule am Markt');
  const arrived = projector.getByTestId('proj-card').filter({ hasText: 'Lesepatenschaften' });
  await expect(arrived).toBeVisible();
  await expect(arrived).toHaveClass(/is-new/);
});

test('a theme that continues in the next column: its "(Forts.)" heading at the top of a column is whole', async ({ context, server, request }) => {
  const base = new URL(server.url).origin;
  const call = async (method: string, input: object) => {
    const r = await request.post(`${base}/api/call`, { data: { method, input }, headers: { 'x-werkstatt-token': server.token } });
    const body = await r.json();
    expect(body.ok, method).toBe(true);
    return body.value;
  };
  // a short name keeps "(Forts.)" on the heading's first line, at the very top of the column: there
  // a plain inline span's glyph box stood 2 px above the clipping grid (round 11, CI)
  const theme = await call('clusters.create', { label: 'Sprache' });
  const places = ['Stadtbibliothek', 'Nordstadt', 'Familienzentrum', 'Volkshochschule', 'Moscheegemeinde', 'Pfarrheim', 'Jugendhaus', 'Rathaus'];
  for (let i = 0; i < 24; i++)
    await call('cards.add', {
      text: `Sprachcafé ${i + 1} in ${places[i % places.length]}: Deutsch üben im Gespräch mit Nachbarinnen und Nachbarn`,
      sector: 'zivilgesellschaft',
      clusterId: theme.clusterId,
    });
  for (const [width, height] of [
    [1280, 720],
    [1024, 768],
  ]) {
    const projector = await context.newPage();
    await projector.setViewportSize({ width, height });
    await projector.goto(`${server.url}#/projektor`);
    await expect(projector.locator('.pb-cont').first()).toBeVisible();
    expect(await projectorProblems(projector), `${width}x${height}`).toEqual([]);
    await projector.close();
  }
});

test('a theme is renamed and a card edited in place: Enter saves, Esc cancels, empty text is not saved', async ({ page }) => {
  await type(page, LANG);
  const cluster = clusterWith(page, LANG[0]);
  // rename: double-click the name, Esc keeps the old one, Enter saves the new one
  await cluster.getByTestId('cluster-label').dblclick();
  const rename = page.getByRole('textbox', { name: 'Name des Themas (leer: automatisch)' });
  await rename.fill('Wird verworfen');
  await rename.press('Escape');
  await expect(cluster).not.toContainText('Wird verworfen');
  await cluster.getByTestId('cluster-label').dblclick();
  await rename.fill('Deutsch lernen');
  await rename.press('Enter');
  await expect(cluster.getByTestId('cluster-label')).toHaveText(/Deutsch lernen/);
  // card text: double-click, type, Enter saves
  await card(page, LANG[1]).locator('.card-text').dblclick();
  const edit = page.getByRole('textbox', { name: 'Text der Karte' });
  await edit.fill(`${LANG[1]} und mehr`);
  await edit.press('Enter');
  await expect(card(page, `${LANG[1]} und mehr`)).toBeVisible();
  await card(page, LANG[0]).locator('.card-text').dblclick();
  await edit.fill('');
  await edit.press('Enter'); // empty text is not saved
  await expect(card(page, LANG[0])).toBeVisible();
});
