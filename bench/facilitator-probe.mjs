// The facilitator's window during the phone burst, as its own process: on the laptop the
// facilitator's browser is a process of its own, so its round trips must not wait in the queue of
// the phone harness's event loop (which simulates 200 other devices). Calls `session.get` every
// 25 ms until stdin closes, then prints the round trips (ms) as one JSON array.
// Usage (from bench/participants-load.bench.ts): node bench/facilitator-probe.mjs URL TOKEN
import http from 'node:http';

const [url, token] = process.argv.slice(2);
const base = new URL(url);
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const body = JSON.stringify({ method: 'session.get', input: {} });
const call = () =>
  new Promise((resolve, reject) => {
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
        res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`HTTP ${res.statusCode}`))));
      },
    );
    req.on('error', reject);
    req.end(body);
  });

let running = true;
process.stdin.on('end', () => (running = false));
process.stdin.resume();
const rtts = [];
while (running) {
  const t = performance.now();
  await call();
  rtts.push(performance.now() - t);
  await new Promise((r) => setTimeout(r, 25));
}
process.stdout.write(`${JSON.stringify(rtts)}\n`);
agent.destroy();
