// The full path from an open workshop to a file: read the model, render one format.
// Used by the API handler ('export.render') and the CLI (`export FILE --format F --out PATH`).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { exportAs, FORMAT_INFO, suggestedFileName } from './index';
import type { ExportFormat, ExportLocale } from './model';
import type { PdfOptions } from './pdf';
import { workshopToExportModel } from '../db/repo/export-model';

export interface WorkshopExport {
  fileName: string;
  mime: string;
  bytes: Uint8Array;
  actions: number;
}

let fallbackFonts: PdfOptions['fonts'] | null = null;
/**
 * DejaVu Sans (Cyrillic, arrows, U+202F) lives in resources/fonts. The export core finds it from
 * the sources; from the bundle (out/main/*.js, also inside app.asar) it sits two folders up.
 */
function pdfFonts(): PdfOptions['fonts'] {
  if (fallbackFonts) return fallbackFonts;
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dirs = [path.join(here, '../../resources/fonts'), path.join(here, '../../../resources/fonts'), path.join(process.cwd(), 'resources/fonts')];
  const dir = dirs.find((d) => existsSync(path.join(d, 'DejaVuSans.ttf')));
  fallbackFonts = dir ? { RF: path.join(dir, 'DejaVuSans.ttf'), BF: path.join(dir, 'DejaVuSans-Bold.ttf') } : {};
  return fallbackFonts;
}

export async function exportWorkshop(db: Database.Database, format: ExportFormat, opts: { locale?: ExportLocale; generatedAt?: string } = {}): Promise<WorkshopExport> {
  const model = workshopToExportModel(db, opts);
  const bytes = await exportAs(format, model, { pdf: { fonts: pdfFonts() } });
  return { fileName: suggestedFileName(format, model), mime: FORMAT_INFO[format].mime, bytes, actions: model.actions.length };
}
