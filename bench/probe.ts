import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'rtt-probe.mjs');

/**
 * Another window's round trips, timed from a process of its own (bench/rtt-probe.mjs): start()
 * begins calling `methods` in turn every `intervalMs`, stop() returns the round trips in ms.
 */
export function rttProbe(url: string, token: string, intervalMs: number, methods: string[]) {
  let child: ChildProcess | null = null;
  let out = '';
  return {
    /** Resolves once the probe is polling (after its untimed warm-up round). */
    start(): Promise<void> {
      const c = (child = spawn(process.execPath, [script, url, token, String(intervalMs), methods.join(',')], { stdio: ['pipe', 'pipe', 'inherit'] }));
      return new Promise((resolve, reject) => {
        c.stdout!.on('data', (d) => {
          out += d;
          if (out.startsWith('ready\n')) resolve();
        });
        c.once('exit', (code) => reject(new Error(`rtt probe exited ${code}`)));
      });
    },
    /** All round trips in ms, or only those of `method`. */
    async stop(method?: string): Promise<number[]> {
      const c = child!;
      const exited = new Promise((r) => c.once('exit', r));
      c.stdin!.end();
      await exited;
      this.byMethod = JSON.parse(out.slice('ready\n'.length)) as [string, number][];
      return this.only(method);
    },
    byMethod: [] as [string, number][],
    only(method?: string): number[] {
      return this.byMethod.filter(([m]) => !method || m === method).map(([, ms]) => ms);
    },
  };
}

/**
 * The built browser-mode server as a child (`node out/main/cli.js serve FILE --json`), as the
 * responsive benchmarks run it, with `call` (throws on {ok:false}), `timed` (one round trip in ms)
 * and `stop`.
 */
export async function serveChild(cli: string, file: string, dir: string, tag: string, env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [cli, 'serve', file, '--json', '--dir', dir, '--settings', path.join(dir, `settings-${tag}`)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const first = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (c) => reject(new Error(`server exited ${c}`)));
  });
  const { port, token } = JSON.parse(first) as { port: number; token: string };
  const call = async (method: string, input: unknown = {}) => {
    const r = await fetch(`http://127.0.0.1:${port}/api/call`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-werkstatt-token': token },
      body: JSON.stringify({ method, input }),
    });
    const j = (await r.json()) as { ok: boolean; value?: unknown; error?: unknown };
    if (!j.ok) throw new Error(`${method}: ${JSON.stringify(j.error)}`);
    return j.value;
  };
  const timed = async (method: string) => {
    const t0 = performance.now();
    await call(method);
    return performance.now() - t0;
  };
  const stop = async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  };
  return { port, token, url: `http://127.0.0.1:${port}/`, call, timed, stop };
}
