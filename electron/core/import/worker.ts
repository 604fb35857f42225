// The import parse worker (worker_threads): decodes, hashes, parses and validates a self-check
// file off the thread that answers API calls, so the projector, the phones and other tabs stay
// live while a 20 MB CSV is read (1–2 s). Built as out/main/import-worker.js
// (electron.vite.config.ts), loaded through tsx from sources (see worker-client.ts). It never
// touches the workshop file: the write of `import.commit` stays on the API thread.
import os from 'node:os';
import { parentPort } from 'node:worker_threads';
import { parseSelfCheck } from './parse';
import { packRows, parseKey, type ParseRequest, type ParseResponse } from './transfer';

// On Linux the nice value belongs to the thread (as in the export worker): the scheduler keeps
// preferring the API thread on a busy two-core laptop.
if (process.platform === 'linux') {
  try {
    os.setPriority(0, 10);
  } catch {
    // not permitted: parse at normal priority
  }
}

parentPort!.on('message', async (req: ParseRequest) => {
  try {
    const bytes = new Uint8Array(Buffer.from(req.dataBase64, 'base64'));
    const key = parseKey(req.fileName, req.answerMap, bytes);
    if (key === req.knownKey) {
      parentPort!.postMessage({ id: req.id, ok: true, key, cached: true } satisfies ParseResponse);
      return;
    }
    const { rows, ...rest } = await parseSelfCheck(bytes, req.fileName, { answerMap: req.answerMap });
    const packed = packRows(rows);
    const res: ParseResponse = { id: req.id, ok: true, key, cached: false, summary: { ...rest, rowCount: rows.length }, rows: packed };
    parentPort!.postMessage(res, [packed.ints.buffer as ArrayBuffer, packed.strings.buffer as ArrayBuffer]);
  } catch (e) {
    parentPort!.postMessage({ id: req.id, ok: false, message: e instanceof Error ? e.message : String(e) } satisfies ParseResponse);
  }
});
