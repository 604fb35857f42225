import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** WCAG 2.2 AA as in a11y.spec.ts: no serious or critical axe violation. */
async function expectAccessible(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`),
    where,
  ).toEqual([]);
}

// The programme view through the real UI: packages written by the CLI, read from a folder.
function cli(dir: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['out/main/cli.js', ...args, '--settings', path.join(dir, 'settings')], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
}

test('programme view: strips per field, highlight, search with field filter, CSV export read back', async ({ page, server }) => {
  const ws = path.join(server.dir, 'demo.werkstatt');
  const pk = path.join(server.dir, 'pakete');
  fs.mkdirSync(pk);
  cli(server.dir, 'demo', ws);
  cli(server.dir, 'package', ws, '--out', path.join(pk, 'a.werkstatt-austausch.json'));
  cli(server.dir, 'package', ws, '--out', path.join(pk, 'b.werkstatt-austausch.json'), '--pseudonym', 'Kommune Süd');
  fs.writeFileSync(path.join(pk, 'fremd.json'), '{"hallo": 1}');

  await page.goto(server.url);
  await page.getByTestId('start-programme').click();
  await page.getByLabel('Ordner mit Austauschpaketen').fill(pk);
  await page.getByRole('button', { name: 'Laden' }).click();
  await expect(page.getByTestId('programme-summary')).toContainText('2 Kommunen');
  // Seven strips, two dots each; no rank or place anywhere.
  for (const key of ['management', 'oeffnung', 'zugang', 'arbeit', 'engagement', 'zusammenhalt', 'kommunikation']) {
    await expect(page.getByTestId(`strip-${key}`).locator('circle')).toHaveCount(2);
  }
  await expect(page.locator('body')).not.toContainText(/\bRang\b|\bPlatz \d/);
  await expectAccessible(page, 'Programmansicht');
  await page.getByTestId('programme-highlight').selectOption({ label: 'Kommune Süd' });
  await expect(page.getByTestId('strip-management').getByTestId('dot-own')).toHaveCount(1);
  await expect(page.getByTestId('programme-refused')).toContainText('„fremd.json“ ist kein Austauschpaket');

  const hits = page.getByTestId('programme-hits');
  await expect(hits).toContainText('Treffer');
  await page.getByTestId('programme-search').fill('mediation');
  await expect(page.getByTestId('programme-table').locator('tbody tr').first()).toContainText(/mediation/i);
  const n = await page.getByTestId('programme-table').locator('tbody tr').count();
  expect(n).toBeGreaterThanOrEqual(2);
  await page.getByTestId('programme-field').selectOption('management');
  await expect(hits).toContainText('0 Treffer');
  await page.getByTestId('programme-field').selectOption('');
  await expect(page.getByTestId('programme-table').locator('tbody tr')).toHaveCount(n);

  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('programme-csv').click()]);
  const text = fs.readFileSync((await dl.path())!, 'utf8');
  const lines = text
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe('"Art";"Handlungsfeld";"Titel";"Details";"Status";"Kommune"');
  expect(lines).toHaveLength(n + 1);
  expect(lines.some((l) => l.endsWith(';"Kommune Süd"'))).toBe(true);

  // The same rows as XLSX, read back by a real reader; a formula-looking text stays text.
  const [xl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('programme-xlsx').click()]);
  expect(xl.suggestedFilename()).toBe('Praxiskatalog.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await xl.path())!);
  const sheet = wb.getWorksheet('Praxiskatalog')!;
  expect(sheet.rowCount).toBe(n + 1);
  expect(sheet.getRow(1).getCell(3).value).toBe('Titel');
  expect(String(sheet.getRow(2).getCell(6).value)).toMatch(/Ulmenbrück|Kommune Süd/);

  // Names hidden: the catalogue shows "Kommune 1/2" only.
  await page.getByLabel('Namen ausblenden').check();
  await expect(page.getByTestId('programme-table')).not.toContainText('Ulmenbrück');
  await expect(page.getByTestId('programme-table')).toContainText('Kommune 1');
});

test('exchange package from the plan: preview with redaction, untick an action, download holds exactly that', async ({ page, demoServer }) => {
  await page.goto(demoServer.url);
  await page.locator('.phase-bar button', { hasText: 'Maßnahmenplan' }).click();
  await page.getByTestId('exchange-button').click();
  const dialog = page.getByTestId('exchange-dialog');
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'Austauschpaket');
  await expect(page.getByTestId('exchange-withheld')).toContainText(/Zurückgehalten: \d+ Angaben zur Verantwortung/);
  const first = dialog.locator('input[data-item^="action:"]').first();
  const title = ((await first.locator('xpath=..').textContent()) ?? '').trim();
  await first.uncheck();
  await dialog.getByLabel(/Pseudonym/).fill('Kommune Nord');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('exchange-download').click()]);
  expect(dl.suggestedFilename()).toMatch(/Kommune Nord\.werkstatt-austausch\.json$/);
  const text = fs.readFileSync((await dl.path())!, 'utf8');
  const pkg = JSON.parse(text);
  expect(pkg).toMatchObject({ format: 'selbstcheck-austausch', formatVersion: 1, content: { municipality: 'Kommune Nord', pseudonymised: true } });
  expect(pkg.content.actions.map((a: { title: string }) => a.title)).not.toContain(title);
  expect(text).not.toContain('Sommerfeld');
  expect(text).not.toContain('Brettschneider');
});

// QA: the axis numbers were crossed by the tick marks ("5|0") and the chart used about 60 % of its card.
for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  test(`programme view at ${viewport.width}×${viewport.height}: strips fill their card, tick marks clear of the axis numbers`, async ({ page, server }) => {
    await page.setViewportSize(viewport);
    await page.goto(server.url);
    await page.getByTestId('start-programme').click();
    await page.getByTestId('programme-examples').click();
    await expect(page.getByTestId('programme-summary')).toContainText('4 Kommunen');
    const strips = page.locator('[data-testid^="strip-"]');
    await expect(strips).toHaveCount(7);
    for (const strip of await strips.all()) {
      const m = await strip.evaluate((fig) => {
        const card = fig.closest('.panel')!;
        const cs = getComputedStyle(card);
        const inner = card.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
        const svg = fig.querySelector('svg')!;
        const boxes = (sel: string) => [...svg.querySelectorAll(sel)].map((e) => e.getBoundingClientRect());
        const lines = boxes('line.axis');
        const crossed = boxes('text.tick').filter((t) => lines.some((l) => l.left <= t.right && l.right >= t.left && l.top <= t.bottom && l.bottom >= t.top));
        return { width: svg.getBoundingClientRect().width, inner, labels: boxes('text.tick').length, crossed: crossed.length };
      });
      expect(m.labels).toBe(5);
      expect(m.crossed, 'axis numbers crossed by a tick mark or the axis').toBe(0);
      expect(m.width).toBeGreaterThanOrEqual(0.9 * m.inner);
    }
  });
}

// QA: "Zurück zum Start" wrapped onto two lines and, with a workshop open, led back to the workshop.
test('programme view: the back link is one line and says where it leads (start screen or open workshop)', async ({ page, server, demoServer }) => {
  const oneLine = async () => {
    const link = page.getByTestId('programme-back');
    const { height, lineHeight } = await link.evaluate((el) => ({
      height: el.getBoundingClientRect().height,
      lineHeight: parseFloat(getComputedStyle(el).lineHeight),
    }));
    expect(height, 'back link on one line').toBeLessThan(2 * lineHeight);
  };
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ]) {
    await page.setViewportSize(viewport);
    // No workshop open: back to the start screen.
    await page.goto(server.url);
    await page.getByTestId('start-programme').click();
    await expect(page.getByTestId('programme-back')).toHaveText('Zurück zum Start');
    await oneLine();
    await page.getByTestId('programme-back').click();
    await expect(page.getByTestId('start-programme')).toBeVisible();

    // A workshop open (the demo): back to that workshop, and the link says so.
    await page.goto(`${demoServer.url}#/programm`);
    await expect(page.getByTestId('programme-back')).toHaveText('Zurück zum Workshop');
    await oneLine();
    await page.getByTestId('programme-back').click();
    await expect(page.locator('.shell-header h1')).toBeVisible();
    await expect(page.getByTestId('start-programme')).toHaveCount(0);
  }
});
