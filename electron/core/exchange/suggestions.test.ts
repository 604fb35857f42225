import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { WorkshopService } from '../service';
import { makePackage } from './package-file';
import type { ExchangeAction, ExchangeContent } from '../../../shared/exchange/package';

// "Anregungen aus anderen Kommunen" through the service: real workshop files, real package files
// written by the same builders the app uses, and the refusing reader in between.
let dir: string;
let s: WorkshopService;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-suggest-'));
  s = new WorkshopService({ paths: { settingsDir: path.join(dir, 'settings'), workshopsDir: path.join(dir, 'ws') } });
});
afterEach(() => {
  s.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const action = (title: string, field: ExchangeAction['field'], extra: Partial<ExchangeAction> = {}): ExchangeAction => ({
  title,
  field,
  status: 'geplant',
  ...extra,
});
function content(municipality: string, actions: ExchangeAction[], over: Partial<ExchangeContent> = {}): ExchangeContent {
  return {
    municipality,
    pseudonymised: false,
    date: '2026-10-01',
    fields: [{ key: 'zugang', score: municipality === 'Adorf' ? 95 : 10, answered: 10, dontKnow: 0, skipped: 0 }],
    strengthThemes: [],
    ideas: [],
    actions,
    ...over,
  };
}
function writePkg(folder: string, name: string, c: ExchangeContent) {
  fs.mkdirSync(folder, { recursive: true });
  const pkg = makePackage(c, '2026-10-02T10:00:00.000Z');
  fs.writeFileSync(path.join(folder, name), JSON.stringify(pkg, null, 2));
  return pkg;
}

async function workshopWithIdea() {
  await s.run('workshop.create', { name: 'Werkstatt', municipality: 'Hierstadt', date: '2026-11-30', file: path.join(dir, 'ws.werkstatt') });
  await s.run('ideas.add', { text: 'Sprachmittler im Bürgeramt einsetzen', field: 'zugang' });
}

describe('suggestions from other municipalities', () => {
  test('same field only, ranked by shared words (not by any score); tampered and newer packages skipped with a note', async () => {
    await workshopWithIdea();
    const pk = path.join(dir, 'pakete');
    // Adorf has the highest score in the field; its action shares no word with this workshop.
    const a = writePkg(pk, 'a.json', content('Adorf', [action('Mehrsprachige Formulare', 'zugang'), action('Ausbildungsmesse', 'arbeit')]));
    const b = writePkg(
      pk,
      'b.json',
      content('Kommune Süd', [action('Pool von Sprachmittlern für das Bürgeramt', 'zugang', { partners: 'Migrantenverein' })], {
        pseudonymised: true,
        strengthThemes: [{ label: 'Bürgeramt mit Sprachmittlern', field: 'zugang', cards: ['Dolmetscher im Amt'] }],
      }),
    );
    const bad = makePackage(content('Böse', [action('Sprachmittler Bürgeramt sofort', 'zugang')]));
    bad.content.actions[0].title = 'Sprachmittler im Bürgeramt einsetzen (verändert)';
    fs.writeFileSync(path.join(pk, 'c.json'), JSON.stringify(bad));
    fs.writeFileSync(path.join(pk, 'd.json'), JSON.stringify({ ...makePackage(content('Zukunft', [])), formatVersion: 9 }));

    await s.run('exchange.setSources', { sources: [pk] });
    const r = await s.run('exchange.suggestions', {});
    expect(r.sources).toEqual([{ path: pk, kind: 'folder', packages: 2, problem: null }]);
    expect(r.fields).toEqual(['zugang']);
    expect(r.suggestions.map((x) => [x.title, x.municipality, x.kind])).toEqual([
      ['Pool von Sprachmittlern für das Bürgeramt', 'Kommune Süd', 'action'],
      ['Bürgeramt mit Sprachmittlern', 'Kommune Süd', 'theme'],
      ['Mehrsprachige Formulare', 'Adorf', 'action'],
    ]);
    expect(r.suggestions[0].words).toEqual(expect.arrayContaining(['Sprachmittlern', 'Bürgeramt']));
    expect(r.suggestions[2].words).toEqual([]);
    expect(r.suggestions[0]).toMatchObject({ packageHash: b.contentHash, pseudonymised: true, adoptedIdeaId: null });
    expect(r.packages.map((p) => p.hash)).toEqual([a.contentHash, b.contentHash]);
    // Nothing from the tampered or the newer package; both listed with their own message.
    expect(JSON.stringify(r.suggestions)).not.toContain('verändert');
    expect(r.refused.map((x) => [path.basename(x.file), x.key])).toEqual([
      ['c.json', 'exchange.tampered'],
      ['d.json', 'exchange.newerFormat'],
    ]);
    expect(r.refused[0].message).toMatch(/Prüfsumme/);

    // One field asked for: only that one.
    const arbeit = await s.run('exchange.suggestions', { field: 'arbeit' });
    expect(arbeit.suggestions.map((x) => x.title)).toEqual(['Ausbildungsmesse']);
  });

  test('adopt: a next step with its origin, linked to the same potential; undo and redo; twice is refused; delete removes the origin', async () => {
    await workshopWithIdea();
    const pk = path.join(dir, 'pakete');
    const p = writePkg(pk, 'm.json', content('Musterstadt', [action('Lotsenprogramm für Neuzugewanderte', 'zugang', { potentials: ['Gibt es Lotsen?'] })]));
    await s.run('exchange.setSources', { sources: [pk] });
    const before = await s.run('ideas.list', {});
    const idea = await s.run('exchange.adopt', { packageHash: p.contentHash, kind: 'action', index: 0 });
    expect(idea).toMatchObject({
      text: 'Lotsenprogramm für Neuzugewanderte',
      field: 'zugang',
      source: { municipality: 'Musterstadt', pseudonymised: false, packageHash: p.contentHash, kind: 'action', title: 'Lotsenprogramm für Neuzugewanderte' },
    });
    expect((await s.run('ideas.list', {})).find((i) => i.id === idea.id)?.source?.municipality).toBe('Musterstadt');
    expect((await s.run('exchange.suggestions', {})).suggestions[0].adoptedIdeaId).toBe(idea.id);
    const again = await s.call('exchange.adopt', { packageHash: p.contentHash, kind: 'action', index: 0 });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', key: 'exchange.alreadyAdopted' } });

    // The origin goes into the export of the next steps.
    const md = await s.run('export.render', { format: 'md' });
    expect(Buffer.from(md.base64, 'base64').toString('utf8')).toContain('Lotsenprogramm für Neuzugewanderte (aus: Musterstadt)');
    const en = await s.run('export.render', { format: 'md', locale: 'en' });
    expect(Buffer.from(en.base64, 'base64').toString('utf8')).toContain('Lotsenprogramm für Neuzugewanderte (from: Musterstadt)');

    expect((await s.run('history.get', {})).undo).toBe('undo.adoptIdea');
    await s.run('history.undo', {});
    expect(await s.run('ideas.list', {})).toEqual(before);
    expect((await s.run('exchange.suggestions', {})).suggestions[0].adoptedIdeaId).toBeNull();
    await s.run('history.redo', {});
    expect((await s.run('ideas.list', {})).find((i) => i.id === idea.id)?.source?.title).toBe('Lotsenprogramm für Neuzugewanderte');

    await s.run('ideas.delete', { id: idea.id });
    const db = new Database(path.join(dir, 'ws.werkstatt'), { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) AS n FROM idea_sources').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  test('a step links to this workshop’s question when the action answers the same potential', async () => {
    s.openOrCreateDemo();
    const results = await s.run('results.get', {});
    const q = results.potentials.questions[0];
    const text = results.questions.find((x) => x.id === q.questionId)!.text;
    const pk = path.join(dir, 'pakete');
    const p = writePkg(pk, 'x.json', content('Musterstadt', [action('Ein ganz eigener Titel', 'arbeit', { potentials: [text] })]));
    await s.run('exchange.setSources', { sources: [path.join(pk, 'x.json')] });
    const r = await s.run('exchange.suggestions', {});
    const sug = r.suggestions.find((x) => x.packageHash === p.contentHash)!;
    expect(sug.potentials).toEqual([text]);
    expect(r.sources[0]).toMatchObject({ kind: 'file', packages: 1 });
    const idea = await s.run('exchange.adopt', { packageHash: p.contentHash, kind: 'action', index: 0 });
    expect(idea.links).toEqual([{ kind: 'question', ref: q.questionId }]);
  });

  test('sources are kept in the workshop file; a missing path is refused when set and shown as missing later', async () => {
    await workshopWithIdea();
    const pk = path.join(dir, 'pakete');
    writePkg(pk, 'm.json', content('Musterstadt', [action('Sprachmittler-Pool', 'zugang')]));
    const missing = await s.call('exchange.setSources', { sources: [path.join(dir, 'gibtsnicht')] });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND_FILE', key: 'exchange.sourceMissing' } });
    expect((await s.run('exchange.suggestions', {})).sources).toEqual([]);
    await s.run('exchange.setSources', { sources: [pk] });
    // Setting sources is a setting, not an undo step.
    expect((await s.run('history.get', {})).undo).toBe('undo.addIdea');

    await s.run('workshop.close', {});
    await s.run('workshop.open', { file: path.join(dir, 'ws.werkstatt') });
    expect((await s.run('exchange.suggestions', {})).suggestions.map((x) => x.title)).toEqual(['Sprachmittler-Pool']);

    // The USB stick is gone: no error, the source says why.
    fs.renameSync(pk, `${pk}-weg`);
    const r = await s.run('exchange.suggestions', {});
    expect(r.suggestions).toEqual([]);
    expect(r.sources[0]).toMatchObject({ kind: 'missing', problem: { key: 'exchange.sourceMissing' } });
    expect(r.sources[0].problem?.message).toMatch(/gibt es nicht/);
  });

  test('a workshop file from elsewhere names folders: they are not read until confirmed on this computer', async () => {
    await workshopWithIdea();
    const pk = path.join(dir, 'pakete');
    const p = writePkg(pk, 'm.json', content('Musterstadt', [action('Sprachmittler-Pool', 'zugang')]));
    await s.run('exchange.setSources', { sources: [pk] });
    // Someone else's file names a second folder (written straight into the file, as a hostile file would).
    const other = path.join(dir, 'fremd');
    writePkg(other, 'x.json', content('Xdorf', [action('Sprachmittler für alle', 'zugang')]));
    s.close();
    const db = new Database(path.join(dir, 'ws.werkstatt'));
    db.prepare("UPDATE meta SET value = ? WHERE key = 'exchange_sources'").run(JSON.stringify([pk, other]));
    db.close();

    // The same computer: its own folder is read, the one it never chose is not touched.
    s = new WorkshopService({ paths: { settingsDir: path.join(dir, 'settings'), workshopsDir: path.join(dir, 'ws') } });
    await s.run('workshop.open', { file: path.join(dir, 'ws.werkstatt') });
    let r = await s.run('exchange.suggestions', {});
    expect(r.sources.map((x) => [x.path, x.kind, x.packages])).toEqual([
      [pk, 'folder', 1],
      [other, 'unconfirmed', 0],
    ]);
    expect(r.suggestions.map((x) => x.municipality)).toEqual(['Musterstadt']);
    const refused = await s.call('exchange.adopt', {
      packageHash: makePackage(content('Xdorf', [action('Sprachmittler für alle', 'zugang')])).contentHash,
      kind: 'action',
      index: 0,
    });
    expect(refused).toMatchObject({ ok: false, error: { key: 'exchange.suggestionGone' } });

    // Another computer (another settings folder): nothing is read until the facilitator there loads it.
    s.close();
    s = new WorkshopService({ paths: { settingsDir: path.join(dir, 'settings-2'), workshopsDir: path.join(dir, 'ws') } });
    await s.run('workshop.open', { file: path.join(dir, 'ws.werkstatt') });
    r = await s.run('exchange.suggestions', {});
    expect(r.sources.map((x) => x.kind)).toEqual(['unconfirmed', 'unconfirmed']);
    expect(r.suggestions).toEqual([]);
    await s.run('exchange.setSources', { sources: [pk] });
    r = await s.run('exchange.suggestions', {});
    expect(r.suggestions.map((x) => x.packageHash)).toEqual([p.contentHash]);
  });

  test('adopt re-reads the package: a package changed after loading is not trusted', async () => {
    await workshopWithIdea();
    const pk = path.join(dir, 'pakete');
    const p = writePkg(pk, 'm.json', content('Musterstadt', [action('Sprachmittler-Pool', 'zugang')]));
    await s.run('exchange.setSources', { sources: [pk] });
    expect((await s.run('exchange.suggestions', {})).suggestions).toHaveLength(1);
    const changed = JSON.parse(fs.readFileSync(path.join(pk, 'm.json'), 'utf8'));
    changed.content.actions[0].title = 'Etwas ganz anderes';
    fs.writeFileSync(path.join(pk, 'm.json'), JSON.stringify(changed, null, 2) + ' ');
    const r = await s.call('exchange.adopt', { packageHash: p.contentHash, kind: 'action', index: 0 });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', key: 'exchange.suggestionGone' } });
    expect((await s.run('ideas.list', {})).map((i) => i.text)).toEqual(['Sprachmittler im Bürgeramt einsetzen']);
    // An index outside the package, or a hash never loaded: refused the same way.
    const out = await s.call('exchange.adopt', { packageHash: 'a'.repeat(64), kind: 'theme', index: 0 });
    expect(out).toMatchObject({ ok: false, error: { key: 'exchange.suggestionGone' } });
  });
});
