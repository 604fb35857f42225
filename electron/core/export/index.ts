// Export core: pure functions from ExportModel to file contents. No database, no UI.
// This entry loads every exporter; code on the API thread imports ./formats (lazy) instead.
import { exportPdf, type PdfOptions } from './pdf';
import { exportDocx } from './docx';
import { exportXlsx } from './xlsx';
import { exportCsv } from './csv';
import { exportMarkdown } from './markdown';
import { exportIcs } from './ics';

export * from './model';
export { exportPdf, exportDocx, exportXlsx, exportCsv, exportMarkdown, exportIcs };
export { exportAs, FORMAT_INFO, suggestedFileName } from './formats';
export type { PdfOptions };
