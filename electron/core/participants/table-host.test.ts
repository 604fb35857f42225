import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import path from 'node:path';
import Database from 'better-sqlite3';
import { WorkshopService } from '../service';
import { METHODS } from '../../../shared/api';
import { PHONE_METHODS, type PhoneEvent } from '../../../shared/participants/contract';
import { migrate } from '../db/migrations';
import { Phone } from '../../../tests/fixtures/phone-client';
import { phoneAgenda } from './mode';
import { phoneService } from '../../../tests/fixtures/phone-service';

// Issue #13: the "Tisch" role (a table host captures its table's cards on its own device, with
// the table's own code) and the agenda timer on phones. Real SQLite files, the real phone server.

let dir: string;
let s: WorkshopService;
const ADDR = '127.0.0.2';

let done: () => Promise<void>;
beforeEach(async () => {
  ({ dir, s, done } = await phoneService('werkstatt-table-host-'));
});
afterEach(() => done());

const db = () => s.workshop!.db;
const until = async (fn: () => boolean, ms = 3000) => {
  const t0 = Date.now();
  while (!fn()) {
    if (Date.now() - t0 > ms) throw new Error('timeout');
    await new Promise((r) => setTimeout(r, 10));
  }
};
const cardRow = (id: number) => db().prepare('SELECT id, text, field, hidden, table_id, moderation FROM cards WHERE id = ?').get(id);

/** Two tables, the mode on, Stärken open; a host phone for table A. */
async function setup() {
  const a = await s.run('tables.add', { name: 'Tisch Zugang', field: 'zugang' });
  const b = await s.run('tables.add', { name: 'Tisch Arbeit', field: 'arbeit' });
  const st = await s.run('participants.start', { address: ADDR, port: 0 });
  await s.run('session.set', { phase: 'staerken' });
  const codeOf = (id: number) => st.tables.find((t) => t.id === id)!.code;
  const phone = (local?: string) => new Phone(ADDR, st.port!, local);
  const host = phone();
  const r = await host.join(codeOf(a.id));
  expect(r.status).toBe(200);
  return { a, b, st, codeOf, phone, host, snap: r.json.value };
}

describe('table codes (facilitator side)', () => {
  test('every table gets its own code and join URL while the mode runs; all codes differ', async () => {
    const { a, b, st } = await setup();
    expect(st.tables.map((t) => t.name)).toEqual(['Tisch Zugang', 'Tisch Arbeit']);
    const codes = [st.code, ...st.tables.map((t) => t.code)];
    expect(new Set(codes).size).toBe(3);
    for (const t of st.tables) {
      expect(t.joinUrl).toBe(`HTTP://${ADDR}:${st.port}/J/${t.code}`);
      expect(t.qr.size).toBeGreaterThan(20);
    }
    // a table added while the mode runs gets a code too
    const c = await s.run('tables.add', { name: 'Tisch Drei' });
    const now = await s.run('participants.status', {});
    expect(now.tables.map((t) => t.id)).toEqual([a.id, b.id, c.id]);
    expect(now.tables.find((t) => t.id === a.id)!.devices).toBe(1);
    // off: no codes
    expect((await s.run('participants.stop', {})).tables).toEqual([]);
  });
});

