// Participant mode under load (issue #10): 200 simulated phones, each from its own loopback
// address (127.0.x.y), against the real server process (built CLI, `serve --participants`):
// join, event streams, a burst of 600 cards, a full dot round; 5 % of answers lost (retried with
// the same client key) and 5 % of streams dropped mid-burst (resumed with Last-Event-ID).
// The facilitator's own API is timed meanwhile. Needs a build: npx electron-vite build.
// Run: npx tsx bench/participants-load.bench.ts [phones] [cardsPerPhone]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { closePhoneAgents } from '../tests/fixtures/phone-client';
import { pct, runLoad } from '../tests/fixtures/participants-load';
import { rttProbe } from './probe';

if (!fs.existsSync('out/main/cli.js')) {
  console.error('Bitte zuerst bauen: npx electron-vite build');
  process.exit(2);
}
const PHONES = Number(process.argv[2] ?? 200);
const PER_PHONE = Number(process.argv[3] ?? 3);
const ADDRESS = '127.0.0.2';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-phones-bench-'));
const file = path.join(dir, 'last.werkstatt');
// WERKSTATT_PHONES_DEBUG: the server prints its own counters when the mode stops (read below).
const cli = (args: string[]) =>
  spawn(process.execPath, [...(process.env.PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []), 'out/main/cli.js', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, WERKSTATT_PHONES_DEBUG: '1' },
  });
await new Promise((r) => cli(['new', file, '--name', 'Last', '--municipality', 'Lastdorf']).once('exit', r));
const proc = cli([
  'serve',
  file,
  '--json',
  '--participants',
  '--address',
  ADDRESS,
  '--participants-port',
  '0',
  '--settings',
  path.join(dir, 's'),
  '--dir',
  dir,
]);
let serverStats: { serverMs: { p50: number; p99: number }; flushes: number; maxBatch: number; firstArrival: number; lastArrival: number } | null = null;
readline.createInterface({ input: proc.stderr! }).on('line', (l) => {
  if (l.startsWith('participants: ')) {
    serverStats = JSON.parse(l.slice('participants: '.length));
    if (process.env.DEBUG_PHONES) process.stderr.write(`${l}\n`);
  } else process.stderr.write(`${l}\n`);
});
const info = JSON.parse(await new Promise<string>((r) => readline.createInterface({ input: proc.stdout! }).once('line', r))) as {
  url: string;
  token: string;
  joinUrl: string;
  participants: { port: number; code: string };
};
const base = new URL(info.url);
const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
function fac(method: string, input: unknown = {}): Promise<any> {
  const body = JSON.stringify({ method, input });
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        path: '/api/call',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-werkstatt-token': info.token },
      },
      (res) => {
        let t = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (t += d));
        res.on('end', () => {
          const j = JSON.parse(t);
          if (j.ok) resolve(j.value);
          else reject(new Error(`${method}: ${j.error.message}`));
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
/** CPU seconds the server process used so far (utime + stime from /proc). */
const serverCpu = () => {
  const f = fs.readFileSync(`/proc/${proc.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
};
const rssMb = () => {
  const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${proc.pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
};

const line = (name: string, value: number, unit: string, target?: number) =>
  console.log(JSON.stringify({ name, value: Math.round(value * 10) / 10, unit, ...(target !== undefined ? { target } : {}) }));
try {
  const rss0 = rssMb();
  const cpu0 = serverCpu();
  const own0 = process.cpuUsage();
  let rssMax = rss0;
  const sampler = setInterval(() => (rssMax = Math.max(rssMax, rssMb())), 100);
  const r = await runLoad({
    address: ADDRESS,
    port: info.participants.port,
    code: info.participants.code,
    phones: PHONES,
    cardsPerPhone: PER_PHONE,
    fac,
    // the facilitator's window as its own process, as on the laptop
    facilitatorProbe: rttProbe(info.url, info.token, 25, ['session.get']),
    log: (s) => process.stderr.write(`${s}\n`),
  });
  clearInterval(sampler);
  const ownCpu = process.cpuUsage(own0);
  line('phones_server_cpu', serverCpu() - cpu0, 's');
  line('phones_harness_cpu', (ownCpu.user + ownCpu.system) / 1e6, 's');
  if (r.errors.length) process.stderr.write(`errors (${r.errors.length}): ${r.errors.slice(0, 5).join(' | ')}\n`);
  line('phones_joined', r.joined, 'phones', PHONES);
  line('phones_card_post_p50', pct(r.cardPost, 0.5), 'ms');
  line('phones_card_post_p99', pct(r.cardPost, 0.99), 'ms', 300);
  // the same from the moment the harness decides to send: adds its own queue of 600 sends on the same 2 cores
  line('phones_card_post_from_decision_p99', pct(r.cardPostFromDecision, 0.99), 'ms');
  line('phones_card_visible_all_p99', pct(r.visibleAll, 0.99), 'ms', 500);
  line('phones_card_visible_each_p99', pct(r.visibleEach, 0.99), 'ms');
  line('phones_cards_lost', r.lost, 'cards', 0);
  line('phones_cards_duplicated', r.duplicated, 'cards', 0);
  line('phones_missing_some_card', r.phonesMissingCards, 'phones', 0);
  line('phones_dot_post_p99', pct(r.dotPost, 0.99), 'ms', 300);
  line('phones_dots_total_diff', r.votesTotal - r.votesExpected, 'dots', 0);
  line('phones_reveal_seen', r.revealSeenBy, 'phones', PHONES);
  line('phones_facilitator_rtt_p99', pct(r.facilitatorRtt, 0.99), 'ms', 100);
  line('phones_server_rss_growth', rssMax - rss0, 'MB');
  line('phones_server_rss_peak', rssMax, 'MB');
} finally {
  closePhoneAgents();
  agent.destroy();
  proc.kill('SIGTERM');
  await new Promise((r) => proc.once('exit', r));
  if (serverStats) {
    const st = serverStats as { serverMs: { p50: number; p99: number }; flushes: number; maxBatch: number; firstArrival: number; lastArrival: number };
    // the same POSTs timed on the laptop, from parsed request to answer (without the harness's own queueing)
    line('phones_card_server_p50', st.serverMs.p50, 'ms');
    line('phones_card_server_p99', st.serverMs.p99, 'ms', 300);
    line('phones_commits', st.flushes, 'transactions');
    // how long the 600 requests took just to reach the laptop (harness and machine load, not the server)
    line('phones_burst_arrival_spread', st.lastArrival - st.firstArrival, 'ms');
    line('phones_max_batch', st.maxBatch, 'writes');
  }
  line('machine_load_avg', os.loadavg()[0], 'load');
  fs.rmSync(dir, { recursive: true, force: true });
}
