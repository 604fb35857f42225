// Fuzzes the browser-mode HTTP server in its own process over raw sockets: the hostile corpus
// (tests/fixtures/hostile/http/requests.jsonl) plus generated mutations of targets, headers and
// bodies (electron/core/http/fuzz.ts). One JSON line per count; crashed and hung must be 0, and a
// valid app.status call must succeed afterwards (exit code 1 otherwise).
// Run: npx tsx bench/http-fuzz.bench.ts [count] [seed]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { loadCorpus, mutations, runHostile } from '../electron/core/http/fuzz';

const count = Number(process.argv[2] ?? 400);
const seed = Number(process.argv[3] ?? 2026);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-fuzz-'));
const proc = spawn(process.execPath, ['--import', 'tsx', 'tests/fixtures/hostile/http/serve.ts', dir], { stdio: ['pipe', 'pipe', 'inherit'] });
const { port, token, maxBody } = JSON.parse(await new Promise<string>((r) => readline.createInterface({ input: proc.stdout! }).once('line', r))) as {
  port: number;
  token: string;
  maxBody: number;
};
let exitCode = 0;
try {
  const cases = [...loadCorpus('tests/fixtures/hostile/http/requests.jsonl'), ...mutations(seed, count, { maxBody })];
  const t0 = performance.now();
  const s = await runHostile('127.0.0.1', port, cases, { vars: { token }, timeoutMs: 4000 });
  const ms = performance.now() - t0;
  const after = await fetch(`http://127.0.0.1:${port}/api/call`, {
    method: 'POST',
    headers: { 'x-werkstatt-token': token },
    body: JSON.stringify({ method: 'app.status', input: {} }),
  }).then(
    (r) => r.json() as Promise<{ ok: boolean }>,
    () => ({ ok: false }),
  );
  const alive = proc.exitCode === null && after.ok;
  const line = (name: string, value: number, unit = 'requests') => console.log(JSON.stringify({ name: `http-fuzz ${name}`, value, unit }));
  line('tried', s.tried);
  line('answered', s.answered);
  line('refused (4xx)', s.refused);
  line('accepted (2xx)', s.accepted);
  line('server errors (5xx)', s.serverErrors);
  line('closed without answer', s.closedWithoutAnswer);
  line('cut off by the client', s.cut);
  line('unexpected status', s.unexpected);
  line('crashed', s.crashed + (alive ? 0 : 1));
  line('hung', s.hung);
  line('time per request', Math.round((ms / s.tried) * 100) / 100, 'ms');
  for (const r of s.results.filter((x) => x.crashed || x.outcome === 'hung' || x.unexpected)) console.error(`  ${r.name}: ${r.outcome} ${r.status ?? ''}`);
  if (s.crashed || s.hung || s.serverErrors || !alive) exitCode = 1;
} finally {
  proc.kill('SIGTERM');
  await new Promise((r) => proc.once('exit', r));
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
