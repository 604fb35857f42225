// The "Ablauf" section (issue #13.4): a workshop run through the service on a real file with a
// fake clock, exported as PDF, DOCX and Markdown, read back with pdftotext, the DOCX XML (and
// LibreOffice for the layout of a 200-character title).
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { WorkshopService } from '../service';
import { exportWorkshop } from './workshop-export';
import { workshopToExportModel } from '../db/repo/export-model';
import { agendaRun } from './agenda';
import { hasTool, pdfText, tmpFile } from './testutil';
import type { AgendaItem } from '../../../shared/agenda/timer';

const MIN = 60_000;
/** 14:00 in Berlin on 3 March 2027 (CET, UTC+1). */
const BERLIN_1400 = Date.UTC(2027, 2, 3, 13, 0);
const at = (hh: number, mm: number) => BERLIN_1400 + ((hh - 14) * 60 + mm) * MIN;
const ZONE = 'Europe/Berlin';
const GENERATED = '2027-03-03T18:00:00.000Z';

let dir: string;
let s: WorkshopService;
const db = () => s.workshop!.db;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at(13, 0));
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-ablauf-'));
  s = new WorkshopService({ paths: { settingsDir: path.join(dir, 'settings'), workshopsDir: path.join(dir, 'ws') } });
  await s.run('workshop.create', { name: 'Workshop Testdorf', municipality: 'Testdorf', date: '2027-03-03' });
});
afterEach(() => {
  s.close();
  vi.useRealTimers();
  fs.rmSync(dir, { recursive: true, force: true });
});

const clockTo = (hh: number, mm: number) => vi.setSystemTime(at(hh, mm));

/**
 * The standard afternoon (14:00–17:30, 210 min), run late: starts 14:05, the results are paused
 * for 6 min, "Stärken im Plenum bündeln" is skipped, the end is 17:42 — 12 min later than planned.
 */
async function runAfternoon(opts: { finish?: boolean } = {}) {
  const a = await s.run('agenda.useTemplate', {});
  const id = a.items.map((i) => i.id);
  clockTo(14, 5);
  await s.run('agenda.start', { id: id[0] });
  clockTo(14, 22);
  await s.run('agenda.next', {}); // results from 14:22
  clockTo(14, 30);
  await s.run('agenda.pause', { paused: true });
  clockTo(14, 36);
  await s.run('agenda.pause', { paused: false });
  clockTo(14, 52);
  await s.run('agenda.next', {}); // strengths at the tables from 14:52
  clockTo(15, 20);
  await s.run('agenda.start', { id: id[4] }); // straight to the break: item 4 not held
  clockTo(15, 35);
  await s.run('agenda.next', {});
  if (opts.finish === false) return id;
  clockTo(16, 15);
  await s.run('agenda.next', {});
  clockTo(16, 40);
  await s.run('agenda.next', {});
  clockTo(17, 20);
  await s.run('agenda.next', {});
  clockTo(17, 42);
  await s.run('agenda.finish', {});
  return id;
}

const render = async (format: 'pdf' | 'docx' | 'md', o: { locale?: 'de' | 'en'; timeZone?: string } = {}) =>
  (await exportWorkshop(db(), format, { generatedAt: GENERATED, timeZone: ZONE, ...o })).bytes;
const md = async (o: { locale?: 'de' | 'en'; timeZone?: string } = {}) => Buffer.from(await render('md', o)).toString('utf8');
async function docxText(bytes: Uint8Array): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<\/w:tc>/g, ' | ')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\u00AD/g, '');
}

/** Every word box of a PDF (pdftotext -bbox) with its page size. */
function wordBoxes(pdf: string) {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const out: { page: number; w: number; h: number; xMin: number; xMax: number; yMin: number; yMax: number; word: string }[] = [];
  let page = 0;
  let pw = 0;
  let ph = 0;
  for (const m of html.matchAll(
    /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
  )) {
    if (m[1]) {
      page++;
      pw = Number(m[1]);
      ph = Number(m[2]);
    } else out.push({ page, w: pw, h: ph, xMin: Number(m[3]), yMin: Number(m[4]), xMax: Number(m[5]), yMax: Number(m[6]), word: m[7] });
  }
  return out;
}

