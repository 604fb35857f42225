import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { ChangeEvent } from '../../../shared/api';
import type { ErrorCode } from '../../../shared/domain/errors';
import { formatMessage, type MessageId } from '../../../shared/messages';
import type { WorkshopService } from '../service';
import { CSP } from '../csp';
import { parseTarget, resolveInside } from './target';

/**
 * Browser mode: the same contract over HTTP on 127.0.0.1, change events as server-sent events.
 * Bound to loopback only; every API request carries the random per-run token, and the Host
 * header must be ours (a page from elsewhere cannot rebind its name to this port).
 *
 * Any web page the facilitator visits can reach this port (an <img> is enough), so the server
 * must survive every byte sequence: each request gets a well-formed answer (400/403/404/405/
 * 408/413/414/431), malformed requests Node's parser rejects are answered in 'clientError',
 * aborted uploads and closed event streams are cleaned up, and nothing in a handler may throw
 * past it. tests/fixtures/hostile/http and electron/core/http/fuzz.ts keep it that way.
 */
export interface WebServerOptions {
  service: WorkshopService;
  rendererDir: string;
  port?: number;
  token?: string;
  /** Limits and timeouts; the defaults suit a workshop laptop, tests shrink them. */
  limits?: Partial<HttpLimits>;
}

export interface HttpLimits {
  /** Largest request body in bytes (413 above). */
  maxBody: number;
  /** Deepest nesting of arrays/objects in a JSON body (400 above). */
  maxDepth: number;
  /** Longest request target in characters (414 above). */
  maxTarget: number;
  /** Largest request head (request line + headers) in bytes (431 above). */
  maxHeaderSize: number;
  /** Time for the complete request head to arrive (408 after; slowloris). */
  headersTimeoutMs: number;
  /** Time for the complete request including the body to arrive (408 after). */
  requestTimeoutMs: number;
  /** How often Node checks the two timeouts above. */
  checkIntervalMs: number;
}

export const DEFAULT_LIMITS: HttpLimits = {
  // An import of up to 20 MB travels as base64 (~27 MB) inside JSON; the parser reports the 20 MB limit.
  maxBody: 30 * 1024 * 1024,
  maxDepth: 64,
  maxTarget: 4096,
  maxHeaderSize: 16 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 120_000,
  checkIntervalMs: 1000,
};

export interface WebServer {
  url: string;
  port: number;
  token: string;
  limits: HttpLimits;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
  '.ttf': 'font/ttf',
};

// On every answer: no sniffing, and the address (which carries the token on the first load)
// never travels on as a Referer.
const BASE_HEADERS = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' } as const;

const CODE_FOR_STATUS: Record<number, ErrorCode> = {
  400: 'INVALID_INPUT',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'INVALID_INPUT',
  408: 'IO',
  413: 'LIMIT',
  414: 'LIMIT',
  431: 'LIMIT',
  500: 'INTERNAL',
};

/** The JSON error body every refusal carries: `{ok:false, error:{code, message, key}}`. */
export function errorBody(status: number, key: MessageId, params?: Record<string, string | number>): string {
  const code = CODE_FOR_STATUS[status] ?? 'INVALID_INPUT';
  return JSON.stringify({ ok: false, error: { code, message: formatMessage('de', key, params), key, ...(params ? { params } : {}) } });
}

/** Iterative (a recursive walk would overflow the stack on the very input it guards against). */
export function jsonDepthExceeds(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d > max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, d + 1]);
  }
  return false;
}

