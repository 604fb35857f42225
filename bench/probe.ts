import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
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
