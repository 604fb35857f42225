// The render worker (worker_threads): renders an ExportModel in any format off the thread that
// answers API calls, so the projector, phones and the facilitator's clicks stay live while a
// 200-action PDF is written. Built as out/main/export-worker.js (electron.vite.config.ts); from
// sources it is loaded through tsx (see worker-client.ts). It never touches the workshop file:
// the model arrives as plain data.
import { parentPort } from 'node:worker_threads';
import os from 'node:os';
import { exportAs } from './formats';
import type { RenderRequest, RenderResponse } from './worker-client';

// On Linux the nice value belongs to the thread: lower this one, so on a busy two-core laptop the
// scheduler still prefers the thread that answers the projector and the phones. (Elsewhere
// setPriority(0) would lower the whole app, so only here.)
if (process.platform === 'linux') {
  try {
    os.setPriority(0, 10);
  } catch {
    // not permitted: render at normal priority
  }
}

parentPort!.on('message', async (req: RenderRequest) => {
  let res: RenderResponse;
  try {
    const bytes = await exportAs(req.format, req.model, { pdf: req.pdf });
    // Hand the buffer over without copying when it is a buffer of its own.
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    const out = own ? bytes : bytes.slice();
    res = { id: req.id, ok: true, bytes: out };
    parentPort!.postMessage(res, [out.buffer as ArrayBuffer]);
  } catch (e) {
    res = { id: req.id, ok: false, message: e instanceof Error ? e.message : String(e) };
    parentPort!.postMessage(res);
  }
});
