// Runs exports in a worker thread (worker.ts), hosted by ../worker-host.ts (shared with the
// import parse): modules, fonts and hyphenation patterns stay loaded, so only the first export
// pays the cold start; a runaway export ends the worker with a message, not the app.
import type { ExportFormat, ExportModel } from './model';
import type { PdfOptions } from './pdf';
import { exportWorkerEntry } from './resources';
import { AppError } from '../../../shared/domain/errors';
import { JobWorker } from '../worker-host';

export interface RenderRequest {
  id: number;
  format: ExportFormat;
  model: ExportModel;
  pdf?: PdfOptions;
}
export type RenderResponse = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; message: string };

/**
 * Heap limit of the worker. The largest valid workshop needs about 250 MB (DOCX; counts are
 * enforced, shared/domain/limits.ts), so there is headroom, and a runaway export still cannot take
 * the app's memory: the worker ends with a clear message, the app keeps running.
 */
const WORKER_HEAP_MB = 768;

const renderer = new JobWorker<Omit<RenderRequest, 'id'>, { bytes: Uint8Array }>({
  entry: exportWorkerEntry,
  heapMb: WORKER_HEAP_MB,
  failed: (detail) => AppError.of('INTERNAL', 'export.workerFailed', { detail }),
  outOfMemory: (heapMb) => AppError.of('LIMIT', 'export.tooLarge', { heapMb }),
});

/** True when a worker entry exists in this layout (sources or bundle). */
export function workerAvailable(): boolean {
  return renderer.available();
}

/** Renders in the worker; rejects when no worker entry exists or the worker fails. */
export async function renderInWorker(format: ExportFormat, model: ExportModel, pdf?: PdfOptions): Promise<Uint8Array> {
  return (await renderer.run({ format, model, pdf })).bytes;
}

/** Ends the worker (tests, app quit). Pending exports fail. */
export function stopWorker(): Promise<void> {
  return renderer.stop();
}

/** Heap limit for the next worker (tests of the out-of-memory path); ends the current one. */
export function configureWorker(opts: { heapMb?: number }): Promise<void> {
  return renderer.configure(opts);
}
