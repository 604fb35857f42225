// How fast a change in one window reaches the others, measured in Chromium through the real
// browser-mode server: the facilitator switches the phase in tab A; we time until tab B and the
// projector tab show it. Needs a build first: npx electron-vite build && npx tsx bench/sync.bench.ts
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { chromium, type Page } from '@playwright/test';

if (!fs.existsSync('out/main/cli.js')) {
  console.error('Bitte zuerst bauen: npx electron-vite build');
  process.exit(2);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-sync-'));
const proc = spawn(process.execPath, ['out/main/cli.js', 'serve', '--json', '--dir', dir, '--settings', path.join(dir, 's')], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const { url } = JSON.parse(await new Promise<string>((r) => readline.createInterface({ input: proc.stdout! }).once('line', r))) as { url: string };
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const PHASES = ['ergebnisse', 'staerken', 'schritte', 'priorisierung', 'plan'];
try {
  const a = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const b = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  const proj = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  for (const p of [a, b]) await p.goto(url);
  await proj.goto(`${url}#/projektor`);
  await Promise.all([a, b, proj].map((p) => p.waitForSelector('.shell, [data-testid=projector]')));
  // Each watcher records the time (performance.timeOrigin-based, shared clock) when the phase appears.
  // (A string, not a function: tsx's name helpers do not exist inside the page.)
  const watch = (p: Page, selector: string, attr: string, phase: string) =>
    p.evaluate(`new Promise((resolve) => {
      const sel = ${JSON.stringify(selector)}, attr = ${JSON.stringify(attr)}, phase = ${JSON.stringify(phase)};
      const now = () => performance.timeOrigin + performance.now();
      if (document.querySelector(sel)?.getAttribute(attr) === phase) return resolve(now());
      const mo = new MutationObserver(() => {
        if (document.querySelector(sel)?.getAttribute(attr) === phase) { mo.disconnect(); resolve(now()); }
      });
      mo.observe(document.body, { subtree: true, attributes: true, childList: true });
    })`) as Promise<number>;
  const tab: number[] = [];
  const projector: number[] = [];
  for (let i = 1; i <= 30; i++) {
    const phase = PHASES[i % PHASES.length];
    const wb = watch(b, `.phase-bar li:nth-child(${(i % PHASES.length) + 1}) button`, 'aria-current', 'step');
    const wp = watch(proj, '[data-testid=projector]', 'data-phase', phase);
    const t0 = (await a.evaluate(`(() => {
      const t = performance.timeOrigin + performance.now();
      document.querySelectorAll('.phase-bar button')[${i % PHASES.length}].click();
      return t;
    })()`)) as number;
    const [tb, tp] = await Promise.all([wb, wp]);
    tab.push(tb - t0);
    if (process.env.DEBUG_SYNC) console.error(phase, Math.round(tb - t0), Math.round(tp - t0));
    projector.push(tp - t0);
    await a.waitForTimeout(150);
  }
  const pct = (xs: number[], q: number) => [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
  const line = (name: string, v: number) => console.log(JSON.stringify({ name, value: Math.round(v), unit: 'ms', target: 100 }));
  line('sync_phase_other_tab_median_ms', pct(tab, 0.5));
  line('sync_phase_other_tab_p95_ms', pct(tab, 0.95));
  line('sync_phase_projector_median_ms', pct(projector, 0.5));
  line('sync_phase_projector_p95_ms', pct(projector, 0.95));
} finally {
  await browser.close();
  proc.kill('SIGTERM');
  fs.rmSync(dir, { recursive: true, force: true });
}
