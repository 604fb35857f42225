import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { projectorProblems } from './projector-check';

// Issue #13.6: the projector during a running agenda item — the timer in the header (running,
// paused, time up), the break screen — at 1280×720 and 1024×768. The main text (timer, headings,
// item titles, card texts) is at least 3 % of the screen height, and nothing is cut off: every
// text inside the screen, none clipped by a box that hides its overflow, no ellipsis or clamp.
// Screenshots go to test-results/projector-timer/ to be looked at.

const SHOTS = path.join('test-results', 'projector-timer');
fs.mkdirSync(SHOTS, { recursive: true });

const problems = projectorProblems;

/** Font size and box of one element, as fractions of the viewport height; the box inside the viewport. */
async function readable(projector: Page, loc: Locator, what: string) {
  await expect(loc, what).toBeVisible();
  const m = await loc.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return {
      font: parseFloat(getComputedStyle(el).fontSize),
      top: r.top,
      bottom: r.bottom,
      left: r.left,
      right: r.right,
      h: r.height,
      vw: innerWidth,
      vh: innerHeight,
    };
  });
  const min = 0.03 * m.vh;
  expect(m.font, `${what}: font ${m.font}px ≥ 3 % of ${m.vh}`).toBeGreaterThanOrEqual(min - 0.5);
  expect(m.h, `${what}: box ${m.h}px ≥ 3 % of ${m.vh}`).toBeGreaterThanOrEqual(min - 0.5);
  expect(m.left >= -1 && m.top >= -1 && m.right <= m.vw + 1 && m.bottom <= m.vh + 1, `${what} inside the screen: ${JSON.stringify(m)}`).toBe(true);
}

/** 200 characters, the longest title the agenda accepts. */
const LONG_BREAK =
  'Kaffeepause mit Kuchen aus der Nachbarschaft, Gespräche an der Stellwand und Zeit für Fragen an die Gastgeberinnen und Gastgeber der sieben Tische, bevor es mit den nächsten Schritten weitergeht.'.padEnd(
    200,
    '.',
  );
const LONG_NEXT = `Potenziale und nächste Schritte an allen sieben Tischen der Handlungsfelder mit Gastgeberinnen und Gastgebern, danach Vorstellung im Plenum und Sammlung offener Fragen für die Priorisierung`;

