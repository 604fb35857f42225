// Export core: pure functions from ExportModel to file contents. No database, no UI.
import type { ExportFormat, ExportModel } from './model';
import { exportPdf, type PdfOptions } from './pdf';
import { exportDocx } from './docx';
import { exportXlsx } from './xlsx';
import { exportCsv } from './csv';
import { exportMarkdown } from './markdown';
import { exportIcs } from './ics';
import { fileBaseName } from './format';

export * from './model';
export { exportPdf, exportDocx, exportXlsx, exportCsv, exportMarkdown, exportIcs };
export type { PdfOptions };

export const FORMAT_INFO: Record<ExportFormat, { extension: string; mime: string }> = {
  pdf: { extension: 'pdf', mime: 'application/pdf' },
  docx: { extension: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { extension: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  csv: { extension: 'csv', mime: 'text/csv; charset=utf-8' },
  md: { extension: 'md', mime: 'text/markdown; charset=utf-8' },
  ics: { extension: 'ics', mime: 'text/calendar; charset=utf-8' },
};

/** Suggested file name, e.g. "Maßnahmenplan_Stadt_Beispielstadt_2026-11-24.pdf". */
export function suggestedFileName(format: ExportFormat, model: ExportModel): string {
  return `${fileBaseName(model)}.${FORMAT_INFO[format].extension}`;
}

/** Any format as bytes (text formats UTF-8 encoded; CSV already carries its BOM). */
export async function exportAs(format: ExportFormat, model: ExportModel, options: { pdf?: PdfOptions } = {}): Promise<Uint8Array> {
  switch (format) {
    case 'pdf':
      return exportPdf(model, options.pdf);
    case 'docx':
      return exportDocx(model);
    case 'xlsx':
      return exportXlsx(model);
    case 'csv':
      return exportCsv(model);
    case 'md':
      return new TextEncoder().encode(exportMarkdown(model));
    case 'ics':
      return new TextEncoder().encode(exportIcs(model));
    default:
      throw new Error(`unknown export format: ${String(format satisfies never)}`);
  }
}
