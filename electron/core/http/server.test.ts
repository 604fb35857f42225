import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { WorkshopService } from '../service';
import { startWebServer, type WebServer } from './server';

let dir: string;
let service: WorkshopService;
let web: WebServer;
let base: string;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-http-'));
  fs.mkdirSync(path.join(dir, 'renderer'));
  fs.writeFileSync(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>x</title>');
  service = new WorkshopService({ mode: 'browser', paths: { settingsDir: path.join(dir, 's'), workshopsDir: path.join(dir, 'ws') } });
  service.openOrCreateDemo();
  web = await startWebServer({ service, rendererDir: path.join(dir, 'renderer') });
  base = `http://127.0.0.1:${web.port}`;
});
afterEach(async () => {
  await web.close();
  service.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const call = (method: string, input: unknown, token = web.token) =>
  fetch(`${base}/api/call`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-werkstatt-token': token },
    body: JSON.stringify({ method, input }),
  });

function rawGet(pathname: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port: web.port, path: pathname, headers: { host } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
      .on('error', reject);
  });
}

describe('browser mode over HTTP', () => {
  test('binds to 127.0.0.1 only and serves the page with a strict CSP', async () => {
    expect(web.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    // The first address carries the token: it must never leave as a Referer.
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  test('refusals are short JSON from the message catalogue, with the allowed methods', async () => {
    const res = await fetch(`${base}/api/events?token=${web.token}`, { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET');
    expect(await res.json()).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', key: 'http.methodNotAllowed', params: { allow: 'GET' }, message: 'Diese Methode ist hier nicht erlaubt (erlaubt: GET).' },
    });
    const call = await fetch(`${base}/api/call`);
    expect(call.status).toBe(405);
    expect(call.headers.get('allow')).toBe('POST');
    expect(call.headers.get('referrer-policy')).toBe('no-referrer');
    const forbidden = await (await fetch(`${base}/api/call`, { method: 'POST', body: '{}' })).json();
    expect(forbidden.error).toMatchObject({ code: 'FORBIDDEN', key: 'http.forbidden' });
  });

  test('a body over the limit gets 413, a body nested too deep 400', async () => {
    const big = await call('cards.add', { text: 'x'.repeat(web.limits.maxBody) });
    expect(big.status).toBe(413);
    expect((await big.json()).error.key).toBe('http.tooLarge');
    const deep = await fetch(`${base}/api/call`, {
      method: 'POST',
      headers: { 'x-werkstatt-token': web.token },
      body: `{"method":"app.status","input":${'['.repeat(65)}${']'.repeat(65)}}`,
    });
    expect(deep.status).toBe(400);
    expect((await deep.json()).error.key).toBe('http.tooDeep');
    expect((await (await call('app.status', {})).json()).ok).toBe(true);
  });

  test('rejects calls without the right token, and foreign Host headers', async () => {
    expect((await call('app.status', {}, '')).status).toBe(403);
    expect(
      (
        await call(
          'app.status',
          {},
          web.token.replace(/./, (c) => (c === 'a' ? 'b' : 'a')),
        )
      ).status,
    ).toBe(403);
    expect((await fetch(`${base}/api/events?token=nope`)).status).toBe(403);
    expect(await rawGet('/', 'evil.example:80')).toBe(403);
    expect(await rawGet('/', `localhost:${web.port}`)).toBe(200);
  });

  test('dispatches through the same contract: results and validation errors', async () => {
    const ok = await (await call('workshop.info', {})).json();
    expect(ok.ok).toBe(true);
    expect(ok.value.counts.actions).toBeGreaterThan(0);
    const bad = await (await call('cards.add', { text: '' })).json();
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const notJson = await fetch(`${base}/api/call`, { method: 'POST', headers: { 'x-werkstatt-token': web.token }, body: '{' });
    expect(notJson.status).toBe(400);
  });

  test('does not serve files outside the renderer folder', async () => {
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'geheim');
    expect(await rawGet('/../secret.txt', `127.0.0.1:${web.port}`)).not.toBe(200);
    expect(await rawGet('/%2e%2e/secret.txt', `127.0.0.1:${web.port}`)).toBe(404);
  });

  // How fast is measured in bench/sync.bench.ts; a timed assertion here fails on a busy machine.
  test('a change reaches an open event stream', async () => {
    const ctrl = new AbortController();
    const res = await fetch(`${base}/api/events?token=${web.token}`, { signal: ctrl.signal });
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    await reader.read(); // the retry line
    await call('cards.add', { text: 'Live auf allen Bildschirmen' });
    let text = '';
    while (!text.includes('"cards"')) text += decoder.decode((await reader.read()).value);
    ctrl.abort();
    expect(text).toMatch(/"topics":\[[^\]]*"cards"/);
  });
});
