import net from 'node:net';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DEFAULT_ALLOWED, mutations, runHostile, sendRaw } from '../http/fuzz';
import { MAX_COUNT, PHONE_LIMITS } from '../../../shared/domain/limits';
import { TABLE_CODE_LENGTH } from '../../../shared/participants/contract';
import { Phone } from '../../../tests/fixtures/phone-client';
import { phoneService } from '../../../tests/fixtures/phone-service';
import type { WorkshopService } from '../service';

// Attacks found by an outside pass over the phone server (one request that ended the process,
// guessing table codes, a socket flood, phones past the workshop's limits, edits while paused or
// after the vote). Each test first shows the attack, then that the laptop still works.

const ADDR = '127.0.0.2';
let s: WorkshopService;
let done: () => Promise<void>;
beforeEach(async () => {
  ({ s, done } = await phoneService('werkstatt-phone-hostile-'));
});
afterEach(() => done());

async function startMode() {
  const st = await s.run('participants.start', { address: ADDR, port: 0 });
  return { st, phone: (local?: string) => new Phone(ADDR, st.port!, local) };
}
const count = (table: 'cards' | 'ideas') => s.workshop!.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('the phone server survives what anyone on the Wi-Fi can send', () => {
  test('targets URL parsing cannot read (`///`, `//[`, `//%` …) get 400 and the server keeps answering', async () => {
    const { st, phone } = await startMode();
    const host = `${ADDR}:${st.port}`;
    for (const target of ['///', '//[', '//%', '//@', '//:x', '/\\[', '//a:99999', '/%ff', '/j/%00']) {
      const r = await sendRaw(ADDR, st.port!, Buffer.from(`GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`));
      expect(r.status, target).toBeGreaterThanOrEqual(400);
      expect(r.status, target).toBeLessThan(500);
    }
    // a request line Node's parser refuses is answered too (clientError), not just dropped
    const bad = await sendRaw(ADDR, st.port!, Buffer.from(`GET / HTTP/1.1\r\nHost: ${host}\r\nBad Header\r\n\r\n`));
    expect(bad.status).toBe(400);
    expect((await phone().request('GET', '/p/health')).status).toBe(200);
  });

  test('200 generated hostile requests on the phone paths (fixed seed): answered or closed, never crashed, hung or 5xx', async () => {
    const { st, phone } = await startMode();
    const paths = ['/', '//', '/j/ABCD', `/j/${st.code}`, '/p/health', '/p/app.js', '/p/api/join', '/p/api/cards.add', '/p/api/snapshot', '/p/api/events'];
    const cases = mutations(29, 200, { maxBody: 4096, paths });
    const r = await runHostile(ADDR, st.port!, cases, { timeoutMs: 12_000, allowed: [...DEFAULT_ALLOWED, 415, 421, 429] });
    const bad = r.results.filter((x) => x.unexpected || x.crashed || x.outcome === 'hung').map((x) => `${x.name}: ${x.outcome} ${x.status ?? ''}`);
    expect(bad).toEqual([]);
    expect(r.crashed + r.hung + r.serverErrors).toBe(0);
    expect((await phone().request('GET', '/p/health')).status).toBe(200);
  }, 120_000);

  test('join codes cannot be listed: GET gives no answer about a code, wrong codes by POST are limited, table codes are longer', async () => {
    await s.run('tables.add', { name: 'Tisch 1', field: null, topic: null, host: null });
    const { st, phone } = await startMode();
    const table = (await s.run('participants.status', {})).tables[0];
    expect(table.code).toHaveLength(TABLE_CODE_LENGTH);
    expect(table.code).toMatch(/^[A-Z0-9]+$/);
    const guesser = phone('127.0.0.9');
    // the page is served for any code: the status says nothing
    expect((await guesser.request('GET', '/j/WRONG1')).status).toBe(200);
    expect((await guesser.request('GET', `/j/${table.code}`)).status).toBe(200);
    const answers: number[] = [];
    for (let i = 0; i < 25; i++) answers.push((await guesser.join(`WRONG${i}`)).status);
    expect(answers.slice(0, 20).every((a) => a === 403)).toBe(true);
    expect(answers.at(-1)).toBe(429);
    // once refused, a right code tells the guesser nothing either (same 429)
    expect((await guesser.join(table.code)).status).toBe(429);
    // right codes cost no try: phones behind one router keep their 20 tries for typos
    // (new devices per address are limited on their own: 20, then one a second)
    for (let i = 0; i < 15; i++) expect((await phone('127.0.0.10').join(st.code!)).status, `phone ${i}`).toBe(200);
    const typo = phone('127.0.0.10');
    for (let i = 0; i < 19; i++) expect((await typo.join(`TYPO${i}`)).status).toBe(403);
    expect((await typo.join(st.code!)).status).toBe(200);
  });

  test('one address cannot hold every connection: beyond 64 its sockets are closed, other phones get in', async () => {
    const { st, phone } = await startMode();
    const socks: net.Socket[] = [];
    const closed: boolean[] = [];
    try {
      for (let i = 0; i < 80; i++) {
        const k = net.connect({ host: ADDR, port: st.port!, localAddress: '127.0.0.11' });
        k.on('error', () => undefined);
        const at = i;
        closed[at] = false;
        k.on('close', () => (closed[at] = true));
        socks.push(k);
        await new Promise<void>((r) => k.once('connect', () => r()).once('close', () => r()));
      }
      await new Promise((r) => setTimeout(r, 300));
      expect(closed.filter(Boolean).length).toBe(16);
      expect((await phone('127.0.0.12').request('GET', '/p/health')).status).toBe(200);
    } finally {
      for (const k of socks) k.destroy();
    }
  });
});

