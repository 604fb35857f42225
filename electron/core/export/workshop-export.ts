// The full path from an open workshop to a file: read the model, render one format.
// Used by the API handler ('export.render') and the CLI (`export FILE --format F --out PATH`).
//
// The model is read on the calling thread (a few ms; one consistent snapshot through the same
// connection, no second reader that could block the app's writes), then rendered in the worker
// thread (worker-client.ts), so the thread that answers API calls stays free while a large PDF is
// written. Without a worker entry (an unusual layout) it renders in place.
import type Database from 'better-sqlite3';
import { exportAs, FORMAT_INFO, suggestedFileName } from './formats';
import type { ExportFormat, ExportLocale } from './model';
import { boundedModel } from './sanitize';
import { renderInWorker, workerAvailable } from './worker-client';
import { workshopToExportModel } from '../db/repo/export-model';

export interface WorkshopExport {
  fileName: string;
  mime: string;
  bytes: Uint8Array;
  actions: number;
  /** Where it was rendered: 'worker' (normal) or 'inline' (no worker entry, or asked for). */
  renderedIn: 'worker' | 'inline';
}

export interface WorkshopExportOptions {
  locale?: ExportLocale;
  generatedAt?: string;
  /** IANA zone for the agenda's clock times (default: this computer's). */
  timeZone?: string;
  /** Render on this thread (benchmarks comparing both paths). */
  inline?: boolean;
}

/**
 * SCWK_EXPORT_INLINE=1 renders on the calling thread: the "before" of
 * bench/export-responsive.bench.ts, and an escape hatch should a packaging ever break the worker.
 */
const inlineByEnv = () => process.env.SCWK_EXPORT_INLINE === '1';

export async function exportWorkshop(db: Database.Database, format: ExportFormat, opts: WorkshopExportOptions = {}): Promise<WorkshopExport> {
  // Bounded before it is copied to the worker: a huge text in the file never crosses the thread.
  const model = boundedModel(workshopToExportModel(db, opts));
  const inWorker = !opts.inline && !inlineByEnv() && workerAvailable();
  const bytes = inWorker ? await renderInWorker(format, model) : await exportAs(format, model);
  return {
    fileName: suggestedFileName(format, model),
    mime: FORMAT_INFO[format].mime,
    bytes,
    actions: model.actions.length,
    renderedIn: inWorker ? 'worker' : 'inline',
  };
}
