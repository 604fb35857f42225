import net from 'node:net';
import fs from 'node:fs';
import { prng } from '../../../shared/prng';

/**
 * A small HTTP fuzzer over raw sockets (node:net), so malformed request lines, headers and bodies
 * reach the server byte for byte — fetch() and http.request() would refuse or repair them.
 *
 * Reusable for any of our HTTP servers: `runHostile(host, port, cases, options)` sends each case,
 * records the answer, and checks after every case that the server still accepts connections.
 * Cases come from a readable corpus (tests/fixtures/hostile/http/*.jsonl, see `loadCorpus`) and
 * from `mutations(seed, n)`. Used by electron/core/http/hostile.test.ts (deterministic set) and
 * bench/http-fuzz.bench.ts (≥ 200 generated). Not imported by the app.
 *
 * Placeholders in `request`/`body`: `{host}` (host:port), `{len}` (byte length of the body),
 * `{pad:N}` (N × 'a'), `{hex:ff00}` (raw bytes), `{deep:array:N}` / `{deep:object:N}` (N levels of
 * nesting), `{headers:N}` (N filler header lines), and `{name}` for every key in `options.vars`
 * (e.g. `{token}`). An unknown `{name}` stays as it is (JSON bodies have braces too).
 */
export interface HostileCase {
  name: string;
  /** Request head (and possibly body), CRLF line ends written as \r\n in JSON. */
  request: string;
  /** Body appended after the head; `{len}` in the head becomes its byte length. */
  body?: string;
  /**
   * normal: send all, read the answer. cut: send, then destroy the socket after `cutMs`
   * (an aborted upload — no answer expected). slow: send the bytes and keep the socket open
   * without finishing the request (slowloris) — the server must answer 408 or close it.
   */
  mode?: 'normal' | 'cut' | 'slow';
  cutMs?: number;
  /** Statuses accepted for this case; default: any in options.allowed. */
  expect?: number[];
}

export type Outcome = 'answered' | 'closed' | 'hung' | 'cut' | 'refused-connection';

export interface CaseResult {
  name: string;
  outcome: Outcome;
  status: number | null;
  /** The answer's first line and headers looked like HTTP/1.x. */
  wellFormed: boolean;
  ms: number;
  /** The status was outside the case's expectation (or the allowed set). */
  unexpected: boolean;
  /** A connection to the server failed right after this case. */
  crashed: boolean;
}

export interface FuzzOptions {
  /** Values for `{name}` placeholders, e.g. { token }. `host` defaults to host:port. */
  vars?: Record<string, string>;
  /** How long to wait for an answer before calling a case hung (ms). */
  timeoutMs?: number;
  /** Statuses any case may get. */
  allowed?: number[];
  /** Checked after each case; default: a TCP connect succeeds. Return false = crashed. */
  alive?: () => Promise<boolean>;
}

export interface FuzzSummary {
  tried: number;
  answered: number;
  refused: number;
  accepted: number;
  serverErrors: number;
  closedWithoutAnswer: number;
  cut: number;
  crashed: number;
  hung: number;
  unexpected: number;
  results: CaseResult[];
}

export const DEFAULT_ALLOWED = [200, 400, 401, 403, 404, 405, 408, 413, 414, 431];

/** Reads a JSON-lines corpus; blank lines and lines starting with // are comments. */
export function loadCorpus(file: string): HostileCase[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('//'))
    .map((l, i) => {
      try {
        return JSON.parse(l) as HostileCase;
      } catch (e) {
        throw new Error(`${file}:${i + 1}: ${(e as Error).message}`, { cause: e });
      }
    });
}

