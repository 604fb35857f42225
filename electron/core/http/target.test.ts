import { describe, expect, test } from 'vitest';
import path from 'node:path';
import { decodePath, parseTarget, resolveInside } from './target';
import { jsonDepthExceeds } from './server';

const hosts = ['127.0.0.1:4000', 'localhost:4000'];

describe('request targets never throw', () => {
  test('origin-form: path decoded, query kept', () => {
    const t = parseTarget('/api/events?token=a%2Bb&x', hosts)!;
    expect(t.pathname).toBe('/api/events');
    expect(t.query.get('token')).toBe('a+b');
    expect(parseTarget('/a%20b#frag', hosts)!.pathname).toBe('/a b');
  });

  test.each(['/%ff', '/%00.js', '/api/call%', '/%', '/%e2%82', '/%c0%af', '//evil.example/x', '*', 'evil.example:80', '', 'javascript:alert(1)'])(
    'refuses %j',
    (t) => expect(parseTarget(t, hosts)).toBeNull(),
  );

  test('absolute-form only for our own host, bad ports and userinfo refused', () => {
    expect(parseTarget('http://127.0.0.1:4000/index.html?x=1', hosts)).toMatchObject({ pathname: '/index.html' });
    expect(parseTarget('HTTP://LOCALHOST:4000/', hosts)).toMatchObject({ pathname: '/' });
    expect(parseTarget('http://127.0.0.1:99999/', hosts)).toBeNull();
    expect(parseTarget('http://127.0.0.1:-1/', hosts)).toBeNull();
    expect(parseTarget('http://evil.example/', hosts)).toBeNull();
    expect(parseTarget('http://127.0.0.1:4000@evil.example/', hosts)).toBeNull();
    expect(parseTarget('http://user:pw@127.0.0.1:4000/', hosts)).toBeNull();
    expect(parseTarget('http://[::1/', hosts)).toBeNull();
    expect(parseTarget('http://127.0.0.1:4000/%ff', hosts)).toBeNull();
  });

  test('decodePath: malformed escapes and NUL give null', () => {
    expect(decodePath('/a%2Fb')).toBe('/a/b');
    expect(decodePath('/%ff')).toBeNull();
    expect(decodePath('/a\0b')).toBeNull();
    expect(decodePath('/a%00b')).toBeNull();
    expect(decodePath('relative')).toBeNull();
  });
});

describe('resolveInside compares with path.relative, not a string prefix', () => {
  const root = path.resolve('/srv/app');
  test('files inside', () => {
    expect(resolveInside(root, '/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveInside(root, '/assets/../index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveInside(root, '/..foo.js')).toBe(path.join(root, '..foo.js'));
  });
  test.each(['/../app-evil/x.js', '/../../etc/passwd', '/..', '/', '/assets/../../app2/x', '/a\0b'])('refuses %j', (p) => {
    expect(resolveInside(root, p)).toBeNull();
  });
});

describe('jsonDepthExceeds', () => {
  test('counts nesting of arrays and objects, iteratively', () => {
    expect(jsonDepthExceeds({ a: [1, { b: 2 }] }, 3)).toBe(false);
    expect(jsonDepthExceeds({ a: [1, { b: {} }] }, 3)).toBe(true);
    expect(jsonDepthExceeds('x', 0)).toBe(false);
    expect(jsonDepthExceeds(JSON.parse('['.repeat(200000) + ']'.repeat(200000)), 64)).toBe(true);
  });
});
