// Opens the DOCX and XLSX in LibreOffice (headless) — the closest we get to "a coordinator
// double-clicks the file" in CI. Skipped with a reason when soffice is not installed.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportDocx } from './docx';
import { exportXlsx } from './xlsx';
import { hasTool, pdfPages, flatten, tmpFile } from './testutil';
import { richModel } from '../../../tests/fixtures/export/model';

const haveSoffice = hasTool('soffice');
const havePoppler = hasTool('pdftotext');
if (!haveSoffice) console.warn('libreoffice.test: soffice not found – LibreOffice round-trip skipped');

function soffice(input: string, to: string): string {
  const out = mkdtempSync(join(tmpdir(), 'lo-out-'));
  // A private profile: parallel runs (or a desktop LibreOffice) must not share one.
  const profile = pathToFileURL(mkdtempSync(join(tmpdir(), 'lo-profile-'))).href;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', to, '--outdir', out, input], {
    timeout: 120_000,
    stdio: 'pipe',
  });
  const files = readdirSync(out);
  expect(files.length).toBe(1);
  return join(out, files[0]);
}

describe.skipIf(!haveSoffice)('LibreOffice opens the exports', () => {
  it.skipIf(!havePoppler)('DOCX converts to a PDF with the whole plan and page fields', { timeout: 180_000 }, async () => {
    const pdfPath = soffice(tmpFile('plan.docx', await exportDocx(richModel)), 'pdf');
    const pages = pdfPages(readFileSync(pdfPath)).map(flatten);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const all = pages.join(' ');
    for (const a of richModel.actions) expect(all.includes(flatten(a.title)), a.title).toBe(true);
    expect(all).toContain(`Seite ${pages.length} von ${pages.length}`);
    // Header row repeated on the continuation pages of the action table.
    expect(pages.filter((p) => p.includes('Verantwortlich / Partner')).length).toBeGreaterThanOrEqual(2);
  });

  it('XLSX converts to CSV with dates shown as DD.MM.YYYY', { timeout: 180_000 }, async () => {
    // Filter options: ";" separator, '"' quotes, UTF-8 (76), start at row 1.
    const csvPath = soffice(tmpFile('plan.xlsx', await exportXlsx(richModel)), 'csv:Text - txt - csv (StarCalc):59,34,76,1');
    const csv = readFileSync(csvPath, 'utf8');
    expect(csv).toContain('Leitbild „Weltoffene Kommune“ im Stadtrat beschließen');
    expect(csv).toContain('30.06.2027');
    expect(csv.split('\n')[0]).toContain('Maßnahme');
  });
});