describe('the table host', () => {
  test('joins as the table host; its card carries the table (and the table’s field by default)', async () => {
    const { a, host, snap } = await setup();
    expect(snap.me.role).toBe('table');
    expect(snap.me.table).toEqual({ id: a.id, name: 'Tisch Zugang', field: 'zugang' });
    const r = await host.call('cards.add', { text: 'Lotsen begleiten zu Ämtern' });
    expect(r.status).toBe(200);
    expect(cardRow(r.json.value.id)).toMatchObject({ text: 'Lotsen begleiten zu Ämtern', table_id: a.id, field: 'zugang' });
    const other = await host.call('cards.add', { text: 'Mehrsprachige Formulare', field: null });
    expect(cardRow(other.json.value.id)).toMatchObject({ table_id: a.id, field: null });
    expect(db().prepare('SELECT role, table_id FROM phone_devices').all()).toEqual([{ role: 'table', table_id: a.id }]);
    expect((await s.run('tables.list', {})).find((t) => t.id === a.id)!.cards).toBe(2);
  });

  test('edits and withdraws every card of its table, also typed ones; another table’s card: refused, nothing changed', async () => {
    const { a, b, host } = await setup();
    const typedA = await s.run('cards.add', { text: 'Vom Laptop für Tisch A' });
    db().prepare('UPDATE cards SET table_id = ? WHERE id = ?').run(a.id, typedA.id);
    const typedB = await s.run('cards.add', { text: 'Vom Laptop für Tisch B' });
    db().prepare('UPDATE cards SET table_id = ? WHERE id = ?').run(b.id, typedB.id);
    const loose = await s.run('cards.add', { text: 'Ohne Tisch' });
    // B's host writes a card for B
    const st = await s.run('participants.status', {});
    const hostB = new Phone(ADDR, st.port!);
    await hostB.join(st.tables.find((t) => t.id === b.id)!.code);
    const fromB = (await hostB.call('cards.add', { text: 'Von Tisch B' })).json.value.id as number;

    // its list: the cards of its table, typed ones included
    const snap = (await host.request('GET', '/p/api/snapshot')).json.value;
    expect(snap.me.cards.map((c: { text: string }) => c.text)).toEqual(['Vom Laptop für Tisch A']);

    for (const id of [typedB.id, loose.id, fromB, 99999]) {
      const before = cardRow(id);
      const up = await host.call('cards.update', { id, text: 'Übernommen' });
      expect(up.status, String(id)).toBe(403);
      expect(up.json.error.message).toMatch(/nicht zu Ihrem Tisch/);
      const wd = await host.call('cards.withdraw', { id });
      expect(wd.status).toBe(403);
      expect(cardRow(id)).toEqual(before);
    }
    // its own table's typed card: yes
    expect((await host.call('cards.update', { id: typedA.id, text: 'Geändert am Tisch' })).json.value.text).toBe('Geändert am Tisch');
    expect(cardRow(typedA.id)).toMatchObject({ text: 'Geändert am Tisch', table_id: a.id });
    expect((await host.call('cards.withdraw', { id: typedA.id })).json.value).toEqual({ ok: true });
    expect(cardRow(typedA.id)).toBeUndefined();
    // B's host cannot touch A's cards either
    const fromA = (await host.call('cards.add', { text: 'Von Tisch A' })).json.value.id as number;
    expect((await hostB.call('cards.withdraw', { id: fromA })).status).toBe(403);
    expect(cardRow(fromA)).toMatchObject({ text: 'Von Tisch A' });
  });

  test('no next steps, no dots, no one else’s ideas', async () => {
    const { host } = await setup();
    const idea = await s.run('ideas.add', { text: 'Willkommensmappe' });
    await s.run('session.set', { phase: 'schritte' });
    for (const [m, input] of [
      ['ideas.add', { text: 'Vom Tisch' }],
      ['ideas.update', { id: idea.id, text: 'Übernommen' }],
      ['ideas.withdraw', { id: idea.id }],
    ] as const) {
      const r = await host.call(m, input);
      expect(r.status, m).toBe(403);
      expect(r.json.error.message).toMatch(/nur die Karten dieses Tisches/);
    }
    await s.run('session.set', { phase: 'priorisierung' });
    expect((await host.call('dots.set', { ideaId: idea.id, count: 1 })).status).toBe(403);
    expect(db().prepare('SELECT text FROM ideas').pluck().all()).toEqual(['Willkommensmappe']);
    expect(db().prepare('SELECT count(*) FROM votes').pluck().get()).toBe(0);
  });

  test('cannot reach any facilitator method: none of them is a route on the phone server', async () => {
    const { host } = await setup();
    const before = JSON.stringify(db().prepare('SELECT * FROM cards').all());
    const phoneOnly = new Set<string>(PHONE_METHODS);
    const facilitator = METHODS.filter((m) => !phoneOnly.has(m));
    expect(facilitator.length).toBeGreaterThan(50);
    for (const m of facilitator) {
      const r = await host.request('POST', `/p/api/${m}`, { key: 'abcdefgh12', id: 1, text: 'x', tableId: 1 });
      expect(r.status, m).toBe(404);
    }
    // the facilitator API's own paths do not exist here, with or without the cookie
    for (const [m, u] of [
      ['POST', '/api/call'],
      ['GET', '/api/events'],
      ['POST', '/p/api/../../api/call'],
      ['POST', '/p/api/call'],
    ] as const) {
      const r = await host.request(m, u, m === 'POST' ? { method: 'tables.delete', input: { id: 1 } } : undefined);
      expect(r.status, u).toBe(404);
    }
    expect(JSON.stringify(db().prepare('SELECT * FROM cards').all())).toBe(before);
    expect((await s.run('tables.list', {})).length).toBe(2);
    expect(s.participants.running).toBe(true);
  });

  test('a wrong or renewed table code: clear message; the old host is signed out, others stay', async () => {
    const { a, b, st, codeOf, phone, host } = await setup();
    const wrong = phone();
    const w = await wrong.join('ZZZZ');
    expect(w.status).toBe(403);
    expect(w.json.error.message).toMatch(/nicht \(mehr\) gültig/);
    const guest = phone();
    await guest.join(st.code!);
    const hostB = phone();
    await hostB.join(codeOf(b.id));
    let revoked = false;
    host.listen((ev: PhoneEvent) => {
      if (ev.ops.some((o) => o.t === 'reset')) revoked = true;
    });
    await until(() => [...s.participants.clients].length === 1);

    const renewed = await s.run('participants.renewTableCode', { tableId: a.id });
    const newCode = renewed.tables.find((t) => t.id === a.id)!.code;
    expect(newCode).not.toBe(codeOf(a.id));
    expect(renewed.tables.find((t) => t.id === b.id)!.code).toBe(codeOf(b.id));
    expect(renewed.tables.find((t) => t.id === a.id)!.devices).toBe(0);
    await until(() => revoked);
    // the old host is out: no snapshot, no writes, and its old link says so
    expect((await host.request('GET', '/p/api/snapshot')).status).toBe(401);
    expect((await host.call('cards.add', { text: 'Zu spät' })).status).toBe(401);
    const again = await host.join(codeOf(a.id));
    expect(again.status).toBe(403);
    expect(again.json.error.message).toMatch(/nicht \(mehr\) gültig/);
    expect((await host.request('POST', '/p/api/join', { code: codeOf(a.id) }, { 'x-lang': 'en' })).json.error.message).toMatch(/no longer\) valid/);
    // the room code and the other table are untouched
    expect((await guest.request('GET', '/p/api/snapshot')).status).toBe(200);
    expect((await hostB.call('cards.add', { text: 'Tisch B schreibt weiter' })).status).toBe(200);
    // the new code works
    const fresh = phone();
    expect((await fresh.join(newCode)).json.value.me.table.id).toBe(a.id);
    await expect(s.run('participants.renewTableCode', { tableId: 9999 })).rejects.toThrow();
    expect(db().prepare('SELECT count(*) FROM cards WHERE text = ?').pluck().get('Zu spät')).toBe(0);
  });

  test('one browser, one role: the room link after the table link makes a participant again (and back)', async () => {
    const { a, st, codeOf, host } = await setup();
    const asGuest = await host.join(st.code!);
    expect(asGuest.json.value.me).toMatchObject({ role: 'participant', table: null });
    expect((await s.run('participants.status', {})).tables.find((t) => t.id === a.id)!.devices).toBe(0);
    expect((await host.call('cards.add', { text: 'Als Gast' })).status).toBe(200);
    expect(db().prepare('SELECT table_id FROM cards WHERE text = ?').pluck().get('Als Gast')).toBeNull();
    const asHost = await host.join(codeOf(a.id));
    expect(asHost.json.value.me.role).toBe('table');
    // the same table link again keeps the session (a reload)
    const cookie = host.cookie;
    await host.join(codeOf(a.id));
    expect(host.cookie).toBe(cookie);
  });

  test('a removed table signs its host out; switching off wipes every device (role and table too)', async () => {
    const { a, host } = await setup();
    await host.call('cards.add', { text: 'Karte vom Tisch' });
    await s.run('tables.delete', { id: a.id });
    await until(() => !s.participants.status().tables.some((t) => t.id === a.id));
    expect((await host.request('GET', '/p/api/snapshot')).status).toBe(401);
    expect(db().prepare("SELECT count(*) FROM phone_devices WHERE role = 'table'").pluck().get()).toBe(0);
    expect(db().prepare('SELECT table_id FROM cards WHERE text = ?').pluck().get('Karte vom Tisch')).toBeNull();
    await s.run('participants.stop', {});
    for (const t of ['phone_devices', 'phone_items', 'phone_requests']) expect(db().prepare(`SELECT count(*) FROM ${t}`).pluck().get()).toBe(0);
  });

  test('its list follows the facilitator: a typed card for its table announces the table (an id, no text)', async () => {
    const { a, b, host } = await setup();
    const ops: PhoneEvent['ops'] = [];
    let opened = false;
    host.listen(
      (ev) => ops.push(...ev.ops),
      () => (opened = true),
    );
    await until(() => opened);
    const typed = await s.run('cards.add', { text: 'Nachgetragen' });
    await s.run('cards.update', { id: typed.id, hidden: true });
    db().prepare('UPDATE cards SET table_id = ? WHERE id = ?').run(a.id, typed.id);
    await s.run('tables.update', { id: b.id, name: 'Tisch Arbeit und Ausbildung' }); // a change event
    await until(() => ops.some((o) => o.t === 'table' && o.id === a.id));
    expect(JSON.stringify(ops)).not.toContain('Nachgetragen'); // hidden: never broadcast
    const snap = (await host.request('GET', '/p/api/snapshot')).json.value;
    expect(snap.me.cards).toEqual([{ id: typed.id, text: 'Nachgetragen', field: null, status: 'hidden' }]);
  });
});

