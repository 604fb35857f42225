// Runs the parse of `import.preview` / `import.commit` in a worker thread (worker.ts), built and
// found like the export worker (../export/resources.ts, docs/export.md "Rendering off the API
// thread"), hosted by ../worker-host.ts: a file that needs more memory than the heap limit ends
// the worker with a clear message instead of taking the app down.
import { AppError } from '../../../shared/domain/errors';
import { importWorkerEntry } from '../export/resources';
import { JobWorker } from '../worker-host';
import type { ParseRequest, ParseResponse } from './transfer';

/**
 * Heap limit of the worker: a safety net, not a budget. The worst file within the 20 MB limit –
 * the shortest possible rows, 1.3 million answers – parses with 512 MB and fails with 256 MB;
 * the largest XLSX the archive check lets through (250,000 cells) stays below 500 MB peak RSS
 * (bench/import-hostile.bench.ts). Twice the
 * worst case, because V8 does not always end a worker cleanly at its limit: an allocation that
 * grows one big array (the parser's rows) can abort the whole process instead (nodejs/node#47224).
 */
const WORKER_HEAP_MB = 1024;

type Ok = Extract<ParseResponse, { ok: true }>;
const parser = new JobWorker<Omit<ParseRequest, 'id'>, Omit<Ok, 'id'>>({
  entry: importWorkerEntry,
  heapMb: WORKER_HEAP_MB,
  failed: (detail) => AppError.of('INTERNAL', 'import.workerFailed', { detail }),
  outOfMemory: (heapMb) => AppError.of('LIMIT', 'import.tooLargeForMemory', { heapMb }),
});

/** True when a worker entry exists in this layout (sources or bundle). */
export function importWorkerAvailable(): boolean {
  return parser.available();
}

/** Parses in the worker; rejects with a catalogue error when the worker fails or runs out of memory. */
export function parseInWorker(req: Omit<ParseRequest, 'id'>): Promise<Ok> {
  return parser.run(req) as Promise<Ok>;
}

/** Ends the worker (tests, app quit). Pending parses fail. */
export function stopImportWorker(): Promise<void> {
  return parser.stop();
}

/** Heap limit for the next worker (tests of the out-of-memory path); ends the current one. */
export function configureImportWorker(opts: { heapMb?: number }): Promise<void> {
  return parser.configure(opts);
}
