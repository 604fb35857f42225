import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { main } from './cli';
import { toApiError, WorkshopService } from './core/service';
import { errorText, type ApiError } from '../shared/domain/errors';

// The CLI goes through the same door as IPC and HTTP: for the same bad input it fails with the
// same code and message as WorkshopService.call.
const root = path.resolve(__dirname, '..');
let dir: string;
let demo: string;
let text: string;
const sink = () => new Writable({ write: (_c, _e, cb) => cb() }) as unknown as typeof process.stdout;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-cli-contract-'));
  demo = path.join(dir, 'demo.werkstatt');
  expect(await main(['demo', demo, '--settings', path.join(dir, 's')], sink())).toBe(0);
  text = path.join(dir, 'text.werkstatt');
  fs.writeFileSync(text, 'kein SQLite');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The error the CLI raises for `args` (it must raise one). */
async function cliError(args: string[]): Promise<ApiError> {
  try {
    await main([...args, '--settings', path.join(dir, 's')], sink());
  } catch (e) {
    return toApiError(e);
  }
  throw new Error(`CLI accepted: ${args.join(' ')}`);
}

/** The error of the same call through the dispatcher, after `setup` calls (which must succeed). */
async function apiError(method: string, input: unknown, setup: [string, unknown][] = []): Promise<ApiError> {
  const s = new WorkshopService({ remember: false, paths: { settingsDir: path.join(dir, 's'), workshopsDir: path.join(dir, 'ws') } });
  try {
    for (const [m, i] of setup) expect(await s.call(m, i)).toMatchObject({ ok: true });
    const r = await s.call(method, input);
    if (r.ok) throw new Error(`API accepted: ${method}`);
    return r.error;
  } finally {
    s.close();
  }
}

