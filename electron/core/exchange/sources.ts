// The packages a workshop loads for "Anregungen aus anderen Kommunen": folders of packages and
// single package files, remembered in the workshop's settings. Every file goes through the
// refusing reader (package-file.ts); a corrupt, tampered or newer package is skipped and listed
// with its message, never trusted. Results are cached per file (path, size, time), so reopening
// the panel or typing a next step re-reads nothing.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/domain/errors';
import type { ExchangeContent } from '../../../shared/exchange/package';
import type { SourceState, Suggestions } from '../../../shared/exchange/suggestions';
import { listPackageFiles } from './programme-dir';
import { readPackageFile } from './package-file';

/** Folders or files per workshop: a handful in practice (one shared folder, a few e-mailed packages). */
export const MAX_SOURCES = 20;

export interface LoadedPackage {
  hash: string;
  file: string;
  content: ExchangeContent;
}
export interface LoadedSources {
  sources: SourceState[];
  packages: LoadedPackage[];
  refused: Suggestions['refused'];
}

type Problem = NonNullable<SourceState['problem']>;
type Refusal = Suggestions['refused'][number];

const asProblem = (e: AppError): Problem => {
  const j = e.toJSON();
  return { code: j.code, message: j.message, ...(j.key ? { key: j.key } : {}), ...(j.params ? { params: j.params } : {}) };
};
const detail = (e: unknown) => String((e as Error)?.message ?? e).slice(0, 200);

export class PackageSources {
  private readonly files = new Map<string, { signature: string; result: LoadedPackage | Refusal }>();

  /** Reads every source in order; a package present twice (in a folder and as a file) counts once. */
  load(paths: readonly string[]): LoadedSources {
    const sources: SourceState[] = [];
    const packages: LoadedPackage[] = [];
    const refused: Refusal[] = [];
    const seen = new Set<string>();
    const used = new Set<string>();
    const take = (file: string): number => {
      const r = this.readCached(file);
      used.add(file);
      if ('code' in r) {
        refused.push(r);
        return 0;
      }
      if (seen.has(r.hash)) return 1;
      seen.add(r.hash);
      packages.push(r);
      return 1;
    };
    for (const p of paths) {
      const abs = path.resolve(p);
      let st: fs.Stats;
      try {
        st = fs.statSync(abs);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        const err =
          code === 'ENOENT' || code === 'ENOTDIR'
            ? AppError.of('NOT_FOUND_FILE', 'exchange.sourceMissing', { path: abs })
            : AppError.of('IO', 'exchange.sourceUnreadable', { path: abs, detail: detail(e) });
        sources.push({ path: abs, kind: 'missing', packages: 0, problem: asProblem(err) });
        continue;
      }
      if (st.isDirectory()) {
        let names: string[];
        try {
          fs.accessSync(abs, fs.constants.R_OK | fs.constants.X_OK);
          names = listPackageFiles(abs);
        } catch (e) {
          const err = e instanceof AppError ? e : AppError.of('IO', 'exchange.sourceUnreadable', { path: abs, detail: detail(e) });
          sources.push({ path: abs, kind: 'folder', packages: 0, problem: asProblem(err) });
          continue;
        }
        let n = 0;
        for (const name of names) n += take(path.join(abs, name));
        sources.push({ path: abs, kind: 'folder', packages: n, problem: null });
      } else {
        const n = take(abs);
        sources.push({ path: abs, kind: 'file', packages: n, problem: null });
      }
    }
    // Forget files no longer in any source, so the cache does not grow over a long day.
    for (const f of this.files.keys()) if (!used.has(f)) this.files.delete(f);
    return { sources, packages, refused };
  }

  private readCached(file: string): LoadedPackage | Refusal {
    const st = fs.statSync(file, { throwIfNoEntry: false });
    const signature = `${st?.size ?? -1}:${st?.mtimeMs ?? -1}`;
    const hit = this.files.get(file);
    if (hit && hit.signature === signature) return hit.result;
    let result: LoadedPackage | Refusal;
    try {
      const pkg = readPackageFile(file);
      // The reader has recomputed the hash and refused a mismatch: the stored one is the content's.
      result = { hash: pkg.contentHash, file, content: pkg.content };
    } catch (e) {
      const err = e instanceof AppError ? e : AppError.of('IO', 'exchange.readFailed', { name: path.basename(file), detail: detail(e) });
      result = { file, ...asProblem(err) };
    }
    this.files.set(file, { signature, result });
    return result;
  }
}