describe('the timer on phones', () => {
  test('snapshot and events carry the running item, its end on the laptop’s clock, the pause, and serverNow', async () => {
    const st = await s.run('participants.start', { address: ADDR, port: 0 });
    const p = new Phone(ADDR, st.port!);
    const first = (await p.join(st.code!)).json.value;
    expect(first.state.agenda).toBeNull();
    expect(Math.abs(first.serverNow - Date.now())).toBeLessThan(2000);
    const ops: PhoneEvent['ops'] = [];
    let opened = false;
    p.listen(
      (ev) => ops.push(...ev.ops),
      () => (opened = true),
    );
    await until(() => opened);
    const item = await s.run('agenda.add', { title: 'Stärken sammeln', minutes: 20 });
    const started = await s.run('agenda.start', { id: item.id });
    const startedAt = started.items.find((i) => i.id === item.id)!.startedAt!;
    await until(() => ops.some((o) => o.t === 'state' && o.state.agenda?.title === 'Stärken sammeln'));
    const snap = (await p.request('GET', '/p/api/snapshot')).json.value;
    expect(snap.state.agenda).toEqual({ title: 'Stärken sammeln', kind: 'item', endsAt: startedAt + 20 * 60_000, remainingMs: null, plannedMs: 20 * 60_000 });
    // +5 min reaches phones
    await s.run('agenda.extend', { minutes: 5 });
    await until(() => ops.some((o) => o.t === 'state' && o.state.agenda?.endsAt === startedAt + 25 * 60_000));
    // paused: the time left is frozen, no end
    await s.run('agenda.pause', { paused: true });
    await until(() => ops.some((o) => o.t === 'state' && o.state.agenda?.endsAt === null));
    const paused = (await p.request('GET', '/p/api/snapshot')).json.value.state.agenda;
    expect(paused.remainingMs).toBeGreaterThan(24 * 60_000);
    expect(paused.remainingMs).toBeLessThanOrEqual(25 * 60_000);
    // finished: nothing running
    await s.run('agenda.finish', {});
    await until(() => ops.some((o) => o.t === 'state' && o.state.agenda === null));
  });

  test('phoneAgenda: a pause item, an item over its time, and an ended one', () => {
    const base = { id: 1, position: 1, minutes: 15, phase: null, note: null, extraMinutes: 0, pausedMs: 0, pausedAt: null, endedAt: null };
    const agenda = (it: object) => ({
      startTime: null,
      currentId: 1,
      serverNow: 0,
      items: [{ ...base, title: 'Kaffee', kind: 'pause' as const, startedAt: 1000, ...it }],
    });
    expect(phoneAgenda(agenda({}))).toEqual({ title: 'Kaffee', kind: 'pause', endsAt: 1000 + 15 * 60_000, remainingMs: null, plannedMs: 15 * 60_000 });
    // paused 2 minutes earlier and resumed: the end moves by the pause
    expect(phoneAgenda(agenda({ pausedMs: 120_000 }))!.endsAt).toBe(1000 + 17 * 60_000);
    // paused 20 minutes after its start: 5 minutes over, frozen
    expect(phoneAgenda(agenda({ pausedAt: 1000 + 20 * 60_000 }))!.remainingMs).toBe(-5 * 60_000);
    expect(phoneAgenda(agenda({ endedAt: 5000 }))).toBeNull();
    expect(phoneAgenda({ ...agenda({}), currentId: null })).toBeNull();
  });
});

