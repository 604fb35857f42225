import { describe, expect, test } from 'vitest';
import JSZip from 'jszip'; // exceljs' own zip dependency; only used to build a non-workbook zip
import { computeResults, summarizeResults } from '../../../shared/scoring';
import { MUSTERSTADT_SUMMARY } from '../../../tests/fixtures/import/musterstadt';
import {
  concat,
  cp1252,
  csvBytes,
  csvText,
  fixtureBytes,
  fixtureRecords,
  HEADER,
  jsonObjects,
  utf16le,
  utf8,
  xlsxBytes,
} from '../../../tests/fixtures/import/helpers';
import { distinctAnswerValues, MAX_IMPORT_BYTES, parseSelfCheck } from './parse';
import type { ParseResult, Problem } from './types';

const FIXTURE = 'musterstadt-selbstcheck.csv';
const records = fixtureRecords(FIXTURE);

function only(r: ParseResult, code: string): Problem {
  const ps = r.problems.filter((p) => p.code === code);
  expect(ps, JSON.stringify(r.problems, null, 1)).toHaveLength(1);
  return ps[0];
}

/** Each message must say where (row/column as given) and be present in both languages. */
function expectLocated(p: Problem, row: number | undefined, column: string | undefined) {
  expect(p.row).toBe(row);
  expect(p.column).toBe(column);
  if (row !== undefined) {
    expect(p.message.de).toMatch(new RegExp(`(Zeile|Eintrag) ${row}\\b`));
    expect(p.message.en).toMatch(new RegExp(`(row|entry) ${row}\\b`, 'i'));
  }
  if (column !== undefined) {
    expect(p.message.de).toContain(`„${column}“`);
    expect(p.message.en).toContain(`“${column}”`);
  }
}

function rows(...body: string[][]): string[][] {
  return [HEADER, ...body];
}
const R = (resp: string, field: string, qid: string, text: string, answer: string, comment = '', role = '') => [resp, role, field, qid, text, answer, comment];

async function expectMusterstadt(r: ParseResult) {
  expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(r.ok).toBe(true);
  expect(r.summary).toEqual(MUSTERSTADT_SUMMARY);
  expect(r.rows).toHaveLength(81);
  // the parser's own summary equals scoring its rows
  expect(summarizeResults(computeResults(r.rows))).toEqual(MUSTERSTADT_SUMMARY);
  expect(r.respondents).toEqual([
    { code: 'BM', role: 'Büro des Oberbürgermeisters' },
    { code: 'FBL-Soz', role: 'Fachbereichsleitung Soziales' },
    { code: 'IB', role: 'Integrationsbeauftragte' },
    { code: 'IS-1', role: 'Integrationsstelle, Sachbearbeitung' },
    { code: 'IBR-V', role: 'Integrationsbeirat (Vorsitz)' },
    { code: 'IBR-M', role: 'Integrationsbeirat (Mitglied)' },
  ]);
  expect(r.questions).toHaveLength(14);
  expect(r.questions[2]).toEqual({ id: '2.1', field: 'oeffnung', text: 'Gibt es eine unabhängige Beschwerdestelle bei Diskriminierung?', position: 3 });
  const comments = r.rows.filter((x) => x.comment).map((x) => x.comment);
  expect(comments).toContain('Sommerfest seit 2019\nFastenbrechen im Rathaus');
  expect(comments).toContain('Budget nur "projektbezogen"; Stelle befristet');
  expect(r.preview.perField.map((f) => f.key)).toEqual(['management', 'oeffnung', 'zugang', 'arbeit', 'engagement', 'zusammenhalt', 'kommunikation']);
  expect(r.preview.perField[3]).toMatchObject({ key: 'arbeit', questions: 2, score: null, weissNicht: 9, skipped: 3 });
  // IBR-V (5th column): 4.1 empty and no row for 4.2 → skipped 2; "weiß nicht" once (1.2)
  expect(r.preview.perRespondent[4]).toEqual({ code: 'IBR-V', role: 'Integrationsbeirat (Vorsitz)', answers: 12, dontKnow: 1, skipped: 2 });
}

