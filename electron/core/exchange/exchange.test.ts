import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { WorkshopService } from '../service';
import { contentHash, makePackage } from './package-file';
import { EXCHANGE_FORMAT_VERSION, ExchangePackageSchema, type ExchangeContent } from '../../../shared/exchange/package';
import { errorText } from '../../../shared/domain/errors';

let dir: string;
let s: WorkshopService;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-exchange-'));
  s = new WorkshopService({ paths: { settingsDir: path.join(dir, 'settings'), workshopsDir: path.join(dir, 'ws') } });
});
afterEach(() => {
  s.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Person names in the demo plan: "Integrationsbeauftragte (Dilara Sommerfeld)" → "Dilara Sommerfeld". */
async function demoPrivates() {
  s.openOrCreateDemo();
  const actions = await s.run('actions.list', {});
  const names = actions.flatMap((a) => [...(a.responsible ?? '').matchAll(/\(([^)]+)\)/g)].map((m) => m[1]));
  const notes = actions.flatMap((a) => [...(a.description ? [a.description] : []), ...a.updates.map((u) => u.note)]).filter((t) => t.trim().length > 10);
  return { names, notes, actions };
}

const packagePath = (name = 'a.werkstatt-austausch.json') => path.join(dir, name);

describe('writing a package', () => {
  test('by default no person name from the responsible column and no description or progress note leaks into the file', async () => {
    const { names, notes } = await demoPrivates();
    expect(names.length).toBeGreaterThanOrEqual(2);
    expect(notes.length).toBeGreaterThan(5);
    const r = await s.run('exchange.write', { file: packagePath() });
    const text = fs.readFileSync(r.file, 'utf8');
    for (const n of names) expect(text, n).not.toContain(n);
    for (const n of notes) expect(text, n).not.toContain(n);
    expect(text).not.toContain('responsibleRole');
    // What does go out: aggregates, themes with cards, steps, actions with organisations.
    const pkg = ExchangePackageSchema.parse(JSON.parse(text));
    expect(pkg.content.fields).toHaveLength(7);
    expect(pkg.content.strengthThemes.length).toBeGreaterThan(0);
    expect(pkg.content.actions.some((a) => a.partners)).toBe(true);
    expect(pkg.contentHash).toBe(contentHash(pkg.content));
    expect(pkg.formatVersion).toBe(EXCHANGE_FORMAT_VERSION);
    // Never per respondent: no respondent ids or answers.
    expect(text).not.toMatch(/respondent|"answers"/i);
  });

  test('the preview tells how much was kept back; responsible and notes go out only when included', async () => {
    const { names, notes } = await demoPrivates();
    const p = await s.run('exchange.preview', {});
    expect(p.withheld.responsible).toBeGreaterThan(0);
    expect(p.withheld.notes).toBeGreaterThan(0);
    const r = await s.run('exchange.write', { file: packagePath(), includeResponsible: true, includeNotes: true });
    const text = fs.readFileSync(r.file, 'utf8');
    for (const n of names) expect(text).toContain(n);
    expect(notes.some((n) => text.includes(n))).toBe(true);
    expect((await s.run('exchange.preview', { includeResponsible: true, includeNotes: true })).withheld).toEqual({ responsible: 0, notes: 0 });
  });

  test('items the coordinator leaves out are not in the file; a pseudonym replaces the name', async () => {
    s.openOrCreateDemo();
    const p = await s.run('exchange.preview', {});
    const action = p.items.find((i) => i.kind === 'action')!;
    const idea = p.items.find((i) => i.kind === 'idea')!;
    const theme = p.items.find((i) => i.kind === 'theme')!;
    const r = await s.run('exchange.write', { file: packagePath(), exclude: [action.id, idea.id, theme.id, 'field:arbeit'], pseudonym: 'Kommune Nord' });
    const pkg = ExchangePackageSchema.parse(JSON.parse(fs.readFileSync(r.file, 'utf8')));
    expect(pkg.content.actions.map((a) => a.title)).not.toContain(p.content.actions[0].title);
    expect(pkg.content.actions).toHaveLength(p.content.actions.length - 1);
    expect(pkg.content.ideas).toHaveLength(p.content.ideas.length - 1);
    expect(pkg.content.strengthThemes.map((t) => t.label)).not.toContain(theme.label);
    expect(pkg.content.fields.map((f) => f.key)).not.toContain('arbeit');
    expect(pkg.content).toMatchObject({ municipality: 'Kommune Nord', pseudonymised: true });
    const again = await s.run('exchange.preview', { exclude: [action.id] });
    expect(again.items.find((i) => i.id === action.id)!.excluded).toBe(true);
  });

  test('exchange.render gives the same package as a download; the file name carries no path characters', async () => {
    const { names } = await demoPrivates();
    const out = await s.run('exchange.render', { pseudonym: '../../etc/Kommune: Nord' });
    expect(out.fileName).toMatch(/^\d{4}-\d{2}-\d{2} \.\. \.\. etc Kommune Nord\.werkstatt-austausch\.json$/);
    const text = Buffer.from(out.base64, 'base64').toString('utf8');
    const pkg = ExchangePackageSchema.parse(JSON.parse(text));
    expect(pkg.contentHash).toBe(contentHash(pkg.content));
    expect(pkg.content).toEqual((await s.run('exchange.preview', { pseudonym: '../../etc/Kommune: Nord' })).content);
    for (const n of names) expect(text).not.toContain(n);
  });

  test('never overwrites: an existing file stays as it was and no temporary file is left', async () => {
    s.openOrCreateDemo();
    const target = packagePath();
    fs.writeFileSync(target, 'mine');
    const r = await s.call('exchange.write', { file: target });
    expect(r).toMatchObject({ ok: false, error: { code: 'FILE_EXISTS', key: 'exchange.exists' } });
    expect(fs.readFileSync(target, 'utf8')).toBe('mine');
    expect(await s.call('exchange.write', { file: path.join(dir, 'missing', 'x.json') })).toMatchObject({ ok: false, error: { key: 'exchange.dirNotFound' } });
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('reading a package', () => {
  async function goodPackage(): Promise<{ file: string; pkg: ReturnType<typeof makePackage> }> {
    s.openOrCreateDemo();
    const r = await s.run('exchange.write', { file: packagePath('good.werkstatt-austausch.json') });
    return { file: r.file, pkg: JSON.parse(fs.readFileSync(r.file, 'utf8')) };
  }
  const write = (name: string, data: string | Buffer) => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, data);
    return f;
  };
  /** Refused with `key`, the file unchanged, and nothing new in the folder. */
  async function refuses(file: string, code: string, key: string) {
    const before = fs.readFileSync(file);
    const listing = fs.readdirSync(dir).sort();
    const r = await s.call('exchange.readPackage', { file });
    expect(r).toMatchObject({ ok: false, error: { code, key } });
    if (!r.ok) {
      expect(errorText(r.error, 'de')).toContain(path.basename(file));
      expect(errorText(r.error, 'en')).toContain(path.basename(file));
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(listing);
  }

  test('a good package reads back with its counts', async () => {
    const { file, pkg } = await goodPackage();
    const r = await s.run('exchange.readPackage', { file });
    expect(r).toMatchObject({ municipality: pkg.content.municipality, contentHash: pkg.contentHash, formatVersion: 1 });
    expect(r.counts.actions).toBe(pkg.content.actions.length);
    // Re-indenting keeps it valid: the hash is over canonical JSON, not the file's layout.
    const f2 = write('compact.json', JSON.stringify(pkg));
    expect((await s.run('exchange.readPackage', { file: f2 })).contentHash).toBe(pkg.contentHash);
  });

  test('not JSON', async () => refuses(write('x.json', '{"format": "selbstcheck-austausch", '), 'CORRUPT', 'exchange.notJson'));
  test('not UTF-8', async () => refuses(write('x.json', Buffer.from([0x7b, 0xff, 0xfe, 0x7d])), 'CORRUPT', 'exchange.notUtf8'));
  test('JSON, but not a package', async () => {
    await refuses(write('x.json', '{"name": "Workshop", "cards": []}'), 'FOREIGN_FILE', 'exchange.notPackage');
    await refuses(write('y.json', '[1,2,3]'), 'FOREIGN_FILE', 'exchange.notPackage');
    await refuses(write('z.json', 'null'), 'FOREIGN_FILE', 'exchange.notPackage');
  });
  test('a newer format version', async () => {
    const { pkg } = await goodPackage();
    await refuses(write('new.json', JSON.stringify({ ...pkg, formatVersion: 2, content: { future: true } })), 'NEWER_VERSION', 'exchange.newerFormat');
  });
  test('tampered: one card changed, the hash no longer matches', async () => {
    const { pkg } = await goodPackage();
    const original = structuredClone(pkg);
    pkg.content.strengthThemes[0].cards[0] = 'Wir sind die Besten.';
    await refuses(write('t.json', JSON.stringify(pkg)), 'CORRUPT', 'exchange.tampered');
    // The hash itself changed is tampering as well.
    await refuses(write('t2.json', JSON.stringify({ ...original, contentHash: '0'.repeat(64) })), 'CORRUPT', 'exchange.tampered');
  });
  test('schema violations (with a matching hash): unknown status, extra key, __proto__, wrong type', async () => {
    const { pkg } = await goodPackage();
    const withContent = (content: unknown) => JSON.stringify({ ...pkg, content, contentHash: contentHash(content) });
    const bad1 = { ...pkg.content, actions: [{ ...pkg.content.actions[0], status: 'gewonnen' }] };
    await refuses(write('s1.json', withContent(bad1)), 'CORRUPT', 'exchange.schema');
    await refuses(write('s2.json', withContent({ ...pkg.content, respondents: [{ name: 'A' }] })), 'CORRUPT', 'exchange.schema');
    await refuses(write('s3.json', withContent({ ...pkg.content, fields: 'alle' })), 'CORRUPT', 'exchange.schema');
    const proto = withContent(pkg.content).replace('"content":{', '"content":{"__proto__":{"polluted":1},');
    await refuses(write('s4.json', proto), 'CORRUPT', expect.stringMatching(/exchange\.(schema|tampered)/) as unknown as string);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await refuses(write('s5.json', JSON.stringify({ ...pkg, extra: 1 })), 'CORRUPT', 'exchange.schema');
  });
  test('too large (> 20 MB) is refused before it is read', async () => {
    const f = path.join(dir, 'big.json');
    fs.writeFileSync(f, '{');
    fs.truncateSync(f, 21 * 1024 * 1024);
    const r = await s.call('exchange.readPackage', { file: f });
    expect(r).toMatchObject({ ok: false, error: { code: 'LIMIT', key: 'exchange.tooLarge' } });
  });
  test('a missing file', async () => {
    expect(await s.call('exchange.readPackage', { file: path.join(dir, 'none.json') })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND_FILE', key: 'exchange.notFound' },
    });
  });
  test('texts are texts: markup and formulas come back as the same characters', async () => {
    const content: ExchangeContent = {
      municipality: '<img src=x onerror=alert(1)>',
      pseudonymised: false,
      date: '2026-11-01',
      fields: [],
      strengthThemes: [{ label: '=HYPERLINK("http://x")', cards: ['<script>alert(1)</script>', '${process.exit()}'] }],
      ideas: [],
      actions: [],
    };
    const f = write('texts.json', JSON.stringify(makePackage(content)));
    const r = await s.run('exchange.readPackage', { file: f });
    expect(r.municipality).toBe('<img src=x onerror=alert(1)>');
    expect(r.counts.cards).toBe(2);
  });
});

describe('the programme', () => {
  test('loads a folder, lists refused files with their messages and searches', async () => {
    s.openOrCreateDemo();
    await s.run('exchange.write', { file: packagePath('a.werkstatt-austausch.json') });
    await s.run('exchange.write', { file: packagePath('b.werkstatt-austausch.json'), pseudonym: 'Kommune B' });
    fs.writeFileSync(path.join(dir, 'c.json'), 'kein json');
    const p = await s.run('programme.load', { dir });
    expect(p.municipalities.map((m) => m.name)).toEqual(['Ulmenbrück an der Sarne', 'Kommune B']);
    expect(p.refused).toMatchObject([{ file: 'c.json', key: 'exchange.notJson' }]);
    expect(p.fields.every((f) => f.n === 2)).toBe(true);
    expect(p.sharedPotentials.every((x) => x.municipalities === 2)).toBe(true);
    const hidden = await s.run('programme.load', { dir, hideNames: true });
    expect(hidden.municipalities.map((m) => m.name)).toEqual(['Kommune 1', 'Kommune 2']);
    const all = await s.run('programme.search', { dir });
    const action = all.hits.find((h) => h.kind === 'action' && h.field)!;
    const word = action.title.split(/\s+/).find((w) => w.length > 6)!;
    const hits = await s.run('programme.search', { dir, text: word.toUpperCase(), field: action.field! });
    expect(hits.total).toBeGreaterThanOrEqual(2);
    expect(hits.hits.every((h) => h.field === action.field && `${h.title} ${h.detail} ${h.municipality}`.toLowerCase().includes(word.toLowerCase()))).toBe(
      true,
    );
    const csv = await s.run('programme.exportCsv', { dir, kind: 'action' });
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(text.startsWith('\ufeff"Art";"Handlungsfeld";"Titel"')).toBe(true);
    expect(text.trim().split('\r\n')).toHaveLength(1 + p.practices.actions);
    // XLSX, read back with exceljs: same rows, texts as plain values.
    const xl = await s.run('programme.exportXlsx', { dir, kind: 'action' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xl.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Praxiskatalog')!;
    expect(ws.rowCount).toBe(1 + p.practices.actions);
    expect(ws.getRow(2).getCell(3).value).toBe(all.hits.filter((h) => h.kind === 'action')[0].title);
  });
  test('a symbolic-link loop in the folder is listed as refused; the other packages load, also as suggestion sources', async () => {
    s.openOrCreateDemo();
    await s.run('exchange.write', { file: packagePath('a.werkstatt-austausch.json') });
    fs.symlinkSync(path.join(dir, 'b.json'), path.join(dir, 'a-loop.json'));
    fs.symlinkSync(path.join(dir, 'a-loop.json'), path.join(dir, 'b.json'));
    const p = await s.run('programme.load', { dir });
    expect(p.municipalities).toHaveLength(1);
    expect(p.refused.map((r) => r.file).sort()).toEqual(['a-loop.json', 'b.json']);
    await s.run('exchange.setSources', { sources: [dir] });
    const sug = await s.call('exchange.suggestions', {});
    expect(sug.ok).toBe(true);
  });
  test('the same package twice (sent again, copied under another name) counts as one municipality', async () => {
    s.openOrCreateDemo();
    await s.run('exchange.write', { file: packagePath('a.werkstatt-austausch.json') });
    fs.copyFileSync(packagePath('a.werkstatt-austausch.json'), path.join(dir, 'b-nochmal.json'));
    const p = await s.run('programme.load', { dir });
    expect(p.municipalities).toHaveLength(1);
    expect(p.fields.every((f) => f.n === 1)).toBe(true);
    expect(p.refused).toMatchObject([{ file: 'b-nochmal.json', key: 'exchange.duplicate' }]);
    expect(p.refused[0].message).toContain('ist dasselbe Paket wie „a.werkstatt-austausch.json“');
  });
  test('a missing folder is refused with its message', async () => {
    expect(await s.call('programme.load', { dir: path.join(dir, 'nope') })).toMatchObject({ ok: false, error: { key: 'exchange.dirNotFound' } });
  });
});
