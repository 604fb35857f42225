// Runs the parse of `import.preview` / `import.commit` in a worker thread (worker.ts), built and
// found like the export worker (../export/resources.ts, docs/export.md "Rendering off the API
// thread"). One long-lived worker, unref'ed while idle so a CLI run can exit, with its own heap
// limit: a file that needs more memory ends the worker with a clear message instead of taking
// the app down. Pending parses then fail with that message and the next import starts a fresh
// worker.
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../../shared/domain/errors';
import { importWorkerEntry } from '../export/resources';
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
let heapMb = WORKER_HEAP_MB;

const nodeRequire = createRequire(import.meta.url);
let worker: Worker | null = null;
let nextId = 1;
type Ok = Extract<ParseResponse, { ok: true }>;
const pending = new Map<number, { resolve: (r: Ok) => void; reject: (e: Error) => void }>();

function failAll(err: Error) {
  for (const p of pending.values()) p.reject(err);
  pending.clear();
}

function start(): Worker | null {
  const entry = importWorkerEntry();
  if (!entry) return null;
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
  w.on('message', (res: ParseResponse) => {
    const p = pending.get(res.id);
    if (!p) return;
    pending.delete(res.id);
    if (res.ok) p.resolve(res);
    else p.reject(AppError.of('INTERNAL', 'import.workerFailed', { detail: res.message }));
    if (!pending.size) w.unref();
  });
  w.on('error', (e) => {
    if (worker === w) worker = null;
    const code = (e as { code?: string }).code;
    failAll(
      code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? AppError.of('LIMIT', 'import.tooLargeForMemory', { heapMb })
        : AppError.of('INTERNAL', 'import.workerFailed', { detail: e instanceof Error ? e.message : String(e) }),
    );
  });
  w.on('exit', (code) => {
    if (worker === w) worker = null;
    if (pending.size) failAll(AppError.of('INTERNAL', 'import.workerFailed', { detail: `exit code ${code}` }));
  });
  w.unref();
  return w;
}

/** True when a worker entry exists in this layout (sources or bundle). */
export function importWorkerAvailable(): boolean {
  return importWorkerEntry() !== null;
}

/** Parses in the worker; rejects with a catalogue error when the worker fails or runs out of memory. */
export function parseInWorker(req: Omit<ParseRequest, 'id'>): Promise<Ok> {
  worker ??= start();
  const w = worker;
  if (!w) return Promise.reject(AppError.of('INTERNAL', 'import.workerFailed', { detail: 'import-worker.js not found' }));
  const id = nextId++;
  return new Promise<Ok>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.ref();
    w.postMessage({ ...req, id } satisfies ParseRequest);
  });
}

/** Ends the worker (tests, app quit). Pending parses fail. */
export async function stopImportWorker(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}

/** Heap limit for the next worker (tests of the out-of-memory path); ends the current one. */
export async function configureImportWorker(opts: { heapMb?: number }): Promise<void> {
  heapMb = opts.heapMb ?? WORKER_HEAP_MB;
  await stopImportWorker();
}
