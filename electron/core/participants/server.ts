import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo, Socket } from 'node:net';
import { AppError } from '../../../shared/domain/errors';
import { cleanInput } from '../../../shared/domain/text';
import { formatMessage, type Locale } from '../../../shared/messages';
import { issueMessage } from '../../../shared/api/issues';
import { isPhoneMethod, phoneInputs, type PhoneResult } from '../../../shared/participants/contract';
import { parseTarget } from '../http/target';
import { Buckets } from './ratelimit';
import type { Device, ParticipantMode, SseClient } from './mode';

/**
 * The phones' server: a second http.Server bound only to the address the facilitator chose
 * (never 0.0.0.0), with its own tiny route table. It knows the phone contract only; the
 * facilitator API, its token and the facilitator's page are not reachable here in any way
 * (there is no route that leads to them, and no file outside the phone bundle is served).
 * Threat model: docs/participants.md.
 */

export interface PhoneServer {
  address: string;
  port: number;
  /** answered on /p/health: the self-check knows it reached this very server */
  nonce: string;
  close(): Promise<void>;
}

const MAX_BODY = 4096;
const COOKIE = 'swp';
const MAX_STREAMS = 1500;
const MAX_STREAMS_PER_DEVICE = 4;
// One phone opens a stream and a few keep-alive sockets (browsers: at most 6 per host). More
// from one address is a flood that would lock every other phone out of maxConnections.
const MAX_SOCKETS_PER_ADDRESS = 64;

const BASE_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-resource-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
};
const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The built phone bundle (renderer/phone → out/renderer/p): from out/main (built) and from the sources (tsx, tests). */
export function findPhoneAssets(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.join(here, '../renderer/p'), path.join(here, '../../../out/renderer/p'), path.join(process.cwd(), 'out/renderer/p')];
  return candidates.find((d) => fs.existsSync(path.join(d, 'app.js'))) ?? candidates[0];
}