/** Fills placeholders and returns the bytes to send. */
export function render(c: HostileCase, vars: Record<string, string>): Buffer {
  const fill = (s: string): Buffer => {
    const parts: Buffer[] = [];
    let last = 0;
    for (const m of s.matchAll(/\{(pad|hex|headers|deep:array|deep:object):([0-9a-fA-F]*)\}|\{([a-zA-Z]\w*)\}/g)) {
      parts.push(Buffer.from(s.slice(last, m.index), 'utf8'));
      if (m[1]?.startsWith('deep:')) parts.push(Buffer.from(nested(Number.parseInt(m[2]!, 10) || 0, m[1] === 'deep:array' ? 'array' : 'object')));
      else if (m[1] === 'headers')
        parts.push(Buffer.from(Array.from({ length: Number.parseInt(m[2]!, 10) || 0 }, (_, i) => `X-H${i}: ${'v'.repeat(60)}\r\n`).join('')));
      else if (m[1] === 'pad') parts.push(Buffer.alloc(Number.parseInt(m[2]!, 10) || 0, 'a'));
      else if (m[1] === 'hex') parts.push(Buffer.from(m[2]!, 'hex'));
      else if (m[3]! in vars) parts.push(Buffer.from(vars[m[3]!]!, 'utf8'));
      else parts.push(Buffer.from(m[0], 'utf8'));
      last = m.index! + m[0].length;
    }
    parts.push(Buffer.from(s.slice(last), 'utf8'));
    return Buffer.concat(parts);
  };
  const body = c.body === undefined ? Buffer.alloc(0) : fill(c.body);
  const head = fill(c.request.replaceAll('{len}', String(body.length)));
  return Buffer.concat([head, body]);
}

/** Sends raw bytes and collects the answer. Never rejects. */
export function sendRaw(
  host: string,
  port: number,
  bytes: Buffer,
  opts: { mode?: HostileCase['mode']; cutMs?: number; timeoutMs?: number } = {},
): Promise<{ outcome: Outcome; status: number | null; wellFormed: boolean; head: string; ms: number }> {
  const t0 = performance.now();
  const timeoutMs = opts.timeoutMs ?? 5000;
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    let data = Buffer.alloc(0);
    let settled = false;
    let quiet: NodeJS.Timeout | undefined;
    const finish = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(quiet);
      socket.destroy();
      // Interim answers (100 Continue) come before the final one.
      const text = data.toString('latin1').replace(/^(HTTP\/1\.[01] 1\d\d [^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n)+/, '');
      const end = text.indexOf('\r\n\r\n');
      const head = end < 0 ? text : text.slice(0, end);
      const m = /^HTTP\/1\.[01] (\d{3}) [^\r\n]*(\r\n[!#$%&'*+.^_`|~0-9A-Za-z-]+:[^\r\n]*)*$/.exec(head);
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1];
      resolve({
        outcome: status ? 'answered' : outcome,
        status: status ? Number(status) : null,
        wellFormed: !!m && end >= 0,
        head,
        ms: performance.now() - t0,
      });
    };
    const timer = setTimeout(() => finish('hung'), timeoutMs);
    socket.on('connect', () => {
      if (opts.mode === 'cut') {
        socket.write(bytes);
        setTimeout(() => finish('cut'), opts.cutMs ?? 20);
      } else {
        socket.write(bytes);
      }
    });
    socket.on('data', (d) => {
      data = Buffer.concat([data, d]);
      const text = data.toString('latin1').replace(/^(HTTP\/1\.[01] 1\d\d [^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n)+/, '');
      const end = text.indexOf('\r\n\r\n');
      if (end < 0) return;
      const len = /\r\ncontent-length:\s*(\d+)/i.exec(text.slice(0, end))?.[1];
      // Complete when the declared body is in; an event stream or a body without length: once
      // nothing more arrives for a moment.
      if (len !== undefined && Buffer.byteLength(text, 'latin1') >= end + 4 + Number(len)) return finish('answered');
      clearTimeout(quiet);
      quiet = setTimeout(() => finish('answered'), 150);
    });
    socket.on('error', (e: NodeJS.ErrnoException) => finish(e.code === 'ECONNREFUSED' ? 'refused-connection' : 'closed'));
    socket.on('close', () => finish('closed'));
  });
}

/** True when a TCP connection to the server succeeds. */
export function canConnect(host: string, port: number, timeoutMs = 2000): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host, port });
    const t = setTimeout(() => (s.destroy(), resolve(false)), timeoutMs);
    s.on('connect', () => (clearTimeout(t), s.destroy(), resolve(true)));
    s.on('error', () => (clearTimeout(t), resolve(false)));
  });
}

