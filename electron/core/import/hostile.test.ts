// The hostile import corpus (tests/fixtures/hostile/import): every file is imported or refused
// with a message in German and English; a refusal writes nothing (hash of the results before and
// after); and the CLI reaches the same verdict, with the same stored results, as the app.
// Timing and memory are measured in bench/import-hostile.bench.ts, not here.
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import Papa from 'papaparse';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ImportPreview } from '../../../shared/api/import';
import { errorText, type ApiError } from '../../../shared/domain/errors';
import { WorkshopService } from '../service';
import { allFiles, deflateBomb, readZip, writeZip } from '../../../tests/fixtures/hostile/import/corpus';
import { fixtureBytes } from '../../../tests/fixtures/import/helpers';
import { importCommand } from './cli';
import { parseSelfCheck } from './parse';
import { decodeBytes } from './encoding';
import { checkJsonShape } from './json';
import { countCellsAndRows, inspectXlsxZip } from './zip';

/** What each corpus file must come to: 'accepted' or the first error code of the refusal. */
const EXPECTED: Record<string, string> = {
  'big5.csv': 'unknown_encoding',
  'binary-garbage-high.csv': 'unknown_encoding',
  'binary-garbage.csv': 'binary_file',
  'blank-answers.csv': 'accepted',
  'bom-only.csv': 'empty_file',
  'control-chars.csv': 'binary_file',
  'cr-only-line-ends.csv': 'accepted',
  'csv-injection.csv': 'accepted',
  'delimiter-only-comma.csv': 'empty_file',
  'delimiter-only.csv': 'empty_file',
  'duplicate-rows.csv': 'duplicate_answer',
  'empty.csv': 'empty_file',
  'euc-jp.csv': 'unknown_encoding',
  'gb18030-german.csv': 'unknown_encoding',
  'gb18030.csv': 'unknown_encoding',
  'header-only-blank-rows.csv': 'header_only',
  'header-only.csv': 'header_only',
  'json-deep-small.json': 'json_too_complex',
  'json-empty-list.json': 'json_empty',
  'json-empty-objects.json': 'missing_column',
  'json-entries-not-objects.json': 'missing_column',
  'json-invalid.json': 'invalid_json',
  'json-many-keys-small.json': 'json_too_complex',
  'json-nested-values.json': 'json_value_not_text',
  'json-not-rows.json': 'json_not_rows',
  'json-proto.json': 'json_value_not_text',
  'json-scalar.json': 'json_not_rows',
  'json-truncated.json': 'invalid_json',
  'json-valid.json': 'accepted',
  'mixed-encoding.csv': 'mixed_encoding',
  'nul-bytes.csv': 'binary_file',
  'ole2-old-excel.xls': 'unsupported_format',
  'ole2-renamed.csv': 'unsupported_format',
  'only-quotes.csv': 'missing_column',
  'png-renamed.csv': 'binary_file',
  'png-renamed.xlsx': 'not_a_spreadsheet',
  'sep-line-only.csv': 'empty_file',
  'shift-jis.csv': 'unknown_encoding',
  'text-renamed.xlsx': 'not_a_spreadsheet',
  'unclosed-quote.csv': 'csv_quotes',
  'utf-16be-no-bom.csv': 'accepted',
  'utf-16le-bom.csv': 'accepted',
  'utf-16le-no-bom.csv': 'accepted',
  'utf-16le-odd-length.csv': 'unknown_encoding',
  'utf-7.csv': 'unknown_encoding',
  'utf-8-bom-then-1252.csv': 'mixed_encoding',
  'utf16-bom-only.csv': 'empty_file',
  'whitespace-only.csv': 'empty_file',
  'windows-1252.csv': 'accepted',
  'wrong-delimiter-pipe.csv': 'missing_column',
  'zip-header-only.xlsx': 'not_a_spreadsheet',
  'gen-5mb-line-header.csv': 'too_many_columns',
  'gen-5mb-line-cell.csv': 'accepted',
  'gen-5mb-line-quote.csv': 'csv_quotes',
  'gen-5mb-line-spaces.csv': 'header_only',
  'gen-5mb-line-quotes.csv': 'missing_column',
  'gen-5mb-line-plus.csv': 'missing_column',
  'gen-many-columns.csv': 'too_many_columns',
  'gen-many-errors.csv': 'unknown_field',
  'gen-max-size.csv': 'accepted',
  'gen-too-large.csv': 'file_too_large',
  'gen-max-size-all-errors.csv': 'unknown_answer',
  'gen-zip-bomb.xlsx': 'xlsx_too_large',
  'gen-zip-bomb-lying.xlsx': 'xlsx_too_large',
  'gen-zip-ratio.xlsx': 'xlsx_too_large',
  'gen-zip-lying-small.xlsx': 'xlsx_too_large',
  'gen-zip-many-entries.xlsx': 'xlsx_too_large',
  'gen-xlsx-1e6-cells.xlsx': 'xlsx_too_large',
  'gen-xlsx-1e6-empty-rows.xlsx': 'xlsx_too_large',
  'gen-xlsx-valid.xlsx': 'accepted',
  'gen-xlsx-near-cell-limit.xlsx': 'accepted',
  'gen-xlsx-formulas.xlsx': 'accepted',
  'gen-xlsx-header-only.xlsx': 'header_only',
  'gen-xlsx-empty-sheet.xlsx': 'empty_file',
  'gen-xlsx-entity-bomb.xlsx': 'not_a_spreadsheet',
  'gen-xlsx-no-workbook.xlsx': 'not_a_spreadsheet',
  'gen-xlsx-truncated.xlsx': 'not_a_spreadsheet',
  'gen-xlsx-renamed.csv': 'accepted',
  'gen-json-1e6-keys.json': 'json_too_complex',
  'gen-json-1e6-entries-keys.json': 'json_too_complex',
  'gen-json-deep.json': 'json_too_complex',
  'gen-json-1e6-scalars.json': 'missing_column',
  'gen-json-musterstadt.json': 'accepted',
};

