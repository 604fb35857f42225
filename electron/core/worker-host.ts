// One long-lived worker thread for a kind of heavy job (export rendering, import parsing), so the
// thread that answers API calls stays free. Modules stay loaded between jobs; the worker is
// unref'ed while idle (a CLI run can exit) and has its own heap limit: a runaway job ends the
// worker with a catalogue message instead of taking the app down. When the worker dies, pending
// jobs fail with that message and the next job starts a fresh worker.
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** A request carries an id; the answer carries it back with `ok`. */
export type JobResponse<Ok extends object> = ({ ok: true } & Ok & { id: number }) | { id: number; ok: false; message: string };

export interface JobWorkerOptions {
  /** The entry file (export/resources.ts workerEntry), or null when this layout has none. */
  entry: () => { file: string; typescript: boolean } | null;
  heapMb: number;
  /** The error for a job the worker refused (`message`) or a worker that died (`detail`). */
  failed: (detail: string) => Error;
  /** The error when the worker reached its heap limit. */
  outOfMemory: (heapMb: number) => Error;
}

const nodeRequire = createRequire(import.meta.url);

export class JobWorker<Req extends object, Ok extends object> {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: Ok & { id: number }) => void; reject: (e: Error) => void }>();
  private heapMb: number;

  constructor(private readonly o: JobWorkerOptions) {
    this.heapMb = o.heapMb;
  }

  /** True when a worker entry exists in this layout (sources or bundle). */
  available(): boolean {
    return this.o.entry() !== null;
  }

  run(req: Req, transfer: ArrayBuffer[] = []): Promise<Ok & { id: number }> {
    this.worker ??= this.start();
    const w = this.worker;
    if (!w) return Promise.reject(this.o.failed('worker entry not found'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      w.ref();
      w.postMessage({ ...req, id }, transfer);
    });
  }

  /** Ends the worker (tests, app quit). Pending jobs fail. */
  async stop(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }

  /** Heap limit for the next worker (tests of the out-of-memory path); ends the current one. */
  async configure(opts: { heapMb?: number }): Promise<void> {
    this.heapMb = opts.heapMb ?? this.o.heapMb;
    await this.stop();
  }

  private failAll(err: Error): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  private start(): Worker | null {
    const entry = this.o.entry();
    if (!entry) return null;
    // A small young generation (16 MB instead of V8's up to 3 × 16 MB semi-spaces) makes the
    // collector tidy up more often: the largest DOCX peaks at ~400 MB instead of ~500 MB, at the
    // same CPU time.
    const opts = { resourceLimits: { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: 16 } };
    let w: Worker;
    if (entry.typescript) {
      // From sources (tsx, vitest): let tsx load the TypeScript entry and its extensionless imports.
      const api = pathToFileURL(nodeRequire.resolve('tsx/esm/api')).href;
      const file = pathToFileURL(entry.file).href;
      w = new Worker(`import(${JSON.stringify(api)}).then((m) => m.tsImport(${JSON.stringify(file)}, ${JSON.stringify(file)}))`, { ...opts, eval: true });
    } else {
      w = new Worker(entry.file, opts);
    }
    w.on('message', (res: JobResponse<Ok>) => {
      const p = this.pending.get(res.id);
      if (!p) return;
      this.pending.delete(res.id);
      if (res.ok) p.resolve(res);
      else p.reject(this.o.failed(res.message));
      if (!this.pending.size) w.unref();
    });
    w.on('error', (e) => {
      if (this.worker === w) this.worker = null;
      const code = (e as { code?: string }).code;
      this.failAll(code === 'ERR_WORKER_OUT_OF_MEMORY' ? this.o.outOfMemory(this.heapMb) : this.o.failed(e instanceof Error ? e.message : String(e)));
    });
    w.on('exit', (code) => {
      if (this.worker === w) this.worker = null;
      if (this.pending.size) this.failAll(this.o.failed(`exit code ${code}`));
    });
    w.unref();
    return w;
  }
}
