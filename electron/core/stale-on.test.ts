import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WorkshopService } from './service';
import { contract, METHODS, type Method, type Topic } from '../../shared/api';

// "Live data is declared, not remembered": every query names in the contract the change topics
// that make it stale, and the renderer's stores reload from exactly that. This test runs every
// mutation on the demo workshop and checks that each query whose answer changed declares one of
// the topics the mutation announced. A new mutation without a sample here fails the first test.

let dir: string;
let s: WorkshopService;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-stale-'));
  s = new WorkshopService({ paths: { settingsDir: path.join(dir, 'settings'), workshopsDir: path.join(dir, 'ws') } });
  s.openOrCreateDemo();
});
afterEach(() => {
  s.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

type Sample = (svc: WorkshopService) => Promise<unknown>;
const board = (svc: WorkshopService) => svc.run('cards.list', {});
const ideas = (svc: WorkshopService) => svc.run('ideas.list', {});
const actions = (svc: WorkshopService) => svc.run('actions.list', {});
const clusterWithCards = async (svc: WorkshopService) => {
  const b = await board(svc);
  const c = b.clusters.find((cl) => b.cards.filter((k) => k.clusterId === cl.id).length >= 2)!;
  return { cluster: c, cards: b.cards.filter((k) => k.clusterId === c.id) };
};
const participant = async (svc: WorkshopService) =>
  (await svc.run('votes.participants', {}))[0] ?? (await svc.run('votes.addParticipant', { label: 'AB', sector: null }));
const criterion = async (svc: WorkshopService) => (await svc.run('criteria.list', {}))[0] ?? (await svc.run('criteria.add', { name: 'Wirkung' }));

const agendaItem = async (svc: WorkshopService, phase?: 'plan') => {
  const items = (await svc.run('agenda.get', {})).items;
  return items.find((i) => !phase || i.phase === phase) ?? (await svc.run('agenda.add', { title: 'Punkt', minutes: 10, phase: phase ?? null }));
};
const table = async (svc: WorkshopService) => (await svc.run('tables.list', {}))[0] ?? (await svc.run('tables.add', { name: 'Tisch 1' }));

/** A folder with one exchange package of the demo workshop (a municipality's package to take suggestions from). */
const packageFolder = async (svc: WorkshopService) => {
  const folder = path.join(dir, 'pakete');
  if (!fs.existsSync(folder)) {
    fs.mkdirSync(folder);
    await svc.run('exchange.write', { file: path.join(folder, 'a.werkstatt-austausch.json'), pseudonym: 'Musterstadt' });
  }
  return folder;
};

/** One valid input per mutating method (computed on the demo workshop). */
const SAMPLES: Partial<Record<Method, Sample>> = {
  'workshop.updateMeta': async () => ({ name: 'Anderer Name', place: 'Rathaus' }),
  'session.set': async () => ({ phase: 'plan' }),
  'attendance.set': async () => ({
    rows: [
      { sector: 'sonstige', count: 3 },
      { sector: 'verwaltung', count: 0 },
    ],
  }),
  'cards.add': async () => ({ text: 'Neue Stärke: Nachbarschaftsfest im Quartier', sector: 'wirtschaft' }),
  'cards.update': async (svc) => ({ id: (await board(svc)).cards[0].id, text: 'Geänderter Kartentext', hidden: true }),
  'cards.delete': async (svc) => ({ id: (await board(svc)).cards[0].id }),
  'cards.move': async (svc) => {
    const b = await board(svc);
    const card = b.cards[0];
    return { id: card.id, clusterId: b.clusters.find((c) => c.id !== card.clusterId)!.id };
  },
  'cards.sortApply': async (svc) => ({ revision: (await svc.run('cards.sortPreview', {})).revision }),
  'clusters.rename': async (svc) => ({ id: (await board(svc)).clusters[0].id, label: 'Umbenanntes Thema' }),
  'clusters.merge': async (svc) => {
    const cl = (await board(svc)).clusters;
    return { sourceId: cl[0].id, targetId: cl[1].id };
  },
  'clusters.split': async (svc) => {
    const { cluster, cards } = await clusterWithCards(svc);
    return { id: cluster.id, cardIds: [cards[0].id] };
  },
  'clusters.dismissSuggestion': async (svc) => {
    // make sure there is a suggestion: a one-card theme next to a larger theme about the same thing
    const b = await board(svc);
    const sizes = b.clusters.map((c) => ({ c, n: b.cards.filter((k) => k.clusterId === c.id).length })).sort((x, y) => y.n - x.n);
    const big = b.cards.find((k) => k.clusterId === sizes[0].c.id)!;
    const made = await svc.run('clusters.create', {}); // no label: a named (locked) theme is never offered
    await svc.run('cards.add', { text: `${big.text} (2)`, clusterId: made.clusterId, allowDuplicate: true });
    const m = (await svc.run('clusters.suggestions', {})).suggestions[0];
    return { sourceId: m.from.id, targetId: m.to.id };
  },
  'clusters.create': async () => ({ label: 'Neues Thema' }),
  'clusters.delete': async (svc) => ({ id: (await clusterWithCards(svc)).cluster.id }),
  'ideas.add': async () => ({ text: 'Ein neuer nächster Schritt', field: 'zugang' }),
  'ideas.update': async (svc) => ({ id: (await ideas(svc))[0].id, text: 'Geänderter Schritt', hidden: true }),
  'ideas.delete': async (svc) => ({ id: (await ideas(svc))[0].id }),
  'ideas.place': async (svc) => ({ id: (await ideas(svc))[0].id, impact: 1, effort: 5 }),
  'votes.configure': async () => ({ dotsPerPerson: 7, method: 'combined' }),
  'votes.reveal': async (svc) => ({ revealed: !(await svc.run('votes.settings', {})).revealed }),
  'votes.projectorView': async () => ({ view: 'sectors' }),
  'votes.tally': async (svc) => ({ ideaId: (await ideas(svc))[0].id, sector: null, delta: 1 }),
  'votes.reset': async () => ({}),
  'votes.addParticipant': async () => ({ label: 'XY', sector: 'verwaltung' }),
  'votes.deleteParticipant': async (svc) => ({ id: (await participant(svc)).id }),
  'votes.cast': async (svc) => {
    await svc.run('votes.configure', { allowMultiple: true, dotsPerPerson: 50 });
    return { participantId: (await participant(svc)).id, ideaId: (await ideas(svc))[0].id, delta: 1 };
  },
  'criteria.add': async () => ({ name: 'Kosten', weight: 2 }),
  'criteria.update': async (svc) => ({ id: (await criterion(svc)).id, weight: 3 }),
  'criteria.delete': async (svc) => ({ id: (await criterion(svc)).id }),
  'criteria.rate': async (svc) => ({ ideaId: (await ideas(svc))[0].id, criterionId: (await criterion(svc)).id, value: 5 }),
  'ranking.toActions': async () => ({ top: 50 }),
  'actions.add': async () => ({ title: 'Neue Maßnahme', responsible: 'Integrationsbüro' }),
  'actions.update': async (svc) => ({ id: (await actions(svc))[0].id, patch: { title: 'Geänderte Maßnahme', status: 'erledigt' } }),
  'actions.delete': async (svc) => ({ id: (await actions(svc))[0].id }),
  'actions.addUpdate': async (svc) => ({ actionId: (await actions(svc))[0].id, date: '2027-01-15', note: 'Erstes Treffen fand statt' }),
  'actions.deleteUpdate': async (svc) => {
    const withNote = (await actions(svc)).find((a) => a.updates.length);
    if (withNote) return { id: withNote.updates[0].id };
    const a = await svc.run('actions.addUpdate', { actionId: (await actions(svc))[0].id, date: '2027-01-15', note: 'Notiz' });
    return { id: a.updates[0].id };
  },
  'actions.setLinks': async (svc) => ({ id: (await actions(svc))[0].id, links: [{ kind: 'field', ref: 'arbeit' }] }),
  'agenda.setStart': async () => ({ time: '09:30' }),
  'agenda.add': async () => ({ title: 'Galeriegang', minutes: 20, phase: 'staerken' }),
  'agenda.update': async (svc) => ({ id: (await agendaItem(svc)).id, minutes: 33 }),
  'agenda.delete': async (svc) => ({ id: (await agendaItem(svc)).id }),
  'agenda.move': async (svc) => {
    await agendaItem(svc);
    const items = (await svc.run('agenda.get', {})).items;
    return { id: items[0].id, toIndex: items.length - 1 };
  },
  'agenda.useTemplate': async (svc) => {
    for (const it of (await svc.run('agenda.get', {})).items) await svc.run('agenda.delete', { id: it.id });
    return {};
  },
  'agenda.start': async (svc) => ({ id: (await agendaItem(svc, 'plan')).id }),
  'agenda.pause': async (svc) => {
    await svc.run('agenda.start', { id: (await agendaItem(svc)).id });
    return { paused: true };
  },
  'agenda.extend': async (svc) => {
    await svc.run('agenda.start', { id: (await agendaItem(svc)).id });
    return { minutes: 5 };
  },
  'agenda.next': async (svc) => {
    await svc.run('agenda.start', { id: (await agendaItem(svc)).id });
    return {};
  },
  'agenda.finish': async (svc) => {
    await svc.run('agenda.start', { id: (await agendaItem(svc)).id });
    return {};
  },
  'exchange.setSources': async (svc) => ({ sources: [await packageFolder(svc)] }),
  'exchange.adopt': async (svc) => {
    await svc.run('exchange.setSources', { sources: [await packageFolder(svc)] });
    const sug = (await svc.run('exchange.suggestions', {})).suggestions[0];
    return { packageHash: sug.packageHash, kind: sug.kind, index: sug.index };
  },
  'tables.add': async () => ({ name: 'Tisch Nord', field: 'arbeit', host: 'Herr B.' }),
  'tables.update': async (svc) => ({ id: (await table(svc)).id, topic: 'Ausbildung' }),
  'tables.delete': async (svc) => ({ id: (await table(svc)).id }),
  'tables.perField': async (svc) => {
    for (const t of await svc.run('tables.list', {})) await svc.run('tables.delete', { id: t.id });
    return {};
  },
};

// Calls that replace or reload the whole workshop announce every topic; desktop shell, file and history
// controls are covered by their own tests.
// The participant mode's controls start and stop a network server; their topics are checked in
// electron/core/participants/*.test.ts against a running phone server.
const NOT_SAMPLED = new Set<Method>([
  'participants.start',
  'participants.stop',
  'participants.renewCode',
  'participants.renewTableCode',
  'participants.check',
  'participants.configure',
  'participants.approve',
  'shell.openProjector',
  'shell.pickOpen',
  'shell.pickSaveAs',
  'shell.pickPath',
  'workshop.create',
  'workshop.open',
  'workshop.openDemo',
  'workshop.close',
  'workshop.saveAs',
  'history.undo',
  'history.redo',
  'import.commit',
  // Exchange packages are written beside the workshop, never into it (electron/core/exchange/exchange.test.ts).
  'exchange.write',
  'exchange.render',
]);

// Constant answers (a template, the app's own example folder) have nothing to go stale on.
const CONSTANT = new Set<Method>(['import.template', 'programme.examples']);
const cachedQueries = METHODS.filter((m) => contract[m].kind === 'query' && contract[m].input.safeParse({}).success && !CONSTANT.has(m));

async function snapshot(svc: WorkshopService): Promise<Map<Method, string>> {
  const out = new Map<Method, string>();
  // serverNow is the laptop's clock at reading time, not workshop data.
  for (const m of cachedQueries)
    out.set(
      m,
      JSON.stringify(await svc.run(m, {}), (k, v) => (k === 'serverNow' ? undefined : v)),
    );
  return out;
}

// The projector's table focus (a table group presents its cards) is session state: the session query
// follows it, and the table list it shows from reloads on 'tables', 'cards' and 'ideas'.
test('a projector focus on one table is announced as a session change and read back', async () => {
  const t = await table(s);
  const before = await snapshot(s);
  const announced: Topic[] = [];
  s.events.on('change', (e: { topics: Topic[] }) => announced.push(...e.topics));
  const out = await s.run('session.set', { projector: { focus: { kind: 'table', id: t.id } } });
  expect(out.projector.focus).toEqual({ kind: 'table', id: t.id });
  expect((await s.run('session.get', {})).projector.focus).toEqual({ kind: 'table', id: t.id });
  const after = await snapshot(s);
  const changed = cachedQueries.filter((q) => before.get(q) !== after.get(q));
  expect(changed).toContain('session.get');
  for (const q of changed)
    expect(
      contract[q].staleOn.some((x) => announced.includes(x)),
      q,
    ).toBe(true);
  await expect(s.run('session.set', { projector: { focus: { kind: 'table', id: 0 } } })).rejects.toThrow();
  expect(contract['tables.list'].staleOn).toEqual(expect.arrayContaining(['tables', 'cards', 'ideas']));
});

describe('declared staleness', () => {
  test('every mutating method has a sample here', () => {
    const missing = METHODS.filter((m) => contract[m].kind !== 'query' && !SAMPLES[m] && !NOT_SAMPLED.has(m));
    expect(missing).toEqual([]);
  });

  test('every query declares staleOn topics that exist', () => {
    for (const m of cachedQueries) expect(contract[m].staleOn.length, m).toBeGreaterThan(0);
  });

  for (const [method, sample] of Object.entries(SAMPLES) as [Method, Sample][]) {
    test(`after ${method}, every query whose answer changed is declared stale by its topics`, async () => {
      const input = await sample(s);
      const before = await snapshot(s);
      const announced: Topic[] = [];
      s.events.on('change', (e: { topics: Topic[] }) => announced.push(...e.topics));
      await s.run(method, input);
      const after = await snapshot(s);
      const changed = cachedQueries.filter((q) => before.get(q) !== after.get(q));
      expect(changed.length, `${method} changed nothing: the sample input is not a real change`).toBeGreaterThan(0);
      for (const q of changed) {
        const stale = contract[q].staleOn.some((t) => announced.includes(t));
        expect(stale, `${q} changed after ${method} (announced: ${announced.join(', ')}), but declares staleOn: ${contract[q].staleOn.join(', ')}`).toBe(true);
      }
    });
  }
});
