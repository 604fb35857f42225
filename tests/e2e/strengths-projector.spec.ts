import { test, expect } from './fixtures';
import { api } from './phone-helpers';
import { projectorProblems } from './projector-check';

// "Stärken" on the projector: a card without a sector badge lines up with the text of the cards
// that have one (it started at the theme's left edge, under the badges).

const TEXT = 'Sprachpatenschaften in allen Grundschulen';

for (const size of [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
]) {
  const tag = `${size.width}x${size.height}`;

  test(`projector at ${tag}: a card without a sector starts where the text of a card with a badge starts`, async ({ browser, demoServer }) => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.goto(demoServer.url);
    const call = api(page, demoServer);
    const board = (await call('cards.list')) as { clusters: { id: number; label: string; position: number }[] };
    const first = [...board.clusters].sort((a, b) => a.position - b.position)[0];
    await call('cards.add', { text: TEXT, field: null, sector: null, clusterId: first.id, source: null, tableId: null });

    const projector = await context.newPage();
    await projector.setViewportSize(size);
    await projector.goto(`${demoServer.url}#/projektor`);
    await page
      .getByRole('button', { name: /Stärken/ })
      .first()
      .click();
    const cards = projector.getByTestId('proj-card');
    await expect(cards.first()).toBeVisible();
    // the new card's page (pages turn by the facilitator's Bild↓)
    const plain = cards.filter({ hasText: TEXT });
    for (let i = 0; i < 5 && !(await plain.isVisible()); i++) {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('PageDown');
      await projector.waitForTimeout(200);
    }
    await expect(plain).toBeVisible();
    await expect(plain.locator('.sector-tag:not(.pb-no-sector)')).toHaveCount(0);

    // every card on the screen: the left edge of its text, per column
    // (only cards laid out in a column: the projector also renders cards it is measuring, outside any column)
    const lefts = await cards.evaluateAll((els) =>
      els.flatMap((li) => {
        const text = li.querySelector('.pb-text')?.getBoundingClientRect();
        const col = li.closest('.pb-col')?.getBoundingClientRect();
        if (!text || !col) return [];
        return [{ col: Math.round(col.left), left: text.left, badge: !!li.querySelector('.sector-tag:not(.pb-no-sector)'), text: li.textContent ?? '' }];
      }),
    );
    const mine = lefts.find((x) => x.text.replace(/\u00ad/g, '').includes(TEXT))!;
    const withBadge = lefts.filter((x) => x.badge);
    expect(withBadge.length).toBeGreaterThan(0);
    const sameColumn = withBadge.filter((x) => x.col === mine.col);
    const reference = (sameColumn.length ? sameColumn : withBadge)[0];
    // its text starts where its neighbours' text starts (same offset from the column's edge)
    expect(Math.abs(mine.left - mine.col - (reference.left - reference.col))).toBeLessThanOrEqual(1);
    expect(await projectorProblems(projector)).toEqual([]);
    await projector.screenshot({ path: test.info().outputPath(`strengths-${tag}.png`) });
    await context.close();
  });
}
