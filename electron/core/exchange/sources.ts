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
import { listPackageFiles, statOrNull } from './programme-dir';
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

/**
 * Folders and package files the facilitator chose on this computer (settings folder,
 * `exchange-sources.json`). A workshop file names its sources, but a file from elsewhere is data:
 * its paths are read only once someone here confirmed them — otherwise opening a hostile workshop
 * would make the app reach out to any path it names (on Windows a \\server\share path sends the
 * user's credentials to that server; a dead network mount hangs the reader).
 */
export class ConfirmedSources {
  private readonly file: string;
  private readonly paths = new Set<string>();
  constructor(settingsDir: string) {
    this.file = path.join(settingsDir, 'exchange-sources.json');
    try {
      const raw: unknown = JSON.parse(fs.readFileSync(this.file, 'utf8'));
      if (Array.isArray(raw)) for (const p of raw.slice(0, MAX_CONFIRMED)) if (typeof p === 'string') this.paths.add(p);
    } catch {
      // none yet, or a damaged list: nothing confirmed, the panel asks again
    }
  }

  has = (abs: string): boolean => this.paths.has(abs);

  add(list: readonly string[]): void {
    for (const p of list) {
      this.paths.delete(p);
      this.paths.add(p); // most recent last; the oldest drop out first
    }
    while (this.paths.size > MAX_CONFIRMED) this.paths.delete(this.paths.values().next().value!);
    // Best effort: an unwritable settings folder keeps the confirmation for this session only.
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify([...this.paths], null, 2));
      fs.renameSync(tmp, this.file);
    } catch {
      // see above
    }
  }
}
const MAX_CONFIRMED = 200;

export class PackageSources {
  private readonly files = new Map<string, { signature: string; result: LoadedPackage | Refusal }>();

  /**
   * Reads every source in order; a package present twice (in a folder and as a file) counts once.
   * Paths `confirmed` refuses are listed as unconfirmed and not touched at all (not even stat'ed).
   */
  load(paths: readonly string[], confirmed: (abs: string) => boolean = () => true): LoadedSources {
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
      if (!confirmed(abs)) {
        sources.push({ path: abs, kind: 'unconfirmed', packages: 0, problem: null });
        continue;
      }
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
    const st = statOrNull(file);
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