export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const token = opts.token ?? crypto.randomBytes(24).toString('base64url');
  const limits: HttpLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const clients = new Set<http.ServerResponse>();
  const rendererDir = path.resolve(opts.rendererDir);
  let hosts: string[] = [];

  const sse = (line: string) => {
    for (const res of clients) {
      if (res.destroyed || res.writableEnded) clients.delete(res);
      else res.write(line);
    }
  };
  const onChange = (ev: ChangeEvent) => sse(`data: ${JSON.stringify(ev)}\n\n`);
  opts.service.events.on('change', onChange);

  const tokenOk = (given: unknown) =>
    typeof given === 'string' && given.length === token.length && crypto.timingSafeEqual(Buffer.from(given), Buffer.from(token));

  function refuse(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    status: number,
    key: MessageId,
    params?: Record<string, string | number>,
    extra: http.OutgoingHttpHeaders = {},
  ): void {
    if (res.headersSent || res.destroyed) return;
    const body = errorBody(status, key, params);
    res.writeHead(status, {
      ...BASE_HEADERS,
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
      ...extra,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  const server = http.createServer(
    {
      maxHeaderSize: limits.maxHeaderSize,
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: limits.checkIntervalMs,
      requireHostHeader: true,
    },
    (req, res) => {
      // An upload cut off mid-body emits 'error' on the request; without a listener it would
      // end the process. Nothing is left to answer then, the socket is gone.
      req.on('error', () => {});
      res.on('error', () => {});
      try {
        route(req, res);
      } catch {
        refuse(req, res, 500, 'http.internal');
      }
    },
  );

  // Requests Node's parser refuses (bad request line, huge or broken headers, bad
  // Content-Length, chunked garbage, timeouts) never reach the handler: answer them here, on the
  // raw socket, as Node's default does — but with our JSON body.
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    const pending = (socket as Duplex & { _httpMessage?: http.ServerResponse })._httpMessage;
    const bytesWritten = (socket as Duplex & { bytesWritten?: number }).bytesWritten ?? 0;
    if (err.code === 'ECONNRESET' || !socket.writable || pending?.headersSent || bytesWritten > 0) {
      socket.destroy();
      return;
    }
    const [status, key]: [number, MessageId] =
      err.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'http.headersTooLarge']
        : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' || err.code === 'ERR_HTTP_HEADERS_TIMEOUT'
          ? [408, 'http.timeout']
          : [400, 'http.badRequest'];
    rawAnswer(socket, status, key);
  });
  // CONNECT is handed to a separate event; without a listener Node just drops the socket.
  server.on('connect', (_req: http.IncomingMessage, socket: Duplex) => {
    socket.on('error', () => {});
    rawAnswer(socket, 405, 'http.methodNotAllowed', { allow: 'GET, HEAD, POST' });
  });

  function rawAnswer(socket: Duplex, status: number, key: MessageId, params?: Record<string, string | number>): void {
    const body = errorBody(status, key, params);
    socket.end(
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nX-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\n` +
        `Connection: close\r\n\r\n${body}`,
    );
    // A peer that never reads or closes must not hold the socket.
    setTimeout(() => socket.destroy(), 2000).unref();
  }

  function route(req: http.IncomingMessage, res: http.ServerResponse): void {
    const target = req.url ?? '';
    if (target.length > limits.maxTarget) return refuse(req, res, 414, 'http.targetTooLong');
    const host = (req.headers.host ?? '').toLowerCase();
    if (!host) return refuse(req, res, 400, 'http.badRequest');
    if (!hosts.includes(host)) return refuse(req, res, 403, 'http.foreignHost');
    const parsed = parseTarget(target, hosts);
    if (!parsed) return refuse(req, res, 400, 'http.badTarget');
    const { pathname, query } = parsed;
    if (pathname === '/api/call') {
      if (req.method !== 'POST') return refuse(req, res, 405, 'http.methodNotAllowed', { allow: 'POST' }, { allow: 'POST' });
      handleCall(req, res).catch(() => refuse(req, res, 500, 'http.internal'));
      return;
    }
    if (pathname === '/api/events') {
      if (req.method !== 'GET') return refuse(req, res, 405, 'http.methodNotAllowed', { allow: 'GET' }, { allow: 'GET' });
      if (!tokenOk(query.get('token'))) return refuse(req, res, 403, 'http.forbidden');
      res.writeHead(200, { ...BASE_HEADERS, 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write('retry: 500\n\n');
      clients.add(res);
      // A closed tab (or a client that resets the socket) leaves the set at once.
      const drop = () => clients.delete(res);
      req.on('close', drop);
      res.on('close', drop);
      return;
    }
    if (pathname.startsWith('/api/')) return refuse(req, res, 404, 'http.notFound');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return refuse(req, res, 405, 'http.methodNotAllowed', { allow: 'GET, HEAD' }, { allow: 'GET, HEAD' });
    }
    serveStatic(req, res, pathname);
  }

  /** The body, or why there is none: too large (answered here) or the client went away. */
  function readBody(req: http.IncomingMessage, res: http.ServerResponse): Promise<Buffer | null> {
    return new Promise((resolve) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let done = false;
      const finish = (v: Buffer | null) => {
        if (done) return;
        done = true;
        resolve(v);
      };
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= limits.maxBody) return void chunks.push(chunk);
        if (!done) {
          chunks.length = 0;
          finish(null);
          refuse(req, res, 413, 'http.tooLarge', { max: Math.round((limits.maxBody / 1024 / 1024) * 100) / 100 }, { connection: 'close' });
        }
        // Keep reading (and dropping) what is already on its way, so the 413 is not lost to
        // a reset; a client that keeps sending far beyond the limit is cut off.
        if (size > limits.maxBody * 2 + 1024 * 1024) req.destroy();
      });
      req.on('end', () => finish(Buffer.concat(chunks)));
      req.on('error', () => finish(null));
      req.on('close', () => finish(req.complete ? Buffer.concat(chunks) : null));
    });
  }

  async function handleCall(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!tokenOk(req.headers['x-werkstatt-token'])) return refuse(req, res, 403, 'http.forbidden');
    const maxMb = Math.round((limits.maxBody / 1024 / 1024) * 100) / 100;
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limits.maxBody) {
      refuse(req, res, 413, 'http.tooLarge', { max: maxMb }, { connection: 'close' });
      return;
    }
    const raw = await readBody(req, res);
    if (!raw || res.headersSent || res.destroyed) return;
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
    } catch {
      return refuse(req, res, 400, 'http.notUtf8');
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return refuse(req, res, 400, 'http.notJson');
    }
    if (jsonDepthExceeds(body, limits.maxDepth)) return refuse(req, res, 400, 'http.tooDeep', { max: limits.maxDepth });
    if (!body || typeof body !== 'object' || Array.isArray(body) || typeof (body as { method?: unknown }).method !== 'string') {
      return refuse(req, res, 400, 'http.badShape');
    }
    const { method, input } = body as { method: string; input?: unknown };
    const result = await opts.service.call(method, input);
    if (res.headersSent || res.destroyed) return;
    const out = JSON.stringify(result);
    res
      .writeHead(200, {
        ...BASE_HEADERS,
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(out),
        'cache-control': 'no-store',
      })
      .end(out);
  }

  function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): void {
    const rel = pathname === '/' || !path.extname(pathname) ? '/index.html' : pathname;
    const file = resolveInside(rendererDir, rel);
    if (!file) return refuse(req, res, 404, 'http.notFound');
    fs.readFile(file, (err, data) => {
      if (err) return refuse(req, res, 404, rel === '/index.html' ? 'http.notBuilt' : 'http.notFound');
      if (res.headersSent || res.destroyed) return;
      res.writeHead(200, {
        ...BASE_HEADERS,
        'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
        'content-length': data.length,
        'content-security-policy': CSP,
        'cache-control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : data);
    });
  }

  // SSE comments keep idle connections open through any proxy and detect closed tabs.
  const keepAlive = setInterval(() => sse(': ping\n\n'), 15000);
  keepAlive.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  hosts = [`127.0.0.1:${port}`, `localhost:${port}`];

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    limits,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(keepAlive);
        opts.service.events.off('change', onChange);
        for (const res of clients) res.end();
        clients.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