let dir: string;
let baseline: string;
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

/** The stored results (not the import time): equal hashes = equal results. */
function resultsHash(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const all = (sql: string) => db.prepare(sql).raw().all();
    return createHash('sha256')
      .update(
        JSON.stringify([
          all('SELECT * FROM respondents ORDER BY id'),
          all('SELECT * FROM questions ORDER BY id'),
          all('SELECT * FROM answers ORDER BY respondent_id, question_id'),
          all('SELECT source, rows FROM imports ORDER BY id'),
        ]),
      )
      .digest('hex');
  } finally {
    db.close();
  }
}

function service() {
  return new WorkshopService({ paths: { settingsDir: path.join(dir, 'settings'), workshopsDir: path.join(dir, 'ws') } });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-hostile-'));
  baseline = path.join(dir, 'baseline.werkstatt');
  const s = service();
  await s.run('workshop.create', { name: 'Hostile', municipality: 'Musterstadt', date: '2026-11-24', file: baseline });
  await s.run('import.commit', { fileName: 'musterstadt.csv', dataBase64: b64(fixtureBytes('musterstadt-selbstcheck.csv')), replace: false });
  s.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const files = allFiles();

describe('hostile import corpus: app and CLI', () => {
  test('every corpus file has an expected verdict', () => {
    expect(files.map((f) => f.name).filter((n) => !(n in EXPECTED))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((n) => !files.some((f) => f.name === n))).toEqual([]);
  });

  test.each(files.map((f) => [f.name, f] as const))(
    '%s: same verdict in app and CLI; a refusal writes nothing',
    async (name, f) => {
      const expected = EXPECTED[name];
      const before = resultsHash(baseline);

      // App: preview, then commit with replace (the strongest case: existing results are at stake).
      const appFile = path.join(dir, `app-${name}.werkstatt`);
      fs.copyFileSync(baseline, appFile);
      const s = service();
      s.openFile(appFile);
      const input = { fileName: name, dataBase64: b64(f.bytes) };
      const preview = await s.call('import.preview', input);
      const commit = await s.call('import.commit', { ...input, replace: true });
      s.close();
      expect(preview.ok).toBe(true);
      const p = preview.ok ? (preview.value as ImportPreview) : null!;
      expect(p.ok).toBe(commit.ok);

      // CLI, in-process, on its own copy of the same workshop.
      const cliFile = path.join(dir, `cli-${name}.werkstatt`);
      fs.copyFileSync(baseline, cliFile);
      const source = path.join(dir, name);
      fs.writeFileSync(source, f.bytes);
      const out: string[] = [];
      const err: string[] = [];
      const code = await importCommand(
        [cliFile, source],
        { replace: true },
        (l) => out.push(l),
        (l) => err.push(l),
        'de',
      );
      const errEn: string[] = [];
      fs.copyFileSync(baseline, cliFile + '.en');
      const codeEn = await importCommand(
        [cliFile + '.en', source],
        { replace: true },
        () => {},
        (l) => errEn.push(l),
        'en',
      );
      fs.rmSync(source);

      expect(code === 0).toBe(commit.ok);
      expect(codeEn).toBe(code);
      if (expected === 'accepted') {
        expect(commit.ok, JSON.stringify(p.problems.slice(0, 3))).toBe(true);
        const done = commit.ok ? (commit.value as { rows: number; respondents: number; questions: number }) : null!;
        expect(done.rows).toBeGreaterThan(0);
        expect(out.join('\n')).toContain(`${done.rows.toLocaleString('de-DE')} Antworten`);
        // The same rows stored by both paths.
        expect(resultsHash(cliFile)).toBe(resultsHash(appFile));
        expect(resultsHash(appFile)).not.toBe(before);
      } else {
        expect(commit.ok).toBe(false);
        const e = (commit as { ok: false; error: ApiError }).error;
        expect(e.code).toBe('IMPORT_FAILED');
        const errors = p.problems.filter((x) => x.severity === 'error');
        expect(errors[0]?.code).toBe(expected);
        // Message in both languages from the catalogue, the same error in both, saying what to do.
        for (const x of errors) {
          expect(x.message.de.length).toBeGreaterThan(20);
          expect(x.message.en.length).toBeGreaterThan(20);
          expect(x.message.en).not.toBe(x.message.de);
        }
        expect(errorText(e, 'de')).toContain('nichts wurde gespeichert');
        expect(errorText(e, 'en')).toContain('nothing was saved');
        expect(errorText(e, 'en')).toContain(errors[0].message.en.slice(0, 40));
        // Nothing written, neither by the app nor by the CLI.
        expect(resultsHash(appFile)).toBe(before);
        expect(resultsHash(cliFile)).toBe(before);
        expect(resultsHash(cliFile + '.en')).toBe(before);
        expect(err[0]).toMatch(/^Nicht importiert – nichts wurde gespeichert/);
        expect(err).toContain(errors[0].message.de);
        expect(errEn[0]).toMatch(/^Not imported – nothing was saved/);
        expect(errEn).toContain(errors[0].message.en);
        // No message line is a wall of text (a 5 MB column name is shortened).
        expect(Math.max(...err.map((l) => l.length))).toBeLessThan(2000);
      }
      for (const f2 of [appFile, cliFile, cliFile + '.en']) fs.rmSync(f2);
    },
    120_000,
  );

  test('the issue’s case as a child process: a delimiter-only CSV with --replace exits 2 and keeps the results', () => {
    const file = path.join(dir, 'child.werkstatt');
    fs.copyFileSync(baseline, file);
    const src = path.join(dir, 'leer.csv');
    fs.writeFileSync(src, ';;;;\n;;;;\n');
    const before = resultsHash(file);
    const r = spawnSync(path.resolve('node_modules/.bin/tsx'), ['electron/cli.ts', 'import', file, src, '--replace'], {
      encoding: 'utf8',
      env: { ...process.env, WERKSTATT_LANG: 'de' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Die Datei ist leer');
    expect(resultsHash(file)).toBe(before);
  }, 60_000);
});

describe('linear work, counted (timing is in the bench)', () => {
  // The old streaming parser re-ran a regex over the whole growing first line for every chunk
  // (quadratic). Here the work is bounded by what reaches the CSV parser: the text once, plus
  // the delimiter guess on at most 64 KiB per candidate delimiter.
  test.each([
    'gen-5mb-line-header.csv',
    'gen-5mb-line-cell.csv',
    'gen-5mb-line-quote.csv',
    'gen-5mb-line-spaces.csv',
    'gen-5mb-line-quotes.csv',
    'gen-max-size.csv',
  ])(
    '%s: papaparse sees each character at most once (+ 3 × 64 KiB)',
    async (name) => {
      const f = files.find((x) => x.name === name)!;
      const spy = vi.spyOn(Papa, 'parse');
      try {
        await parseSelfCheck(f.bytes, name);
        const chars = spy.mock.calls.reduce((n, c) => n + (typeof (c[0] as unknown) === 'string' ? (c[0] as unknown as string).length : 0), 0);
        expect(spy.mock.calls.length).toBeLessThanOrEqual(4);
        expect(chars).toBeLessThanOrEqual(f.bytes.length + 3 * 65536);
      } finally {
        spy.mockRestore();
      }
    },
    60_000,
  );
});

describe('checks before parsing', () => {
  test('XLSX: the template passes with its real counts; a bomb is refused by its declared size, a lying one by its actual size', () => {
    const tpl = fixtureBytes('../../../resources/templates/selbstcheck-vorlage.xlsx');
    const ok = inspectXlsxZip(tpl);
    expect(ok).toMatchObject({ ok: true, entries: 17 });
    expect(ok.ok && ok.cells).toBeGreaterThan(10);
    const bomb = deflateBomb(128);
    expect(inspectXlsxZip(writeZip([{ name: 'xl/worksheets/sheet1.xml', raw: bomb.raw, size: bomb.size }]))).toMatchObject({
      ok: false,
      reason: 'too_big',
      what: 'bytes',
    });
    expect(inspectXlsxZip(writeZip([{ name: 'xl/worksheets/sheet1.xml', raw: bomb.raw, size: bomb.size, declaredSize: 1000 }]))).toEqual({
      ok: false,
      reason: 'size_lie',
      entry: 'xl/worksheets/sheet1.xml',
    });
    // Below the ratio floor and honest: accepted by the archive check.
    const entries = readZip(tpl);
    expect(inspectXlsxZip(writeZip(entries))).toMatchObject({ ok: true });
    // Limits are parameters: one cell too many is refused with the count.
    expect(inspectXlsxZip(tpl, { entries: 1000, bytes: 64 << 20, ratio: 300, cells: 5, rows: 1000 })).toMatchObject({ ok: false, what: 'cells', limit: 5 });
  });

  test('cells and rows are counted with or without a namespace prefix, closing tags not', () => {
    const xml = new TextEncoder().encode(
      '<x:worksheet><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c><c/><col/><cols></cols></x:row><row/></x:sheetData></x:worksheet>',
    );
    expect(countCellsAndRows(xml)).toEqual({ cells: 2, rows: 2 });
  });

  test('JSON shape: depth and distinct keys, with strings (and escaped quotes) skipped', () => {
    expect(checkJsonShape('[{"a":"[[[[[[[[[[[[[[[[[[[[","b\\"":1}]')).toEqual({ ok: true });
    expect(checkJsonShape('['.repeat(17))).toMatchObject({ ok: false, what: 'depth', limit: 16 });
    expect(checkJsonShape(`[{${Array.from({ length: 201 }, (_, i) => `"k${i}":1`).join(',')}}]`)).toMatchObject({ ok: false, what: 'keys', count: 201 });
    // Many entries with the same few keys are fine.
    expect(checkJsonShape(`[${'{"a":1,"b":2},'.repeat(10000)}{}]`)).toEqual({ ok: true });
  });

  test('encoding: UTF-7 is recognised, phone numbers and formulas in ASCII are not mistaken for it', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(decodeBytes(enc('Name;Ort\nM+APw-ller;K+APY-ln\n'))).toMatchObject({ ok: false, kind: 'unknown', guess: 'utf7', line: 2 });
    expect(decodeBytes(enc('+/v8-Name;Ort\n'))).toMatchObject({ ok: false, guess: 'utf7', line: 1 });
    const ascii = 'Tel;Formel\n+4930123456-;=A1+B2-C3\n+49 221 12345;=SUMME(A1:A9)+ABC-1\n+1555123456;+AB-\n';
    expect(decodeBytes(enc(ascii))).toMatchObject({ ok: true, encoding: 'utf-8' });
  });

  test('encoding: German Windows-1252 with neighbouring high bytes („Ärger“, »Öl«) is still read', () => {
    const cp = (s: string) =>
      Uint8Array.from([...s].map((c) => (({ '„': 0x84, '“': 0x93, '»': 0xbb, '«': 0xab, '–': 0x96 }) as Record<string, number>)[c] ?? c.charCodeAt(0)));
    const text = 'Kommentar\n„Ärger“ über »Öl« – Größe, Maß, Büro, Straße, schön, Übung\n';
    expect(decodeBytes(cp(text))).toEqual({ ok: true, encoding: 'windows-1252', text });
  });
});
