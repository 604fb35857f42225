import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WorkshopService } from '../service';

let dir: string;
let s: WorkshopService;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-actions-'));
  s = new WorkshopService({ paths: { settingsDir: path.join(dir, 'settings'), workshopsDir: path.join(dir, 'ws') } });
  await s.run('workshop.create', { name: 'W', municipality: 'Planstadt', date: '2026-11-24' });
});
afterEach(() => {
  s.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('actions: progress notes, links, next review', () => {
  test("a note with a status sets the action's status; undo takes both back in one step", async () => {
    const a = await s.run('actions.add', { title: 'Sprechstunde einrichten' });
    const b = await s.run('actions.addUpdate', { actionId: a.id, date: '2027-01-10', note: 'Raum gefunden', status: 'in_arbeit' });
    expect(b.status).toBe('in_arbeit');
    expect(b.updates).toEqual([{ id: expect.any(Number), date: '2027-01-10', note: 'Raum gefunden', status: 'in_arbeit' }]);
    expect((await s.run('history.get', {})).undo).toBe('undo.addProgress');
    await s.run('history.undo', {});
    const [c] = await s.run('actions.list', {});
    expect(c.status).toBe('geplant');
    expect(c.updates).toEqual([]);
  });

  test('a note without status keeps it; notes come in date order; delete removes one', async () => {
    const a = await s.run('actions.add', { title: 'A', status: 'in_arbeit' });
    await s.run('actions.addUpdate', { actionId: a.id, date: '2027-03-01', note: 'später' });
    const b = await s.run('actions.addUpdate', { actionId: a.id, date: '2027-01-01', note: 'früher' });
    expect(b.status).toBe('in_arbeit');
    expect(b.updates.map((u) => u.note)).toEqual(['früher', 'später']);
    const c = await s.run('actions.deleteUpdate', { id: b.updates[0].id });
    expect(c.updates.map((u) => u.note)).toEqual(['später']);
    await expect(s.run('actions.deleteUpdate', { id: 9999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(s.run('actions.addUpdate', { actionId: a.id, date: '2027-02-30', note: 'x' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(s.run('actions.addUpdate', { actionId: a.id, date: '2027-02-01', note: '   ' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(s.run('actions.addUpdate', { actionId: 9999, date: '2027-02-01', note: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  test('links are replaced as a whole and come back with the action; deleting the action removes them', async () => {
    const a = await s.run('actions.add', { title: 'A' });
    const b = await s.run('actions.setLinks', {
      id: a.id,
      links: [
        { kind: 'question', ref: 'M01' },
        { kind: 'cluster', ref: '3' },
        { kind: 'question', ref: 'M01' },
      ],
    });
    expect(b.links).toEqual([
      { kind: 'cluster', ref: '3' },
      { kind: 'question', ref: 'M01' },
    ]);
    expect((await s.run('actions.setLinks', { id: a.id, links: [] })).links).toEqual([]);
    await s.run('history.undo', {});
    expect((await s.run('actions.list', {}))[0].links).toHaveLength(2);
    await s.run('actions.delete', { id: a.id });
    expect(s.workshop!.db.prepare('SELECT count(*) FROM action_links').pluck().get()).toBe(0);
  });

  test("the plan's next review is workshop meta, undoable", async () => {
    const info = await s.run('workshop.updateMeta', { nextReview: '2027-02-15' });
    expect(info.meta.nextReview).toBe('2027-02-15');
    await s.run('history.undo', {});
    expect((await s.run('workshop.info', {})).meta.nextReview).toBeNull();
  });
});

describe('effect level and Wirkungstreppe step', () => {
  test('a step brings its level; a contradiction is refused with a German message', async () => {
    const a = await s.run('actions.add', { title: 'Mit Stufe', wirkungsstufe: 5 });
    expect(a.effectLevel).toBe('outcome');
    const bad = await s.call('actions.add', { title: 'Widerspruch', effectLevel: 'output', wirkungsstufe: 7 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!bad.ok && bad.error.message).toMatch(/Wirkungsstufe 7 gehört zur Ebene „Impact“/);
    const up = await s.run('actions.update', { id: a.id, patch: { wirkungsstufe: 7 } });
    expect(up.effectLevel).toBe('impact');
    expect((await s.call('actions.update', { id: a.id, patch: { effectLevel: 'output' } })).ok).toBe(false);
    const zodMsg = await s.call('actions.add', { title: 'X', priority: 'hoch' });
    expect(!zodMsg.ok && zodMsg.error.message).toMatch(/erwartet/);
  });
});
