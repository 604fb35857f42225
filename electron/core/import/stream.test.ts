import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { MUSTERSTADT_SUMMARY } from '../../../tests/fixtures/import/musterstadt';
import { concat, cp1252, csvText, fixtureBytes, fixtureRecords, HEADER, utf16le, utf8 } from '../../../tests/fixtures/import/helpers';
import { CsvRecordSplitter } from './csv';
import { Utf8Scanner } from './encoding';
import { parseSelfCheck } from './parse';
import { parseSelfCheckCsvStream } from './stream';
import type { ParsedAnswerRow } from './types';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'selbstcheck-stream-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

async function stream(path: string, opts: Parameters<typeof parseSelfCheckCsvStream>[2] = {}) {
  const rows: ParsedAnswerRow[] = [];
  const batches: number[] = [];
  const result = await parseSelfCheckCsvStream(path, (b) => {
    batches.push(b.length);
    rows.push(...b);
  }, opts);
  return { result, rows, batches };
}

const records = fixtureRecords('musterstadt-selbstcheck.csv');

describe('parseSelfCheckCsvStream', () => {
  test('same result as the whole-file parser, for any chunk size', async () => {
    const bytes = fixtureBytes('musterstadt-selbstcheck.csv');
    const whole = await parseSelfCheck(bytes, 'x.csv');
    const path = file('fixture.csv', bytes);
    for (const hwm of [1, 2, 3, 7, 64, 1 << 16]) {
      const { result, rows, batches } = await stream(path, { highWaterMark: hwm, batchSize: 10 });
      expect(result.ok).toBe(true);
      expect(result.encoding).toBe('utf-8-bom');
      expect(result.delimiter).toBe(';');
      expect(result.summary).toEqual(MUSTERSTADT_SUMMARY);
      expect(rows).toEqual(whole.rows);
      expect(result.rowCount).toBe(81);
      expect(result.respondents).toEqual(whole.respondents);
      expect(result.questions).toEqual(whole.questions);
      expect(result.preview).toEqual(whole.preview);
      expect(batches.slice(0, -1).every((n) => n === 10)).toBe(true);
    }
  });

  test('Windows-1252 (umlaut bytes across chunk borders), comma, tab, UTF-16LE', async () => {
    for (const [name, bytes, enc, delim] of [
      ['w.csv', cp1252(csvText(records, ';')), 'windows-1252', ';'],
      ['c.csv', utf8(csvText(records, ',')), 'utf-8', ','],
      ['t.txt', utf8(csvText(records, '\t', '\n')), 'utf-8', '\t'],
      ['u.txt', utf16le(csvText(records, '\t')), 'utf-16le', '\t'],
      ['s.csv', utf8('sep=,\n' + csvText(records, ',')), 'utf-8', ','],
    ] as const) {
      const { result } = await stream(file(name, bytes), { highWaterMark: 5 });
      expect(result.encoding, name).toBe(enc);
      expect(result.delimiter, name).toBe(delim);
      expect(result.summary, name).toEqual(MUSTERSTADT_SUMMARY);
      expect(result.respondents[0].role).toBe('Büro des Oberbürgermeisters');
    }
  });

  test('async onRows: reading waits, order is kept', async () => {
    const path = file('fixture2.csv', fixtureBytes('musterstadt-selbstcheck.csv'));
    const seen: number[] = [];
    let inFlight = 0;
    const res = await parseSelfCheckCsvStream(path, async (b) => {
      expect(inFlight).toBe(0);
      inFlight++;
      await new Promise((r) => setTimeout(r, 2));
      seen.push(...b.map((x) => x.sourceRow));
      inFlight--;
    }, { batchSize: 7, highWaterMark: 50 });
    expect(res.ok).toBe(true);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen).toHaveLength(81);
  });

  test('errors: mixed encoding, broken quoting, header only, empty, too large, missing column', async () => {
    const mixed = await stream(file('m.csv', concat(utf8(`${HEADER.join(';')}\nÄ;;zugang;1;Q;ja;\n`), cp1252('Ö;;zugang;1;;ja;\n'))));
    expect(mixed.result.problems.map((p) => [p.code, p.row])).toEqual([['mixed_encoding', 3]]);
    expect(mixed.rows).toEqual([]); // nothing delivered before the encoding is settled

    const quotes = await stream(file('q.csv', utf8(`${HEADER.join(';')}\nA;;zugang;1;Q;ja;\nB;;zugang;1;;ja;"offen\nC;;zugang;1;;ja;\n`)), { highWaterMark: 4 });
    expect(quotes.result.ok).toBe(false);
    expect(quotes.result.problems.find((p) => p.code === 'csv_quotes')).toMatchObject({ row: 3, column: 'kommentar' });

    const head = await stream(file('h.csv', utf8(HEADER.join(';') + '\n')));
    expect(head.result.problems.map((p) => p.code)).toEqual(['header_only']);

    for (const bytes of [new Uint8Array(0), utf8('\n\n  \n'), new Uint8Array([0xef, 0xbb, 0xbf])]) {
      const e = await stream(file('e.csv', bytes));
      expect(e.result.problems.map((p) => p.code)).toEqual(['empty_file']);
    }

    const big = await stream(file('b.csv', fixtureBytes('musterstadt-selbstcheck.csv')), { maxBytes: 100 });
    expect(big.result.problems.map((p) => p.code)).toEqual(['file_too_large']);
    expect(big.rows).toEqual([]);

    const col = await stream(file('c.csv', utf8('befragte_person;frage;antwort\nA;Q;ja\n')));
    expect(col.result.problems.filter((p) => p.code === 'missing_column').map((p) => p.column)).toEqual(['handlungsfeld', 'frage_id']);
    expect(col.result.ok).toBe(false);
  });

  test('cross-row errors found late: duplicate after its first row was delivered', async () => {
    const body = Array.from({ length: 50 }, (_, i) => `P${i};;zugang;1;${i === 0 ? 'Q' : ''};ja;`);
    body.push('P0;;zugang;1;;nein;');
    const { result, rows } = await stream(file('d.csv', utf8(`${HEADER.join(';')}\n${body.join('\n')}\n`)), { batchSize: 10 });
    expect(rows).toHaveLength(50);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.code, p.row])).toEqual([['duplicate_answer', 52]]);
  });

  test('problem cap while streaming', async () => {
    const body = Array.from({ length: 1000 }, (_, i) => `P${i};;Wohnen;1;Q;ja;`);
    const { result } = await stream(file('cap.csv', utf8(`${HEADER.join(';')}\n${body.join('\n')}\n`)), { maxProblems: 200 });
    expect(result.problems).toHaveLength(200);
    expect(result.problemsOmitted).toBe(800);
    expect(result.errorCount).toBe(1000);
  });
});