describe('formats', () => {
  test('CSV with ";" and UTF-8 BOM (the fixture as committed)', async () => {
    const r = await parseSelfCheck(fixtureBytes(FIXTURE), FIXTURE);
    expect(r.format).toBe('csv');
    expect(r.encoding).toBe('utf-8-bom');
    expect(r.delimiter).toBe(';');
    await expectMusterstadt(r);
    // sourceRow counts records as Excel shows them (the multi-line comment is one row)
    const bm61 = r.rows.find((x) => x.respondent === 'BM' && x.questionId === '6.1')!;
    expect(bm61.sourceRow).toBe(12);
    expect(r.rows.at(-1)!.sourceRow).toBe(82);
  });

  test('CSV with "," (UTF-8 without BOM)', async () => {
    const r = await parseSelfCheck(csvBytes(records, ','), 'export.csv');
    expect(r.delimiter).toBe(',');
    expect(r.encoding).toBe('utf-8');
    await expectMusterstadt(r);
  });

  test('CSV with an Excel "sep=" first line', async () => {
    const r = await parseSelfCheck(utf8('sep=,\r\n' + csvText(records, ',')), 'export.csv');
    expect(r.delimiter).toBe(',');
    await expectMusterstadt(r);
    expect(r.rows[0].sourceRow).toBe(2); // Excel does not show the sep line as a row
  });

  test('CSV with tab', async () => {
    const r = await parseSelfCheck(csvBytes(records, '\t'), 'export.txt');
    expect(r.delimiter).toBe('\t');
    await expectMusterstadt(r);
  });

  test('CSV in Windows-1252 as German Excel saves it', async () => {
    const r = await parseSelfCheck(cp1252(csvText(records, ';')), 'export.csv');
    expect(r.encoding).toBe('windows-1252');
    await expectMusterstadt(r);
  });

  test('UTF-16LE "Unicode-Text" from Excel (tab separated)', async () => {
    const r = await parseSelfCheck(utf16le(csvText(records, '\t')), 'export.txt');
    expect(r.encoding).toBe('utf-16le');
    await expectMusterstadt(r);
  });

  test('XLSX (first sheet; row numbers as in Excel)', async () => {
    const r = await parseSelfCheck(await xlsxBytes(records), 'export.xlsx');
    expect(r.format).toBe('xlsx');
    await expectMusterstadt(r);
    expect(r.rows[0].sourceRow).toBe(2);
  });

  test('XLSX reads only the first sheet and starts at the first non-empty row', async () => {
    const wb = await xlsxBytes([[], ...records.slice(0, 3)], 'Antworten');
    const r = await parseSelfCheck(wb, 'a.xlsx');
    expect(r.ok).toBe(true);
    expect(r.rows.map((x) => x.sourceRow)).toEqual([3, 4]);
    const other = await parseSelfCheck(await xlsxBytes(records.slice(0, 3), 'Antworten', ['Deckblatt']), 'b.xlsx');
    expect(other.ok).toBe(false);
    expect(other.problems.some((p) => p.code === 'missing_column')).toBe(true);
  });

  test('JSON: array of objects and { rows: [...] }', async () => {
    const objs = jsonObjects(records);
    const a = await parseSelfCheck(utf8(JSON.stringify(objs)), 'export.json');
    expect(a.format).toBe('json');
    await expectMusterstadt(a);
    const b = await parseSelfCheck(utf8(JSON.stringify({ exportedAt: '2025-03-01', rows: objs })), 'export.json');
    await expectMusterstadt(b);
  });

  test('JSON with English keys and numbers as values', async () => {
    const r = await parseSelfCheck(
      utf8(
        JSON.stringify([
          { Respondent: 'A', Role: 'Mayor', Field: 3, Question_ID: 31, Question: 'Q?', Answer: 'Yes', Comment: null },
          { respondent: 'B', field: 'Fair access and opportunities to participate', question_id: '31', answer: "don't know" },
        ]),
      ),
      'x.json',
    );
    expect(r.ok).toBe(true);
    expect(r.rows.map((x) => [x.respondent, x.field, x.questionId, x.answer])).toEqual([
      ['A', 'zugang', '31', 'ja'],
      ['B', 'zugang', '31', 'weiss_nicht'],
    ]);
    const clash = await parseSelfCheck(
      utf8(JSON.stringify([{ respondent: 'A', field: 3, question_id: 1, question: 'Q', answer: 'ja', Antwort: 'nein' }])),
      'x.json',
    );
    expectLocated(only(clash, 'duplicate_column'), 1, 'Antwort');
  });

  test('format is sniffed when the extension is unknown; a workbook named .csv is still read', async () => {
    expect((await parseSelfCheck(fixtureBytes(FIXTURE), 'download')).format).toBe('csv');
    expect((await parseSelfCheck(utf8(JSON.stringify(jsonObjects(records))), 'download')).format).toBe('json');
    const r = await parseSelfCheck(await xlsxBytes(records), 'export.csv');
    expect(r.format).toBe('xlsx');
    expect(r.ok).toBe(true);
    expect(r.problems.map((p) => p.code)).toEqual(['format_mismatch']);
  });
});

