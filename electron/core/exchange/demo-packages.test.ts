import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { WorkshopService } from '../service';
import { contentHash, readPackageFile } from './package-file';
import { demoPackagesDir, isAppResource, relocateAppResource } from './demo-packages';
import { listPackageFiles } from './programme-dir';
import { buildDemoPackages, DEMO_PACKAGE_SOURCES } from '../../../scripts/make-demo-packages';
import { EXCHANGE_FORMAT, EXCHANGE_FORMAT_VERSION } from '../../../shared/exchange/package';

// The demo's example packages (resources/demo/pakete): real files through the refusing reader,
// and the demo workshop reading them as its suggestion source on a computer that never chose them.
let dir: string;
let s: WorkshopService;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-demo-pakete-'));
  s = new WorkshopService({ paths: { settingsDir: path.join(dir, 'settings'), workshopsDir: path.join(dir, 'ws') } });
});
afterEach(() => {
  s.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const examples = () => {
  const d = demoPackagesDir();
  if (!d) throw new Error('resources/demo/pakete not found');
  return d;
};

describe('example packages of the demo', () => {
  test('every shipped package passes the refusing reader: format, version, hash; one is pseudonymised, no source name leaks', () => {
    const names = listPackageFiles(examples());
    expect(names.length).toBe(DEMO_PACKAGE_SOURCES.length);
    expect(names.length).toBeGreaterThanOrEqual(3);
    const pkgs = names.map((n) => readPackageFile(path.join(examples(), n)));
    for (const p of pkgs) {
      expect(p.format).toBe(EXCHANGE_FORMAT);
      expect(p.formatVersion).toBe(EXCHANGE_FORMAT_VERSION);
      expect(p.contentHash).toBe(contentHash(p.content));
      expect(p.content.fields.map((f) => f.key)).toHaveLength(7);
      expect(p.content.actions.length).toBeGreaterThan(0);
      expect(p.content.strengthThemes.length).toBeGreaterThan(0);
      expect(p.content.ideas.every((i) => i.rank !== null && i.dots > 0)).toBe(true);
      // Roles and organisations go out, no descriptions or notes (the builder's redaction).
      for (const a of p.content.actions) {
        expect(a.responsibleRole).toBeTruthy();
        expect(a.description).toBeUndefined();
        expect(a.notes).toBeUndefined();
      }
    }
    const pseudo = DEMO_PACKAGE_SOURCES.filter((x) => x.pseudonym);
    expect(pseudo).toHaveLength(1);
    expect(pkgs.filter((p) => p.content.pseudonymised).map((p) => p.content.municipality)).toEqual([pseudo[0]!.pseudonym]);
    for (const n of names) expect(fs.readFileSync(path.join(examples(), n), 'utf8')).not.toContain(pseudo[0]!.municipality);
  });

  test('the committed files are what the generator builds from its source now (re-run scripts/make-demo-packages.ts if not)', () => {
    const out = path.join(dir, 'neu');
    fs.mkdirSync(out);
    const built = buildDemoPackages(out);
    const shipped = listPackageFiles(examples()).map((n) => ({ n, p: readPackageFile(path.join(examples(), n)) }));
    expect(built.map((b) => [path.basename(b.file), b.pkg.contentHash])).toEqual(shipped.map((x) => [x.n, x.p.contentHash]));
  });

  test('the demo workshop suggests from them without any confirmation on this computer, and one can be adopted', async () => {
    await s.run('workshop.openDemo', {});
    const r = await s.run('exchange.suggestions', {});
    expect(r.sources).toEqual([{ path: examples(), kind: 'folder', packages: DEMO_PACKAGE_SOURCES.length, problem: null }]);
    expect(r.refused).toEqual([]);
    expect(r.suggestions.length).toBeGreaterThan(0);
    // Meaningful: the best ones answer the demo's own potentials word for word.
    expect(r.suggestions[0]!.potentials.length).toBeGreaterThan(0);
    // Trusted as the app's resource, not by a confirmation written to this computer's settings.
    expect(fs.existsSync(path.join(dir, 'settings', 'exchange-sources.json'))).toBe(false);

    const first = r.suggestions[0]!;
    const idea = await s.run('exchange.adopt', { packageHash: first.packageHash, kind: first.kind, index: first.index });
    expect(idea.source).toMatchObject({ municipality: first.municipality, packageHash: first.packageHash });
    const again = await s.run('exchange.suggestions', {});
    expect(again.suggestions.find((x) => x.id === first.id)?.adoptedIdeaId).toBe(idea.id);
  });

  test('only the example folder and its files are trusted, not a path around them', async () => {
    expect(isAppResource(examples())).toBe(true);
    expect(isAppResource(path.join(examples(), 'x.json'))).toBe(true);
    expect(isAppResource(path.dirname(examples()))).toBe(false);
    expect(isAppResource(path.join(examples(), 'sub', 'x.json'))).toBe(false);
    expect(isAppResource(`${examples()}-andere`)).toBe(false);

    // A workshop file naming the example folder beside a foreign one: the foreign one stays untouched.
    await s.run('workshop.create', { name: 'W', municipality: 'Hierstadt', date: '2026-11-30', file: path.join(dir, 'w.werkstatt') });
    s.close();
    const other = path.join(dir, 'fremd');
    const db = new Database(path.join(dir, 'w.werkstatt'));
    db.prepare("INSERT INTO meta(key, value) VALUES ('exchange_sources', ?)").run(JSON.stringify([examples(), other]));
    db.close();
    s = new WorkshopService({ paths: { settingsDir: path.join(dir, 'settings'), workshopsDir: path.join(dir, 'ws') } });
    await s.run('workshop.open', { file: path.join(dir, 'w.werkstatt') });
    const r = await s.run('exchange.suggestions', {});
    expect(r.sources.map((x) => [x.path, x.kind])).toEqual([
      [examples(), 'folder'],
      [other, 'unconfirmed'],
    ]);
  });

  test("a demo saved by an earlier start (AppImage mount, moved app) finds this installation's example folder", async () => {
    await s.run('workshop.openDemo', { file: path.join(dir, 'demo.werkstatt') });
    s.close();
    const old = '/tmp/.mount_Selbst9xQ2/resources/app.asar/resources/demo/pakete';
    const db = new Database(path.join(dir, 'demo.werkstatt'));
    db.prepare("UPDATE meta SET value = ? WHERE key = 'exchange_sources'").run(JSON.stringify([old]));
    db.close();
    s = new WorkshopService({ paths: { settingsDir: path.join(dir, 'settings'), workshopsDir: path.join(dir, 'ws') } });
    await s.run('workshop.open', { file: path.join(dir, 'demo.werkstatt') });
    const r = await s.run('exchange.suggestions', {});
    expect(r.sources).toEqual([{ path: examples(), kind: 'folder', packages: DEMO_PACKAGE_SOURCES.length, problem: null }]);
    expect(relocateAppResource('C:\\Programme\\Selbstcheck-Werkstatt\\resources\\app.asar\\resources\\demo\\pakete')).toBe(examples());
    // Only that exact folder name: anything else is left alone (and stays unconfirmed).
    for (const p of ['/home/x/resources/demo/pakete/extra', '/home/x/demo/pakete', '/home/x/resources/demo/pakete2']) expect(relocateAppResource(p)).toBe(p);
  });

  test('the programme view gets the example folder as a starting point and shows every municipality', async () => {
    const { dir: d } = await s.run('programme.examples', {});
    expect(d).toBe(examples());
    const p = await s.run('programme.load', { dir: d! });
    expect(p.municipalities).toHaveLength(DEMO_PACKAGE_SOURCES.length);
    expect(p.refused).toEqual([]);
    expect(p.fields.every((f) => f.n === DEMO_PACKAGE_SOURCES.length)).toBe(true);
    expect(p.sharedPotentials.length).toBeGreaterThan(0);
  });
});
