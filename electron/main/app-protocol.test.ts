import { afterAll, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appRequestFile } from './app-protocol';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-app-'));
const renderer = path.join(dir, 'renderer');
fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true });
fs.mkdirSync(path.join(dir, 'renderer-evil'));
fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html>');
fs.writeFileSync(path.join(renderer, 'assets', 'a b.js'), '');
fs.writeFileSync(path.join(dir, 'renderer-evil', 'x.js'), 'evil');
fs.writeFileSync(path.join(dir, 'secret.txt'), 'geheim');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('app:// handler is total and stays inside the renderer folder', () => {
  test('serves our files', () => {
    expect(appRequestFile('app://werkstatt/index.html', renderer)).toEqual({ file: path.join(renderer, 'index.html') });
    expect(appRequestFile('app://werkstatt/', renderer)).toEqual({ file: path.join(renderer, 'index.html') });
    expect(appRequestFile('app://werkstatt/assets/a%20b.js?v=1#x', renderer)).toEqual({ file: path.join(renderer, 'assets', 'a b.js') });
  });

  test.each([
    ['app://werkstatt/%ff', 400],
    ['app://werkstatt/%00.js', 400],
    ['app://werkstatt/index.html%', 400],
    ['not a url', 400],
    ['', 400],
    [undefined, 400],
    ['app://werkstatt/%2e%2e/secret.txt', 404],
    ['app://werkstatt/..%2fsecret.txt', 404],
    ['app://werkstatt/..%2frenderer-evil%2fx.js', 404],
    ['app://werkstatt/%2e%2e/renderer-evil/x.js', 404],
    ['app://werkstatt/..%5csecret.txt', 404],
    ['app://werkstatt/assets', 404],
    ['app://werkstatt/nope.js', 404],
    ['app://other/index.html', 404],
    ['app://werkstatt.evil/index.html', 404],
    ['app://user@werkstatt/index.html', 404],
    ['file:///etc/passwd', 404],
    ['https://werkstatt/index.html', 404],
  ])('%s → %i', (url, status) => {
    expect(appRequestFile(url, renderer)).toEqual({ status });
  });
});
