import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { ChangeEvent } from '../../../shared/api';
import type { WorkshopService } from '../service';
import { CSP } from '../csp';

/**
 * Browser mode: the same contract over HTTP on 127.0.0.1, change events as server-sent events.
 * Bound to loopback only; every API request carries the random per-run token, and the Host
 * header must be ours (a page from elsewhere cannot rebind its name to this port).
 */
export interface WebServerOptions {
  service: WorkshopService;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.woff': 'font/woff',
  '.json': 'application/json', '.ttf': 'font/ttf',
};
const MAX_BODY = 30 * 1024 * 1024; // an import of up to 20 MB travels as base64 (~27 MB) inside JSON; the parser reports the 20 MB limit

export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const token = opts.token ?? crypto.randomBytes(24).toString('base64url');
  const clients = new Set<http.ServerResponse>();
  const rendererDir = path.resolve(opts.rendererDir);
  let port = 0;

  const onChange = (ev: ChangeEvent) => {
    const line = `data: ${JSON.stringify(ev)}\n\n`;
    for (const res of clients) res.write(line);
  };
  opts.service.events.on('change', onChange);

  const tokenOk = (given: string | null | undefined) =>
    typeof given === 'string' && given.length === token.length && crypto.timingSafeEqual(Buffer.from(given), Buffer.from(token));

  const server = http.createServer((req, res) => {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' }).end('Falscher Host.');
      return;
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (url.pathname === '/api/call') return void handleCall(req, res);
    if (url.pathname === '/api/events') {
      if (!tokenOk(url.searchParams.get('token'))) return void res.writeHead(403).end();
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write('retry: 500\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
    serveStatic(url.pathname, res);
  });

  async function handleCall(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'POST') return void res.writeHead(405).end();
    if (!tokenOk(req.headers['x-werkstatt-token'] as string | undefined)) {
      res.writeHead(403, { 'content-type': 'application/json' })
        .end(JSON.stringify({ ok: false, error: { code: 'FORBIDDEN', message: 'Zugriff verweigert: Bitte öffnen Sie die Adresse, die beim Start angezeigt wurde.' } }));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY) {
        res.writeHead(413, { 'content-type': 'application/json' })
          .end(JSON.stringify({ ok: false, error: { code: 'LIMIT', message: 'Die Anfrage ist zu groß.' } }));
        req.destroy();
        return;
      }
      chunks.push(chunk as Buffer);
    }
    let body: { method?: unknown; input?: unknown };
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.writeHead(400, { 'content-type': 'application/json' })
        .end(JSON.stringify({ ok: false, error: { code: 'INVALID_INPUT', message: 'Die Anfrage ist kein gültiges JSON.' } }));
      return;
    }
    const result = await opts.service.call(body?.method, body?.input);
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(result));
  }

  function serveStatic(pathname: string, res: http.ServerResponse): void {
    let rel = decodeURIComponent(pathname);
    if (rel === '/' || !path.extname(rel)) rel = '/index.html';
    const file = path.resolve(rendererDir, `.${rel}`);
    if (!file.startsWith(rendererDir + path.sep)) return void res.writeHead(404).end();
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
          .end(rel === '/index.html' ? 'Die Oberfläche ist nicht gebaut. Bitte zuerst „npm run build“ ausführen.' : 'Nicht gefunden.');
        return;
      }
      res.writeHead(200, {
        'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CSP,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-cache',
      }).end(data);
    });
  }

  // SSE comments keep idle connections open through any proxy and detect closed tabs.
  const keepAlive = setInterval(() => { for (const res of clients) res.write(': ping\n\n'); }, 15000);
  keepAlive.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
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