describe('Ablauf in the exports', () => {
  test('the clock times of a run afternoon, as the laptop in Berlin showed them', async () => {
    await runAfternoon();
    const run = workshopToExportModel(db(), { timeZone: ZONE }).agenda!;
    expect(run).toMatchObject({ started: true, plannedStart: '14:00', plannedEnd: '17:30', actualStart: '14:05', actualEnd: '17:42', endDeltaMinutes: 12 });
    expect(run.items.map((i) => [i.plannedStart, i.state, i.actualStart, i.actualEnd, i.actualMinutes, i.interruptedMinutes])).toEqual([
      ['14:00', 'held', '14:05', '14:22', 17, 0],
      ['14:15', 'held', '14:22', '14:52', 24, 6],
      ['14:40', 'held', '14:52', '15:20', 28, 0],
      ['15:05', 'notHeld', null, null, null, 0],
      ['15:25', 'held', '15:20', '15:35', 15, 0],
      ['15:40', 'held', '15:35', '16:15', 40, 0],
      ['16:15', 'held', '16:15', '16:40', 25, 0],
      ['16:40', 'held', '16:40', '17:20', 40, 0],
      ['17:15', 'held', '17:20', '17:42', 22, 0],
    ]);
    // Another zone moves every clock time, not the durations; the default is this process's zone (TZ).
    const ny = workshopToExportModel(db(), { timeZone: 'America/New_York' }).agenda!;
    expect([ny.timeZone, ny.actualStart, ny.actualEnd, ny.items[0].actualMinutes, ny.endDeltaMinutes]).toEqual([
      'America/New_York',
      '08:05',
      '11:42',
      17,
      -348,
    ]);
    const tz = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Tokyo';
      const tokyo = workshopToExportModel(db()).agenda!;
      expect(tokyo.timeZone).toBe('Asia/Tokyo');
      expect(tokyo.actualStart).toBe('22:05');
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  test.skipIf(!hasTool('pdftotext'))('PDF, DOCX and Markdown show plan against actual times, the break, the item not held and the end', async () => {
    await runAfternoon();
    const expected = [
      'Ablauf',
      'Geplant: 14:00–17:30 (210 Min.)',
      'Tatsächlich: 14:05–17:42 (12 Minuten später als geplant)',
      'Uhrzeiten nach der Uhr des Laptops (Europe/Berlin)',
      'Begrüßung und Ziel des Nachmittags',
      '14:00 · 15 Min.',
      '14:05–14:22',
      '17 Min.',
      '+2 Min.',
      '14:22–14:52',
      '24 Min. (6 Min. unterbrochen)',
      '−1 Min.',
      'nicht gehalten',
      '15:20–15:35',
      '±0 Min.',
      '17:20–17:42',
      '+7 Min.',
    ];
    const pdf = pdfText(await render('pdf'));
    const docx = await docxText(await render('docx'));
    const mdText = await md();
    for (const [name, text] of [
      ['pdf', pdf],
      ['docx', docx.replace(/\s+/g, ' ')],
      ['md', mdText],
    ] as const)
      for (const e of expected) expect(text.includes(e), `${name}: ${e}`).toBe(true);
    // The skipped item's row says so, with its planned slot; the break keeps its own name.
    expect(mdText).toContain('| 4 | Stärken im Plenum bündeln | 15:05 · 20 Min. | nicht gehalten | – | – |');
    expect(mdText).toContain('| 5 | Pause | 15:25 · 15 Min. | 15:20–15:35 | 15 Min. | ±0 Min. |');
    // The section sits between the next steps and the action plan.
    const i = mdText.indexOf('## Ablauf');
    expect(i).toBeGreaterThan(mdText.indexOf('## Nächste Schritte'));
    expect(i).toBeLessThan(mdText.indexOf('## Maßnahmenplan'));
    expect(pdf.indexOf('Tatsächlich: 14:05')).toBeLessThan(pdf.lastIndexOf('Maßnahmenplan'));
    // English
    const en = await md({ locale: 'en' });
    for (const e of [
      '## Agenda as run',
      'Planned: 14:00–17:30 (210 min)',
      'Actual: 14:05–17:42 (12 minutes later than planned)',
      'not held',
      '24 min (6 min interrupted)',
    ])
      expect(en, e).toContain(e);
  });

  test('mid-workshop: the running item, what is still to come, and an early end reads "earlier"', async () => {
    await runAfternoon({ finish: false }); // "Potenziale und nächste Schritte" runs since 15:35
    clockTo(15, 50);
    let text = await md();
    expect(text).toContain('Tatsächlich: ab 14:05, ein Programmpunkt läuft noch');
    expect(text).toContain('| 6 | Potenziale und nächste Schritte | 15:40 · 35 Min. | seit 15:35, läuft noch |');
    expect(text).toContain('| 7 | Priorisieren | 16:15 · 25 Min. | noch nicht begonnen | – | – |');
    expect(text).toContain('| 4 | Stärken im Plenum bündeln | 15:05 · 20 Min. | nicht gehalten |');
    // Ended at 15:50: everything after it was not held, and the end is 100 minutes early.
    await s.run('agenda.finish', {});
    text = await md();
    expect(text).toContain('Tatsächlich: 14:05–15:50 (100 Minuten früher als geplant)');
    expect(text).toContain('| 7 | Priorisieren | 16:15 · 25 Min. | nicht gehalten |');
  });

  test('nothing started: the section says plainly it shows the plan only; no agenda, no section', async () => {
    expect(await md()).not.toContain('Ablauf');
    expect(workshopToExportModel(db()).agenda).toBeNull();
    await s.run('agenda.useTemplate', {});
    const text = await md();
    expect(text).toContain('## Ablauf\n\nDer Timer wurde in diesem Workshop nicht benutzt: Die Tabelle zeigt nur den Plan.  \nGeplant: 14:00–17:30 (210 Min.)');
    expect(text).toContain('| Nr. | Programmpunkt | Geplant |\n');
    expect(text).not.toContain('Tatsächlich');
    expect(text).not.toContain('nicht gehalten');
    // Without a start time there are no clock times, only minutes.
    await s.run('agenda.setStart', { time: null });
    const noStart = await md();
    expect(noStart).toContain('Geplant: 210 Min., ohne festgelegte Startzeit');
    expect(noStart).toContain('| 1 | Begrüßung und Ziel des Nachmittags | 15 Min. |');
    if (hasTool('pdftotext')) {
      const pdf = pdfText(await render('pdf'));
      expect(pdf).toContain('Der Timer wurde in diesem Workshop nicht benutzt');
      expect(pdf).not.toContain('Tatsächlich');
    }
  });

  test('an item resumed on the next morning shows the date with its clock time', () => {
    const item = (over: Partial<AgendaItem>): AgendaItem => ({
      id: 1,
      position: 1,
      title: 'Abschluss',
      minutes: 15,
      kind: 'item',
      phase: null,
      note: null,
      startedAt: null,
      endedAt: null,
      extraMinutes: 0,
      pausedMs: 0,
      pausedAt: null,
      ...over,
    });
    const run = agendaRun({
      items: [item({ startedAt: at(17, 30), endedAt: at(24 + 9, 10), pausedMs: (15 * 60 + 30) * MIN })],
      startTime: '17:30',
      currentId: null,
      date: '2027-03-03',
      locale: 'de',
      timeZone: 'Not/AZone', // an unknown zone falls back to this computer's instead of throwing
    })!;
    expect(run.timeZone).not.toBe('Not/AZone');
    const berlin = agendaRun({
      items: [item({ startedAt: at(17, 30), endedAt: at(24 + 9, 10), pausedMs: (15 * 60 + 30) * MIN })],
      startTime: '17:30',
      currentId: null,
      date: '2027-03-03',
      locale: 'de',
      timeZone: ZONE,
    })!;
    expect(berlin.items[0]).toMatchObject({ actualStart: '17:30', actualEnd: '09:10 (04.03.2027)', actualMinutes: 10, interruptedMinutes: 930 });
    expect(berlin.endDeltaMinutes).toBe(24 * 60 + 9 * 60 + 10 - (17 * 60 + 45));
  });

  test.skipIf(!hasTool('pdftotext'))(
    'a 200-character title and bidi controls: the title is whole, inside the page, without the controls',
    async () => {
      const a = await s.run('agenda.useTemplate', {});
      const long = 'Zukunftswerkstatt'.repeat(12).slice(0, 199) + 'Z'; // one unbreakable 200-letter word
      expect(long).toHaveLength(200);
      await s.run('agenda.update', { id: a.items[1].id, title: long });
      await s.run('agenda.update', { id: a.items[2].id, title: 'Stärken \u202Eiexlenat\u202C sammeln' });
      clockTo(14, 0);
      await s.run('agenda.start', { id: a.items[1].id });
      clockTo(14, 30);
      await s.run('agenda.next', {});
      clockTo(14, 50);
      await s.run('agenda.finish', {});

      const pdfPath = tmpFile('ablauf.pdf', await render('pdf'));
      const text = pdfText(fs.readFileSync(pdfPath));
      // Broken between letters (no hyphens: it is no German word), all 200 letters are there.
      expect(text.replace(/[\s-]/g, '')).toContain(long);
      expect(text).toContain('Stärken iexlenat sammeln');
      expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      const boxes = wordBoxes(pdfPath);
      for (const b of boxes) {
        expect(b.xMin, b.word).toBeGreaterThanOrEqual(0);
        expect(b.xMax, b.word).toBeLessThanOrEqual(b.w - 30);
        expect(b.yMax, b.word).toBeLessThanOrEqual(b.h);
      }
      const mdText = await md();
      expect(mdText).toContain(`| 2 | ${long} | 14:15 · 25 Min. | 14:00–14:30 | 30 Min. | +5 Min. |`);
      expect(mdText).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      const docx = await render('docx');
      expect(await docxText(docx)).toContain(long);
      expect(await docxText(docx)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);

      // LibreOffice lays the DOCX out as Word would: the long title stays in its column, on the page.
      if (hasTool('soffice')) {
        const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-out-'));
        const profile = pathToFileURL(fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'))).href;
        execFileSync(
          'soffice',
          [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, tmpFile('ablauf.docx', docx)],
          { timeout: 180_000, stdio: 'pipe' },
        );
        const lo = path.join(out, 'ablauf.pdf');
        expect(pdfText(fs.readFileSync(lo)).replace(/[\s-]/g, '')).toContain(long);
        for (const b of wordBoxes(lo)) {
          expect(b.xMax, b.word).toBeLessThanOrEqual(b.w - 20);
          expect(b.yMax, b.word).toBeLessThanOrEqual(b.h);
        }
      }
    },
    240_000,
  );
});
