// The import parse in its worker thread (worker.ts, worker-client.ts): same result as parsing in
// place, rows intact across the packed transfer, and a worker that runs out of memory or dies
// gives a catalogue message while the next import starts a fresh worker.
import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { WorkshopService } from '../service';
import { readSummary } from '../db/repo/results';
import { parseSelfCheck } from './parse';
import { packRows, unpackRows } from './transfer';
import { configureImportWorker, parseInWorker, stopImportWorker } from './worker-client';
import { fixtureBytes, utf8 } from '../../../tests/fixtures/import/helpers';
import { HEADER, line, row } from '../../../bench/synthetic-selfcheck';

const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
const FIXTURE = 'musterstadt-selbstcheck.csv';

/** A self-check CSV of respondents × questions rows (the benchmark's generator). */
function bigCsv(respondents: number, questions: number): Uint8Array {
  const parts = [line(HEADER)];
  for (let r = 0; r < respondents; r++) for (let q = 0; q < questions; q++) parts.push(line(row(r, q, questions)));
  return utf8(parts.join(''));
}

// Skipped answers (null), "weiß nicht", umlauts, an emoji, quotes, a line break and empty cells.
const EDGE = utf8(
  [
    'befragte_person;funktion;handlungsfeld;frage_id;frage;antwort;kommentar',
    'B1;Bürgermeisterin;1;1.1;Gibt es ein Leitbild?;ja;"mit ""Zitat""; und Umbruch\nzweite Zeile 🙂"',
    'B1;Bürgermeisterin;1;1.2;Ist es beschlossen?;;',
    'B2;;2;2.1;Wird übersetzt?;weiß nicht;',
    'B2;;2;2.1b;Wer übersetzt?;teilweise;Ämter ÄÖÜß',
  ].join('\r\n'),
);

let dir: string;
let services: WorkshopService[] = [];
async function workshop(name: string) {
  const s = new WorkshopService({ paths: { settingsDir: path.join(dir, `settings-${name}`), workshopsDir: path.join(dir, 'ws') } });
  await s.run('workshop.create', { name: `Workshop ${name}`, municipality: 'Musterstadt', date: '2026-11-24', file: path.join(dir, `${name}.werkstatt`) });
  services.push(s);
  return s;
}
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-import-worker-'));
});
afterEach(() => {
  for (const s of services) s.close();
  services = [];
  delete process.env.SCWK_IMPORT_INLINE;
  fs.rmSync(dir, { recursive: true, force: true });
});
afterAll(() => stopImportWorker());

describe('packed rows', () => {
  test.each([
    ['musterstadt.csv', fixtureBytes(FIXTURE)],
    ['edge.csv', EDGE],
  ])('%s: unpack(pack(rows)) gives the parser’s rows back, value for value', async (name, bytes) => {
    const r = await parseSelfCheck(bytes, name);
    expect(r.rows.length).toBeGreaterThan(0);
    const back = unpackRows(packRows(r.rows));
    expect(back).toEqual(r.rows);
    if (name === 'edge.csv') {
      expect(back.map((x) => x.answer)).toEqual(['ja', null, 'weiss_nicht', 'teilweise']);
      expect(back[0].comment).toBe('mit "Zitat"; und Umbruch\nzweite Zeile 🙂');
    }
  });
});

