import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WorkshopService } from '../../service';
import { workshopToExportModel, workshopUid } from './export-model';
import demo from '../../../../resources/demo/demo-workshop.json';

let dir: string;
let s: WorkshopService;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-fromws-'));
  s = new WorkshopService({ paths: { settingsDir: path.join(dir, 'settings'), workshopsDir: path.join(dir, 'ws') } });
});
afterEach(() => {
  s.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const AT = '2026-11-24T13:30:00.000Z';

describe('workshop → export model', () => {
  test('the demo workshop: meta, attendance, results, strengths, ranked steps, actions with origin', () => {
    const w = s.openOrCreateDemo();
    const m = workshopToExportModel(w.db, { generatedAt: AT });
    expect(m.locale).toBe('de');
    expect(m.generatedAt).toBe(AT);
    expect(m.workshop).toMatchObject({ municipality: 'Ulmenbrück an der Sarne', date: '2026-11-18', place: demo.workshop.place, nextReview: '2027-02-15' });
    expect(m.workshop.attendance).toEqual([
      { sector: 'verwaltung', count: 14 },
      { sector: 'politik', count: 6 },
      { sector: 'zivilgesellschaft', count: 15 },
      { sector: 'wirtschaft', count: 5 },
    ]);
    expect(m.results!.respondents).toBe(demo.respondents.length);
    expect(m.results!.questions).toBe(demo.questions.length);
    expect(m.results!.fields).toHaveLength(7);
    for (const f of m.results!.fields) expect(f.score === null || (f.score >= 0 && f.score <= 100)).toBe(true);

    // Every visible card once, under its cluster's label (or "Weitere Stärken").
    const cards = m.strengths.themes.flatMap((t) => t.cards);
    expect(cards).toHaveLength(w.db.prepare('SELECT count(*) FROM cards WHERE hidden = 0').pluck().get() as number);
    expect(cards.length).toBeGreaterThan(0);
    const labels = w.db.prepare("SELECT label FROM clusters WHERE label <> ''").pluck().all() as string[];
    for (const t of m.strengths.themes) expect(t.label === 'Weitere Stärken' || labels.includes(t.label)).toBe(true);

    // Ranked by dots, best first; ties share a rank (1, 2, 2, 4 …).
    const items = m.ideas.items;
    expect(items).toHaveLength(demo.ideas.length);
    const total = (st: (typeof demo.ideas)[number]) => Object.values(st.dots).reduce((a, b) => a + b, 0);
    expect(items[0].dots).toBe(Math.max(...demo.ideas.map(total)));
    for (let i = 1; i < items.length; i++) {
      expect(items[i].dots).toBeLessThanOrEqual(items[i - 1].dots);
      if (items[i].dots === items[i - 1].dots) expect(items[i].rank).toBe(items[i - 1].rank);
      else if (items[i].rank !== null) expect(items[i].rank).toBe(i + 1);
    }
    expect(m.ideas.method).toMatch(/^Punktabfrage/);

    expect(m.actions).toHaveLength(demo.actions.length);
    const first = m.actions[0];
    expect(first.title).toBe(demo.actions[0].title);
    expect(first.updates.length).toBe(demo.actions[0].updates!.length);
    expect(first.origin?.idea).toBe(demo.ideas[demo.actions[0].fromIdea!].title);
    // The step built on questions of the self-check: those are the potentials it came from.
    const q = demo.questions.find((x) => x.id === demo.ideas[demo.actions[0].fromIdea!].builds_on![0])!;
    expect(first.origin?.potentials).toContain(q.text);
    expect(new Set(m.actions.map((a) => a.id)).size).toBe(m.actions.length);
  });

  test('clusters become themes in board order; hidden cards and empty clusters stay out; links resolve', async () => {
    await s.run('workshop.create', { name: 'W', municipality: 'Kartendorf', date: '2026-11-24' });
    const db = s.workshop!.db;
    const now = new Date().toISOString();
    const card = db.prepare('INSERT INTO cards(text, position, created_at) VALUES (?, ?, ?)');
    for (let i = 1; i <= 5; i++) card.run(`Karte ${i}`, i, now);
    db.prepare("INSERT INTO questions(id, field, text, position) VALUES ('Q1', 'management', 'Gibt es ein Leitbild?', 1)").run();
    const c1 = Number(db.prepare("INSERT INTO clusters(label, position, created_at) VALUES ('Ehrenamt', 2, ?)").run(now).lastInsertRowid);
    const c2 = Number(db.prepare("INSERT INTO clusters(label, position, created_at) VALUES ('Verwaltung', 1, ?)").run(now).lastInsertRowid);
    db.prepare("INSERT INTO clusters(label, position, created_at) VALUES ('Leer', 3, ?)").run(now);
    const ids = db.prepare('SELECT id FROM cards ORDER BY id').pluck().all() as number[];
    db.prepare('UPDATE cards SET cluster_id = ? WHERE id IN (?, ?)').run(c1, ids[0], ids[1]);
    db.prepare('UPDATE cards SET cluster_id = ? WHERE id = ?').run(c2, ids[2]);
    db.prepare('UPDATE cards SET hidden = 1 WHERE id = ?').run(ids[1]);
    const hiddenText = db.prepare('SELECT text FROM cards WHERE id = ?').pluck().get(ids[1]) as string;

    const a = await s.run('actions.add', { title: 'Nur ein Titel' });
    await s.run('actions.setLinks', {
      id: a.id,
      links: [
        { kind: 'cluster', ref: String(c1) },
        { kind: 'question', ref: 'Q1' },
      ],
    });

    const m = workshopToExportModel(db, { generatedAt: AT });
    expect(m.strengths.themes.map((t) => t.label)).toEqual(['Verwaltung', 'Ehrenamt', 'Weitere Stärken']);
    expect(m.strengths.themes[1].cards).toHaveLength(1);
    expect(m.strengths.themes.flatMap((t) => t.cards).some((c) => c.text === hiddenText)).toBe(false);
    const mine = m.actions.find((x) => x.id === String(a.id))!;
    expect(mine.origin).toEqual({ idea: null, clusters: ['Ehrenamt'], potentials: ['Gibt es ein Leitbild?'] });
    expect(mine).toMatchObject({ status: 'geplant', description: null, due: null, priority: null, updates: [] });

    const en = workshopToExportModel(db, { locale: 'en', generatedAt: AT });
    expect(en.strengths.themes.at(-1)!.label).toBe('Further strengths');
  });

  test('a cluster without a label is named by its place on the board, in the export language', async () => {
    await s.run('workshop.create', { name: 'W', municipality: 'Kartendorf', date: '2026-11-24' });
    const db = s.workshop!.db;
    const now = new Date().toISOString();
    db.prepare("INSERT INTO clusters(label, position, created_at) VALUES ('Ehrenamt', 1, ?)").run(now);
    const blank = Number(db.prepare("INSERT INTO clusters(label, position, created_at) VALUES ('  ', 2, ?)").run(now).lastInsertRowid);
    db.prepare('INSERT INTO cards(text, position, created_at, cluster_id) VALUES (?, 1, ?, ?)').run('Offene Türen', now, blank);
    expect(workshopToExportModel(db, { generatedAt: AT }).strengths.themes.map((t) => t.label)).toEqual(['Thema 2']);
    expect(workshopToExportModel(db, { locale: 'en', generatedAt: AT }).strengths.themes.map((t) => t.label)).toEqual(['Theme 2']);
  });

  test('an empty workshop maps to empty sections, not to errors', async () => {
    await s.run('workshop.create', { name: 'Leerer Workshop', municipality: 'Leerdorf', date: '2026-11-24' });
    const m = workshopToExportModel(s.workshop!.db, { generatedAt: AT });
    expect(m).toMatchObject({
      workshop: { name: 'Leerer Workshop', municipality: 'Leerdorf', date: '2026-11-24', place: null, nextReview: null, attendance: [] },
      results: null,
      strengths: { themes: [] },
      ideas: { method: null, items: [] },
      actions: [],
    });
  });

  test('steps without votes are listed without a rank; an action takes the rank of its step as priority', async () => {
    await s.run('workshop.create', { name: 'W', municipality: 'Punktdorf', date: '2026-11-24' });
    const db = s.workshop!.db;
    const now = new Date().toISOString();
    const idea = (text: string, pos: number) =>
      Number(db.prepare('INSERT INTO ideas(text, position, created_at) VALUES (?, ?, ?)').run(text, pos, now).lastInsertRowid);
    const [a, b, c, d] = [idea('A', 1), idea('B', 2), idea('C', 3), idea('D', 4)];
    const vote = db.prepare('INSERT INTO votes(idea_id, sector, count, created_at) VALUES (?, ?, ?, ?)');
    vote.run(a, 'politik', 3, now);
    vote.run(b, 'verwaltung', 5, now);
    vote.run(c, 'verwaltung', 3, now);
    db.prepare('UPDATE ideas SET hidden = 1 WHERE id = ?').run(d);
    await s.run('actions.add', { title: 'Aus C', ideaId: c });
    const m = workshopToExportModel(db, { generatedAt: AT });
    expect(m.ideas.items.map((i) => [i.title, i.rank, i.dots])).toEqual([
      ['B', 1, 5],
      ['A', 2, 3],
      ['C', 2, 3],
    ]);
    expect(m.actions[0]).toMatchObject({ priority: 2, origin: { idea: 'C' } });
    expect(workshopToExportModel(db, { locale: 'en' }).ideas.method).toMatch(/^dot voting/);
  });

  test('exports rank next steps with the method the facilitator chose, not always by dots', async () => {
    await s.run('workshop.create', { name: 'W', municipality: 'Kriteriendorf', date: '2026-11-24' });
    const a = await s.run('ideas.add', { text: 'Viele Punkte, wenig Wirkung' });
    const b = await s.run('ideas.add', { text: 'Wenige Punkte, große Wirkung' });
    await s.run('votes.tally', { ideaId: a.id, delta: 9 });
    await s.run('votes.tally', { ideaId: b.id, delta: 1 });
    const crit = await s.run('criteria.add', { name: 'Wirkung', weight: 1 });
    await s.run('criteria.rate', { ideaId: a.id, criterionId: crit.id, value: 1 });
    await s.run('criteria.rate', { ideaId: b.id, criterionId: crit.id, value: 5 });
    await s.run('votes.configure', { method: 'criteria' });
    const m = workshopToExportModel(s.workshop!.db, { generatedAt: AT });
    expect(m.ideas.items.map((i) => [i.title, i.rank])).toEqual([
      ['Wenige Punkte, große Wirkung', 1],
      ['Viele Punkte, wenig Wirkung', 2],
    ]);
    expect(m.ideas.method).toBeTruthy();
  });

  test('a stable workshop uid (created_at + municipality + name): same on every export, different per workshop, in the ICS UIDs', async () => {
    const { exportIcs } = await import('../../export/ics');
    await s.run('workshop.create', { name: 'Workshop A', municipality: 'Adorf', date: '2026-11-24' });
    const a1 = workshopToExportModel(s.workshop!.db, { generatedAt: AT });
    const a2 = workshopToExportModel(s.workshop!.db, { generatedAt: '2027-01-01T08:00:00.000Z' });
    expect(a1.workshop.uid).toMatch(/^[0-9a-f]{12}$/);
    expect(a2.workshop.uid).toBe(a1.workshop.uid);
    const createdAt = s.workshop!.db.prepare("SELECT value FROM meta WHERE key = 'created_at'").pluck().get() as string;
    expect(a1.workshop.uid).toBe(workshopUid(createdAt, 'Adorf', 'Workshop A'));
    await s.run('workshop.create', { name: 'Workshop B', municipality: 'Bedorf', date: '2026-11-24' });
    const b = workshopToExportModel(s.workshop!.db, { generatedAt: AT });
    expect(b.workshop.uid).not.toBe(a1.workshop.uid);
    // Same created_at, municipality and name differ → different; same inputs → same.
    expect(workshopUid('2026-01-01T00:00:00Z', 'X', 'Y')).toBe(workshopUid('2026-01-01T00:00:00Z', 'X', 'Y'));
    expect(workshopUid('2026-01-01T00:00:00Z', 'X', 'Y')).not.toBe(workshopUid('2026-01-01T00:00:01Z', 'X', 'Y'));
    // Action 1 of A and action 1 of B: two calendar entries.
    const action = { id: '1', title: 'Frist', status: 'geplant' as const, updates: [], due: '2027-03-01' };
    const uid = (m: typeof a1) => /UID:(.*massnahme-1-frist[^\r]*)/.exec(exportIcs({ ...m, actions: [action] }))![1];
    expect(uid(a1)).toBe(`ws-${a1.workshop.uid}-massnahme-1-frist@selbstcheck-werkstatt.invalid`);
    expect(uid(a1)).toBe(uid(a2));
    expect(uid(a1)).not.toBe(uid(b));
  });
});
