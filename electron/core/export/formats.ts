// Formats without their libraries: names, MIME types, file names, and `exportAs`, which loads
// only the one exporter it needs (pdfkit, docx and exceljs together are ~100 MB of heap; the
// thread that answers API calls should not hold them, and a CSV export should not load them).
import type { ExportFormat, ExportModel } from './model';
import type { PdfOptions } from './pdf';
import { fileBaseName } from './format';

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
      return (await import('./pdf')).exportPdf(model, options.pdf);
    case 'docx':
      return (await import('./docx')).exportDocx(model);
    case 'xlsx':
      return (await import('./xlsx')).exportXlsx(model);
    case 'csv':
      return (await import('./csv')).exportCsv(model);
    case 'md':
      return new TextEncoder().encode((await import('./markdown')).exportMarkdown(model));
    case 'ics':
      return new TextEncoder().encode((await import('./ics')).exportIcs(model));
    default:
      throw new Error(`unknown export format: ${String(format satisfies never)}`);
  }
}
