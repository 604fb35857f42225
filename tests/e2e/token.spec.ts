import { test, expect } from './fixtures';

// Browser mode: the per-run token arrives in the address the server printed. It must leave the
// address bar and the history entry as soon as the page has loaded, survive a reload of the tab
// (sessionStorage), and never travel on as a Referer.
test('the token leaves the address bar, survives a reload and is never sent as Referer', async ({ page, context, demoServer }) => {
  const referers: string[] = [];
  context.on('request', (r) => {
    const ref = r.headers()['referer'];
    if (ref) referers.push(ref);
  });
  await page.goto(demoServer.url);
  await expect(page.locator('.shell-header')).toContainText('Ulmenbrück');
  expect(page.url()).not.toContain('token');
  expect(page.url()).not.toContain(demoServer.token);
  expect(await page.evaluate(() => document.referrer)).toBe('');

  await page.reload();
  await expect(page.locator('.shell-header')).toContainText('Ulmenbrück');
  expect(page.url()).not.toContain(demoServer.token);

  // The projector tab gets the token the same way and drops it just as fast.
  const [projector] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Projektor öffnen' }).click()]);
  await expect(projector.getByTestId('projector').first()).toBeVisible();
  await expect.poll(() => projector.url()).not.toContain(demoServer.token);
  expect(await projector.evaluate(() => document.referrer)).toBe('');
  expect(await projector.evaluate(() => history.length)).toBe(1);

  expect(referers.filter((r) => r.includes(demoServer.token))).toEqual([]);
});
