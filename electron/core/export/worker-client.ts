// Runs exports in a worker thread (worker.ts). One long-lived worker: modules, fonts and
// hyphenation patterns stay loaded, so only the first export pays the cold start. The worker is
// unref'ed while idle (a CLI run can exit) and has its own heap limit: a runaway export ends the
// worker with an error message instead of taking the app down. If the worker dies, pending
// exports fail with that error and the next export starts a fresh one.
//
// For other heavy jobs (large imports): the same pattern — an entry file found by
// ./resources.ts, a request with an id, a response with `ok` — fits in a few lines; see
// docs/export.md "Worker".
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { ExportFormat, ExportModel } from './model';
import type { PdfOptions } from './pdf';
import { exportWorkerEntry } from './resources';
import { AppError } from '../../../shared/domain/errors';

export interface RenderRequest {
  id: number;
  format: ExportFormat;
  model: ExportModel;
  pdf?: PdfOptions;
}
export type RenderResponse = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; message: string };

/**
 * Heap limit of the worker. The largest valid workshop needs about 250 MB (DOCX); the limits are
 * not enforced on counts yet, so there is headroom, and a runaway export still cannot take the
 * app's memory: the worker ends with a clear message, the app keeps running.
 */
const WORKER_HEAP_MB = 768;
let heapMb = WORKER_HEAP_MB;

const nodeRequire = createRequire(import.meta.url);
let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (b: Uint8Array) => void; reject: (e: Error) => void }>();

function failAll(err: Error) {
  for (const p of pending.values()) p.reject(err);
  pending.clear();
}

function start(): Worker | null {
  const entry = exportWorkerEntry();
  if (!entry) return null;
  // A small young generation (16 MB instead of V8's up to 3 × 16 MB semi-spaces) makes the
  // collector tidy up more often: the largest DOCX peaks at ~400 MB instead of ~500 MB, at the
  // same CPU time.
  const opts = { resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 16 } };
  let w: Worker;
  if (entry.typescript) {
    // From sources (tsx, vitest): let tsx load the TypeScript entry and its extensionless imports.
    const api = pathToFileURL(nodeRequire.resolve('tsx/esm/api')).href;
    const file = pathToFileURL(entry.file).href;
    w = new Worker(`import(${JSON.stringify(api)}).then((m) => m.tsImport(${JSON.stringify(file)}, ${JSON.stringify(file)}))`, { ...opts, eval: true });
  } else {
    w = new Worker(entry.file, opts);
  }
  w.on('message', (res: RenderResponse) => {
    const p = pending.get(res.id);
    if (!p) return;
    pending.delete(res.id);
    if (res.ok) p.resolve(res.bytes);
    else p.reject(new Error(res.message));
    if (!pending.size) w.unref();
  });
  w.on('error', (e) => {
    if (worker === w) worker = null;
    const code = (e as { code?: string }).code;
    failAll(
      code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? AppError.of('LIMIT', 'export.tooLarge', { heapMb })
        : AppError.of('INTERNAL', 'export.workerFailed', { detail: e instanceof Error ? e.message : String(e) }),
    );
  });
  w.on('exit', (code) => {
    if (worker === w) worker = null;
    if (pending.size) failAll(new Error(`export worker stopped (exit code ${code})`));
  });
  w.unref();
  return w;
}

/** True when a worker entry exists in this layout (sources or bundle). */
export function workerAvailable(): boolean {
  return exportWorkerEntry() !== null;
}

/** Renders in the worker; rejects when no worker entry exists or the worker fails. */
export function renderInWorker(format: ExportFormat, model: ExportModel, pdf?: PdfOptions): Promise<Uint8Array> {
  worker ??= start();
  const w = worker;
  if (!w) return Promise.reject(new Error('export worker not found'));
  const id = nextId++;
  return new Promise<Uint8Array>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.ref();
    w.postMessage({ id, format, model, pdf } satisfies RenderRequest);
  });
}

/** Ends the worker (tests, app quit). Pending exports fail. */
export async function stopWorker(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}

/** Heap limit for the next worker (tests of the out-of-memory path); ends the current one. */
export async function configureWorker(opts: { heapMb?: number }): Promise<void> {
  heapMb = opts.heapMb ?? WORKER_HEAP_MB;
  await stopWorker();
}