describe('lenient matching', () => {
  test('header names: case, umlauts/ß, spaces, hyphens, English', async () => {
    const r = await parseSelfCheck(
      csvBytes([
        ['BEFRAGTE PERSON', 'Rolle', 'Handlungsfeld', 'Frage-ID', 'Fragetext', 'Antwort', 'Anmerkung'],
        ['A', 'x', 'zugang', '1', 'Q', 'ja', ''],
      ]),
      'a.csv',
    );
    expect(r.ok).toBe(true);
    const e = await parseSelfCheck(
      csvBytes(
        [
          ['Respondent', 'Role', 'Field', 'Question ID', 'Question', 'Answer', 'Comment'],
          ['A', 'x', 'zugang', '1', 'Q', 'ja', ''],
        ],
        ',',
      ),
      'a.csv',
    );
    expect(e.ok).toBe(true);
  });

  test('field as key, number, German or English name, with prefix', async () => {
    const fields = [
      'ZUGANG',
      '3',
      'HF 3',
      '3.',
      'Fairer Zugang und Teilhabechancen',
      'fairer zugang & teilhabechancen',
      'Fair access and opportunities to participate',
      '3. Fairer Zugang und Teilhabechancen',
      'Zugang',
    ];
    const r = await parseSelfCheck(csvBytes(rows(...fields.map((f, i) => R(`P${i}`, f, 'q', 'Q', 'ja')))), 'a.csv');
    expect(r.problems).toEqual([]);
    expect(new Set(r.rows.map((x) => x.field))).toEqual(new Set(['zugang']));
    // decomposed umlaut (macOS) in "Öffnung"
    const nfd = await parseSelfCheck(csvBytes(rows(R('A', 'Interkulturelle O\u0308ffnung und Antirassismus', 'q', 'Q', 'ja'))), 'a.csv');
    expect(nfd.rows[0].field).toBe('oeffnung');
    // number and name that disagree are not guessed
    const bad = await parseSelfCheck(csvBytes(rows(R('A', '2. Fairer Zugang und Teilhabechancen', 'q', 'Q', 'ja'))), 'a.csv');
    expect(bad.problems[0].code).toBe('unknown_field');
  });

  test('answer spellings', async () => {
    const values = [
      'Ja',
      ' JA ',
      'yes',
      'Teilweise',
      'partly',
      'NEIN',
      'no',
      'weiß nicht',
      'Weiss nicht',
      'WEISS NICHT',
      "don't know",
      'dont know',
      'Don’t know',
      '',
    ];
    const r = await parseSelfCheck(csvBytes(rows(...values.map((v, i) => R(`P${i}`, 'arbeit', 'q', 'Q', v)))), 'a.csv');
    expect(r.problems).toEqual([]);
    expect(r.rows.map((x) => x.answer)).toEqual([
      'ja',
      'ja',
      'ja',
      'teilweise',
      'teilweise',
      'nein',
      'nein',
      'weiss_nicht',
      'weiss_nicht',
      'weiss_nicht',
      'weiss_nicht',
      'weiss_nicht',
      'weiss_nicht',
      null,
    ]);
  });

  test('respondent and question ids compare case-insensitively; first spelling kept', async () => {
    const r = await parseSelfCheck(csvBytes(rows(R('IB', 'zugang', 'Q-1', 'Text', 'ja'), R('ib ', 'zugang', 'q-1', '', 'nein'))), 'a.csv');
    expect(only(r, 'duplicate_answer').row).toBe(3);
  });

  test('formula-looking cells are kept exactly as text (CSV)', async () => {
    const r = await parseSelfCheck(
      csvBytes(rows(R('=HYPERLINK("http://x")', 'zugang', '+1', '@Frage -1', 'ja', '=SUMME(A1:A3)'), R('-Person', 'zugang', '+1', '', 'nein', '+49 30 1234'))),
      'a.csv',
    );
    expect(r.ok).toBe(true);
    expect(r.rows.map((x) => [x.respondent, x.questionId, x.comment])).toEqual([
      ['=HYPERLINK("http://x")', '+1', '=SUMME(A1:A3)'],
      ['-Person', '+1', '+49 30 1234'],
    ]);
    expect(r.questions[0].text).toBe('@Frage -1');
  });

  test('XLSX formula cells: cached value as text, else the formula text; a warning names the cell', async () => {
    const r = await parseSelfCheck(
      await xlsxBytes([
        HEADER,
        ['A', '', 'zugang', '1', 'Q', { formula: 'LOWER("JA")', result: 'ja' }, { formula: 'A1&"!"' }],
        ['B', '', 'zugang', '1', '', 'nein', '=kein Formelwert'],
      ]),
      'a.xlsx',
    );
    expect(r.ok).toBe(true);
    expect(r.rows.map((x) => [x.answer, x.comment])).toEqual([
      ['ja', '=A1&"!"'],
      ['nein', '=kein Formelwert'],
    ]);
    const w = r.problems.filter((p) => p.code === 'formula_cell');
    expect(w).toHaveLength(2);
    expectLocated(w[0], 2, 'antwort');
  });

  test('answerMap for another scale (5-step agreement, numbers); null = skipped', async () => {
    const file = csvBytes(
      rows(
        R('A', 'zugang', '1', 'Q', 'Stimme voll zu'),
        R('B', 'zugang', '1', '', 'stimme eher zu'),
        R('C', 'zugang', '1', '', 'Stimme nicht zu'),
        R('D', 'zugang', '1', '', 'keine Angabe'),
        R('E', 'zugang', '1', '', '3'),
      ),
    );
    const plain = await parseSelfCheck(file, 'a.csv');
    expect(plain.ok).toBe(false);
    expect(plain.unknownAnswerValues.map((u) => u.key)).toEqual(['stimme voll zu', 'stimme eher zu', 'stimme nicht zu', 'keine angabe', '3']);
    expect(plain.unknownAnswerValues[0]).toEqual({ raw: 'Stimme voll zu', key: 'stimme voll zu', count: 1, firstRow: 2 });
    const p = plain.problems.find((x) => x.code === 'unknown_answer')!;
    expect(p.message.de).toContain('ordnen Sie beim Import die Werte Ihrer Skala zu');
    expect(p.message.en).toContain('map the values of your scale');

    const mapped = await parseSelfCheck(file, 'a.csv', {
      answerMap: { 'Stimme voll zu': 'ja', 'stimme eher zu': 'teilweise', 'STIMME NICHT ZU': 'nein', 'keine Angabe': null, '3': 'teilweise' },
    });
    expect(mapped.problems).toEqual([]);
    expect(mapped.rows.map((x) => x.answer)).toEqual(['ja', 'teilweise', 'nein', null, 'teilweise']);
    expect(mapped.summary.fields[2]).toEqual({ key: 'zugang', score: 50, answered: 4, dontKnow: 0, skipped: 1 });
    await expect(parseSelfCheck(file, 'a.csv', { answerMap: { x: 'vielleicht' as never } })).rejects.toThrow(/answerMap/);
  });

  test('distinctAnswerValues lists known and unknown values with counts', async () => {
    const file = csvBytes(
      rows(R('A', 'zugang', '1', 'Q', 'Ja'), R('B', 'zugang', '1', '', 'ja'), R('C', 'zugang', '1', '', 'eher ja'), R('D', 'zugang', '1', '', '')),
    );
    expect(await distinctAnswerValues(file, 'a.csv')).toEqual([
      { key: 'ja', raw: 'Ja', count: 2, mapsTo: 'ja' },
      { key: 'eher ja', raw: 'eher ja', count: 1, mapsTo: 'unknown' },
    ]);
  });
});

