// The full path through the service: demo workshop → 'export.render' → bytes, read back with
// independent tools (pdftotext, DOCX XML, exceljs, papaparse, node-ical).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import ical from 'node-ical';
import { WorkshopService } from '../service';
import { main } from '../../cli';
import { AppError } from '../../../shared/domain/errors';
import { hasTool, pdfText } from './testutil';
import { LONG_TEXT, NASTY_FORMULA } from '../../../tests/fixtures/export/model';
import demo from '../../../resources/demo/demo-workshop.json';

let dir: string;
let s: WorkshopService;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-wsexp-'));
  s = new WorkshopService({ paths: { settingsDir: path.join(dir, 'settings'), workshopsDir: path.join(dir, 'ws') } });
  s.openOrCreateDemo();
});
afterAll(() => {
  s.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const render = async (format: 'pdf' | 'docx' | 'xlsx' | 'csv' | 'md' | 'ics') => {
  const out = await s.run('export.render', { format });
  return { ...out, data: new Uint8Array(Buffer.from(out.base64, 'base64')) };
};
const docXml = async (b: Uint8Array) => (await JSZip.loadAsync(b)).file('word/document.xml')!.async('string');
const csvRows = (b: Uint8Array) => {
  const text = Buffer.from(b).toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return Papa.parse<string[]>(text.slice(1), { delimiter: ';', newline: '\r\n', skipEmptyLines: true }).data;
};
const a0 = demo.actions[0];
const dueActions = demo.actions.filter((a) => a.due).length;

describe('export of the demo workshop through the service', () => {
  test.skipIf(!hasTool('pdftotext'))('PDF: cover, profile, strengths, next steps, plan, page numbers', async () => {
    const out = await render('pdf');
    expect(out.mime).toBe('application/pdf');
    expect(out.fileName).toMatch(/Ulmenbr.ck.*\.pdf$/);
    const text = pdfText(out.data);
    for (const t of [
      'Maßnahmenplan',
      'Ulmenbrück an der Sarne',
      'Datum: 18.11.2026',
      '40 Teilnehmende insgesamt',
      'Ergebnisse des Selbstchecks',
      '1. Management und Steuerung',
      'Nächste Schritte nach Priorität',
      'Punktabfrage',
      demo.ideas[0].title,
      'Nächste Überprüfung',
      '15.02.2027',
      'Seite 1 von',
    ]) {
      expect(text.includes(t), t).toBe(true);
    }
    expect(text.replace(/\s/g, '')).toContain(a0.title.replace(/\s/g, ''));
  });

  test('DOCX: same structure as text in word/document.xml', async () => {
    const out = await render('docx');
    const xml = await docXml(out.data);
    const plain = xml.replace(/<[^>]+>/g, '').replace(/\u00ad/g, '');
    for (const t of ['Maßnahmenplan', 'Ulmenbrück an der Sarne', 'Nächste Schritte nach Priorität', a0.title, a0.updates![0].note])
      expect(plain.includes(t), t).toBe(true);
  });

  test('XLSX: one row per action, real dates, frozen header, filter', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from((await render('xlsx')).data) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.rowCount).toBe(demo.actions.length + 1);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    const row = ws.getRow(2).values as unknown[];
    expect(row).toContain(a0.title);
    expect(row.some((v) => v instanceof Date && v.toISOString().startsWith(a0.due!))).toBe(true);
  });

  test('CSV: BOM, semicolons, every action', async () => {
    const rows = csvRows((await render('csv')).data);
    expect(rows).toHaveLength(demo.actions.length + 1);
    expect(rows[1]).toContain(a0.title);
    expect(rows[1]).toContain(a0.due);
  });

  test('Markdown and ICS', async () => {
    const md = Buffer.from((await render('md')).data).toString('utf8');
    expect(md).toMatch(/^# /);
    expect(md).toContain('Ulmenbrück an der Sarne');
    const ics = Buffer.from((await render('ics')).data).toString('utf8');
    const events = Object.values(ical.sync.parseICS(ics)).filter((e) => e?.type === 'VEVENT');
    expect(events).toHaveLength(dueActions + 1); // + the plan's next review
  });

  test('an action with only a title and one full of awkward text survive every format', async () => {
    await s.run('actions.add', { title: 'Nur ein Titel' });
    const nasty = `Zitat "doppelt" und „deutsch“\nzweite Zeile 🎉 ${NASTY_FORMULA}`;
    const b = await s.run('actions.add', { title: NASTY_FORMULA, description: LONG_TEXT, responsible: nasty, due: '2027-03-01' });
    await s.run('actions.addUpdate', { actionId: b.id, date: '2027-01-10', note: nasty, status: 'in_arbeit' });
    const rows = csvRows((await render('csv')).data);
    const row = rows.find((r) => r.includes(`'${NASTY_FORMULA}`))!;
    expect(row).toBeTruthy();
    expect(row).toContain(LONG_TEXT);
    expect(rows.some((r) => r.includes('Nur ein Titel'))).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from((await render('xlsx')).data) as unknown as ArrayBuffer);
    const cells = wb.worksheets[0].getSheetValues().flat();
    expect(cells).toContain(NASTY_FORMULA); // a string cell, never a formula
    expect(cells).toContain(nasty);
    const xml = await docXml((await render('docx')).data);
    expect(xml).toContain('Nur ein Titel');
    expect(xml).toContain('=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)');
    const md = Buffer.from((await render('md')).data).toString('utf8');
    expect(md).toContain('Nur ein Titel');
    const ics = Object.values(ical.sync.parseICS(Buffer.from((await render('ics')).data).toString('utf8')));
    expect(ics.some((e) => e?.type === 'VEVENT' && String((e as { summary?: unknown }).summary).includes('=HYPERLINK'))).toBe(true);
    if (hasTool('pdftotext')) expect(pdfText((await render('pdf')).data)).toContain('Nur ein Titel');
  });

  test('export is a query: no undo step, no change event, allowed in any phase', async () => {
    await s.run('session.set', { phase: 'staerken' });
    const before = await s.run('history.get', {});
    const events: unknown[] = [];
    s.events.on('change', (e) => events.push(e));
    await render('md');
    expect(await s.run('history.get', {})).toEqual(before);
    expect(events).toHaveLength(0);
    await expect(s.run('export.render', { format: 'odt' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('CLI export', () => {
  test('writes the file and prints one line; an unknown format exits 2 in German', async () => {
    const file = path.join(dir, 'cli.werkstatt');
    const sink = {
      text: '',
      write(s: string) {
        this.text += s;
        return true;
      },
    };
    expect(await main(['demo', file], sink as never)).toBe(0);
    const target = path.join(dir, 'plan.csv');
    sink.text = '';
    expect(await main(['export', file, '--format', 'csv', '--out', target], sink as never)).toBe(0);
    expect(sink.text.trim().split('\n')).toHaveLength(1);
    expect(sink.text).toMatch(/^Exportiert: .*plan\.csv \(CSV, \d+ Maßnahmen/);
    expect(csvRows(fs.readFileSync(target)).length).toBe(demo.actions.length + 1);
    // validated by the contract, like the same call from the UI (the CLI exits 2 on INVALID_INPUT)
    const err = await main(['export', file, '--format', 'odt', '--out', target], sink as never).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('INVALID_INPUT');
    expect(err.message).toMatch(/Unbekanntes Format „odt“/);
  });
});
