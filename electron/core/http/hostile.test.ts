import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { loadCorpus, mutations, runHostile, sendRaw, type FuzzSummary } from './fuzz';

// The hostile corpus (tests/fixtures/hostile/http/requests.jsonl) and a fixed set of generated
// mutations against the real server, in its own process, over raw sockets. Every request must get
// its expected well-formed answer, the process must stay alive, and a valid call must work after.
const root = path.resolve(__dirname, '../../..');
const corpusFile = path.join(root, 'tests/fixtures/hostile/http/requests.jsonl');
let dir: string;
let proc: ChildProcess;
let port: number;
let token: string;
let maxBody: number;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-hostile-'));
  proc = spawn(process.execPath, ['--import', 'tsx', 'tests/fixtures/hostile/http/serve.ts', dir], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr!.on('data', (d) => (stderr += d));
  const first = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: proc.stdout! }).once('line', resolve);
    proc.once('exit', (code) => reject(new Error(`server exited ${code}: ${stderr}`)));
  });
  ({ port, token, maxBody } = JSON.parse(first));
}, 30_000);

afterAll(async () => {
  if (proc.exitCode === null) {
    const done = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGTERM');
    await done;
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

const validCall = () =>
  fetch(`http://127.0.0.1:${port}/api/call`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-werkstatt-token': token },
    body: JSON.stringify({ method: 'app.status', input: {} }),
  }).then((r) => r.json());

function explain(s: FuzzSummary): string {
  return s.results
    .filter((r) => r.unexpected || r.crashed || r.outcome === 'hung')
    .map(
      (r) => `${r.name}: ${r.outcome} ${r.status ?? ''}${r.outcome === 'answered' && !r.wellFormed ? ' (malformed answer)' : ''}${r.crashed ? ' CRASHED' : ''}`,
    )
    .join('\n');
}

describe('hostile requests against the browser-mode server', () => {
  test('the corpus: every request gets its expected answer and the process survives', async () => {
    const cases = loadCorpus(corpusFile);
    expect(cases.length).toBeGreaterThanOrEqual(90);
    const s = await runHostile('127.0.0.1', port, cases, { vars: { token }, timeoutMs: 4000 });
    expect(explain(s)).toBe('');
    expect(s.tried).toBe(cases.length);
    expect(s.crashed).toBe(0);
    expect(s.hung).toBe(0);
    expect(s.serverErrors).toBe(0);
    expect(proc.exitCode).toBeNull();
    expect(await validCall()).toMatchObject({ ok: true, value: { mode: 'browser' } });
    // The named ones, spelled out: the targets that used to end the process.
    const status = (name: string) => s.results.find((r) => r.name === name)?.status;
    expect(status('GET /%ff')).toBe(400);
    expect(status('GET /%00.js')).toBe(400);
    expect(status('GET /api/call%')).toBe(400);
    expect(status('absolute-form, port out of range')).toBe(400);
    expect(status('POST /api/events')).toBe(405);
    expect(status('too large')).toBe(413);
    expect(status('slowloris: head never finished')).toBe(408);
  }, 60_000);

  test('140 generated mutations (fixed seed): answered or closed, never crashed or hung', async () => {
    // With the corpus above, well over 200 hostile requests on every test run.
    const cases = mutations(16, 140, { maxBody });
    const s = await runHostile('127.0.0.1', port, cases, { vars: { token }, timeoutMs: 4000 });
    expect(explain(s)).toBe('');
    expect(s.crashed + s.hung + s.serverErrors).toBe(0);
    expect(s.answered).toBeGreaterThan(120);
    expect(cases.length + loadCorpus(corpusFile).length).toBeGreaterThanOrEqual(200);
    expect(proc.exitCode).toBeNull();
    expect(await validCall()).toMatchObject({ ok: true });
  }, 60_000);

  test('event streams closed by the client mid-stream do not disturb later changes', async () => {
    const opened = await Promise.all(
      Array.from({ length: 5 }, () =>
        sendRaw('127.0.0.1', port, Buffer.from(`GET /api/events?token=${token} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`), { timeoutMs: 2000 }),
      ),
    );
    for (const o of opened) expect(o.status).toBe(200); // sendRaw closes each socket after the head
    const add = await fetch(`http://127.0.0.1:${port}/api/call`, {
      method: 'POST',
      headers: { 'x-werkstatt-token': token },
      body: JSON.stringify({ method: 'cards.add', input: { text: 'Nach dem Abbruch' } }),
    }).then((r) => r.json());
    expect(add.ok).toBe(true);
    expect(proc.exitCode).toBeNull();
    expect(await validCall()).toMatchObject({ ok: true });
  });

  test('an open event stream outlives the request timeout (it only bounds receiving the request)', async () => {
    const ctrl = new AbortController();
    const res = await fetch(`http://127.0.0.1:${port}/api/events?token=${token}`, { signal: ctrl.signal });
    const reader = res.body!.getReader();
    await reader.read(); // retry line
    await new Promise((r) => setTimeout(r, 2000)); // the server process uses requestTimeout 1200 ms
    await fetch(`http://127.0.0.1:${port}/api/call`, {
      method: 'POST',
      headers: { 'x-werkstatt-token': token },
      body: JSON.stringify({ method: 'cards.add', input: { text: 'Später' } }),
    });
    let text = '';
    const decoder = new TextDecoder();
    while (!text.includes('"cards"')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value);
    }
    ctrl.abort();
    expect(text).toContain('"cards"');
  });
});
