// Issue #16.7: exports are bounded. Unbroken 5,000/10,000-character words, bidi controls in every
// user text, over-long texts at the API boundary and in a file, and the render worker.
// Correctness only; time and memory are measured in bench/export-bounds.bench.ts.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { exportAs } from './index';
import type { ExportFormat, ExportModel } from './model';
import { boundedModel, clampText, neutraliseControls } from './sanitize';
import { exportWorkshop } from './workshop-export';
import { configureWorker, renderInWorker, workerAvailable } from './worker-client';
import { hasTool, pdfText } from './testutil';
import { bigModel, emptyModel, richModel } from '../../../tests/fixtures/export/model';
import { WorkshopService } from '../service';
import { setMeta } from '../db/repo/meta';
import { MAX_EXPORT_TEXT, MAX_LEN } from '../../../shared/domain/limits';

const havePdf = hasTool('pdftotext');
const FORMATS: ExportFormat[] = ['pdf', 'docx', 'xlsx', 'csv', 'md', 'ics'];
const utf8 = (b: Uint8Array) => Buffer.from(b).toString('utf8');

/** Every format's user-visible text, read back with an independent tool. */
async function readBack(format: ExportFormat, bytes: Uint8Array): Promise<string> {
  switch (format) {
    case 'pdf':
      return pdfText(bytes);
    case 'docx': {
      const zip = await JSZip.loadAsync(bytes);
      const parts = await Promise.all(
        Object.keys(zip.files)
          .filter((n) => n.endsWith('.xml'))
          .map((n) => zip.file(n)!.async('string')),
      );
      return parts.join('\n');
    }
    case 'xlsx': {
      const zip = await JSZip.loadAsync(bytes);
      const parts = await Promise.all(
        Object.keys(zip.files)
          .filter((n) => n.endsWith('.xml'))
          .map((n) => zip.file(n)!.async('string')),
      );
      return parts.join('\n');
    }
    case 'ics':
      // Unfold (RFC 5545: CRLF + space continues a line) before looking for text.
      return utf8(bytes).replace(/\r\n[ \t]/g, '');
    default:
      return utf8(bytes);
  }
}

describe('unbroken words of 5,000 and 10,000 characters', () => {
  // One letter repeated: no hyphenation point, no space – the worst case for line breaking.
  const word = (n: number, ch: string) => ch.repeat(n);
  const modelWith = (n: number): ExportModel => ({
    ...richModel,
    workshop: { ...richModel.workshop, name: word(n, 'N'), municipality: `Stadt ${word(n, 'M')}` },
    actions: [{ ...richModel.actions[0], title: word(n, 'T'), updates: [{ date: '2027-01-05', note: word(n, 'Q') }] }, ...richModel.actions.slice(1, 3)],
  });
  const count = (s: string, ch: string) => s.split(ch).length - 1;

  for (const n of [5000, 10000]) {
    const kept = n <= MAX_EXPORT_TEXT ? n : MAX_EXPORT_TEXT - 1; // longer texts are cut and end in "…"
    for (const format of FORMATS) {
      test.skipIf(format === 'pdf' && !havePdf)(`${n} characters in note, title and name: ${format}`, async () => {
        const text = await readBack(format, await exportAs(format, modelWith(n)));
        // Soft hyphens (DOCX narrow columns) do not count as letters.
        const plain = text.replace(/\u00AD/g, '');
        if (format === 'ics') {
          // The calendar carries the title (SUMMARY) only.
          expect(plain).toContain(word(kept, 'T'));
          return;
        }
        if (format === 'csv') {
          // The plan as data: title and last note, not the workshop name.
          expect(plain).toContain(word(kept, 'T'));
          expect(plain).toContain(word(kept, 'Q'));
          return;
        }
        if (format === 'pdf') {
          // Broken between letters over many lines (and pages): every letter is there once.
          const base = count(pdfText(await exportAs('pdf', modelWith(0))), 'Q');
          expect(count(plain, 'Q') - base).toBe(kept);
          expect(count(plain, 'T')).toBeGreaterThanOrEqual(kept);
          expect(count(plain, 'N')).toBeGreaterThanOrEqual(kept);
          return;
        }
        for (const ch of format === 'xlsx' ? ['T', 'Q'] : ['T', 'Q', 'N']) expect(plain, ch).toContain(word(kept, ch));
        if (n > kept) expect(plain).toContain(`${word(kept, 'Q')}…`);
      });
    }
  }
});