describe('CLI and API give the same error for the same bad input', () => {
  test('new: an empty name, an impossible date, an existing file', async () => {
    const file = path.join(dir, 'neu.werkstatt');
    const blank = await cliError(['new', file, '--name', '   ']);
    expect(blank.code).toBe('INVALID_INPUT');
    expect(blank).toEqual(await apiError('workshop.create', { file, name: '   ', municipality: '   ', date: '2026-12-01' }));

    const date = await cliError(['new', file, '--name', 'Workshop', '--date', '2026-02-30']);
    expect(date.code).toBe('INVALID_INPUT');
    expect(date).toEqual(await apiError('workshop.create', { file, name: 'Workshop', municipality: 'Workshop', date: '2026-02-30' }));
    expect(fs.existsSync(file)).toBe(false);

    const exists = await cliError(['new', demo, '--name', 'Doppelt', '--date', '2026-12-01']);
    expect(exists.code).toBe('FILE_EXISTS');
    expect(exists).toEqual(await apiError('workshop.create', { file: demo, name: 'Doppelt', municipality: 'Doppelt', date: '2026-12-01' }));
  });

  test('demo over an existing file, cluster with an overlong line', async () => {
    const exists = await cliError(['demo', demo]);
    expect(exists.code).toBe('FILE_EXISTS');
    expect(exists).toEqual(await apiError('workshop.openDemo', { file: demo }));

    const cards = path.join(dir, 'karten.txt');
    const lines = ['Sprachcafé in der Bibliothek', 'x'.repeat(2001)];
    fs.writeFileSync(cards, lines.join('\n'));
    const long = await cliError(['cluster', cards]);
    expect(long).toMatchObject({ code: 'INVALID_INPUT', params: { path: 'lines.1' } });
    expect(long).toEqual(await apiError('clustering.lines', { lines }));
  });

  test('info, ranking, results, check: a file that is not a workshop, a missing file', async () => {
    const notSqlite = await apiError('workshop.open', { file: text, readOnly: true });
    expect(notSqlite.code).toBe('NOT_SQLITE');
    for (const cmd of ['info', 'ranking', 'results']) expect(await cliError([cmd, text])).toEqual(notSqlite);
    // check reports problems as data (exit 1), in the API and the CLI alike: the same problem as opening.
    const report = await new WorkshopService({ remember: false, paths: { settingsDir: path.join(dir, 's'), workshopsDir: path.join(dir, 'ws') } }).run(
      'workshop.check',
      { file: text },
    );
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatchObject({ code: notSqlite.code, key: notSqlite.key });
    const err: string[] = [];
    const origWrite = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => (err.push(String(chunk)), true)) as typeof process.stderr.write;
    try {
      expect(await main(['check', text, '--settings', path.join(dir, 's')], sink())).toBe(1);
    } finally {
      process.stderr.write = origWrite;
    }
    expect(err.join('')).toContain(errorText(report.problems[0], 'de'));

    const missing = path.join(dir, 'fehlt.werkstatt');
    const gone = await apiError('workshop.open', { file: missing, readOnly: true });
    expect(gone.code).toBe('NOT_FOUND_FILE');
    expect(await cliError(['info', missing])).toEqual(gone);
  });

  test('export: an unknown format, an unknown language', async () => {
    const open: [string, unknown][] = [['workshop.open', { file: demo, readOnly: true }]];
    const out = path.join(dir, 'plan.x');
    const format = await cliError(['export', demo, '--format', 'docz', '--out', out]);
    expect(format.code).toBe('INVALID_INPUT');
    expect(format).toEqual(await apiError('export.render', { format: 'docz' }, open));
    const locale = await cliError(['export', demo, '--format', 'pdf', '--locale', 'fr', '--out', out]);
    expect(locale.code).toBe('INVALID_INPUT');
    expect(locale).toEqual(await apiError('export.render', { format: 'pdf', locale: 'fr' }, open));
    expect(fs.existsSync(out)).toBe(false);
  });

  test('a read-only workshop refuses changes with its own error, and info/export leave the file untouched', async () => {
    const before = fs.readFileSync(demo);
    const err = await apiError('cards.add', { text: 'Neue Karte' }, [['workshop.open', { file: demo, readOnly: true }]]);
    expect(err.code).toBe('READ_ONLY');
    expect(await apiError('history.undo', {}, [['workshop.open', { file: demo, readOnly: true }]])).toMatchObject({ code: 'READ_ONLY' });
    // a control method that writes (not a mutation): SQLite's own refusal, said the same way
    const csv = fs.readFileSync(path.join(root, 'tests/fixtures/import/musterstadt-selbstcheck.csv')).toString('base64');
    const imp = await apiError('import.commit', { fileName: 'm.csv', dataBase64: csv, replace: true }, [['workshop.open', { file: demo, readOnly: true }]]);
    expect(imp).toMatchObject({ code: 'READ_ONLY' });
    expect(await main(['info', demo, '--json'], sink())).toBe(0);
    expect(await main(['export', demo, '--format', 'md', '--out', path.join(dir, 'plan.md')], sink())).toBe(0);
    expect(fs.readFileSync(demo).equals(before)).toBe(true);
  });

  test('shell.* are refused outside the desktop app, with their input still validated first', async () => {
    expect(await apiError('shell.pickOpen', {})).toMatchObject({ code: 'UNKNOWN_METHOD', key: 'errors.desktopOnly' });
    expect(await apiError('shell.pickSaveAs', { name: 'x'.repeat(300) })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await apiError('shell.pickPath', { kind: 'folder' })).toMatchObject({ code: 'UNKNOWN_METHOD', key: 'errors.desktopOnly' });
    expect(await apiError('shell.pickPath', { kind: 'anything' })).toMatchObject({ code: 'INVALID_INPUT' });
  });

  test('the real process prints the same message on stderr, exit code 2 for bad input', () => {
    const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
    const file = path.join(dir, 'neu2.werkstatt');
    const r = spawnSync(tsx, [path.join(root, 'electron/cli.ts'), 'new', file, '--name', 'W', '--date', '2026-02-30'], {
      encoding: 'utf8',
      env: { ...process.env, WERKSTATT_SETTINGS_DIR: path.join(dir, 's'), WERKSTATT_LANG: 'de' },
    });
    expect(r.status).toBe(2);
    return apiError('workshop.create', { file, name: 'W', municipality: 'W', date: '2026-02-30' }).then((e) => {
      expect(r.stderr.trim()).toBe(errorText(e, 'de'));
    });
  });
});