/** Runs every case one after another and checks the server is still up after each. */
export async function runHostile(host: string, port: number, cases: HostileCase[], options: FuzzOptions = {}): Promise<FuzzSummary> {
  const vars = { host: `${host}:${port}`, ...options.vars };
  const allowed = options.allowed ?? DEFAULT_ALLOWED;
  const alive = options.alive ?? (() => canConnect(host, port));
  const results: CaseResult[] = [];
  for (const c of cases) {
    const r = await sendRaw(host, port, render(c, vars), { mode: c.mode, cutMs: c.cutMs, timeoutMs: options.timeoutMs });
    const crashed = !(await alive());
    const ok = c.expect ?? allowed;
    const unexpected =
      r.outcome === 'answered'
        ? !ok.includes(r.status!) || !r.wellFormed
        : r.outcome === 'cut'
          ? false
          : r.outcome === 'closed'
            ? !(c.mode === 'slow' || c.expect?.includes(0))
            : true;
    results.push({ name: c.name, outcome: r.outcome, status: r.status, wellFormed: r.wellFormed, ms: r.ms, unexpected, crashed });
    if (crashed) break;
  }
  const count = (f: (r: CaseResult) => boolean) => results.filter(f).length;
  return {
    tried: results.length,
    answered: count((r) => r.outcome === 'answered'),
    refused: count((r) => r.status !== null && r.status >= 400 && r.status < 500),
    accepted: count((r) => r.status !== null && r.status >= 200 && r.status < 300),
    serverErrors: count((r) => r.status !== null && r.status >= 500),
    closedWithoutAnswer: count((r) => r.outcome === 'closed'),
    cut: count((r) => r.outcome === 'cut'),
    crashed: count((r) => r.crashed),
    hung: count((r) => r.outcome === 'hung'),
    unexpected: count((r) => r.unexpected),
    results,
  };
}

const METHODS = ['GET', 'POST', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'PATCH', '__proto__', 'constructor', 'get', 'G-ET', 'PROPFIND', 'CONNECT'];
const PATHS = ['/', '/api/call', '/api/events', '/index.html', '/assets/x.js', '/api/', '/api/nope', '/favicon.ico'];
const TARGET_BITS = [
  '%',
  '%f',
  '%ff',
  '%00',
  '%c0%af',
  '%2e%2e/',
  '../',
  '..%2f',
  '//',
  '\\..\\',
  '%e2%82',
  '?token={token}',
  '?token=',
  '?',
  '#x',
  '%25',
  'ä',
  '\u0001',
  ' ',
  '%5c',
  '%2f',
];
const ABSOLUTE = [
  'http://{host}',
  'http://127.0.0.1:99999',
  'http://127.0.0.1:-1',
  'http://evil.example',
  'http://[::1',
  'http://user:pw@{host}',
  'https://{host}',
  'ftp://{host}',
  'http://',
  '*',
  '{host}',
];
const BODIES = [
  '{"method":"app.status","input":{}}',
  '{"method":"__proto__","input":{}}',
  '{"method":"constructor","input":{}}',
  '{"method":"app.status","input":{"__proto__":{"polluted":true}}}',
  '{"method":"cards.add","input":{"__proto__":{"text":"x"},"constructor":{"prototype":{"p":1}}}}',
  '{"method":["app.status"]}',
  '{"method":{"toString":"x"}}',
  '{"method":1e999}',
  'null',
  '[]',
  '"x"',
  '{',
  '{"method":"app.status"',
  '{hex:fffe00ff}',
  '{"method":"app.status","input":"{hex:c3}"}',
  '{"method":"cards.add","input":{"text":"{pad:5000}"}}',
];

function pick<T>(rnd: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)]!;
}