describe('phones stay within the workshop', () => {
  test('one device sends at most its share of cards; a full wall for phones leaves the facilitator room', async () => {
    const { st, phone } = await startMode();
    await s.run('session.set', { phase: 'staerken' });
    const p = phone('127.0.0.20');
    await p.join(st.code!);
    const db = s.workshop!.db;
    // fill most of the device's share directly (the rate limit would make 100 writes slow)
    const dev = db.prepare('SELECT id FROM phone_devices').pluck().get() as number;
    const add = db.prepare("INSERT INTO cards(text, position, created_at, origin) VALUES (?, 0, '2026-11-24', 'phone')");
    const link = db.prepare("INSERT INTO phone_items(device_id, kind, item_id) VALUES (?, 'card', ?)");
    for (let i = 0; i < PHONE_LIMITS.perDevice.cards - 1; i++) link.run(dev, add.run(`Karte ${i}`).lastInsertRowid);
    expect((await p.call('cards.add', { text: 'Die letzte' })).status).toBe(200);
    const over = await p.call('cards.add', { text: 'Eine zu viel' });
    expect(over.status).toBe(422);
    expect(over.json.error.message).toMatch(/Von diesem Handy sind schon 100 Karten gekommen/);
    expect(count('cards')).toBe(PHONE_LIMITS.perDevice.cards);

    // the wall: phones stop at MAX − reserve, the facilitator can still add
    const wall = MAX_COUNT.cards - PHONE_LIMITS.reserve.cards;
    for (let i = count('cards'); i < wall; i++) add.run(`Wand ${i}`);
    const q = phone('127.0.0.21');
    await q.join(st.code!);
    const full = await q.call('cards.add', { text: 'Noch eine' });
    expect(full.status).toBe(422);
    expect(full.json.error.message).toMatch(/Die Wand ist voll/);
    expect(count('cards')).toBe(wall);
    await s.run('cards.add', { text: 'Von der Moderation' });
    expect(count('cards')).toBe(wall + 1);
  });

  test('steps: at most the device share, and the wall for phones below the workshop limit', async () => {
    const { st, phone } = await startMode();
    await s.run('session.set', { phase: 'schritte' });
    const p = phone('127.0.0.22');
    await p.join(st.code!);
    for (let i = 0; i < PHONE_LIMITS.perDevice.ideas; i++) expect((await p.call('ideas.add', { text: `Schritt ${i}` })).status).toBe(200);
    const over = await p.call('ideas.add', { text: 'Einer zu viel' });
    expect(over.status).toBe(422);
    expect(over.json.error.message).toMatch(/30 Schritte/);
    expect(count('ideas')).toBe(PHONE_LIMITS.perDevice.ideas);
  });

  test('paused: a phone cannot edit or withdraw either (nothing changes)', async () => {
    const { st, phone } = await startMode();
    await s.run('session.set', { phase: 'staerken' });
    const p = phone();
    await p.join(st.code!);
    const id = (await p.call('cards.add', { text: 'Sprachcafé' })).json.value.id;
    await s.run('participants.configure', { paused: true });
    expect((await p.call('cards.update', { id, text: 'Geändert' })).status).toBe(409);
    expect((await p.call('cards.withdraw', { id })).status).toBe(409);
    expect((await s.run('cards.list', {})).cards.map((c) => c.text)).toEqual(['Sprachcafé']);
    await s.run('participants.configure', { paused: false });
    expect((await p.call('cards.update', { id, text: 'Sprachcafé am Markt' })).status).toBe(200);
  });

  test('once the dots start, a step is fixed: its author cannot reword or withdraw it (the dots stay)', async () => {
    const { st, phone } = await startMode();
    await s.run('session.set', { phase: 'schritte' });
    const author = phone();
    await author.join(st.code!);
    const id = (await author.call('ideas.add', { text: 'Spielplatz am Fluss bauen' })).json.value.id;
    await s.run('session.set', { phase: 'priorisierung' });
    const voter = phone();
    await voter.join(st.code!);
    expect((await voter.call('dots.set', { ideaId: id, count: 1 })).status).toBe(200);
    const reworded = await author.call('ideas.update', { id, text: 'Integrationsbüro abschaffen' });
    expect(reworded.status).toBe(409);
    expect(reworded.json.error.message).toMatch(/Die Schritte stehen fest/);
    expect((await author.call('ideas.withdraw', { id })).status).toBe(409);
    await s.run('votes.reveal', { revealed: true });
    expect((await author.call('ideas.update', { id, text: 'Integrationsbüro abschaffen' })).status).toBe(409);
    const ideas = s.workshop!.db.prepare('SELECT text FROM ideas').pluck().all();
    expect(ideas).toEqual(['Spielplatz am Fluss bauen']);
    expect(s.workshop!.db.prepare('SELECT sum(count) FROM votes').pluck().get()).toBe(1);
  });

  test('a step queued just before the dots start is refused in its transaction, not stored', async () => {
    await startMode();
    await s.run('session.set', { phase: 'schritte' });
    const { device } = await s.participants.join(null);
    const pending = s.participants.call(device, 'ideas.add', { key: 'late-step-1', text: 'Kurz vor Schluss' });
    await s.run('session.set', { phase: 'priorisierung' }); // before the write queue is flushed
    await expect(pending).rejects.toMatchObject({ code: 'CONFLICT', key: 'participants.stepsFixed' });
    expect(count('ideas')).toBe(0);
  });

  test('invisible text is no text, and a forged number gets a plain message without field names', async () => {
    const { st, phone } = await startMode();
    await s.run('session.set', { phase: 'staerken' });
    const p = phone();
    await p.join(st.code!);
    for (const text of ['\u200b\u2060', '\u0000', '\u00ad \u202e']) {
      const r = await p.call('cards.add', { text });
      expect(r.status).toBe(400);
      expect(r.json.error.message).toBe('Bitte geben Sie einen Text ein.');
    }
    const hidden = await p.call('cards.add', { text: 'Idi\u200bot' });
    expect(hidden.json.value).toMatchObject({ text: 'Idiot', status: 'review' });
    const forged = await p.request('POST', '/p/api/dots.set', '{"key":"abcdefgh1","ideaId":1,"count":1e309}');
    expect(forged.status).toBe(400);
    expect(forged.json.error.message).toBe('Zahl erwartet');
  });
});
