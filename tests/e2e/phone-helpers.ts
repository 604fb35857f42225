import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, type Server } from './fixtures';

// Shared by the participant and table-host specs: a phone-sized browser context and the
// facilitator API called with the run's token.

export const LAN = '127.0.0.2';
const PHONE_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';

/**
 * A 360×640 phone on `url`; `clockSkewMs`: a phone whose own clock is wrong; `snapshotDelayMs`: the
 * laptop's snapshot (also the one a join answers with) reaches the phone this late (a slow way back), so its estimate of the laptop's
 * clock runs behind by about half of it.
 */
export async function phone(
  browser: Browser,
  url: string,
  opts: { locale?: string; clockSkewMs?: number; snapshotDelayMs?: number } = {},
): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({
    viewport: { width: 360, height: 640 },
    userAgent: PHONE_UA,
    isMobile: true,
    hasTouch: true,
    locale: opts.locale ?? 'de-DE',
  });
  if (opts.clockSkewMs)
    await ctx.addInitScript(
      (skew) =>
        (Date.now = (
          (real) => () =>
            real() + skew
        )(Date.now.bind(Date))),
      opts.clockSkewMs,
    );
  if (opts.snapshotDelayMs)
    await ctx.route(/\/p\/api\/(snapshot|join)$/, async (route) => {
      const response = await route.fetch();
      await new Promise((r) => setTimeout(r, opts.snapshotDelayMs));
      await route.fulfill({ response });
    });
  const page = await ctx.newPage();
  await page.goto(url);
  return { ctx, page };
}

/** The facilitator API (throws the test when a call is refused). */
export function api(page: Page, server: Server) {
  const base = new URL(server.url).origin;
  return async (method: string, input: unknown = {}) => {
    const r = await page.request.post(`${base}/api/call`, { data: { method, input }, headers: { 'x-werkstatt-token': server.token } });
    const j = await r.json();
    expect(j.ok, JSON.stringify(j)).toBe(true);
    return j.value;
  };
}