describe('building blocks', () => {
  test('Utf8Scanner gives the same report for any chunking', () => {
    const bytes = concat(utf8('a\nä€😀\n'), cp1252('ü\n'), utf8('ß'), new Uint8Array([0xe2, 0x82]));
    const whole = new Utf8Scanner();
    whole.push(bytes);
    const expected = whole.end();
    expect(expected).toEqual({ validMultibyte: 4, invalid: 2, firstInvalidLine: 3, firstMultibyteLine: 2 });
    for (let size = 1; size < 6; size++) {
      const s = new Utf8Scanner();
      for (let i = 0; i < bytes.length; i += size) s.push(bytes.subarray(i, i + size));
      expect(s.end()).toEqual(expected);
    }
  });

  test('CsvRecordSplitter cuts only at record boundaries', () => {
    const text = csvText([
      ...records,
      ['x', 'y;z', '"quoted" start', 'a""b', 'multi\r\nline', 'end"', ''],
      ['mid"quote', 'q', '', '', '', '', ''],
    ], ';');
    const expected = Papa.parse<string[]>(text.replace(/\r\n$/, ''), { delimiter: ';' }).data;
    for (const size of [1, 2, 3, 5, 13, 100]) {
      const sp = new CsvRecordSplitter(';');
      const got: string[][] = [];
      const take = (t: string, final: boolean) => {
        if (!t) return;
        const body = final ? t : t.replace(/\r?\n$/, '');
        got.push(...Papa.parse<string[]>(body, { delimiter: ';' }).data);
      };
      for (let i = 0; i < text.length; i += size) take(sp.push(text.slice(i, i + size)), false);
      take(sp.flush(), true);
      expect(got.filter((r) => r.some((c) => c !== ''))).toEqual(expected.filter((r) => r.some((c) => c !== '')));
    }
  });
});