describe('bad input: each problem names row, column and what to do', () => {
  test('unknown field', async () => {
    const r = await parseSelfCheck(csvBytes(rows(R('A', 'zugang', '1', 'Q', 'ja'), R('A', 'Wohnen', '2', 'Q2', 'ja'))), 'a.csv');
    expect(r.ok).toBe(false);
    const p = only(r, 'unknown_field');
    expect(p.severity).toBe('error');
    expectLocated(p, 3, 'handlungsfeld');
    expect(p.message.de).toContain('„Wohnen“');
    expect(p.message.de).toContain('management, oeffnung');
    expect(r.rows).toHaveLength(1); // the bad row is left out
  });

  test('unknown answer value', async () => {
    const r = await parseSelfCheck(csvBytes(rows(R('A', 'zugang', '1', 'Q', 'vielleicht'))), 'a.csv');
    expectLocated(only(r, 'unknown_answer'), 2, 'antwort');
    expect(r.ok).toBe(false);
  });

  test('missing required column', async () => {
    const r = await parseSelfCheck(
      csvBytes([
        ['befragte_person', 'handlungsfeld', 'frage', 'antwort'],
        ['A', 'zugang', 'Q', 'ja'],
      ]),
      'a.csv',
    );
    expect(r.ok).toBe(false);
    const p = only(r, 'missing_column');
    expectLocated(p, 1, 'frage_id');
    expect(p.message.de).toContain('Ergänzen Sie die Spalte');
    expect(r.rows).toEqual([]);
  });

  test('no recognisable header at all (e.g. wrong delimiter): hint names the detected delimiter', async () => {
    const r = await parseSelfCheck(utf8('A|zugang|1|Q|ja\n'), 'a.csv');
    expect(r.problems.filter((p) => p.code === 'missing_column')).toHaveLength(4);
    expect(r.problems.some((p) => p.message.de.includes('Die erste Zeile muss die Spaltennamen enthalten'))).toBe(true);
    expect(only(r, 'delimiter_hint').message.de).toContain('Als Trennzeichen wurde');
  });

  test('duplicate column', async () => {
    const r = await parseSelfCheck(
      csvBytes([
        [...HEADER, 'Answer'],
        ['A', '', 'zugang', '1', 'Q', 'ja', '', 'nein'],
      ]),
      'a.csv',
    );
    expectLocated(only(r, 'duplicate_column'), 1, 'Answer');
    expect(r.ok).toBe(false);
  });

  test('unknown column is a warning only', async () => {
    const r = await parseSelfCheck(
      csvBytes([
        [...HEADER, 'Datum'],
        ['A', '', 'zugang', '1', 'Q', 'ja', '', '2025-01-01'],
      ]),
      'a.csv',
    );
    expect(r.ok).toBe(true);
    const p = only(r, 'unknown_column');
    expect(p.severity).toBe('warning');
    expectLocated(p, 1, 'Datum');
  });

  test('a question_id with two different texts', async () => {
    const r = await parseSelfCheck(
      csvBytes(
        rows(
          R('A', 'zugang', '3.1', 'Gibt es  mehrsprachige Infos?', 'ja'),
          R('B', 'zugang', '3.1', 'Gibt es mehrsprachige Infos?', 'ja'), // only whitespace differs: same text
          R('C', 'zugang', '3.1', 'Gibt es Dolmetscher?', 'nein'),
        ),
      ),
      'a.csv',
    );
    const p = only(r, 'question_text_conflict');
    expectLocated(p, 4, 'frage');
    expect(p.message.de).toContain('Zeile 2');
    expect(r.ok).toBe(false);
  });

  test('a question_id in two fields', async () => {
    const r = await parseSelfCheck(csvBytes(rows(R('A', 'zugang', '3.1', 'Q', 'ja'), R('B', 'arbeit', '3.1', '', 'ja'))), 'a.csv');
    const p = only(r, 'question_field_conflict');
    expectLocated(p, 3, 'handlungsfeld');
    expect(p.message.de).toContain('Fairer Zugang und Teilhabechancen');
    expect(p.message.de).toContain('Zeile 2');
  });

  test('the same respondent answering a question twice', async () => {
    const r = await parseSelfCheck(
      csvBytes(rows(R('A', 'zugang', '1', 'Q', 'ja'), R('B', 'zugang', '1', '', 'ja'), R('A', 'zugang', '1', '', 'nein'))),
      'a.csv',
    );
    const p = only(r, 'duplicate_answer');
    expectLocated(p, 4, 'befragte_person');
    expect(p.message.de).toContain('schon in Zeile 2');
    expect(r.summary.fields[2]).toMatchObject({ answered: 2 }); // the first answer counts
  });

  test('a question without text in any row', async () => {
    const r = await parseSelfCheck(csvBytes(rows(R('A', 'zugang', '1', '', 'ja'), R('B', 'zugang', '1', '', 'ja'))), 'a.csv');
    expectLocated(only(r, 'question_text_missing'), 2, 'frage');
    expect(r.ok).toBe(false);
  });

  test('empty required cells', async () => {
    const r = await parseSelfCheck(csvBytes(rows(R('', 'zugang', '1', 'Q', 'ja'), R('A', '', '1', 'Q', 'ja'), R('A', 'zugang', '', 'Q', 'ja'))), 'a.csv');
    const ps = r.problems.filter((p) => p.code === 'missing_value');
    expect(ps.map((p) => [p.row, p.column])).toEqual([
      [2, 'befragte_person'],
      [3, 'handlungsfeld'],
      [4, 'frage_id'],
    ]);
    for (const p of ps) expectLocated(p, p.row, p.column);
  });

  test('blank rows are ignored; values right of the named columns give one warning', async () => {
    const r = await parseSelfCheck(utf8(`${HEADER.join(';')}\n;;;;;;\n\nA;;zugang;1;Q;ja;;x\nB;;zugang;1;;ja;;y\n`), 'a.csv');
    expect(r.ok).toBe(true);
    expect(r.rows.map((x) => x.sourceRow)).toEqual([4, 5]);
    const p = only(r, 'extra_cells');
    expect(p.row).toBe(4);
    expect(p.message.de).toContain('und 1 weitere');
  });

  test('a role that changes for the same respondent is a warning', async () => {
    const r = await parseSelfCheck(csvBytes(rows(R('A', 'zugang', '1', 'Q', 'ja', '', 'Amt 1'), R('A', 'zugang', '2', 'Q2', 'ja', '', 'Amt 2'))), 'a.csv');
    expect(r.ok).toBe(true);
    expectLocated(only(r, 'respondent_role_conflict'), 3, 'funktion');
    expect(r.respondents).toEqual([{ code: 'A', role: 'Amt 1' }]);
  });

  test('empty file (0 bytes, whitespace, BOM only, empty XLSX)', async () => {
    for (const [bytes, name] of [
      [new Uint8Array(0), 'a.csv'],
      [utf8(' \r\n\r\n'), 'a.csv'],
      [new Uint8Array([0xef, 0xbb, 0xbf]), 'a.csv'],
      [await xlsxBytes([]), 'a.xlsx'],
      [utf8('  '), 'a.json'],
    ] as const) {
      const r = await parseSelfCheck(bytes, name);
      expect(r.ok).toBe(false);
      expect(r.problems.map((p) => p.code)).toEqual(['empty_file']);
      expect(r.problems[0].message.de).toContain('Die Datei ist leer');
    }
  });

  test('header-only file (CSV and XLSX), empty JSON list', async () => {
    const c = await parseSelfCheck(utf8(HEADER.join(';') + '\r\n'), 'a.csv');
    expectLocated(only(c, 'header_only'), 1, undefined);
    const x = await parseSelfCheck(await xlsxBytes([HEADER]), 'a.xlsx');
    expect(only(x, 'header_only').row).toBe(1);
    const j = await parseSelfCheck(utf8('[]'), 'a.json');
    expect(only(j, 'json_empty').severity).toBe('error');
  });

  test('file over 20 MB: size is checked first and the message states the limit', async () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1); // zeros: would be a mess to parse
    for (const name of ['big.csv', 'big.xlsx', 'big.json']) {
      const r = await parseSelfCheck(big, name);
      expect(r.problems.map((p) => p.code)).toEqual(['file_too_large']);
      expect(r.problems[0].message.de).toContain('höchstens 20 MB');
      expect(r.problems[0].message.en).toContain('limit is 20 MB');
    }
    expect((await parseSelfCheck(csvBytes(rows(R('A', 'zugang', '1', 'Q', 'ja'))), 'a.csv', { maxBytes: 10 })).problems[0].code).toBe('file_too_large');
  });

  test('XLSX that is not a spreadsheet: renamed text file, zip without workbook, old .xls', async () => {
    const text = await parseSelfCheck(csvBytes(rows(R('A', 'zugang', '1', 'Q', 'ja'))), 'antworten.xlsx');
    expect(only(text, 'not_a_spreadsheet').message.de).toContain('umbenannte');
    const zip = new JSZip();
    zip.file('readme.txt', 'kein Workbook');
    const z = await parseSelfCheck(await zip.generateAsync({ type: 'uint8array' }), 'antworten.xlsx');
    expect(only(z, 'not_a_spreadsheet').message.de).toContain('keine lesbare Excel-Arbeitsmappe');
    const broken = await xlsxBytes([HEADER]);
    const truncated = await parseSelfCheck(broken.subarray(0, 200), 'antworten.xlsx');
    expect(only(truncated, 'not_a_spreadsheet').severity).toBe('error');
    const xls = await parseSelfCheck(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'alt.xls');
    expect(only(xls, 'unsupported_format').message.de).toContain('.xlsx');
  });

  test('broken quoting in CSV', async () => {
    const text = `${HEADER.join(';')}\nA;;zugang;1;Q;ja;"Kommentar ohne Ende\nB;;zugang;1;;nein;\n`;
    const r = await parseSelfCheck(utf8(text), 'a.csv');
    expect(r.ok).toBe(false);
    const p = only(r, 'csv_quotes');
    expectLocated(p, 2, 'kommentar');
    expect(p.message.de).toContain('Anführungszeichen');
    const trailing = await parseSelfCheck(utf8(`${HEADER.join(';')}\nA;;zugang;1;"Q"x;ja;\n`), 'a.csv');
    expect(trailing.problems.some((x) => x.code === 'csv_quotes' && x.row === 2)).toBe(true);
  });

  test('mixed encodings: valid UTF-8 umlauts and lone Windows-1252 bytes', async () => {
    const bytes = concat(
      utf8(`${HEADER.join(';')}\nA;Bürgermeisterin;zugang;1;Q;ja;\n`),
      cp1252('B;Integrationsbeauftragte;zugang;1;;nein;Übersetzung fehlt\n'),
    );
    const r = await parseSelfCheck(bytes, 'a.csv');
    expect(r.ok).toBe(false);
    const p = only(r, 'mixed_encoding');
    expect(p.row).toBe(3);
    expect(p.message.de).toContain('Textzeile 3');
    expect(p.message.de).toContain('Textzeile 2');
    expect(p.message.de).toContain('CSV UTF-8');
    // a UTF-8 BOM followed by a Windows-1252 byte is a mix as well
    const bom = await parseSelfCheck(concat(new Uint8Array([0xef, 0xbb, 0xbf]), cp1252(`${HEADER.join(';')}\nÄ;;zugang;1;Q;ja;\n`)), 'a.csv');
    expect(only(bom, 'mixed_encoding').message.en).toContain('BOM');
  });

  test('invalid JSON names the text line', async () => {
    const r = await parseSelfCheck(utf8('[\n {"befragte_person": "A",}\n]'), 'a.json');
    const p = only(r, 'invalid_json');
    expect(p.row).toBe(2);
    expect(p.message.de).toContain('Textzeile 2');
    // in German words, not the engine's English ("Expected double-quoted property name …")
    expect(p.message.de).toContain('ein Name steht nicht in doppelten Anführungszeichen oder ein Komma ist zu viel');
    expect(p.message.de).not.toMatch(/Expected|position/);
    const cut = only(await parseSelfCheck(utf8('[{"befragte_person": "A"'), 'a.json'), 'invalid_json');
    expect(cut.message.de).toContain('sie endet mitten im Text');
    const comma = only(await parseSelfCheck(utf8('[{"a": 1 "b": 2}]'), 'a.json'), 'invalid_json');
    expect(comma.message.de).toContain('fehlt ein Komma oder eine schließende Klammer');
  });

  test('JSON that is not an array of objects', async () => {
    expect(only(await parseSelfCheck(utf8('{"befragte_person":"A"}'), 'a.json'), 'json_not_rows').message.de).toContain('ohne „rows“-Liste');
    expect(only(await parseSelfCheck(utf8('42'), 'a.json'), 'json_not_rows').message.de).toContain('einzelnen Wert');
    const r = await parseSelfCheck(
      utf8(
        JSON.stringify([
          { befragte_person: 'A', handlungsfeld: 'zugang', frage_id: '1', frage: 'Q', antwort: 'ja' },
          'B',
          [1, 2],
          { befragte_person: 'C', handlungsfeld: 'zugang', frage_id: '1', antwort: { v: 'ja' } },
        ]),
      ),
      'a.json',
    );
    expect(r.problems.filter((p) => p.code === 'json_entry_not_object').map((p) => p.row)).toEqual([2, 3]);
    expectLocated(only(r, 'json_value_not_text'), 4, 'antwort');
    expect(r.problems[0].message.de).toMatch(/^Eintrag 2:/);
    expect(r.rows).toHaveLength(1);
  });

  test('the problem list is capped, the rest counted', async () => {
    const many = Array.from({ length: 300 }, (_, i) => R(`P${i}`, 'zugang', '1', 'Q', `wert ${i % 3}`));
    const r = await parseSelfCheck(csvBytes(rows(...many)), 'a.csv');
    expect(r.problems).toHaveLength(200);
    expect(r.problemsOmitted).toBe(100);
    expect(r.errorCount).toBe(300);
    expect(r.unknownAnswerValues.map((u) => [u.key, u.count])).toEqual([
      ['wert 0', 100],
      ['wert 1', 100],
      ['wert 2', 100],
    ]);
    const small = await parseSelfCheck(csvBytes(rows(...many)), 'a.csv', { maxProblems: 5 });
    expect(small.problems).toHaveLength(5);
  });
});

test('the committed templates import without problems', async () => {
  const { readFileSync } = await import('node:fs');
  for (const name of ['selbstcheck-vorlage.csv', 'selbstcheck-vorlage.xlsx']) {
    const bytes = new Uint8Array(readFileSync(new URL(`../../../resources/templates/${name}`, import.meta.url)));
    const r = await parseSelfCheck(bytes, name);
    expect(r.problems).toEqual([]);
    expect(r.rows).toHaveLength(14);
    expect(r.summary.fields.map((f) => f.score)).toEqual([75, 25, 100, 100, 100, 50, 0]);
  }
});