describe('import.preview / import.commit through the worker', () => {
  test('the worker and the inline parse give the same preview and store the same results', async () => {
    const results = [];
    for (const mode of ['worker', 'inline'] as const) {
      if (mode === 'inline') process.env.SCWK_IMPORT_INLINE = '1';
      const s = await workshop(mode);
      for (const [fileName, bytes] of [
        [FIXTURE, fixtureBytes(FIXTURE)],
        ['edge.csv', EDGE],
      ] as const) {
        const input = { fileName, dataBase64: b64(bytes) };
        const preview = await s.run('import.preview', input);
        const done = await s.run('import.commit', { ...input, replace: true });
        results.push({ mode, fileName, preview, done: { ...done, importedAt: undefined }, summary: readSummary(s.workshop!.db) });
      }
    }
    const [wm, we, im, ie] = results;
    expect(wm.preview).toMatchObject({ ok: true, respondents: 6, questions: 14, rows: 81 });
    expect({ ...wm, mode: '' }).toEqual({ ...im, mode: '' });
    expect({ ...we, mode: '' }).toEqual({ ...ie, mode: '' });
    expect(we.preview.rows).toBe(4);
  });

  test('a file with errors: the same problems from the worker as from the parser', async () => {
    const bad = utf8('befragte_person;funktion;handlungsfeld;frage_id;frage;antwort;kommentar\r\nB1;x;9;1;Frage?;vielleicht;\r\n');
    const s = await workshop('bad');
    const preview = await s.run('import.preview', { fileName: 'bad.csv', dataBase64: b64(bad) });
    const direct = await parseSelfCheck(bad, 'bad.csv');
    expect(preview.ok).toBe(false);
    expect(preview.problems).toEqual(direct.problems);
    const err = await s.call('import.commit', { fileName: 'bad.csv', dataBase64: b64(bad), replace: false });
    expect(err).toMatchObject({ ok: false, error: { code: 'IMPORT_FAILED' } });
  });

  test('a worker that runs out of memory: a clear message, nothing stored, the next import works', async () => {
    const s = await workshop('oom');
    // 1,100 × 130 = 143,000 rows (18 MB): needs ~250 MB of heap, far beyond 48 MB.
    const big = bigCsv(1100, 130);
    await configureImportWorker({ heapMb: 48 });
    try {
      const res = await s.call('import.preview', { fileName: 'gross.csv', dataBase64: b64(big) });
      expect(res).toMatchObject({ ok: false, error: { code: 'LIMIT', key: 'import.tooLargeForMemory' } });
      const msg = JSON.stringify(res);
      expect(msg).toMatch(/mehr Speicher als verfügbar \(48 MB\).*Die Werkstatt läuft weiter/);
      const commit = await s.call('import.commit', { fileName: 'gross.csv', dataBase64: b64(big), replace: false });
      expect(commit).toMatchObject({ ok: false, error: { code: 'LIMIT' } });
      expect(readSummary(s.workshop!.db).respondents).toBe(0);
    } finally {
      await configureImportWorker({});
    }
    // A fresh worker with the normal limit takes the same file.
    const done = await s.run('import.commit', { fileName: 'gross.csv', dataBase64: b64(big), replace: false });
    expect(done).toMatchObject({ respondents: 1100, questions: 130, rows: 143_000 });
  }, 120_000);

  test('a worker that dies mid-parse: the pending import fails with a message, the next starts a fresh worker', async () => {
    const big = bigCsv(300, 130);
    const pending = parseInWorker({ fileName: 'gross.csv', dataBase64: b64(big) });
    await stopImportWorker();
    const err = await pending.catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'INTERNAL', key: 'import.workerFailed' });
    expect((err as Error).message).toMatch(/Das Lesen der Datei wurde unerwartet beendet .*nichts wurde gespeichert/);
    const res = await parseInWorker({ fileName: FIXTURE, dataBase64: b64(fixtureBytes(FIXTURE)) });
    expect(res).toMatchObject({ ok: true, cached: false, summary: { ok: true, rowCount: 81 } });
  }, 60_000);

  test('the worker answers “cached” for the file whose parse the API thread holds', async () => {
    const data = b64(fixtureBytes(FIXTURE));
    const first = await parseInWorker({ fileName: FIXTURE, dataBase64: data });
    expect(first.cached).toBe(false);
    const again = await parseInWorker({ fileName: FIXTURE, dataBase64: data, knownKey: first.key });
    expect(again).toMatchObject({ cached: true, key: first.key });
    // Another answer map is another parse.
    const other = await parseInWorker({ fileName: FIXTURE, dataBase64: data, answerMap: { vielleicht: null }, knownKey: first.key });
    expect(other.cached).toBe(false);
  });
});

// The bundle as shipped (`npx electron-vite build`): the worker entry loads on its own, and the
// built CLI finds it through the resolver. Skipped with a reason when there is no build.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const builtWorker = path.join(root, 'out/main/import-worker.js');
const builtCli = path.join(root, 'out/main/cli.js');
const haveBuild = fs.existsSync(builtWorker) && fs.existsSync(builtCli);
if (!haveBuild) console.warn('skipped: out/main/import-worker.js or cli.js missing – run npx electron-vite build');

describe.skipIf(!haveBuild)('the built bundle (out/main)', () => {
  test('out/main/import-worker.js parses a file sent to it', async () => {
    const w = new Worker(builtWorker);
    try {
      const res = await new Promise<unknown>((resolve, reject) => {
        w.once('message', resolve);
        w.once('error', reject);
        w.postMessage({ id: 7, fileName: FIXTURE, dataBase64: b64(fixtureBytes(FIXTURE)) });
      });
      expect(res).toMatchObject({ id: 7, ok: true, cached: false, summary: { ok: true, rowCount: 81, respondents: { length: 6 } } });
      const rows = unpackRows((res as { rows: Parameters<typeof unpackRows>[0] }).rows);
      expect(rows).toEqual((await parseSelfCheck(fixtureBytes(FIXTURE), FIXTURE)).rows);
    } finally {
      await w.terminate();
    }
  });

  test('node out/main/cli.js import from the bundle: exit 0 with the summary; a second import without --replace exits 2', () => {
    const ws = path.join(dir, 'cli.werkstatt');
    const run = (...args: string[]) => spawnSync(process.execPath, [builtCli, ...args], { encoding: 'utf8', env: { ...process.env, WERKSTATT_LANG: 'de' } });
    expect(run('new', ws, '--name', 'CLI').status).toBe(0);
    const src = path.join(root, 'tests/fixtures/import', FIXTURE);
    const ok = run('import', ws, src);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/Importiert: 6 Befragte, 14 Fragen, 81 Antworten/);
    const again = run('import', ws, src);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/schon Ergebnisse/);
  }, 60_000);
});
