import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

export interface Server {
  url: string;
  token: string;
  dir: string;
  proc: ChildProcess;
}

/** Starts the real browser-mode server (built output) on a free port with its own folder. */
export async function startServer(opts: { file?: string; demo?: boolean } = {}): Promise<Server> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-e2e-'));
  const args = ['out/main/cli.js', 'serve', '--json', '--dir', path.join(dir, 'workshops'), '--settings', path.join(dir, 'settings')];
  if (opts.file) args.push(opts.file);
  else if (!opts.demo) args.push('--no-demo');
  const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr!.on('data', (d) => (stderr += d));
  const first = await new Promise<string>((resolve, reject) => {
    const rl = readline.createInterface({ input: proc.stdout! });
    rl.once('line', resolve);
    proc.once('exit', (code) => reject(new Error(`server exited ${code}: ${stderr}`)));
  });
  const { url, token } = JSON.parse(first) as { url: string; token: string };
  return { url, token, dir, proc };
}

export async function stopServer(s: Server): Promise<void> {
  if (s.proc.exitCode === null) {
    const done = new Promise((r) => s.proc.once('exit', r));
    s.proc.kill('SIGTERM');
    await done;
  }
  fs.rmSync(s.dir, { recursive: true, force: true });
}

type Fixtures = { server: Server; demoServer: Server };

export const test = base.extend<Fixtures>({
  server: async ({}, use) => {
    const s = await startServer();
    await use(s);
    await stopServer(s);
  },
  demoServer: async ({}, use) => {
    const s = await startServer({ demo: true });
    await use(s);
    await stopServer(s);
  },
});

export { expect };

/** Creates a workshop through the start screen, as a facilitator would. */
export async function createWorkshop(page: Page, municipality = 'Teststadt'): Promise<void> {
  await page.getByLabel('Kommune').fill(municipality);
  await page.getByRole('button', { name: 'Workshop anlegen' }).click();
  await expect(page.locator('.shell-header h1')).toBeVisible();
}
