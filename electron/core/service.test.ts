import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { WorkshopService } from './service';
import { contract, METHODS, type ChangeEvent } from '../../shared/api';
import { formatMessage, isMessageId } from '../../shared/messages';
import { AppError, errorText } from '../../shared/domain/errors';

let dir: string;
let s: WorkshopService;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-svc-'));
  s = new WorkshopService({ paths: { settingsDir: path.join(dir, 'settings'), workshopsDir: path.join(dir, 'ws') } });
});
afterEach(() => {
  s.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const create = () => s.run('workshop.create', { name: 'Workshop Testdorf', municipality: 'Testdorf', date: '2026-11-24' });

describe('the dispatcher', () => {
  test('wraps results and errors as {ok, value} | {ok:false, error:{code, message}}', async () => {
    expect(await s.call('app.status', {})).toMatchObject({ ok: true, value: { workshop: null } });
    expect(await s.call('nope.nothing', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await s.call('cards.add', { text: 'x' })).toMatchObject({ ok: false, error: { code: 'NO_WORKSHOP' } });
    await create();
    const bad = await s.call('cards.add', { text: '   ' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!bad.ok && bad.error.message).toMatch(/Text/);
    expect(await s.call('cards.add', { text: 'a', extra: 1 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await s.call('cards.add', { text: 'x'.repeat(501) })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await s.call('cards.delete', { id: 9999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await s.call('actions.add', { title: 'A', start: '2027-05-01', due: '2027-01-01' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await s.call('actions.add', { title: 'A', due: '2027-02-30' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  test('every method in the contract has a handler, and every output matches its schema', async () => {
    for (const m of METHODS) expect(typeof s.handlers[m]).toBe('function');
    s.openOrCreateDemo();
    for (const m of METHODS) {
      // Queries that need input (e.g. an import preview) are covered by their own tests.
      if (contract[m].kind !== 'query' || !contract[m].input.safeParse({}).success) continue;
      const out = await s.run(m, {});
      const parsed = contract[m].output.safeParse(out);
      expect(parsed.success, `${m}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
    }
  });

  test('a mutation is committed to the file before the call returns, and announced', async () => {
    await create();
    const events: ChangeEvent[] = [];
    s.events.on('change', (e) => events.push(e));
    const card = await s.run('cards.add', { text: 'Sprachpaten an der Grundschule', sector: 'zivilgesellschaft' });
    // A second, independent connection sees it at once: it is on disk, not in a cache.
    const other = new Database(s.workshop!.file, { readonly: true });
    expect(other.prepare('SELECT text FROM cards WHERE id = ?').pluck().get(card.id)).toBe('Sprachpaten an der Grundschule');
    other.close();
    expect(events).toHaveLength(1);
    expect(events[0].topics).toEqual(expect.arrayContaining(['cards', 'history']));
  });

  test('a failing mutation writes nothing', async () => {
    await create();
    const before = (await s.run('workshop.info', {})).counts.actions;
    const r = await s.call('actions.update', { id: 12345, patch: { title: 'x' } });
    expect(r.ok).toBe(false);
    expect((await s.run('workshop.info', {})).counts.actions).toBe(before);
  });
});

describe('undo and redo', () => {
  test('add, change and delete are undone and redone step by step', async () => {
    await create();
    const a = await s.run('actions.add', { title: 'Leitbild', responsible: 'Integrationsstelle' });
    await s.run('actions.update', { id: a.id, patch: { status: 'in_arbeit', due: '2027-03-01' } });
    await s.run('actions.delete', { id: a.id });
    expect(await s.run('actions.list', {})).toHaveLength(0);
    expect((await s.run('history.get', {})).undo).toBe('undo.deleteAction');
    await s.run('history.undo', {});
    expect((await s.run('actions.list', {}))[0]).toMatchObject({ status: 'in_arbeit', due: '2027-03-01' });
    await s.run('history.undo', {});
    expect((await s.run('actions.list', {}))[0]).toMatchObject({ status: 'geplant', due: null });
    await s.run('history.undo', {});
    expect(await s.run('actions.list', {})).toHaveLength(0);
    expect((await s.run('history.get', {})).undo).toBeNull();
    await s.run('history.redo', {});
    await s.run('history.redo', {});
    expect((await s.run('actions.list', {}))[0]).toMatchObject({ title: 'Leitbild', status: 'in_arbeit' });
    // A new edit after undo drops the redo branch.
    await s.run('history.undo', {});
    await s.run('cards.add', { text: 'Neu' });
    expect((await s.run('history.get', {})).redo).toBeNull();
  });

  test('undoing a delete brings back rows removed by cascade', async () => {
    s.openOrCreateDemo();
    const withUpdates = (await s.run('actions.list', {})).find((a) => a.updates.length > 0)!;
    await s.run('actions.delete', { id: withUpdates.id });
    await s.run('history.undo', {});
    const back = (await s.run('actions.list', {})).find((a) => a.id === withUpdates.id)!;
    expect(back.updates).toEqual(withUpdates.updates);
  });

  test('undo labels are catalogue ids: German as before, English in the English UI', async () => {
    await create();
    await s.run('cards.add', { text: 'Karte' });
    const h = await s.run('history.get', {});
    expect(formatMessage('de', h.undo!)).toBe('Karte hinzufügen');
    expect(formatMessage('en', h.undo!)).toBe('Add card');
    await s.run('history.undo', {});
    expect(formatMessage('en', (await s.run('history.get', {})).redo!)).toBe('Add card');
    // Every undoable method names a label that exists in both languages.
    for (const m of METHODS) {
      const label = (contract[m] as { undo?: string }).undo;
      if (label === undefined) continue;
      expect(isMessageId(label), m).toBe(true);
      expect(formatMessage('en', label), m).not.toBe(formatMessage('de', label));
    }
  });

  test('a schema message is a catalogue id: German in German, English in English', async () => {
    await create();
    const err = (await s.run('votes.configure', { dotsPerPerson: 0 }).catch((e: unknown) => e)) as AppError;
    expect(err.code).toBe('INVALID_INPUT');
    expect(err.params?.detailKey).toBe('validation.dotsPerPersonMin');
    expect(errorText(err.toJSON(), 'de')).toContain('Mindestens 1 Punkt pro Person.');
    expect(errorText(err.toJSON(), 'en')).toContain('At least 1 dot per person.');
    expect(errorText(err.toJSON(), 'en')).not.toMatch(/[äöüß]|Punkt/);
  });

  test('switching the phase is not an undo step', async () => {
    await create();
    await s.run('cards.add', { text: 'Karte' });
    await s.run('session.set', { phase: 'plan' });
    expect((await s.run('history.get', {})).undo).toBe('undo.addCard');
    await s.run('history.undo', {});
    expect((await s.run('session.get', {})).phase).toBe('plan');
    expect((await s.run('cards.list', {})).cards).toHaveLength(0);
  });
});

describe('files', () => {
  test('recent files are remembered across service instances', async () => {
    const info = await create();
    const again = new WorkshopService({ paths: s.paths });
    const recent = await again.run('workshop.recent', {});
    expect(recent[0]).toMatchObject({ file: info.file, name: 'Workshop Testdorf', exists: true });
    fs.rmSync(info.file);
    expect((await again.run('workshop.recent', {}))[0].exists).toBe(false);
  });

  test('"Save as" makes a complete copy with the backup API and continues in it', async () => {
    s.openOrCreateDemo();
    const before = await s.run('workshop.info', {});
    const target = path.join(dir, 'kopie.werkstatt');
    const after = await s.run('workshop.saveAs', { file: target });
    expect(after.file).toBe(target);
    expect(after.counts).toEqual(before.counts);
    await s.run('cards.add', { text: 'Nur in der Kopie' });
    const orig = new Database(before.file, { readonly: true });
    expect(orig.prepare('SELECT count(*) FROM cards').pluck().get()).toBe(before.counts.cards);
    orig.close();
    expect((await s.call('workshop.saveAs', { file: before.file })).ok).toBe(false); // never overwrites
  });

  test('the demo workshop has results in all 7 fields, cards, steps and a plan', async () => {
    s.openOrCreateDemo();
    const r = await s.run('results.get', {});
    expect(r.fields.map((f) => f.key)).toEqual(['management', 'oeffnung', 'zugang', 'arbeit', 'engagement', 'zusammenhalt', 'kommunikation']);
    for (const f of r.fields) expect(f.score).not.toBeNull();
    const info = await s.run('workshop.info', {});
    expect(info.counts.cards).toBeGreaterThanOrEqual(30);
    expect(info.counts.ideas).toBeGreaterThanOrEqual(10);
    expect(info.counts.actions).toBeGreaterThanOrEqual(15);
  });
});
