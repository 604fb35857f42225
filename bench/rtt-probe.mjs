// Round trips of another window while the benchmark's heavy work runs, from a process of its own:
// on the laptop a projector tab or the facilitator's browser is a process of its own, so its round
// trips must not wait in the queue of the process that drives the benchmark (which serialises a
// 26 MB import body, parses a large export or simulates 200 phones). Calls the METHODS in turn
// every INTERVAL ms (after one untimed warm-up round, then a line `ready`) until stdin closes,
// then prints the round trips as one JSON array of [method, ms].
// Usage: node bench/rtt-probe.mjs URL TOKEN INTERVAL METHOD[,METHOD...]   (see bench/probe.ts)
import http from 'node:http';

const [url, token, interval, methods] = process.argv.slice(2);
const base = new URL(url);
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const call = (method) =>
  new Promise((resolve, reject) => {
    const body = JSON.stringify({ method, input: {} });
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        path: '/api/call',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-werkstatt-token': token },
      },
      (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`${method}: HTTP ${res.statusCode}`))));
      },
    );
    req.on('error', reject);
    req.end(body);
  });

let running = true;
process.stdin.on('end', () => (running = false));
process.stdin.resume();
const list = methods.split(',');
for (const m of list) await call(m); // warm: connection and first answers, not timed
process.stdout.write('ready\n');
const rtts = [];
for (let i = 0; running; i++) {
  const method = list[i % list.length];
  const t = performance.now();
  await call(method);
  rtts.push([method, performance.now() - t]);
  await new Promise((r) => setTimeout(r, Number(interval)));
}
process.stdout.write(`${JSON.stringify(rtts)}\n`);
agent.destroy();
