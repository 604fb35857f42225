import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { WorkshopService } from '../../service';
import { readSummary } from './results';
import { existingResults, storeImport } from './import';
import { parseSelfCheck } from '../../import';
import { FIELD_KEYS } from '../../../../shared/domain/fields';
import { cp1252, csvText, fixtureBytes, fixtureRecords, jsonObjects, utf8, xlsxBytes } from '../../../../tests/fixtures/import/helpers';
import { MUSTERSTADT_SUMMARY } from '../../../../tests/fixtures/import/musterstadt';

const FIXTURE = 'musterstadt-selbstcheck.csv';
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

let dir: string;
let s: WorkshopService;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-import-'));
  s = new WorkshopService({ paths: { settingsDir: path.join(dir, 'settings'), workshopsDir: path.join(dir, 'ws') } });
  await s.run('workshop.create', { name: 'Workshop Musterstadt', municipality: 'Musterstadt', date: '2026-11-24' });
});
afterEach(() => {
  s.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const commit = (fileName: string, bytes: Uint8Array, replace = false, answerMap?: Record<string, 'ja' | 'teilweise' | 'nein' | 'weiss_nicht' | null>) =>
  s.call('import.commit', { fileName, dataBase64: b64(bytes), replace, ...(answerMap ? { answerMap } : {}) });
const db = () => s.workshop!.db;
const records = () => fixtureRecords(FIXTURE);

describe('import through the service, one test per format', () => {
  test('CSV with ; (UTF-8 with BOM): the hand-computed Musterstadt figures', async () => {
    const r = await commit(FIXTURE, fixtureBytes(FIXTURE));
    expect(r).toMatchObject({ ok: true, value: { respondents: 6, questions: 14, rows: 81, replaced: false, format: 'csv' } });
    expect(readSummary(db())).toEqual(MUSTERSTADT_SUMMARY);
    const res = await s.run('results.get', {});
    expect(res.fields.map((f) => f.key)).toEqual([...FIELD_KEYS]);
    expect(res.source).toBe(FIXTURE);
    expect(res.fields.find((f) => f.key === 'arbeit')!.score).toBeNull();
  });

  test('CSV with , ', async () => {
    expect(await commit('musterstadt-komma.csv', utf8(csvText(records(), ',')))).toMatchObject({ ok: true });
    expect(readSummary(db())).toEqual(MUSTERSTADT_SUMMARY);
  });

  test('CSV in Windows-1252 (German Excel), umlauts survive', async () => {
    expect(await commit('musterstadt-1252.csv', cp1252(csvText(records(), ';')))).toMatchObject({ ok: true });
    expect(readSummary(db())).toEqual(MUSTERSTADT_SUMMARY);
    const roles = (db().prepare('SELECT role FROM respondents').pluck().all() as string[]).join('|');
    expect(roles).toContain('Büro des Oberbürgermeisters');
  });

  test('XLSX', async () => {
    expect(await commit('musterstadt.xlsx', await xlsxBytes(records()))).toMatchObject({ ok: true, value: { format: 'xlsx' } });
    expect(readSummary(db())).toEqual(MUSTERSTADT_SUMMARY);
  });

  test('JSON', async () => {
    expect(await commit('musterstadt.json', utf8(JSON.stringify(jsonObjects(records()))))).toMatchObject({ ok: true, value: { format: 'json' } });
    expect(readSummary(db())).toEqual(MUSTERSTADT_SUMMARY);
  });

  test('formula-looking cells are stored as plain text', async () => {
    const rows = [records()[0], ...records().slice(1, 3)];
    rows[1] = [...rows[1]];
    rows[1][6] = '=HYPERLINK("http://example.org";"x")';
    expect(await commit('formel.csv', utf8(csvText(rows, ';')))).toMatchObject({ ok: true });
    expect(db().prepare('SELECT comment FROM answers WHERE comment IS NOT NULL').pluck().get()).toBe('=HYPERLINK("http://example.org";"x")');
  });
});

describe('preview', () => {
  test('counts per field and respondent, writes nothing', async () => {
    const p = await s.run('import.preview', { fileName: FIXTURE, dataBase64: b64(fixtureBytes(FIXTURE)) });
    expect(p).toMatchObject({ ok: true, respondents: 6, questions: 14, rows: 81, hasExistingResults: false, errorCount: 0 });
    expect(p.perField.map((f) => f.key)).toEqual([...FIELD_KEYS]);
    expect(p.perField[0]).toMatchObject({ key: 'management', score: 70, questions: 2 });
    expect(p.perRespondent).toHaveLength(6);
    expect(existingResults(db())).toEqual({ respondents: 0, questions: 0, answers: 0 });
  });

  test('problems name row and column; unknown answer values can be mapped', async () => {
    const rows = records().map((r) => [...r]);
    rows[2][5] = 'stimme eher zu';
    rows[5][2] = 'Feld 9';
    const bytes = utf8(csvText(rows, ';'));
    const p = await s.run('import.preview', { fileName: 'x.csv', dataBase64: b64(bytes) });
    expect(p.ok).toBe(false);
    expect(p.problems.map((x) => [x.row, x.column, x.code])).toEqual(
      expect.arrayContaining([
        [3, 'Antwort', 'unknown_answer'],
        [6, 'Handlungsfeld', 'unknown_field'],
      ]),
    );
    expect(p.problems.find((x) => x.code === 'unknown_answer')!.message.de).toMatch(/^Zeile 3, Spalte „Antwort“: /);
    expect(p.unknownAnswerValues).toEqual([expect.objectContaining({ key: 'stimme eher zu', count: 1, firstRow: 3 })]);
    const fixedField = rows.map((r, i) => (i === 5 ? [...r.slice(0, 2), 'zugang', ...r.slice(3)] : r));
    const mapped = await s.run('import.preview', {
      fileName: 'x.csv',
      dataBase64: b64(utf8(csvText(fixedField, ';'))),
      answerMap: { 'stimme eher zu': 'teilweise' },
    });
    expect(mapped).toMatchObject({ ok: true, errorCount: 0 });
  });
});

describe('one transaction, nothing written on error, replace keeps the workshop', () => {
  test('a file with any error writes nothing (IMPORT_FAILED names row and column)', async () => {
    const rows = records().map((r) => [...r]);
    rows[40][5] = 'vielleicht';
    const r = await commit('fehler.csv', utf8(csvText(rows, ';')));
    expect(r).toMatchObject({ ok: false, error: { code: 'IMPORT_FAILED' } });
    expect(!r.ok && r.error.message).toContain('Zeile 41, Spalte „Antwort“');
    expect(existingResults(db())).toEqual({ respondents: 0, questions: 0, answers: 0 });
    expect(db().prepare('SELECT count(*) FROM imports').pluck().get()).toBe(0);
  });

  test('every bad-input case from the issue is refused and writes nothing', async () => {
    const h = records()[0];
    const r1 = records()[1];
    const cases: [string, Uint8Array][] = [
      ['leer.csv', utf8('')],
      ['nur-kopf.csv', utf8(csvText([h], ';'))],
      [
        'ohne-spalte.csv',
        utf8(
          csvText(
            records().map((r) => r.filter((_, i) => i !== 3)),
            ';',
          ),
        ),
      ],
      ['zwei-texte.csv', utf8(csvText([h, r1, [records()[7][0], ...r1.slice(1, 4), 'Anderer Text', 'ja', '']], ';'))],
      ['zwei-felder.csv', utf8(csvText([h, r1, [records()[7][0], r1[1], 'zugang', r1[3], r1[4], 'ja', '']], ';'))],
      ['doppelt.csv', utf8(csvText([h, r1, r1], ';'))],
      ['kaputt.csv', utf8(`${h.join(';')}\nBM;x;management;1.1;"Frage ohne Ende;ja;\n`)],
      ['gemischt.csv', new Uint8Array([...utf8(`${h.join(';')}\nBM;Büro;management;1.1;Frage;ja;\n`), ...cp1252('IB;Büro;management;1.2;Frage 2;ja;\n')])],
      ['keine-tabelle.xlsx', utf8('das ist keine Arbeitsmappe')],
      ['gross.csv', new Uint8Array(20 * 1024 * 1024 + 1)],
    ];
    for (const [name, bytes] of cases) {
      const r = await commit(name, bytes);
      expect(r, name).toMatchObject({ ok: false, error: { code: 'IMPORT_FAILED' } });
      expect(!r.ok && r.error.message.length, name).toBeGreaterThan(60);
    }
    expect(existingResults(db())).toEqual({ respondents: 0, questions: 0, answers: 0 });
  });

  test('a failure in the middle of writing rolls everything back (old results stay)', async () => {
    await commit(FIXTURE, fixtureBytes(FIXTURE));
    const before = readSummary(db());
    const parsed = await parseSelfCheck(fixtureBytes(FIXTURE), FIXTURE);
    // A row pointing at a question that is not in the list: the deferred foreign key fails at COMMIT.
    const broken = { ...parsed, rows: [...parsed.rows, { ...parsed.rows[0], respondent: 'BM', questionId: 'gibt-es-nicht' }] };
    expect(() => storeImport(db(), broken, 'kaputt.csv')).toThrow();
    expect(readSummary(db())).toEqual(before);
    expect(db().inTransaction).toBe(false);
  });

  test('importing again needs replace; replacing keeps cards, steps and actions', async () => {
    await commit(FIXTURE, fixtureBytes(FIXTURE));
    await s.run('cards.add', { text: 'Sprachcafé in der Bibliothek', field: 'zugang', source: 'question:3.1' });
    await s.run('ideas.add', { text: 'Beschwerdestelle einrichten', field: 'oeffnung' });
    await s.run('actions.add', { title: 'Leitbild fortschreiben' });
    const small = utf8(csvText(records().slice(0, 3), ';'));
    const refused = await commit('neu.csv', small);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!refused.ok && refused.error.message).toMatch(/Karten, Nächste Schritte und Maßnahmen bleiben erhalten/);
    expect(readSummary(db())).toEqual(MUSTERSTADT_SUMMARY);
    const p = await s.run('import.preview', { fileName: 'neu.csv', dataBase64: b64(small) });
    expect(p).toMatchObject({ hasExistingResults: true, existing: { respondents: 6, questions: 14, answers: 81 } });

    const events: string[][] = [];
    s.events.on('change', (e) => events.push(e.topics));
    expect(await commit('neu.csv', small, true)).toMatchObject({ ok: true, value: { respondents: 1, questions: 2, rows: 2, replaced: true } });
    expect(existingResults(db())).toEqual({ respondents: 1, questions: 2, answers: 2 });
    expect(events).toEqual([['results', 'workshop', 'history']]);
    expect((await s.run('cards.list', {})).cards.map((c) => c.text)).toEqual(['Sprachcafé in der Bibliothek']);
    expect((await s.run('ideas.list', {})).map((i) => i.text)).toEqual(['Beschwerdestelle einrichten']);
    expect((await s.run('actions.list', {})).map((a) => a.title)).toEqual(['Leitbild fortschreiben']);
    // The undo history of the workshop's own edits is kept: the last edit is still undoable.
    expect((await s.run('history.get', {})).undo).toBe('undo.addAction');
    await s.run('history.undo', {});
    expect(await s.run('actions.list', {})).toEqual([]);
    expect(existingResults(db())).toEqual({ respondents: 1, questions: 2, answers: 2 });
  });

  test('the template is offered as CSV and XLSX', async () => {
    const csv = await s.run('import.template', { format: 'csv' });
    expect(csv.fileName).toBe('selbstcheck-vorlage.csv');
    const parsed = await parseSelfCheck(new Uint8Array(Buffer.from(csv.base64, 'base64')), csv.fileName);
    expect(parsed.ok).toBe(true);
    const xlsx = await s.run('import.template', { format: 'xlsx' });
    expect(Buffer.from(xlsx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });
});

describe('CLI: import and results', () => {
  const tsx = path.resolve('node_modules/.bin/tsx');
  const cli = (...args: string[]) => spawnSync(tsx, ['electron/cli.ts', ...args], { encoding: 'utf8' });

  test('exit 0 with a one-line summary, exact JSON, exit 2 with row/column problems on stderr', () => {
    const file = path.join(dir, 'cli.werkstatt');
    expect(cli('new', file, '--name', 'CLI').status).toBe(0);
    const ok = cli('import', file, path.join('tests/fixtures/import', FIXTURE));
    expect(ok.status).toBe(0);
    expect(ok.stdout.trim().split('\n')).toHaveLength(1);
    expect(ok.stdout).toMatch(/^Importiert: 6 Befragte, 14 Fragen, 81 Antworten/);

    const json = cli('results', file, '--json');
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(MUSTERSTADT_SUMMARY);
    expect(json.stdout.trim()).toMatch(
      /^\{"respondents":6,"questions":14,"fields":\[\{"key":"management","score":70,"answered":10,"dontKnow":1,"skipped":1\},/,
    );
    expect(JSON.parse(json.stdout).fields.find((f: { key: string }) => f.key === 'arbeit').score).toBeNull();
    const table = cli('results', file);
    expect(table.stdout).toContain('79,2\u202f%');

    const again = cli('import', file, path.join('tests/fixtures/import', FIXTURE));
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/--replace/);

    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, 'befragte_person;handlungsfeld;frage_id;frage;antwort\nA;foo;1;F;ja\nA;management;2;G;vielleicht\n');
    const failed = cli('import', file, bad, '--replace');
    expect(failed.status).toBe(2);
    expect(failed.stderr).toContain('Zeile 2, Spalte „handlungsfeld“: Unbekanntes Handlungsfeld „foo“');
    expect(failed.stderr).toContain('Zeile 3, Spalte „antwort“: Unbekannte Antwort „vielleicht“');
    expect(JSON.parse(cli('results', file, '--json').stdout)).toEqual(MUSTERSTADT_SUMMARY);

    const replaced = cli('import', file, bad.replace('bad', 'ok'), '--replace');
    expect(replaced.status).toBe(2); // missing file
    fs.writeFileSync(bad.replace('bad', 'ok'), csvText(records().slice(0, 3), ';'));
    expect(cli('import', file, bad.replace('bad', 'ok'), '--replace').status).toBe(0);
    expect(JSON.parse(cli('results', file, '--json').stdout)).toMatchObject({ respondents: 1, questions: 2 });
  }, 240_000); // ten tsx start-ups; slow on a busy machine
});