describe('bidirectional controls are neutralised in every format', () => {
  const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
  const all = BIDI.join('');
  // "Trojan Source": an override that makes the end of a title read backwards.
  const evil = (s: string) => `${s}\u202Eevil${all}`;
  const model: ExportModel = {
    ...richModel,
    workshop: { ...richModel.workshop, name: evil('Workshop'), municipality: evil('Stadt'), place: evil('Rathaus'), facilitator: evil('Moderation') },
    strengths: { themes: [{ label: evil('Thema'), cards: [{ text: evil('Karte') }] }] },
    ideas: { method: evil('Punktabfrage'), items: [{ rank: 1, title: evil('Schritt'), field: null, dots: 2 }] },
    actions: [
      {
        id: 'bidi',
        title: evil('Titel'),
        description: evil('Beschreibung'),
        effect: evil('Wirkung'),
        indicator: evil('Indikator'),
        responsible: evil('Verantwortlich'),
        partners: evil('Partner'),
        resources: evil('Ressourcen'),
        due: '2027-03-01',
        status: 'geplant',
        updates: [{ date: '2027-01-05', note: evil('Notiz') }],
        origin: { idea: evil('Herkunft'), clusters: [evil('Cluster')], potentials: [evil('Potenzial')] },
      },
    ],
  };

  // PDF: fontkit already draws default-ignorable characters as nothing; the check guards a change
  // of fonts or layout. The other formats carried every one of them before the fix.
  for (const format of FORMATS) {
    test.skipIf(format === 'pdf' && !havePdf)(format, async () => {
      const text = await readBack(format, await exportAs(format, model));
      for (const c of BIDI) expect(text.includes(c), `U+${c.charCodeAt(0).toString(16).toUpperCase()} in ${format}`).toBe(false);
      // The text around them stays.
      expect(text).toContain('Titelevil');
      if (format !== 'ics' && format !== 'csv') expect(text).toContain('Stadtevil');
    });
  }

  test('the cleaning helpers', () => {
    expect(neutraliseControls(`a${all}b\r\nc\u0007`)).toBe('ab\nc');
    expect(clampText('x'.repeat(10), 5)).toBe('xxxx…');
    // Never cuts a surrogate pair in half.
    expect(clampText('abc😀def', 5)).toBe('abc…');
    const m = boundedModel(model);
    expect(JSON.stringify(m)).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
    expect(boundedModel(m)).toBe(m); // cleaned once
    expect(model.actions[0].title).toContain('\u202E'); // the input is not changed
  });
});

describe('API boundary and workshop files', () => {
  let dir: string;
  let s: WorkshopService;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkstatt-bounds-'));
    s = new WorkshopService({ paths: { settingsDir: path.join(dir, 'settings'), workshopsDir: path.join(dir, 'ws') } });
    s.openOrCreateDemo();
  });
  afterAll(() => {
    s.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a 200 MB name is refused with a message naming the field and the limit', async () => {
    const huge = 'N'.repeat(200 * 1024 * 1024);
    for (const [method, input, field] of [
      ['workshop.create', { name: huge, municipality: 'Stadt', date: '2026-11-24' }, 'name'],
      ['workshop.updateMeta', { municipality: huge }, 'municipality'],
    ] as const) {
      const r = await s.call(method, input);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe('INVALID_INPUT');
      expect(r.error.message).toBe(`Ungültige Eingabe (${field}): höchstens ${MAX_LEN.name} Zeichen erlaubt`);
    }
  });

  test('over-long titles, notes and texts are refused; the maximum is accepted', async () => {
    const refused = async (method: string, input: unknown, msg: RegExp) => {
      const r = await s.call(method, input);
      expect(r.ok, method).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(msg);
    };
    await refused('actions.add', { title: 'T'.repeat(10000) }, /\(title\): höchstens 300 Zeichen erlaubt/);
    await refused('actions.add', { title: 'ok', description: 'D'.repeat(MAX_LEN.text + 1) }, /\(description\): höchstens 5\.000 Zeichen erlaubt/);
    await refused('cards.add', { text: 'K'.repeat(5000) }, /höchstens 500 Zeichen erlaubt/);
    await refused('workshop.open', { file: `/${'p'.repeat(MAX_LEN.path + 1)}` }, /höchstens 4\.096 Zeichen erlaubt/);
    const a = await s.run('actions.add', { title: 'T'.repeat(MAX_LEN.title), description: 'D'.repeat(MAX_LEN.text) });
    await refused('actions.addUpdate', { actionId: a.id, date: '2027-01-05', note: 'Q'.repeat(MAX_LEN.note + 1) }, /\(note\): höchstens 500 Zeichen erlaubt/);
    await s.run('actions.addUpdate', { actionId: a.id, date: '2027-01-05', note: 'Q'.repeat(MAX_LEN.note) });
    await s.run('actions.delete', { id: a.id });
  });

  test('a file holding a 20 MB name (written by other means) still exports, cut to the limit', async () => {
    setMeta(s.workshop!.db, 'name', 'N'.repeat(20 * 1024 * 1024));
    const out = await exportWorkshop(s.workshop!.db, 'md');
    const md = utf8(out.bytes);
    expect(md.length).toBeLessThan(200_000);
    expect(md).toContain(`${'N'.repeat(MAX_EXPORT_TEXT - 1)}…`);
    setMeta(s.workshop!.db, 'name', 'Selbstcheck-Workshop');
  });

  test('exports render in the worker thread, and a failing render does not break the next one', async () => {
    expect(workerAvailable()).toBe(true);
    const out = await exportWorkshop(s.workshop!.db, 'csv');
    expect(out.renderedIn).toBe('worker');
    // An unknown format fails inside the worker: the promise rejects with its message …
    await expect(renderInWorker('odt' as ExportFormat, emptyModel)).rejects.toThrow(/unknown export format/);
    // … and the same worker renders the next export.
    const md = utf8(await renderInWorker('md', emptyModel));
    expect(md).toContain('Leerstadt');
  });

  test('an export that exhausts the worker memory fails with a clear message; the next one works', async () => {
    await configureWorker({ heapMb: 48 });
    try {
      // 3,000 actions with 2,000-character texts: far beyond the limits, so far beyond 48 MB.
      const huge = bigModel(3000);
      huge.actions = huge.actions.map((a) => ({ ...a, description: 'Beratung '.repeat(220) }));
      const err = await renderInWorker('docx', huge).catch((e) => e);
      expect(err).toMatchObject({ code: 'LIMIT', key: 'export.tooLarge' });
      expect(err.message).toMatch(/zu groß für den verfügbaren Speicher \(48 MB\).*Die Werkstatt läuft weiter/);
    } finally {
      await configureWorker({});
    }
    expect(utf8(await renderInWorker('md', emptyModel))).toContain('Leerstadt');
  });
});
