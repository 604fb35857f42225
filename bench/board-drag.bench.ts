// Frame times of the strengths board while a card is dragged across 300 cards, in Chromium.
// Needs a build first:  npx electron-vite build && npx tsx bench/board-drag.bench.ts
// Prints one JSON line per figure, e.g. {"name":"board_drag_300_cards_max_frame_ms","value":…,"target":50}.
// Frame time = gap between two requestAnimationFrame callbacks in the page while the mouse moves.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { chromium } from '@playwright/test';
import { WorkshopService } from '../electron/core/service';
import demo from '../resources/demo/demo-workshop.json';

const N = Number(process.env.CARDS ?? 300);
const out = (name: string, value: number, target?: number) =>
  console.log(JSON.stringify({ name, value: Math.round(value * 10) / 10, ...(target !== undefined ? { target } : {}) }));

if (!fs.existsSync('out/main/cli.js') || !fs.existsSync('out/renderer/index.html')) {
  console.error('Bitte zuerst bauen: npx electron-vite build');
  process.exit(2);
}

// 1. A workshop with N strength cards, clustered live as they would arrive in the room.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-drag-'));
const file = path.join(dir, 'drag.werkstatt');
const svc = new WorkshopService({ paths: { settingsDir: path.join(dir, 's'), workshopsDir: dir } });
await svc.run('workshop.create', { name: 'Drag-Bench', municipality: 'Benchhausen', date: '2026-11-24', file });
const texts = (demo as { strengths: { text: string; sector: string | null }[] }).strengths;
const places = ['in der Innenstadt', 'im Ortsteil Nord', 'im Quartier Süd', 'am Bahnhof', 'in Oststadt', 'im Westend', 'auf dem Land', 'im Zentrum', 'am Fluss'];
for (let i = 0; i < N; i++) {
  const s = texts[i % texts.length];
  const text = i < texts.length ? s.text : `${s.text} ${places[Math.floor(i / texts.length) % places.length]}`;
  await svc.run('cards.add', { text, sector: s.sector as never, allowDuplicate: true });
}
const board = await svc.run('cards.list', {});
svc.close();

// 2. The real browser-mode server and Debian's Chromium, at the facilitator's laptop size.
const proc = spawn(process.execPath, ['out/main/cli.js', 'serve', file, '--json', '--dir', dir, '--settings', path.join(dir, 's')], { stdio: ['ignore', 'pipe', 'inherit'] });
const first = await new Promise<string>((resolve) => readline.createInterface({ input: proc.stdout! }).once('line', resolve));
const { url } = JSON.parse(first) as { url: string };
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.getByRole('button', { name: /Stärken/ }).click();
  await page.getByTestId('card').nth(N - 1).waitFor({ state: 'attached' });
  await page.waitForTimeout(500);

  const runs: number[] = [];
  const p95s: number[] = [];
  const drops: number[] = [];
  for (let run = 0; run < 3; run++) {
    // Drag the first card from the top-left theme to a theme lower down on the right, in 60 steps.
    const from = (await page.getByTestId('card').first().boundingBox())!;
    const clusters = page.getByTestId('cluster');
    const count = await clusters.count();
    let to = (await clusters.nth(Math.min(3, count - 1)).boundingBox())!;
    for (let i = 1; i < count; i++) {
      const b = (await clusters.nth(i).boundingBox())!;
      if (b.x > from.x + 200 && b.y + 40 < 780 && b.y > 300) { to = b; break; }
    }
    // (a string, so the bundler's helpers do not leak into the page)
    await page.evaluate(`(() => {
      window.__frames = [];
      window.__rec = true;
      let last = 0;
      window.__at = [];
      const tick = (t) => { window.__frames.push(t - last); window.__at.push(t); last = t; if (window.__rec) requestAnimationFrame(tick); };
      requestAnimationFrame((t) => { last = t; requestAnimationFrame(tick); });
    })()`);
    await page.mouse.move(from.x + 8, from.y + from.height / 2);
    await page.evaluate('window.__down = performance.now()');
    await page.mouse.down();
    const steps = 60;
    const tx = to.x + to.width / 2;
    const ty = to.y + Math.min(40, to.height / 2);
    for (let i = 1; i <= steps; i++) {
      await page.mouse.move(from.x + 8 + ((tx - from.x - 8) * i) / steps, from.y + from.height / 2 + ((ty - from.y - from.height / 2) * i) / steps);
      await page.waitForTimeout(16);
    }
    await page.evaluate('window.__up = performance.now()');
    await page.mouse.up();
    await page.waitForTimeout(300); // the drop: move, reload of the board, re-render
    const frames = (await page.evaluate('(() => { window.__rec = false; return window.__frames.slice(1); })()')) as number[];
    if (process.env.DEBUG) console.error(await page.evaluate('JSON.stringify(window.__frames.map((f, i) => [Math.round(f), Math.round(window.__at[i] - window.__down)]).filter(([f]) => f > 30)) + " up at " + Math.round(window.__up - window.__down)'));
    // frames until the mouse is released (the drag itself) and after it (drop: move saved, board re-rendered)
    const at = (await page.evaluate('window.__at.slice(1).map((t) => t - window.__up)')) as number[];
    const during = frames.filter((_, i) => at[i] <= 0);
    const after = frames.filter((_, i) => at[i] > 0);
    drops.push(Math.max(0, ...after));
    const sorted = [...during].sort((a, b) => a - b);
    runs.push(sorted.at(-1) ?? 0);
    p95s.push(sorted[Math.floor(sorted.length * 0.95)] ?? 0);
    // sanity: the drag really moved the card (else the figure would measure nothing)
    const undo = page.getByRole('button', { name: /Rückgängig/ });
    const title = await undo.getAttribute('title');
    if (!title?.includes('Karte verschieben')) throw new Error(`the drag did not move the card (last step: ${title})`);
    await undo.click();
    await page.waitForTimeout(300);
  }
  out(`board_drag_${N}_cards_max_frame_ms`, Math.max(...runs), 50);
  out(`board_drag_${N}_cards_p95_frame_ms`, Math.max(...p95s));
  out(`board_drop_${N}_cards_max_frame_ms`, Math.max(...drops));
  out(`board_${N}_cards_clusters`, board.clusters.length);
} finally {
  await browser.close();
  proc.kill('SIGTERM');
  fs.rmSync(dir, { recursive: true, force: true });
}
