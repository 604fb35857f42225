// Issue #11.7, the import's write: 143,000 answers take 0.4–0.6 s to write, so import.commit
// writes its one transaction in slices and lets the API thread answer in between. What must hold:
// other reads answer during the write; reads of the results wait and see the whole import, never
// half of it; writes wait (they would join the open transaction) and land after it; a failure
// rolls back everything and the waiting write still lands; phones' writes wait too.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { WorkshopService } from '../service';
import { storeImportInSlices } from '../db/repo/import';
import { parseSelfCheck } from './parse';
import { utf8 } from '../../../tests/fixtures/import/helpers';
import { HEADER, line, row } from '../../../bench/synthetic-selfcheck';

const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
function bigCsv(respondents: number, questions: number): Uint8Array {
  const parts = [line(HEADER)];
  for (let r = 0; r < respondents; r++) for (let q = 0; q < questions; q++) parts.push(line(row(r, q, questions)));
  return utf8(parts.join(''));
}

let dir: string;
let s: WorkshopService;
let file: string;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-commit-slices-'));
  process.env.SCWK_IMPORT_INLINE = '1'; // parse in place: this test watches the write
  s = new WorkshopService({ paths: { settingsDir: path.join(dir, 'settings'), workshopsDir: dir } });
  file = path.join(dir, 'w.werkstatt');
  await s.run('workshop.create', { name: 'Scheiben', municipality: 'Musterstadt', date: '2026-11-29', file });
});
afterEach(() => {
  s.close();
  delete process.env.SCWK_IMPORT_INLINE;
  fs.rmSync(dir, { recursive: true, force: true });
});

const card = (text: string) => ({ text, field: null, sector: null });

describe('import.commit in slices', () => {
  test('other reads answer during the write; results and writes wait for the whole import', async () => {
    const input = { fileName: 'gross.csv', dataBase64: b64(bigCsv(240, 130)) }; // 31,200 answers
    await s.run('import.preview', input); // parsed once; the commit below only writes
    const order: string[] = [];
    const commit = s.run('import.commit', { ...input, replace: false }).then((r) => (order.push('commit'), r));
    await new Promise((r) => setImmediate(r)); // the commit has written its first slice and pauses
    const cards = s.run('cards.list', {}).then(() => order.push('cards.list'));
    const summary = s.run('results.summary', {}).then((r) => (order.push('results'), r));
    // What another connection sees the moment the card's write has answered: had the write joined
    // the import's open transaction, the import would not be committed yet (0 or a busy file).
    const committedRespondents = () => {
      const ro = new Database(file, { readonly: true, timeout: 0 });
      try {
        return ro.prepare('SELECT count(*) FROM respondents').pluck().get();
      } catch {
        return -1;
      } finally {
        ro.close();
      }
    };
    const added = s.run('cards.add', card('Sprachcafé in der Bibliothek')).then(() => committedRespondents());
    const [c, r, , seenByCardWrite] = await Promise.all([commit, summary, cards, added]);
    expect(c.rows).toBe(240 * 130);
    expect(order.indexOf('cards.list')).toBeLessThan(order.indexOf('commit'));
    expect(r.respondents).toBe(240); // the whole import, never a part of it
    expect(seenByCardWrite).toBe(240);
    expect(JSON.stringify(await s.run('cards.list', {}))).toContain('Sprachcafé in der Bibliothek');
  });

  test('a failure mid-way rolls back the whole import; the old results stay and a waiting write lands', async () => {
    const small = { fileName: 'klein.csv', dataBase64: b64(bigCsv(3, 10)) };
    await s.run('import.commit', { ...small, replace: false });
    s.close();
    // The same slicing, on its own connection: rows whose question does not exist fail the
    // deferred foreign key check at COMMIT, after many slices were written.
    const parsed = await parseSelfCheck(bigCsv(240, 130), 'gross.csv');
    const broken = { ...parsed, rows: [...parsed.rows, { ...parsed.rows[0], questionId: 'gibt-es-nicht' }] };
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    let pauses = 0;
    await expect(storeImportInSlices(db, broken, 'kaputt.csv', () => (pauses++, new Promise((r) => setImmediate(r))))).rejects.toThrow(/FOREIGN KEY/);
    expect(pauses).toBeGreaterThan(1);
    expect(db.inTransaction).toBe(false);
    expect(db.prepare('SELECT count(*) FROM respondents').pluck().get()).toBe(3);
    expect(db.prepare('SELECT count(*) FROM answers').pluck().get()).toBe(30);
    db.close();
  });

  test('a refused commit (results exist, no replace) writes nothing, and the writes that waited land', async () => {
    const small = { fileName: 'klein.csv', dataBase64: b64(bigCsv(3, 10)) };
    await s.run('import.commit', { ...small, replace: false });
    const input = { fileName: 'gross.csv', dataBase64: b64(bigCsv(100, 50)) };
    const refused = s.run('import.commit', { ...input, replace: false });
    const added = s.run('cards.add', card('Willkommenscafé'));
    await expect(refused).rejects.toMatchObject({ code: 'CONFLICT' });
    await added;
    expect((await s.run('results.summary', {})).respondents).toBe(3);
    expect(JSON.stringify(await s.run('cards.list', {}))).toContain('Willkommenscafé');
  });
});