for (const size of [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
]) {
  const tag = `${size.width}x${size.height}`;
  test(`projector with the agenda timer at ${tag}: timer, headings and the break screen readable and whole`, async ({ browser, demoServer }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    const projector = await context.newPage();
    await projector.setViewportSize(size);
    await projector.goto(`${demoServer.url}#/projektor`);
    await page.goto(demoServer.url);
    await expect(page.locator('.shell-header h1')).toBeVisible();

    await page.getByTestId('agenda-open').click();
    const dialog = page.getByTestId('agenda-dialog');
    const rows = dialog.getByTestId('agenda-row');
    await expect(rows).toHaveCount(9);
    // The item after the break gets a 188-character title: the break screen names it as "Danach: …".
    expect(LONG_NEXT.length).toBeGreaterThan(180);
    const nextTitle = rows.nth(5).getByRole('textbox', { name: 'Punkt' });
    await nextTitle.fill(LONG_NEXT);
    await nextTitle.press('Enter');
    const breakTitle = rows.nth(4).getByRole('textbox', { name: 'Punkt' });
    await breakTitle.fill(LONG_BREAK);
    await breakTitle.press('Enter');
    // The strengths in plenary get 0 minutes: when started, their time is up at once.
    const zero = rows.nth(3).getByRole('spinbutton');
    await zero.fill('0');
    await zero.press('Enter');
    await expect(dialog.getByTestId('agenda-total')).toContainText('Summe 190 Minuten');

    // 1. The results run: timer in the header, the field's questions below.
    await rows.nth(1).getByTestId('agenda-start').click();
    await expect(projector.getByTestId('projector')).toHaveAttribute('data-phase', 'ergebnisse');
    await expect(projector.getByTestId('proj-timer')).toContainText(/^(25:00|24:5\d)/);
    await projector.waitForTimeout(300); // fonts settle
    await readable(projector, projector.locator('.proj-timer-time'), 'timer');
    await readable(projector, projector.locator('.proj-head h1'), 'phase heading');
    await readable(projector, projector.locator('.proj-where'), 'municipality');
    expect(await problems(projector), `results with timer at ${tag}`).toEqual([]);
    await projector.screenshot({ path: path.join(SHOTS, `${tag}-timer-running.png`) });

    // 2. Paused: the note under the time is readable too.
    await dialog.getByRole('button', { name: 'Schließen', exact: true }).click();
    await page.getByTestId('runbar-pause').click();
    await expect(projector.getByTestId('proj-timer')).toContainText('angehalten');
    await readable(projector, projector.locator('.proj-timer-note'), 'paused note');
    await readable(projector, projector.locator('.proj-timer-time'), 'paused timer');
    expect(await problems(projector), `paused timer at ${tag}`).toEqual([]);
    await projector.screenshot({ path: path.join(SHOTS, `${tag}-timer-paused.png`) });
    await page.getByTestId('runbar-pause').click();
    await expect(projector.getByTestId('proj-timer')).not.toContainText('angehalten');

    // 3. The strengths at the tables: cards under the timer.
    await page.getByTestId('agenda-open').click();
    await rows.nth(2).getByTestId('agenda-start').click();
    await expect(projector.getByTestId('projector')).toHaveAttribute('data-phase', 'staerken');
    await expect(projector.getByTestId('proj-timer')).toContainText(/^(25:00|24:5\d)/);
    await projector.waitForTimeout(300);
    await readable(projector, projector.locator('.proj-timer-time'), 'timer over the cards');
    await projector.screenshot({ path: path.join(SHOTS, `${tag}-timer-strengths.png`) });
    expect(await problems(projector), `strengths with timer at ${tag}`).toEqual([]);
    await projector.screenshot({ path: path.join(SHOTS, `${tag}-timer-strengths.png`) });

    // 4. Time is up: said in words, still large.
    await rows.nth(3).getByTestId('agenda-start').click();
    await expect(projector.getByTestId('proj-timer')).toContainText('Die Zeit ist um');
    await readable(projector, projector.locator('.proj-timer-time'), 'time is up');
    expect(await problems(projector), `time up at ${tag}`).toEqual([]);
    await projector.screenshot({ path: path.join(SHOTS, `${tag}-timer-over.png`) });

    // 5. The break fills the screen: its title, when the room goes on, and the long next item, whole.
    await rows.nth(4).getByTestId('agenda-start').click();
    const brk = projector.getByTestId('proj-break');
    await expect(brk).toBeVisible();
    await expect(brk).toContainText(/Weiter um \d\d:\d\d/);
    await expect(brk.locator('.proj-break-next')).toHaveText(`Danach: ${LONG_NEXT}`);
    await projector.waitForTimeout(300);
    await expect(brk.locator('h1')).toHaveText(LONG_BREAK);
    await readable(projector, brk.locator('h1'), 'break title');
    await readable(projector, brk.locator('.proj-break-until'), 'resume time');
    await readable(projector, brk.locator('.proj-break-next'), 'next item');
    expect(await problems(projector), `break at ${tag}`).toEqual([]);
    await projector.screenshot({ path: path.join(SHOTS, `${tag}-break.png`) });
    await context.close();
  });
}

test('a 200-character municipality beside the timer: the header wraps, nothing cut off, at 1280×720 and 1024×768', async ({ browser, server }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.goto(server.url);
  const municipality =
    'Verbandsgemeinde Obere Sarne mit den Ortsgemeinden Ulmenbrück, Kirchberg am Wald, Niederhausen, Oberhausen und Steinbach sowie dem gemeinsamen Integrationsbeirat der Verbandsgemeinde Obere Sarne und Umgebung'.slice(
      0,
      200,
    );
  expect(municipality).toHaveLength(200);
  await page.getByLabel('Kommune').fill(municipality);
  // The suggested name ("Selbstcheck-Workshop " + municipality) is cut to the 200 limit, so it is accepted as it is.
  const suggested = await page.getByLabel('Name des Workshops').inputValue();
  expect(suggested.length).toBeLessThanOrEqual(200);
  expect(suggested).toMatch(/^Selbstcheck-Workshop /);
  await page.getByRole('button', { name: 'Workshop anlegen' }).click();
  await expect(page.locator('.shell-header h1')).toBeVisible();
  await page.getByTestId('agenda-open').click();
  await page.getByTestId('agenda-template').click();
  const rows = page.getByTestId('agenda-dialog').getByTestId('agenda-row');
  await expect(rows).toHaveCount(9);
  await rows.nth(1).getByTestId('agenda-start').click();
  const projector = await context.newPage();
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1024, height: 768 },
  ]) {
    const tag = `${size.width}x${size.height}`;
    await projector.setViewportSize(size);
    await projector.goto(`${server.url}#/projektor`);
    await expect(projector.getByTestId('proj-timer')).toContainText(/\d:\d\d/);
    await expect(projector.locator('.proj-where')).toHaveText(municipality);
    await projector.waitForTimeout(300);
    await readable(projector, projector.locator('.proj-timer-time'), `timer at ${tag}`);
    await readable(projector, projector.locator('.proj-head h1'), `heading at ${tag}`);
    await readable(projector, projector.locator('.proj-where'), `municipality at ${tag}`);
    await projector.screenshot({ path: path.join(SHOTS, `${tag}-long-municipality.png`) });
    expect(await problems(projector), `long municipality at ${tag}`).toEqual([]);
  }
  await context.close();
});
