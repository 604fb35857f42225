// Screenshots of the real UI in browser mode at projector and laptop sizes, for looking at.
// Usage: node scripts/screenshots.mjs URL OUTDIR
import { chromium } from '@playwright/test';

const [url, out = '/tmp/shots'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const phases = ['ergebnisse', 'staerken', 'schritte', 'priorisierung', 'plan'];
for (const [w, h] of [
  [1920, 1080],
  [1280, 800],
]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto(url);
  await page.waitForSelector('.shell, .start');
  for (const p of phases) {
    const btn = page.locator('.phase-bar button').nth(phases.indexOf(p));
    if (await btn.count()) {
      await btn.click();
      await page.waitForTimeout(400);
    }
    await page.screenshot({ path: `${out}/fac-${p}-${w}.png` });
    const proj = await browser.newPage({ viewport: { width: w, height: h } });
    await proj.goto(url.replace(/#.*$/, '') + '#/projektor');
    await proj.waitForTimeout(600);
    await proj.screenshot({ path: `${out}/proj-${p}-${w}.png` });
    await proj.close();
  }
  await page.close();
}
await browser.close();
