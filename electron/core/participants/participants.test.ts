import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { WorkshopService } from '../service';
import { FIELD_KEYS } from '../../../shared/domain/fields';
import { Phone } from '../../../tests/fixtures/phone-client';
import { rankAddresses } from './addresses';
import { flaggedWords } from '../../../shared/participants/wordlist';
import type { PhoneEvent } from '../../../shared/participants/contract';
import { phoneService } from '../../../tests/fixtures/phone-service';

let dir: string;
let s: WorkshopService;
const ADDR = '127.0.0.2';

let done: () => Promise<void>;
beforeEach(async () => {
  ({ dir, s, done } = await phoneService('werkstatt-phones-'));
});
afterEach(() => done());

async function startMode() {
  const st = await s.run('participants.start', { address: ADDR, port: 0 });
  return { st, phone: (local?: string) => new Phone(ADDR, st.port!, local) };
}
const db = () => s.workshop!.db;
const until = async (fn: () => boolean, ms = 3000) => {
  const t0 = Date.now();
  while (!fn()) {
    if (Date.now() - t0 > ms) throw new Error('timeout');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('address candidates', () => {
  test('private IPv4 first; loopback, link-local and IPv6 dropped; virtual adapters pushed down', () => {
    const r = rankAddresses([
      { name: 'lo', address: '127.0.0.1', family: 'IPv4', internal: true },
      { name: 'VirtualBox Host-Only Network', address: '192.168.56.1', family: 'IPv4', internal: false },
      { name: 'vEthernet (WSL)', address: '172.29.0.1', family: 'IPv4', internal: false },
      { name: 'WLAN', address: 'fe80::1', family: 'IPv6', internal: false },
      { name: 'Ethernet 2', address: '169.254.10.3', family: 'IPv4', internal: false },
      { name: 'LAN-Verbindung* 12', address: '192.168.137.1', family: 'IPv4', internal: false },
      { name: 'Tailscale', address: '100.101.1.2', family: 'IPv4', internal: false },
      { name: 'WLAN', address: '192.168.1.20', family: 'IPv4', internal: false },
    ]);
    expect(r.map((c) => c.address)).toEqual(['192.168.1.20', '192.168.137.1', '172.29.0.1', '192.168.56.1', '100.101.1.2']);
    expect(r[0].virtual).toBe(false);
    expect(r.slice(1).every((c) => c.virtual)).toBe(true);
  });
});

describe('word list', () => {
  test('flags insults in any case and inside compounds, leaves harmless words', () => {
    expect(flaggedWords('Die Verwaltung sind IDIOTEN!')).toEqual(['idioten']);
    expect(flaggedWords('Drecksverwaltung')).toHaveLength(1);
    expect(flaggedWords('Das Pack da oben')).toEqual(['pack']);
    expect(flaggedWords('Willkommenspaket für Neuzugezogene')).toEqual([]);
    expect(flaggedWords('Barrierefreie Angebote für Menschen mit Behinderung')).toEqual([]);
    // letters that look Latin on a projector (Cyrillic І, Greek ο)
    expect(flaggedWords('\u0406diot')).toEqual(['idiot']);
    expect(flaggedWords('Idi\u200dot Idi\u200cot')).toEqual(['idiot']);
    expect(flaggedWords('Id\u03b9\u03bft')).toEqual(['idiot']);
    expect(flaggedWords('Привет, добро пожаловать')).toEqual([]);
  });
});

describe('switching it on', () => {
  test('binds only the chosen address, upper-case join URL, QR code, self-check passes', async () => {
    const { st } = await startMode();
    expect(st.running).toBe(true);
    expect(st.address).toBe(ADDR);
    expect(st.joinUrl).toBe(`HTTP://${ADDR}:${st.port}/J/${st.code}`);
    expect(st.code).toMatch(/^[A-Z0-9]{4}$/);
    expect(st.qr!.modules).toHaveLength(st.qr!.size ** 2);
    // upper case keeps the URL pure alphanumeric: QR version 2 (25×25), not 3
    expect(st.qr!.size).toBe(25);
    expect(st.check).toMatchObject({ ok: true, detail: null });
    // not reachable on another loopback address: the server is bound to one address only
    const other = new Phone('127.0.0.3', st.port!, undefined, `${ADDR}:${st.port}`);
    await expect(other.request('GET', '/p/health')).rejects.toThrow();
  });

  test('the self-check says so when the phone page is not built', async () => {
    const empty = path.join(dir, 'no-assets');
    fs.mkdirSync(empty);
    const { ParticipantMode } = await import('./mode');
    const m = new ParticipantMode({ ctx: s.ctx, events: s.events, assetsDir: empty });
    try {
      const st = await m.start(ADDR, 0);
      expect(st.check).toMatchObject({ ok: false, detail: expect.stringContaining('nicht gebaut') });
    } finally {
      await m.stop();
    }
  });

  test('0.0.0.0 and foreign addresses are refused', async () => {
    expect(await s.call('participants.start', { address: '0.0.0.0' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await s.call('participants.start', { address: '203.0.113.7' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', key: 'participants.badAddress' },
    });
  });
});

describe('the phone surface is separate and small (security)', () => {
  test('wrong Host header → 421 (DNS rebinding)', async () => {
    const { st } = await startMode();
    const evil = new Phone(ADDR, st.port!, undefined, 'evil.example:80');
    expect((await evil.request('GET', `/J/${st.code}`)).status).toBe(421);
    expect((await evil.request('POST', '/p/api/join', { code: st.code })).status).toBe(421);
  });

  test('no facilitator route, asset or token: only the phone table', async () => {
    const { st, phone } = await startMode();
    const p = phone();
    for (const [m, u] of [
      ['GET', '/'],
      ['GET', '/index.html'],
      ['GET', '/api/events'],
      ['POST', '/api/call'],
      ['GET', '/assets/index.js'],
      ['GET', '/p/../index.html'],
      ['GET', '/p/%2e%2e/index.html'],
    ] as const) {
      const r = await p.request(m, u, m === 'POST' ? { method: 'app.status', input: {} } : undefined);
      expect(r.status, u).toBe(404);
      expect(r.body).not.toContain('token');
    }
    // the phone bundle, and only it
    const js = await p.request('GET', '/p/app.js');
    expect(js.body).toBe('/* phone page */');
    expect(js.headers['content-type']).toMatch(/^text\/javascript/);
    expect(js.headers['x-content-type-options']).toBe('nosniff');
    expect((await p.request('GET', '/p/app.js.map')).status).toBe(404);
    // the icon browsers ask for on their own: an empty answer, not a 404 in the phone's console
    const icon = await p.request('GET', '/favicon.ico');
    expect(icon.status).toBe(204);
    expect(icon.body).toBe('');
    await p.join(st.code!);
    // facilitator method names are not phone methods
    for (const name of ['workshop.open', 'app.status', 'cards.delete', 'participants.stop', 'votes.reveal']) {
      const r = await p.request('POST', `/p/api/${name}`, { key: 'abcdefgh12', id: 1 });
      expect(r.status, name).toBe(404);
    }
    expect(s.participants.running).toBe(true);
  });

  test('bodies above 4 KB refused, non-JSON refused, no CORS, OPTIONS not allowed', async () => {
    const { st, phone } = await startMode();
    const p = phone();
    await p.join(st.code!);
    const big = await p.request('POST', '/p/api/cards.add', { key: 'abcdefgh12', text: 'x'.repeat(5000) });
    expect(big.status).toBe(413);
    const form = await p.request('POST', '/p/api/cards.add', 'text=hi', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    const cross = await p.request('POST', '/p/api/profile', { sector: null }, { origin: 'http://evil.example' });
    expect(cross.status).toBe(403);
    const opt = await p.request('OPTIONS', '/p/api/cards.add', undefined, { origin: 'http://evil.example', 'access-control-request-method': 'POST' });
    expect(opt.status).toBe(405);
    expect(opt.headers['access-control-allow-origin']).toBeUndefined();
    const snap = await p.request('GET', '/p/api/snapshot', undefined, { origin: 'http://evil.example' });
    expect(snap.headers['access-control-allow-origin']).toBeUndefined();
  });

  test('without joining: nothing; a wrong code gets a clear message', async () => {
    const { phone } = await startMode();
    const p = phone();
    expect((await p.request('GET', '/p/api/snapshot')).status).toBe(401);
    const wrong = await p.join('ZZZZ');
    expect(wrong.status).toBe(403);
    expect(wrong.json.error.message).toMatch(/nicht \(mehr\) gültig/);
    const en = await p.request('POST', '/p/api/join', { code: 'ZZZZ' }, { 'x-lang': 'en' });
    expect(en.json.error.message).toMatch(/no longer\) valid/);
    // the page for any code (no oracle); the join says whether the code is right
    expect((await p.request('GET', '/J/ZZZZ')).status).toBe(200);
  });
});

describe('privacy', () => {
  test('HttpOnly SameSite=Strict cookie, not Secure; only a hash stored; links wiped when switched off', async () => {
    const { st, phone } = await startMode();
    await s.run('session.set', { phase: 'staerken' });
    const p = phone();
    const r = await p.join(st.code!, 'verwaltung');
    expect(r.status).toBe(200);
    const cookie = r.headers['set-cookie']![0];
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/);
    const token = p.cookie!.split('=')[1];
    const stored = db().prepare('SELECT token_hash FROM phone_devices').pluck().all() as string[];
    expect(stored).toHaveLength(1);
    expect(stored[0]).not.toContain(token);
    expect(stored[0]).toMatch(/^[0-9a-f]{64}$/);
    const add = await p.call('cards.add', { text: 'Gute Vernetzung der Vereine' });
    expect(add.json.value).toMatchObject({ text: 'Gute Vernetzung der Vereine', status: 'shown' });
    // nothing anywhere in the file holds an IP address
    const dump = JSON.stringify(db().prepare('SELECT * FROM phone_devices').all()) + JSON.stringify(db().prepare('SELECT * FROM cards').all());
    expect(dump).not.toContain('127.0.0');
    await s.run('participants.stop', {});
    for (const t of ['phone_devices', 'phone_items', 'phone_requests']) expect(db().prepare(`SELECT count(*) FROM ${t}`).pluck().get()).toBe(0);
    const card = db().prepare('SELECT text, origin, sector FROM cards').get();
    expect(card).toEqual({ text: 'Gute Vernetzung der Vereine', origin: 'phone', sector: 'verwaltung' });
  });

  test('a phone card sent while a big import is being written waits for it (never joins its transaction) and lands', async () => {
    const { st, phone } = await startMode();
    await s.run('session.set', { phase: 'staerken' });
    const p = phone();
    await p.join(st.code!);
    process.env.SCWK_IMPORT_INLINE = '1';
    try {
      const rows = ['befragte_person;funktion;handlungsfeld;frage_id;frage;antwort;kommentar'];
      for (let r = 0; r < 240; r++) for (let q = 0; q < 130; q++) rows.push(`B${r};;${FIELD_KEYS[q % 7]};${q + 1};Frage ${q + 1}?;ja;`);
      const input = { fileName: 'gross.csv', dataBase64: Buffer.from(rows.join('\n')).toString('base64') };
      await s.run('import.preview', input);
      const commit = s.run('import.commit', { ...input, replace: false });
      await new Promise((r) => setImmediate(r)); // the commit pauses between slices now
      const seen = p.call('cards.add', { text: 'Tandem-Programm der Hochschule' }).then((r) => {
        const ro = new Database(s.workshop!.file, { readonly: true, timeout: 0 });
        try {
          return { r, respondents: ro.prepare('SELECT count(*) FROM respondents').pluck().get() };
        } catch {
          return { r, respondents: -1 };
        } finally {
          ro.close();
        }
      });
      const [, { r, respondents }] = await Promise.all([commit, seen]);
      expect(r.json.value).toMatchObject({ text: 'Tandem-Programm der Hochschule', status: 'shown' });
      expect(respondents).toBe(240);
    } finally {
      delete process.env.SCWK_IMPORT_INLINE;
    }
  });

  test('"Speichern unter" during a session ends it, and neither file keeps a device link', async () => {
    const { st, phone } = await startMode();
    await s.run('session.set', { phase: 'staerken' });
    const p = phone();
    await p.join(st.code!);
    await p.call('cards.add', { text: 'Offene Sprechstunde' });
    const old = s.workshop!.file;
    const copy = path.join(dir, 'kopie.werkstatt');
    await s.run('workshop.saveAs', { file: copy });
    expect(s.participants.running).toBe(false);
    for (const f of [old, copy]) {
      const Database = (await import('better-sqlite3')).default;
      const d = new Database(f, { readonly: true });
      for (const t of ['phone_devices', 'phone_items', 'phone_requests']) expect(d.prepare(`SELECT count(*) FROM ${t}`).pluck().get(), `${f} ${t}`).toBe(0);
      expect(d.prepare("SELECT count(*) FROM cards WHERE origin = 'phone'").pluck().get()).toBe(1);
      d.close();
    }
  });

  test('a phone edits and withdraws only its own cards', async () => {
    const { st, phone } = await startMode();
    await s.run('session.set', { phase: 'staerken' });
    const a = phone();
    const b = phone();
    await a.join(st.code!);
    await b.join(st.code!);
    const id = (await a.call('cards.add', { text: 'Sprachkurse' })).json.value.id;
    expect((await b.call('cards.update', { id, text: 'Übernommen' })).status).toBe(404);
    expect((await b.call('cards.withdraw', { id })).status).toBe(404);
    expect((await a.call('cards.update', { id, text: 'Sprachkurse für alle' })).json.value.text).toBe('Sprachkurse für alle');
    expect((await a.call('cards.withdraw', { id })).json.value).toEqual({ ok: true });
    expect(db().prepare('SELECT count(*) FROM cards').pluck().get()).toBe(0);
  });
});

describe('what a participant can do', () => {
  test('cards land on the board, clustered; a retried request is applied once; facilitator sees origin', async () => {
    const { st, phone } = await startMode();
    await s.run('session.set', { phase: 'staerken' });
    const p = phone();
    await p.join(st.code!, 'zivilgesellschaft');
    const key = 'retry-key-0001';
    const [r1, r2] = await Promise.all([
      p.call('cards.add', { text: 'Ehrenamtliche Lotsen' }, { key }),
      p.call('cards.add', { text: 'Ehrenamtliche Lotsen' }, { key }),
    ]);
    const r3 = await p.call('cards.add', { text: 'Ehrenamtliche Lotsen' }, { key });
    expect(r1.json.value.id).toBe(r2.json.value.id);
    expect(r3.json.value.id).toBe(r1.json.value.id);
    await p.call('cards.add', { text: 'Lotsenprojekt im Ehrenamt' }, { dropFirst: true });
    const board = await s.run('cards.list', {});
    expect(board.cards.map((c) => c.text).sort()).toEqual(['Ehrenamtliche Lotsen', 'Lotsenprojekt im Ehrenamt']);
    expect(board.cards.every((c) => c.origin === 'phone' && c.sector === 'zivilgesellschaft')).toBe(true);
    await until(() => (s.workshop!.db.prepare('SELECT count(*) FROM cards WHERE cluster_id IS NULL').pluck().get() as number) === 0);
  });

  test('the sector chosen on the phone is kept: the profile write carries a client key like every write', async () => {
    const { st, phone } = await startMode();
    await s.run('session.set', { phase: 'staerken' });
    const p = phone();
    await p.join(st.code!);
    const r = await p.call('profile', { sector: 'wirtschaft' });
    expect(r.status).toBe(200);
    expect(r.json.value).toEqual({ sector: 'wirtschaft' });
    await p.call('cards.add', { text: 'Ausbildungsmesse' });
    expect((await s.run('cards.list', {})).cards[0].sector).toBe('wirtschaft');
  });

  test('a phase opened before switching on is open right away', async () => {
    await s.run('session.set', { phase: 'staerken' });
    const { st, phone } = await startMode();
    const p = phone();
    const j = await p.join(st.code!);
    expect(j.json.value.state).toMatchObject({ open: true, activity: 'cards' });
    expect((await p.call('cards.add', { text: 'Gleich offen' })).status).toBe(200);
  });

  test('only in the open phase; paused means look, not send', async () => {
    const { st, phone } = await startMode();
    const p = phone();
    await p.join(st.code!);
    const closed = await p.call('cards.add', { text: 'Zu früh' });
    expect(closed.status).toBe(409);
    expect(closed.json.error.message).toMatch(/nichts zum Mitmachen/);
    await s.run('session.set', { phase: 'schritte' });
    expect((await p.call('cards.add', { text: 'Falsche Phase' })).status).toBe(409);
    expect((await p.call('ideas.add', { text: 'Begegnungscafé starten' })).status).toBe(200);
    await s.run('participants.configure', { paused: true });
    expect((await p.call('ideas.add', { text: 'Noch einer' })).status).toBe(409);
  });

  test('word list flags for review (hidden, never dropped); review-before-show holds phone cards back', async () => {
    const { st, phone } = await startMode();
    await s.run('session.set', { phase: 'staerken' });
    const p = phone();
    await p.join(st.code!);
    const bad = (await p.call('cards.add', { text: 'Die im Rathaus sind Idioten' })).json.value;
    expect(bad.status).toBe('review');
    expect(db().prepare('SELECT hidden, moderation FROM cards WHERE id = ?').get(bad.id)).toEqual({ hidden: 1, moderation: 'flagged' });
    await s.run('participants.configure', { review: true });
    const pending = (await p.call('cards.add', { text: 'Offene Sprechstunde' })).json.value;
    expect(db().prepare('SELECT hidden, moderation FROM cards WHERE id = ?').get(pending.id)).toEqual({ hidden: 1, moderation: 'pending' });
    expect((await s.run('participants.status', {})).waiting).toBe(2);
    const snap = (await p.request('GET', '/p/api/snapshot')).json.value;
    expect(snap.cards).toEqual([]);
    expect(snap.me.cards.map((c: { status: string }) => c.status)).toEqual(['review', 'review']);
    await s.run('participants.approve', { kind: 'card', id: pending.id });
    await until(() => s.participants.snapshot(s.participants.deviceFor(p.cookie!.split('=')[1])!).cards.length === 1);
  });

  test('dots: budget enforced in one transaction, changeable until the reveal, totals only after it', async () => {
    const { st, phone } = await startMode();
    const i1 = await s.run('ideas.add', { text: 'Willkommensmappe' });
    const i2 = await s.run('ideas.add', { text: 'Sprachcafé' });
    await s.run('votes.configure', { dotsPerPerson: 3, allowMultiple: true });
    await s.run('session.set', { phase: 'priorisierung' });
    const a = phone();
    const b = phone();
    await a.join(st.code!);
    await b.join(st.code!);
    // 5 parallel attempts to put 1 dot each on two steps: never more than 3 in total
    const tries = await Promise.all([1, 2, 3, 4, 5].map((n) => a.call('dots.set', { ideaId: n % 2 ? i1.id : i2.id, count: Math.ceil(n / 2) })));
    const used = (await a.request('GET', '/p/api/snapshot')).json.value.me.dots;
    expect(Object.values(used).reduce((x: number, y) => x + (y as number), 0)).toBeLessThanOrEqual(3);
    expect(tries.some((t) => t.status === 422)).toBe(true);
    const over = await a.call('dots.set', { ideaId: i1.id, count: 4 });
    expect(over.status).toBe(422);
    expect(over.json.error.message).toMatch(/von 3 Punkten/);
    await a.call('dots.set', { ideaId: i1.id, count: 0 });
    await a.call('dots.set', { ideaId: i2.id, count: 0 });
    expect((await a.call('dots.set', { ideaId: i1.id, count: 2 })).json.value).toEqual({ dots: { [i1.id]: 2 }, used: 2 });
    await b.call('dots.set', { ideaId: i2.id, count: 1 });
    // before the reveal: no totals for any phone
    const before = (await b.request('GET', '/p/api/snapshot')).json.value;
    expect(before.state.result).toBeNull();
    expect(JSON.stringify(before)).not.toMatch(/"dots":2/);
    await s.run('votes.configure', { allowMultiple: false }).catch(() => undefined);
    await s.run('votes.reveal', { revealed: true });
    await until(() => s.participants.snapshot(s.participants.deviceFor(b.cookie!.split('=')[1])!).state.result !== null);
    const after = (await b.request('GET', '/p/api/snapshot')).json.value;
    expect(after.state.activity).toBe('result');
    expect(after.state.result.find((r: { id: number }) => r.id === i1.id).dots).toBe(2);
    expect((await a.call('dots.set', { ideaId: i1.id, count: 1 })).status).toBe(409);
  });

  test('one dot per step when the facilitator says so', async () => {
    const { st, phone } = await startMode();
    const i1 = await s.run('ideas.add', { text: 'Willkommensmappe' });
    await s.run('votes.configure', { allowMultiple: false });
    await s.run('session.set', { phase: 'priorisierung' });
    const a = phone();
    await a.join(st.code!);
    expect((await a.call('dots.set', { ideaId: i1.id, count: 2 })).status).toBe(422);
    expect((await a.call('dots.set', { ideaId: i1.id, count: 1 })).status).toBe(200);
  });
});

describe('flaky Wi-Fi', () => {
  test('events carry ids; a dropped stream resumes from Last-Event-ID without gaps', async () => {
    const { st, phone } = await startMode();
    await s.run('session.set', { phase: 'staerken' });
    const writer = phone();
    const reader = phone('127.0.0.9');
    await writer.join(st.code!);
    await reader.join(st.code!);
    const seen = new Set<number>();
    const onEv = (ev: PhoneEvent) => {
      for (const op of ev.ops) if (op.t === 'card') seen.add(op.card.id);
    };
    let opened = false;
    reader.listen(onEv, () => (opened = true));
    await until(() => opened);
    await writer.call('cards.add', { text: 'Karte eins' });
    await until(() => seen.size === 1);
    reader.drop();
    await writer.call('cards.add', { text: 'Karte zwei' });
    await writer.call('cards.add', { text: 'Karte drei' });
    reader.listen(onEv);
    await until(() => seen.size === 3);
  });

  test('what the facilitator does reaches phones: hide, edit, a new typed card, the phase', async () => {
    const { st, phone } = await startMode();
    await s.run('session.set', { phase: 'staerken' });
    const p = phone();
    await p.join(st.code!);
    const ops: PhoneEvent['ops'] = [];
    let opened = false;
    p.listen(
      (ev) => ops.push(...ev.ops),
      () => (opened = true),
    );
    await until(() => opened);
    const id = (await p.call('cards.add', { text: 'Offener Treff' })).json.value.id;
    await until(() => ops.some((o) => o.t === 'card' && o.card.id === id));
    await s.run('cards.update', { id, text: 'Offener Treff im Quartier' });
    await until(() => ops.some((o) => o.t === 'card' && o.card.text === 'Offener Treff im Quartier'));
    await s.run('cards.update', { id, hidden: true });
    await until(() => ops.some((o) => o.t === 'card-' && o.id === id));
    const typed = await s.run('cards.add', { text: 'Vom Laptop getippt' });
    await until(() => ops.some((o) => o.t === 'card' && o.card.id === typed.id));
    await s.run('session.set', { phase: 'schritte' });
    await until(() => ops.some((o) => o.t === 'state' && o.state.activity === 'ideas'));
    // the phone's own view of its hidden card
    const snap = (await p.request('GET', '/p/api/snapshot')).json.value;
    expect(snap.me.cards).toEqual([{ id, text: 'Offener Treff im Quartier', field: null, status: 'hidden' }]);
    expect(snap.cards.map((c: { id: number }) => c.id)).toEqual([typed.id]);
  });

  test('a too old or foreign Last-Event-ID gets a reset (fetch the snapshot)', async () => {
    const { st, phone } = await startMode();
    const p = phone();
    await p.join(st.code!);
    p.lastId = 99999;
    let got: PhoneEvent | null = null;
    p.listen((ev) => (got = ev));
    await until(() => got !== null);
    expect(got!.ops).toEqual([{ t: 'reset' }]);
  });

  test('per-device rate limit answers 429 after a generous burst', async () => {
    const { st, phone } = await startMode();
    await s.run('session.set', { phase: 'staerken' });
    const p = phone();
    await p.join(st.code!);
    const codes: number[] = [];
    for (let i = 0; i < 45; i++) codes.push((await p.request('POST', '/p/api/profile', { sector: null })).status);
    expect(codes.slice(0, 40).every((c) => c === 200)).toBe(true);
    expect(codes.at(-1)).toBe(429);
  });
});

describe('join code and switching off', () => {
  test('a renewed code stops old links; phones already in stay in; off ends every session', async () => {
    const { st, phone } = await startMode();
    const a = phone();
    await a.join(st.code!);
    const renewed = await s.run('participants.renewCode', {});
    expect(renewed.code).not.toBe(st.code);
    const late = phone();
    expect((await late.join(st.code!)).status).toBe(403);
    expect((await a.request('GET', '/p/api/snapshot')).status).toBe(200);
    expect((await late.join(renewed.code!)).status).toBe(200);
    expect((await s.run('participants.status', {})).devices).toBe(2);
    let off = false;
    a.listen((ev) => {
      if (ev.ops.some((o) => o.t === 'off')) off = true;
    });
    await until(() => s.participants.clients.size === 1);
    await s.run('participants.stop', {});
    await until(() => off);
    await expect(a.request('GET', '/p/api/snapshot')).rejects.toThrow();
  });
});