describe('migration 5', () => {
  test('a version-4 file gains role and table on its device rows; the role and the table go together', () => {
    const f = path.join(dir, 'v4.werkstatt');
    const d = new Database(f);
    d.pragma('foreign_keys = ON');
    migrate(d, 4);
    d.prepare("INSERT INTO phone_devices(token_hash, created_at) VALUES ('h1', 'now')").run();
    expect(migrate(d, 5)).toEqual([5]);
    expect(d.prepare('SELECT role, table_id FROM phone_devices').get()).toEqual({ role: 'participant', table_id: null });
    d.prepare("INSERT INTO workshop_tables(position, name) VALUES (1, 'T')").run();
    expect(() => d.prepare("INSERT INTO phone_devices(token_hash, created_at, role) VALUES ('h2', 'now', 'table')").run()).toThrow(/CHECK/);
    expect(() => d.prepare("INSERT INTO phone_devices(token_hash, created_at, role, table_id) VALUES ('h3', 'now', 'participant', 1)").run()).toThrow(/CHECK/);
    expect(() => d.prepare("INSERT INTO phone_devices(token_hash, created_at, role, table_id) VALUES ('h4', 'now', 'table', 99)").run()).toThrow(/FOREIGN KEY/);
    d.prepare("INSERT INTO phone_devices(token_hash, created_at, role, table_id) VALUES ('h5', 'now', 'table', 1)").run();
    d.prepare('DELETE FROM workshop_tables').run();
    expect(d.prepare('SELECT token_hash FROM phone_devices').pluck().all()).toEqual(['h1']);
    d.close();
  });
});
