import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

// WCAG 2.2 AA (BITV 2.0): no serious or critical axe violation on any screen a facilitator or
// the room sees, and every control reached by Tab shows where the focus is.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoSeriousViolations(page: Page, where: string, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join('\n  ')}`,
    )
    .join('\n');
  expect(bad, `${where}:\n${report}`).toEqual([]);
}

/** Tabs through the page and checks that each focused element draws a visible focus indicator. */
async function expectVisibleFocus(page: Page, where: string, steps = 25) {
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  const seen: string[] = [];
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const cs = getComputedStyle(el);
      const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 1;
      const ring = cs.boxShadow !== 'none';
      return { name: `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} ${(el.textContent ?? '').trim().slice(0, 30)}`, visible: outline || ring };
    });
    if (!info) continue;
    seen.push(info.name);
    expect(info.visible, `${where}: no visible focus on ${info.name}`).toBe(true);
  }
  expect(seen.length, `${where}: nothing reachable by Tab`).toBeGreaterThan(3);
}

test('start screen', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Neuer Workshop' })).toBeVisible();
  await expectNoSeriousViolations(page, 'Startseite');
  await expectVisibleFocus(page, 'Startseite');
});

const PHASES = [
  ['Ergebnisse', 'ergebnisse'],
  ['Stärken', 'staerken'],
  ['Nächste Schritte', 'schritte'],
  ['Priorisierung', 'priorisierung'],
  ['Maßnahmenplan', 'plan'],
] as const;

test('every phase screen and its projector view', async ({ page, context, demoServer }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(demoServer.url);
  const projector = await context.newPage();
  await projector.setViewportSize({ width: 1280, height: 720 });
  await projector.goto(`${demoServer.url}#/projektor`);
  for (const [button, phase] of PHASES) {
    await page.locator('.phase-bar button', { hasText: button }).click();
    await expect(projector.getByTestId('projector')).toHaveAttribute('data-phase', phase);
    await page.waitForTimeout(300); // charts settle
    await expectNoSeriousViolations(page, `Phase ${button}`);
    await expectVisibleFocus(page, `Phase ${button}`);
    await expectNoSeriousViolations(projector, `Projektor ${button}`);
  }
});

test('dialogs: import, action editor, shortcut overview', async ({ page, demoServer }) => {
  await page.goto(demoServer.url);
  await page.locator('.phase-bar button', { hasText: 'Ergebnisse' }).click();
  await page.getByTestId('results-import').click();
  await expect(page.getByTestId('import-dialog')).toBeVisible();
  await expectNoSeriousViolations(page, 'Import-Dialog', '[data-testid="import-dialog"]');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('import-dialog')).toBeHidden();

  await page.locator('.phase-bar button', { hasText: 'Maßnahmenplan' }).click();
  await page.getByTestId('action-row').first().locator('.row-open').click();
  await expect(page.getByTestId('action-editor')).toBeVisible();
  await expectNoSeriousViolations(page, 'Maßnahme bearbeiten', '[data-testid="action-editor"]');
  // with a change, Esc asks first: that question is checked too
  await page.locator('#ae-title').fill('Geänderter Titel');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('discard-confirm')).toBeVisible();
  await expectNoSeriousViolations(page, 'Änderungen verwerfen?', '[data-testid="action-editor"]');
  await page.getByTestId('discard').click();

  // "Verschieben nach …" on the board (M on a card)
  await page.locator('.phase-bar button', { hasText: 'Stärken' }).click();
  await page.getByTestId('card').first().locator('.drag-handle').focus();
  await page.keyboard.press('m');
  await expect(page.getByTestId('move-picker')).toBeVisible();
  await expectNoSeriousViolations(page, 'Verschieben nach', '[data-testid="move-picker"]');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('move-picker')).toBeHidden();

  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoSeriousViolations(page, 'Tastenkürzel', 'dialog[open]');
});

test('the checks themselves fail on a page with a violation and on an invisible focus', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.getByRole('heading', { name: 'Neuer Workshop' })).toBeVisible();
  await page.evaluate(() => {
    const b = document.createElement('button');
    b.id = 'broken';
    b.style.outline = 'none';
    b.style.boxShadow = 'none';
    document.body.prepend(b); // no name, and no focus indicator
    const style = document.createElement('style');
    style.textContent = '#broken:focus, #broken:focus-visible { outline: none !important; box-shadow: none !important; }';
    document.head.append(style);
  });
  await expect(expectNoSeriousViolations(page, 'kaputt')).rejects.toThrow(/button-name/);
  await expect(expectVisibleFocus(page, 'kaputt', 3)).rejects.toThrow(/no visible focus on button#broken/);
});
