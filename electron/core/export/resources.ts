// One resolver for every file the exports and imports need at run time (fonts, the worker entries). The same
// code runs from three layouts, and each finds the app root by walking up from this module:
//   source (tsx, vitest)  electron/core/export/resources.ts        → root = ../../..
//   built bundle          out/main/cli.js or out/main/chunks/*.js → root = ../.. or ../../..
//   packaged app          app.asar/out/main/…                     → root = app.asar (Electron's fs
//                         reads asar paths and redirects the asarUnpack'ed resources/fonts)
// The root is the first folder upwards holding both package.json and resources/fonts.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
// Not named `require`: electron-vite injects its own `require` shim into ESM bundles.
const nodeRequire = createRequire(import.meta.url);

let root: string | null | undefined;
/** The app root (see above), or null when no layout matches (then only node_modules fonts work). */
export function appRoot(): string | null {
  if (root !== undefined) return root;
  root = null;
  for (let d = here, i = 0; i < 6; i++, d = path.dirname(d)) {
    if (existsSync(path.join(d, 'package.json')) && existsSync(path.join(d, 'resources', 'fonts'))) {
      root = d;
      break;
    }
  }
  // Last resort for odd launches (a copied out/ folder): the working directory.
  if (!root && existsSync(path.join(process.cwd(), 'resources', 'fonts'))) root = process.cwd();
  return root;
}

/** A file under resources/ (e.g. 'fonts/DejaVuSans.ttf'), or null when it is not there. */
export function resourceFile(rel: string): string | null {
  const r = appRoot();
  const p = r ? path.join(r, 'resources', rel) : null;
  return p && existsSync(p) ? p : null;
}

/** A file of an installed package (resolved like an import), or null. */
export function packageFile(spec: string): string | null {
  try {
    return nodeRequire.resolve(spec);
  } catch {
    return null;
  }
}

/** True when this module runs from TypeScript sources (tsx, vitest), false in the built bundle. */
export const fromSource = /\.[cm]?ts$/.test(fileURLToPath(import.meta.url));

/**
 * A worker thread's entry: from sources the TypeScript file `source` (relative to this folder,
 * loaded through tsx), from the bundle `out/main/<built>` (an extra input in electron.vite.config.ts).
 */
export function workerEntry(source: string, built: string): { file: string; typescript: boolean } | null {
  if (fromSource) {
    const ts = path.join(here, source);
    return existsSync(ts) ? { file: ts, typescript: true } : null;
  }
  const candidates = [path.join(here, built), path.join(here, '..', built)];
  const r = appRoot();
  if (r) candidates.push(path.join(r, 'out', 'main', built));
  const file = candidates.find((f) => existsSync(f));
  return file ? { file, typescript: false } : null;
}

/** The export render worker: `worker.ts` beside this file, built as `out/main/export-worker.js`. */
export const exportWorkerEntry = () => workerEntry('worker.ts', 'export-worker.js');

/** The import parse worker: `electron/core/import/worker.ts`, built as `out/main/import-worker.js`. */
export const importWorkerEntry = () => workerEntry(path.join('..', 'import', 'worker.ts'), 'import-worker.js');
