import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { api } from './phone-helpers';
import { projectorProblems } from './projector-check';

// "Priorisierung" on the projector: before "Punkte aufdecken" the steps carry no numbers (numbers
// in the order entered read as a ranking); after it, the legend's "ohne Bereich" has the same
// hatched "–" box as the bars.

/** Facilitator on "Priorisierung" with the dots hidden or revealed. */
async function priorities(page: Page, revealed: boolean) {
  await page
    .getByRole('button', { name: /Priorisierung/ })
    .first()
    .click();
  const reveal = page.getByTestId('reveal');
  await expect(reveal).toBeVisible();
  if (((await reveal.getAttribute('aria-pressed')) === 'true') !== revealed) await reveal.click();
  await expect(reveal).toHaveAttribute('aria-pressed', String(revealed));
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
]) {
  const tag = `${size.width}x${size.height}`;

  test(`projector at ${tag}: before the reveal every step is listed without a number, after it with its rank`, async ({ browser, demoServer }) => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.goto(demoServer.url);
    const projector = await context.newPage();
    await projector.setViewportSize(size);
    await projector.goto(`${demoServer.url}#/projektor`);
    await priorities(page, false);
    const ideas = await api(page, demoServer)('ideas.list');
    const steps = (ideas as { text: string; hidden: boolean }[]).filter((x) => !x.hidden);
    expect(steps.length).toBeGreaterThan(10);

    const hidden = projector.getByTestId('proj-prio-hidden');
    await expect(hidden).toBeVisible();
    await expect(hidden.locator('li')).toHaveCount(steps.length); // the demo's steps fit on one page
    // no "1.", "2." … in front of a step, and no numbered list for a screen reader either
    const lines = (await hidden.innerText()).split('\n').filter((l) => l.trim());
    expect(lines.filter((l) => /^\s*\d+\s*[.)]/.test(l))).toEqual([]);
    await expect(hidden.locator('ol')).toHaveCount(0);
    const shown = (await hidden.locator('li .ps-text').allTextContents()).map((s) => s.replace(/\u00ad/g, ''));
    expect(new Set(shown)).toEqual(new Set(steps.map((x) => x.text)));
    expect(await projectorProblems(projector)).toEqual([]);
    await projector.screenshot({ path: test.info().outputPath(`prio-hidden-${tag}.png`) });

    await priorities(page, true);
    await expect(projector.getByTestId('proj-ranking')).toBeVisible();
    await expect(projector.getByTestId('proj-rank').first()).toHaveText(/^1\./);
    await context.close();
  });

  test(`projector at ${tag}: the legend's "ohne Bereich" has the hatched "–" box of the bars`, async ({ browser, demoServer }) => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.goto(demoServer.url);
    const call = api(page, demoServer);
    // three dots without a sector on the step with the most dots, so its bar is on page 1
    const tallies = (await call('votes.tallies')) as { ideaId: number; count: number }[];
    const sums = new Map<number, number>();
    for (const x of tallies) sums.set(x.ideaId, (sums.get(x.ideaId) ?? 0) + x.count);
    const top = [...sums].sort((a, b) => b[1] - a[1])[0][0];
    await call('votes.tally', { ideaId: top, sector: null, delta: 3 });

    const projector = await context.newPage();
    await projector.setViewportSize(size);
    await projector.goto(`${demoServer.url}#/projektor`);
    await priorities(page, true);
    await call('votes.projectorView', { view: 'ranking' });
    await expect(projector.getByTestId('proj-ranking')).toBeVisible();
    const segment = projector.locator('.sector-bar > .sb-none').first();
    await expect(segment).toBeVisible();
    const legend = projector.getByTestId('proj-sector-legend');
    await expect(legend).toContainText('ohne Bereich');
    const box = legend.locator('.sb-none');
    await expect(box).toHaveText('–');
    await expect(box).toBeVisible();
    const style = (el: Element) => {
      const cs = getComputedStyle(el);
      return { background: cs.backgroundImage, color: cs.color, frame: cs.boxShadow };
    };
    // the stripes are in em: the same hatching at another type size has other pixel values
    const shape = (s: string) => s.replace(/[\d.]+px/g, 'Npx');
    const want = await segment.evaluate(style);
    expect(want.background).toContain('repeating-linear-gradient');
    const got = await box.evaluate(style);
    expect(shape(got.background)).toBe(shape(want.background)); // same hatching …
    expect(got.color).toBe(want.color); // … a dark "–" on it …
    expect(got.frame).not.toBe('none'); // … and a frame
    expect(await projectorProblems(projector)).toEqual([]);
    await projector.screenshot({ path: test.info().outputPath(`prio-legend-${tag}.png`) });
    await context.close();
  });
}