function nested(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array' ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

/**
 * `n` generated requests: random methods, targets built from percent/traversal fragments,
 * absolute forms with bad hosts and ports, missing/duplicated/foreign Host and token headers,
 * bad Content-Length and Transfer-Encoding, JSON bombs and non-UTF-8 bodies, uploads cut off
 * mid-body. Deterministic per seed.
 */
export function mutations(
  seed: number,
  n: number,
  opts: { maxBody?: number; /** targets to start from (default: the facilitator's) */ paths?: readonly string[] } = {},
): HostileCase[] {
  const rnd = prng(seed);
  const maxBody = opts.maxBody ?? 64 * 1024;
  const paths = opts.paths ?? PATHS;
  const cases: HostileCase[] = [];
  for (let i = 0; i < n; i++) {
    const method = rnd() < 0.55 ? pick(rnd, ['GET', 'POST']) : pick(rnd, METHODS);
    let target = pick(rnd, paths);
    const bits = Math.floor(rnd() * 4);
    for (let b = 0; b < bits; b++) target += pick(rnd, TARGET_BITS);
    if (rnd() < 0.15) target = pick(rnd, ABSOLUTE) + (rnd() < 0.5 ? pick(rnd, paths) : '');
    if (rnd() < 0.03) target = '/' + 'x'.repeat(5000);
    const headers: string[] = [];
    const hostRoll = rnd();
    if (hostRoll < 0.75) headers.push('Host: {host}');
    else if (hostRoll < 0.85) headers.push('Host: evil.example');
    else if (hostRoll < 0.9) headers.push('Host: {host}', 'Host: evil.example');
    else if (hostRoll < 0.95) headers.push('Host: localhost:1');
    // (else: no Host at all)
    const tokRoll = rnd();
    if (tokRoll < 0.6) headers.push('X-Werkstatt-Token: {token}');
    else if (tokRoll < 0.7) headers.push('X-Werkstatt-Token: {token}', 'X-Werkstatt-Token: {token}');
    else if (tokRoll < 0.8) headers.push('X-Werkstatt-Token: wrong');
    else if (tokRoll < 0.85) headers.push('X-Werkstatt-Token: {hex:ff00fe}');
    let body = '';
    let mode: HostileCase['mode'] = 'normal';
    const bodyRoll = rnd();
    if (method !== 'GET' || rnd() < 0.1) {
      if (bodyRoll < 0.55) body = pick(rnd, BODIES);
      else if (bodyRoll < 0.65) body = `{"method":"app.status","input":{deep:${rnd() < 0.5 ? 'array' : 'object'}:${Math.floor(rnd() * 5000) + 65}}}`;
      else if (bodyRoll < 0.72) body = `{"method":"cards.add","input":{"text":"{pad:${maxBody + 10}}"}}`;
      else if (bodyRoll < 0.8)
        body =
          '{hex:' +
          Array.from({ length: 64 }, () =>
            Math.floor(rnd() * 256)
              .toString(16)
              .padStart(2, '0'),
          ).join('') +
          '}';
      else body = '{"method":"app.status","input":{}}';
    }
    const lenRoll = rnd();
    if (body || method === 'POST') {
      if (lenRoll < 0.7) headers.push('Content-Length: {len}');
      else if (lenRoll < 0.75) headers.push('Content-Length: -1');
      else if (lenRoll < 0.8) headers.push('Content-Length: abc');
      else if (lenRoll < 0.83) headers.push('Content-Length: {len}', 'Content-Length: 3');
      else if (lenRoll < 0.86) headers.push('Content-Length: 99999999999999999999');
      else if (lenRoll < 0.9) {
        headers.push('Transfer-Encoding: chunked');
        body = rnd() < 0.5 ? `zz\r\n${body}\r\n0\r\n\r\n` : `${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`;
      } else if (lenRoll < 0.93) headers.push('Transfer-Encoding: chunked', 'Content-Length: {len}');
      else if (lenRoll < 0.97) {
        headers.push(`Content-Length: ${Buffer.byteLength(body) + 100}`);
        mode = 'cut';
      } else headers.push('Content-Length: {len}');
    }
    const extra = rnd();
    if (extra < 0.04) headers.push(`X-Big: {pad:${20000}}`);
    else if (extra < 0.07) headers.push('Bad Header Without Colon');
    else if (extra < 0.1) headers.push('X-Nul: a{hex:00}b');
    else if (extra < 0.13) headers.push(' folded: continuation');
    else if (extra < 0.16) headers.push('Content-Type: text/plain');
    else if (extra < 0.18) headers.push('Expect: 100-continue');
    if (rnd() < 0.85) headers.push('Connection: close');
    const version = rnd() < 0.95 ? 'HTTP/1.1' : pick(rnd, ['HTTP/1.0', 'HTTP/2.0', 'HTTP/9.9', 'HTTX/1.1', '']);
    cases.push({
      name: `gen-${seed}-${i}`,
      request: `${method} ${target} ${version}\r\n${headers.join('\r\n')}\r\n\r\n`,
      body,
      mode,
      cutMs: 20,
    });
  }
  return cases;
}