export function pageHtml(): string {
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="color-scheme" content="light"><meta name="theme-color" content="#ffffff"><meta name="referrer" content="no-referrer">
<title>Selbstcheck-Werkstatt</title><link rel="stylesheet" href="/p/app.css"></head>
<body><main id="app" aria-live="polite"><p class="boot">Einen Moment … / One moment …</p></main>
<noscript><p>Bitte schalten Sie JavaScript ein. / Please enable JavaScript.</p></noscript>
<script src="/p/app.js" defer></script></body></html>`;
}

function cookieToken(req: http.IncomingMessage): string | undefined {
  const raw = req.headers.cookie;
  if (!raw) return undefined;
  for (const part of raw.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === COOKIE) return v.join('=');
  }
  return undefined;
}

function localeOf(req: http.IncomingMessage): Locale {
  const l = String(req.headers['x-lang'] ?? req.headers['accept-language'] ?? '').toLowerCase();
  return l.startsWith('en') ? 'en' : 'de';
}

export async function startPhoneServer(o: { mode: ParticipantMode; address: string; port: number; assetsDir?: string }): Promise<PhoneServer> {
  const { mode } = o;
  const nonce = crypto.randomBytes(12).toString('hex');
  const assetsDir = o.assetsDir ?? findPhoneAssets();
  const assets = new Map<string, { type: string; body: Buffer }>();
  for (const [name, type] of [
    ['app.js', 'text/javascript; charset=utf-8'],
    ['app.css', 'text/css; charset=utf-8'],
  ] as const) {
    try {
      assets.set(`/p/${name}`, { type, body: fs.readFileSync(path.join(assetsDir, name)) });
    } catch {
      // not built: the page says so below
    }
  }
  const html = Buffer.from(pageHtml());
  const perDevice = new Buckets(40, 2);
  const perIp = new Buckets(400, 40);
  const joins = new Buckets(20, 1);
  // Wrong join codes per address: a table code makes its holder host of that table, so guessing
  // must be slow. A right code costs nothing (a room behind one router joins at once); once an
  // address has used up its wrong tries, every code is refused there, a right one too, so the
  // answer tells a guesser nothing. GET /j/CODE serves the page for any code: no oracle there.
  const doors = new Buckets(20, 0.5);
  let hostOk = (_h: string) => false;

  const send = (res: http.ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) => {
    res.writeHead(status, { ...BASE_HEADERS, 'content-type': type, 'cache-control': 'no-store', ...extra }).end(body);
  };
  const sendJson = (res: http.ServerResponse, status: number, r: PhoneResult<unknown>, extra: Record<string, string> = {}) =>
    send(res, status, 'application/json; charset=utf-8', JSON.stringify(r), extra);
  const fail = (res: http.ServerResponse, status: number, locale: Locale, e: unknown) => {
    const err = e instanceof AppError ? e : null;
    const message = err?.key
      ? formatMessage(locale, err.key, err.params)
      : err
        ? err.message
        : formatMessage(locale, 'errors.internal', { detail: 'unexpected' });
    sendJson(res, status, { ok: false, error: { code: err?.code ?? 'INTERNAL', message } });
  };
  const statusFor = (e: unknown) => {
    const code = e instanceof AppError ? e.code : 'INTERNAL';
    return code === 'INVALID_INPUT'
      ? 400
      : code === 'FORBIDDEN'
        ? 403
        : code === 'NOT_FOUND'
          ? 404
          : code === 'CONFLICT'
            ? 409
            : code === 'LIMIT'
              ? 422
              : code === 'UNKNOWN_METHOD'
                ? 404
                : 500;
  };

  // connectionsCheckingInterval: a header that never finishes is cut after headersTimeout plus
  // at most this, not after Node's default 30 s check.
  const server = http.createServer({ connectionsCheckingInterval: 1000 }, (req, res) => {
    try {
      route(req, res);
    } catch (e) {
      // nothing a request sends may end the process that holds the workshop
      if (!res.headersSent) fail(res, 500, localeOf(req), e);
      else res.destroy();
    }
  });

  function route(req: http.IncomingMessage, res: http.ServerResponse): void {
    // DNS rebinding: only our own address and port in the Host header.
    if (!hostOk(String(req.headers.host ?? '').toLowerCase())) return send(res, 421, 'text/plain; charset=utf-8', 'Falscher Host.');
    // `///`, `//[`, `%ff`: attacker text, parsed by the same never-throwing helper as the facilitator's server
    const target = parseTarget(req.url ?? '', []);
    if (!target) return send(res, 400, 'text/plain; charset=utf-8', 'Ungültige Anfrage.');
    const p = target.pathname;
    const method = req.method ?? 'GET';
    const locale = localeOf(req);
    // The IP address is used for rate limiting in memory only: never stored, never logged.
    const ip = req.socket.remoteAddress ?? '';

    if (method === 'GET' || method === 'HEAD') {
      const join = /^\/j\/([A-Za-z0-9]{1,16})\/?$/i.exec(p);
      // the page for any code; it joins by POST and says there whether the code is right
      if (join) return send(res, 200, 'text/html; charset=utf-8', html, { 'content-security-policy': PAGE_CSP });
      if (p === '/p/health') return send(res, 200, 'text/plain; charset=utf-8', nonce);
      // browsers ask for it on their own; "nothing" instead of a 404 in every phone's console
      if (p === '/favicon.ico') return void res.writeHead(204, { ...BASE_HEADERS, 'cache-control': 'max-age=86400' }).end();
      const asset = assets.get(p);
      if (asset) return send(res, 200, asset.type, asset.body, { 'cache-control': 'no-cache' });
      if (p === '/p/app.js' || p === '/p/app.css') return send(res, 503, 'text/plain; charset=utf-8', 'Die Handy-Seite ist nicht gebaut (npm run build).');
      if (p === '/p/api/snapshot' || p === '/p/api/events') {
        if (!perIp.take(ip)) return fail(res, 429, locale, AppError.of('LIMIT', 'participants.tooMany'));
        const device = mode.deviceFor(cookieToken(req));
        if (!device) return fail(res, 401, locale, AppError.of('FORBIDDEN', 'participants.notJoined'));
        if (p === '/p/api/snapshot') {
          try {
            return sendJson(res, 200, { ok: true, value: mode.snapshot(device) });
          } catch (e) {
            return fail(res, 500, locale, e);
          }
        }
        return openStream(req, res, device, target.query);
      }
      return send(res, 404, 'text/plain; charset=utf-8', 'Nicht gefunden.');
    }
    if (method === 'POST') {
      const m = /^\/p\/api\/([a-z.]{1,40})$/.exec(p);
      if (!m) return send(res, 404, 'text/plain; charset=utf-8', 'Nicht gefunden.');
      return void handlePost(req, res, m[1], ip, locale, performance.now()).catch(() => res.destroy());
    }
    send(res, 405, 'text/plain; charset=utf-8', 'Nicht erlaubt.', { allow: 'GET, HEAD, POST' });
  }

  // Requests Node's parser refuses (bad request line, broken headers, timeouts): a plain 400/408
  // on the raw socket, then closed, as Node's default does (the listener replaces that default).
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    if (err.code === 'ECONNRESET' || !socket.writable || socket.bytesWritten > 0) return void socket.destroy();
    const status = err.code === 'ERR_HTTP_REQUEST_TIMEOUT' || err.code === 'ERR_HTTP_HEADERS_TIMEOUT' ? 408 : err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
    setTimeout(() => socket.destroy(), 2000).unref();
  });
  // CONNECT goes to its own event; without a listener Node drops the socket without a word.
  server.on('connect', (_req: http.IncomingMessage, socket: Socket) => {
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD, POST\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    setTimeout(() => socket.destroy(), 2000).unref();
  });
  // Sockets per address, counted as they open and close (the address is kept in memory only).
  const sockets = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const ip = socket.remoteAddress ?? '';
    const n = (sockets.get(ip) ?? 0) + 1;
    if (n > MAX_SOCKETS_PER_ADDRESS) return void socket.destroy();
    sockets.set(ip, n);
    socket.once('close', () => {
      const left = (sockets.get(ip) ?? 1) - 1;
      if (left > 0) sockets.set(ip, left);
      else sockets.delete(ip);
    });
  });

  async function handlePost(req: http.IncomingMessage, res: http.ServerResponse, name: string, ip: string, locale: Locale, t0: number): Promise<void> {
    // No CORS: a page elsewhere cannot send JSON here (and SameSite=Strict keeps the cookie home).
    const ctype = String(req.headers['content-type'] ?? '');
    if (!ctype.startsWith('application/json'))
      return fail(res, 415, locale, AppError.of('INVALID_INPUT', 'participants.badRequest', { detail: 'content-type' }));
    const origin = req.headers.origin;
    if (
      origin !== undefined &&
      !hostOk(
        String(origin)
          .replace(/^http:\/\//i, '')
          .toLowerCase(),
      )
    ) {
      return fail(res, 403, locale, AppError.of('FORBIDDEN', 'participants.badRequest', { detail: 'origin' }));
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY) {
      fail(res, 413, locale, AppError.of('LIMIT', 'participants.tooLarge'));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of req) {
        size += (chunk as Buffer).length;
        if (size > MAX_BODY) {
          fail(res, 413, locale, AppError.of('LIMIT', 'participants.tooLarge'));
          req.destroy();
          return;
        }
        chunks.push(chunk as Buffer);
      }
    } catch {
      return; // the phone went away mid-request
    }
    if (!perIp.take(ip)) return fail(res, 429, locale, AppError.of('LIMIT', 'participants.tooMany'));
    if (!isPhoneMethod(name)) return fail(res, 404, locale, AppError.of('UNKNOWN_METHOD', 'participants.unknownMethod'));
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return fail(res, 400, locale, AppError.of('INVALID_INPUT', 'participants.badRequest', { detail: 'JSON' }));
    }
    const parsed = phoneInputs[name].safeParse(cleanInput(body));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      // Schema messages are catalogue ids: shown in the phone's language, like every other text.
      const m = issue ? issueMessage(issue) : { detail: '' };
      // the check's own message ("Bitte geben Sie einen Text ein."), without the field's name:
      // "text" or "count" means nothing to the person at the phone
      const err =
        'detail' in m ? AppError.of('INVALID_INPUT', 'participants.badRequest', { detail: m.detail }) : AppError.of('INVALID_INPUT', m.detailKey, m.params);
      return fail(res, 400, locale, err);
    }
    const input = parsed.data as Record<string, unknown>;
    try {
      if (name === 'join') {
        if (!doors.has(ip)) return fail(res, 429, locale, AppError.of('LIMIT', 'participants.tooMany'));
        // the room's code, or one table's (that device becomes the table's host)
        const door = mode.matchCode(String(input.code));
        if (!door) {
          doors.take(ip);
          return fail(res, 403, locale, AppError.of('FORBIDDEN', 'participants.wrongCode'));
        }
        let device = mode.deviceFor(cookieToken(req));
        // A browser that comes through another door (room ↔ table, or another table) gets a new
        // session for it: one cookie, one role.
        if (device && (device.table_id ?? null) !== door.tableId) {
          await mode.leaveTable(device);
          device = null;
        }
        const headers: Record<string, string> = {};
        if (!device) {
          if (!joins.take(ip)) return fail(res, 429, locale, AppError.of('LIMIT', 'participants.tooMany'));
          const j = await mode.join((input.sector as string | null | undefined) ?? null, door.tableId);
          device = j.device;
          // HttpOnly: no script reads it; SameSite=Strict: no other site sends it; not Secure: plain HTTP on the LAN.
          headers['set-cookie'] = `${COOKIE}=${j.token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=86400`;
        }
        return sendJson(res, 200, { ok: true, value: mode.snapshot(device) }, headers);
      }
      const device = mode.deviceFor(cookieToken(req));
      if (!device) return fail(res, 401, locale, AppError.of('FORBIDDEN', 'participants.notJoined'));
      if (!perDevice.take(String(device.id))) return fail(res, 429, locale, AppError.of('LIMIT', 'participants.tooMany'));
      const value = await mode.call(device, name, input);
      sendJson(res, 200, { ok: true, value });
      // request headers in → answered, on the laptop (the benchmark compares it with what phones see)
      if (name === 'cards.add' && mode.stats.serverMs.length < 5000) {
        mode.stats.serverMs.push(performance.now() - t0);
        const at = Date.now() - (performance.now() - t0);
        mode.stats.firstArrival = Math.min(mode.stats.firstArrival || Infinity, at);
        mode.stats.lastArrival = Math.max(mode.stats.lastArrival, at);
      }
    } catch (e) {
      fail(res, statusFor(e), locale, e);
    }
  }

  function openStream(req: http.IncomingMessage, res: http.ServerResponse, device: Device, query: URLSearchParams): void {
    if (mode.clients.size >= MAX_STREAMS) return fail(res, 503, localeOf(req), AppError.of('LIMIT', 'participants.tooMany'));
    const mine = [...mode.clients].filter((c) => c.deviceId === device.id);
    // A phone that reconnects often (iOS) may leave half-open streams behind: keep the newest few.
    if (mine.length >= MAX_STREAMS_PER_DEVICE) mine[0].end();
    res.writeHead(200, {
      ...BASE_HEADERS,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.socket?.setNoDelay(true);
    const client: SseClient = {
      deviceId: device.id,
      write: (chunk) => {
        // A phone that stopped reading does not make us buffer without end: drop it, it reconnects.
        if (res.writableLength > 512 * 1024) {
          client.end();
          return false;
        }
        return res.write(chunk);
      },
      end: () => {
        mode.clients.delete(client);
        res.end();
      },
    };
    const lastRaw = req.headers['last-event-id'] ?? query.get('last');
    const last = Number(lastRaw);
    let head = 'retry: 1000\n\n';
    if (lastRaw !== undefined && lastRaw !== null && lastRaw !== '' && Number.isInteger(last) && last >= 0) head += mode.replay(last).join('');
    else head += `id: ${mode.seq}\n: hello\n\n`;
    head += `event: ping\ndata: ${Date.now()}\n\n`; // the laptop's clock: the phone's timer counts against it
    res.write(head);
    mode.clients.add(client);
    req.on('close', () => mode.clients.delete(client));
  }

  const keepAlive = setInterval(() => {
    // a named event (not a comment): the page sees it and knows its stream is alive; its data is
    // the laptop's clock, so phones keep their timer in step with it
    const ping = `event: ping\ndata: ${Date.now()}\n\n`;
    for (const c of mode.clients) c.write(ping);
    perDevice.prune();
    perIp.prune();
    joins.prune();
    doors.prune();
  }, 15000);
  keepAlive.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.address, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const hostNames = new Set([`${o.address}:${port}`, ...(port === 80 ? [o.address] : [])]);
  hostOk = (h) => hostNames.has(h);
  server.headersTimeout = 10000;
  server.requestTimeout = 15000;
  // A phone sends a card every minute or so: keep its connection open between writes (Node's
  // default closes it after 5 s), so a write on a flaky Wi-Fi does not pay a new TCP handshake,
  // where one lost SYN costs a second. Browsers close idle sockets themselves after about as long.
  server.keepAliveTimeout = 65_000;
  // 200 phones × (a stream + a few keep-alive sockets) with room to spare; beyond it, refused
  server.maxConnections = 3000;

  return {
    address: o.address,
    port,
    nonce,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(keepAlive);
        perDevice.clear();
        perIp.clear();
        joins.clear();
        doors.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
