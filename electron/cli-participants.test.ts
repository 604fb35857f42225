import { afterAll, beforeAll, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { Phone, closePhoneAgents } from '../tests/fixtures/phone-client';

// `serve --participants --address ADDR --json`: headless participant mode, one JSON line with joinUrl.
const root = path.resolve(__dirname, '..');
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-cli-phones-'));
});
afterAll(() => {
  closePhoneAgents();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('serve --participants prints one JSON line with joinUrl; the join page answers there, the facilitator API does not', async () => {
  const proc = spawn(
    path.join(root, 'node_modules', '.bin', 'tsx'),
    [
      path.join(root, 'electron/cli.ts'),
      'serve',
      '--json',
      '--participants',
      '--address',
      '127.0.0.4',
      '--participants-port',
      '0',
      '--dir',
      path.join(dir, 'ws'),
      '--settings',
      path.join(dir, 's'),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  try {
    const first = await new Promise<string>((resolve, reject) => {
      readline.createInterface({ input: proc.stdout! }).once('line', resolve);
      proc.once('exit', (c) => reject(new Error(`exit ${c}`)));
    });
    const out = JSON.parse(first) as { url: string; joinUrl: string; participants: { address: string; port: number; code: string; check: { ok: boolean } } };
    expect(out.joinUrl).toBe(`HTTP://127.0.0.4:${out.participants.port}/J/${out.participants.code}`);
    expect(out.participants.check.ok).toBe(true);
    const phone = new Phone('127.0.0.4', out.participants.port);
    const page = await phone.request('GET', `/j/${out.participants.code.toLowerCase()}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect((await phone.request('POST', '/api/call', { method: 'app.status', input: {} })).status).toBe(404);
    expect((await phone.join(out.participants.code)).status).toBe(200);
  } finally {
    proc.kill('SIGTERM');
    await new Promise((r) => proc.once('exit', r));
  }
}, 60000);

test('serve --participants with an address of another machine is refused with a clear message', async () => {
  const proc = spawn(
    path.join(root, 'node_modules', '.bin', 'tsx'),
    [
      path.join(root, 'electron/cli.ts'),
      'serve',
      '--json',
      '--participants',
      '--address',
      '203.0.113.9',
      '--dir',
      path.join(dir, 'ws2'),
      '--settings',
      path.join(dir, 's2'),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let err = '';
  proc.stderr!.on('data', (d) => (err += d));
  const code = await new Promise<number | null>((r) => proc.once('exit', r));
  expect(code).not.toBe(0);
  expect(err).toContain('gehört nicht zu diesem Laptop');
}, 60000);
