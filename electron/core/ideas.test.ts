// Next steps and prioritisation through the real service (validation, transaction, undo).
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WorkshopService } from './service';

let dir: string;
let svc: WorkshopService;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-ideas-'));
  svc = new WorkshopService({ paths: { workshopsDir: dir, settingsDir: path.join(dir, 's') } });
  await svc.run('workshop.create', { name: 'Test', municipality: 'Teststadt', date: '2026-11-24' });
});
afterEach(() => {
  svc.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function err(method: string, input: unknown) {
  const r = await svc.call(method, input);
  expect(r.ok).toBe(false);
  return (r as { ok: false; error: { code: string; message: string } }).error;
}
const add = (text: string) => svc.run('ideas.add', { text, field: 'zugang' });
const dotsOf = async (id: number) => (await svc.run('ideas.list', {})).find((i) => i.id === id)?.dots;

describe('tallies', () => {
  test('+/− are relative: two windows adding at once both count', async () => {
    const a = await add('Sprachcafé');
    await svc.run('votes.tally', { ideaId: a.id, sector: 'verwaltung', delta: 1 });
    await svc.run('votes.tally', { ideaId: a.id, sector: 'verwaltung', delta: 1 });
    await svc.run('votes.tally', { ideaId: a.id, sector: 'politik', delta: 3 });
    expect(await dotsOf(a.id)).toBe(5);
    expect((await svc.run('ideas.list', {}))[0].dotsBySector).toEqual({ verwaltung: 2, politik: 3 });
  });

  test('a typed number carries the value it replaces; a changed tally answers CONFLICT and nothing is lost', async () => {
    const a = await add('Sprachcafé');
    await svc.run('votes.tally', { ideaId: a.id, set: 4, expected: 0 });
    // Window B saw 0 as well and types 7:
    const e = await err('votes.tally', { ideaId: a.id, set: 7, expected: 0 });
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toContain('auf 4 geändert');
    expect(await dotsOf(a.id)).toBe(4);
    await svc.run('votes.tally', { ideaId: a.id, set: 7, expected: 4 });
    expect(await dotsOf(a.id)).toBe(7);
  });

  test('negative, non-numeric, fractional and empty input is refused with a German message', async () => {
    const a = await add('Sprachcafé');
    expect((await err('votes.tally', { ideaId: a.id, set: -2 })).code).toBe('INVALID_INPUT');
    expect((await err('votes.tally', { ideaId: a.id, set: 'drei' })).message).toContain('ganze Zahl');
    expect((await err('votes.tally', { ideaId: a.id, set: 2.5 })).message).toContain('ganze Zahl');
    expect((await err('votes.tally', { ideaId: a.id })).code).toBe('INVALID_INPUT');
    const below = await err('votes.tally', { ideaId: a.id, delta: -1 });
    expect(below.code).toBe('INVALID_INPUT');
    expect(below.message).toContain('weniger als 0');
    // "ohne Bereich" reads as part of the sentence, not "hat bei ohne Bereich 0 Punkte".
    expect(below.message).toContain('hat ohne Bereichsangabe 0 Punkte');
    expect(below.message).not.toMatch(/bei ohne/);
    const inSector = await err('votes.tally', { ideaId: a.id, sector: 'verwaltung', delta: -1 });
    expect(inSector.message).toContain('hat im Bereich Verwaltung 0 Punkte');
    expect(await dotsOf(a.id)).toBe(0);
  });

  test('a step text can be changed, and the change is one undo step', async () => {
    const a = await add('Sprachcafe');
    const changed = (await svc.run('ideas.update', { id: a.id, text: 'Sprachcafé ausbauen' })) as { text: string };
    expect(changed.text).toBe('Sprachcafé ausbauen');
    await svc.run('history.undo', {});
    const list = (await svc.run('ideas.list', {})) as { id: number; text: string }[];
    expect(list.find((i) => i.id === a.id)?.text).toBe('Sprachcafe');
  });

  test('voting on a deleted step is NOT_FOUND; undo of the delete brings step and dots back', async () => {
    const a = await add('Sprachcafé');
    await svc.run('votes.tally', { ideaId: a.id, set: 3 });
    await svc.run('ideas.delete', { id: a.id });
    const e = await err('votes.tally', { ideaId: a.id, delta: 1 });
    expect(e.code).toBe('NOT_FOUND');
    expect(e.message).toContain('gelöscht');
    await svc.run('history.undo', {});
    expect(await dotsOf(a.id)).toBe(3);
  });

  test('every tally is one undo step', async () => {
    const a = await add('Sprachcafé');
    await svc.run('votes.tally', { ideaId: a.id, delta: 1 });
    await svc.run('votes.tally', { ideaId: a.id, delta: 1 });
    expect((await svc.run('history.get', {})).undo).toBe('undo.tally');
    await svc.run('history.undo', {});
    expect(await dotsOf(a.id)).toBe(1);
    await svc.run('history.redo', {});
    expect(await dotsOf(a.id)).toBe(2);
  });
});

describe('per-person dots with limits', () => {
  test('dots per person are enforced (LIMIT, German message)', async () => {
    const [a, b] = [await add('A'), await add('B')];
    await svc.run('votes.configure', { dotsPerPerson: 2 });
    const p = await svc.run('votes.addParticipant', { label: 'T1', sector: 'wirtschaft' });
    await svc.run('votes.cast', { participantId: p.id, ideaId: a.id, delta: 1 });
    await svc.run('votes.cast', { participantId: p.id, ideaId: b.id, delta: 1 });
    const e = await err('votes.cast', { participantId: p.id, ideaId: a.id, delta: 1 });
    expect(e.code).toBe('LIMIT');
    expect(e.message).toContain('schon 2 von 2 Punkten');
    expect((await svc.run('ideas.list', {})).map((i) => i.dotsBySector)).toEqual([{ wirtschaft: 1 }, { wirtschaft: 1 }]);
    // Lowering the limit below what someone already gave is refused too.
    expect((await err('votes.configure', { dotsPerPerson: 1 })).code).toBe('LIMIT');
  });

  test('"several dots per step" off: a second dot on the same step is refused', async () => {
    const a = await add('A');
    await svc.run('votes.configure', { allowMultiple: false, dotsPerPerson: 3 });
    const p = await svc.run('votes.addParticipant', { label: 'T1', sector: null });
    await svc.run('votes.cast', { participantId: p.id, ideaId: a.id, delta: 1 });
    const e = await err('votes.cast', { participantId: p.id, ideaId: a.id, delta: 1 });
    expect(e.code).toBe('LIMIT');
    expect(e.message).toContain('nur ein Punkt je Person');
    await svc.run('votes.configure', { allowMultiple: true });
    await svc.run('votes.cast', { participantId: p.id, ideaId: a.id, delta: 1 });
    expect((await err('votes.configure', { allowMultiple: false })).code).toBe('LIMIT');
  });

  test('tallies cannot exceed what the people present can give (attendance list)', async () => {
    svc.workshop!.db.prepare("INSERT INTO attendance(sector, count) VALUES ('politik', 2)").run();
    const a = await add('A');
    await svc.run('votes.configure', { dotsPerPerson: 3 });
    await svc.run('votes.tally', { ideaId: a.id, sector: 'politik', set: 6 });
    const e = await err('votes.tally', { ideaId: a.id, sector: 'politik', delta: 1 });
    expect(e.code).toBe('LIMIT');
    expect(e.message).toContain('höchstens 6 Punkte');
    await svc.run('votes.configure', { allowMultiple: false });
    await svc.run('votes.tally', { ideaId: a.id, sector: 'politik', set: 2, expected: 6 });
    const one = await err('votes.tally', { ideaId: a.id, sector: 'politik', delta: 1 });
    expect(one.code).toBe('LIMIT');
    expect(one.message).toContain('nur ein Punkt je Person');
  });

  test('casting for a removed participant or on a removed step is NOT_FOUND', async () => {
    const a = await add('A');
    const p = await svc.run('votes.addParticipant', { label: 'T1', sector: null });
    await svc.run('votes.deleteParticipant', { id: p.id });
    expect((await err('votes.cast', { participantId: p.id, ideaId: a.id, delta: 1 })).code).toBe('NOT_FOUND');
  });
});

describe('reveal, ranking and the action plan', () => {
  test('the projector ranking has no dots before reveal, and no hidden steps ever', async () => {
    const [a, b] = [await add('A'), await add('B')];
    await svc.run('votes.tally', { ideaId: a.id, sector: 'verwaltung', set: 5 });
    await svc.run('ideas.update', { id: b.id, hidden: true });
    let p = await svc.run('ranking.projector', {});
    expect(p.ideas.map((s) => [s.id, s.dots, s.rank])).toEqual([[a.id, 0, null]]);
    expect(p.perspectives.sectors).toEqual([]);
    expect(JSON.stringify(p)).not.toContain('"verwaltung":5');
    await svc.run('votes.reveal', { revealed: true });
    p = await svc.run('ranking.projector', {});
    expect(p.ideas.map((s) => [s.id, s.dots, s.rank])).toEqual([[a.id, 5, 1]]);
    await svc.run('history.undo', {});
    expect((await svc.run('votes.settings', {})).revealed).toBe(false);
  });

  test('top 3 become draft actions with field, priority = rank and links; a tie at the cut is kept whole', async () => {
    const db = svc.workshop!.db;
    db.prepare("INSERT INTO questions(id, field, text, position) VALUES ('FZ04', 'zugang', 'Frage', 1)").run();
    const s = [await add('Eins'), await add('Zwei'), await add('Drei'), await add('Vier'), await add('Fünf')];
    await svc.run('ideas.update', { id: s[0].id, links: [{ kind: 'question', ref: 'FZ04' }] });
    for (const [i, n] of [
      [0, 9],
      [1, 7],
      [2, 4],
      [3, 4],
      [4, 1],
    ])
      await svc.run('votes.tally', { ideaId: s[i].id, set: n });
    const out = await svc.run('ranking.toActions', { top: 3 });
    expect(out.extended).toBe(true);
    expect(out.created.map((a) => [a.title, a.priority, a.field, a.ideaId])).toEqual([
      ['Eins', 1, 'zugang', s[0].id],
      ['Zwei', 2, 'zugang', s[1].id],
      ['Drei', 3, 'zugang', s[2].id],
      ['Vier', 3, 'zugang', s[3].id],
    ]);
    const links = db.prepare('SELECT kind, ref FROM action_links WHERE action_id = ? ORDER BY kind').all(out.created[0].id);
    expect(links).toEqual([
      { kind: 'idea', ref: String(s[0].id) },
      { kind: 'question', ref: 'FZ04' },
    ]);
    // A second click does not duplicate; one undo removes all four.
    const again = await svc.run('ranking.toActions', { top: 3 });
    expect(again.created).toEqual([]);
    expect(again.skipped).toHaveLength(4);
    await svc.run('history.undo', {});
    await svc.run('history.undo', {});
    expect(await svc.run('actions.list', {})).toEqual([]);
  });

  test('weighted criteria rank through the API and the method travels with the result', async () => {
    const [a, b] = [await add('A'), await add('B')];
    const w = await svc.run('criteria.add', { name: 'Wirkung', weight: 2 });
    const m = await svc.run('criteria.add', { name: 'Machbarkeit', weight: 1 });
    await svc.run('votes.configure', { method: 'criteria' });
    await svc.run('criteria.rate', { ideaId: a.id, criterionId: w.id, value: 5 });
    await svc.run('criteria.rate', { ideaId: a.id, criterionId: m.id, value: 1 });
    await svc.run('criteria.rate', { ideaId: b.id, criterionId: w.id, value: 3 });
    let r = await svc.run('ranking.get', {});
    expect(r.ideas.map((x) => [x.id, x.rank])).toEqual([
      [a.id, 1],
      [b.id, null],
    ]);
    await svc.run('criteria.rate', { ideaId: b.id, criterionId: m.id, value: 5 });
    r = await svc.run('ranking.get', {});
    // A: (10 + 1)/3 = 3.67, B: (6 + 5)/3 = 3.67 → tie
    expect(r.ideas.map((x) => x.rank)).toEqual([1, 1]);
    expect(r.methodText.de).toContain('Wirkung × 2');
    expect((await err('criteria.rate', { ideaId: a.id, criterionId: w.id, value: 6 })).message).toContain('zwischen 1 und 5');
  });
});
