// Reads a folder of exchange packages for the programme view: one file at a time (only the
// parsed content is kept, so memory grows with the content, not the file sizes), refusals are
// listed with their message instead of stopping the whole folder.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/domain/errors';
import { buildProgramme, type IndexedProgramme, type LoadedPackage, type Programme } from '../../../shared/exchange/programme';
import { readPackageFile } from './package-file';

/** Ten times the programme's 40 municipalities, and then some. */
export const MAX_PACKAGES = 2000;

export function listPackageFiles(dir: string): string[] {
  let names: string[];
  try {
    if (!fs.statSync(dir).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
    names = fs.readdirSync(dir);
  } catch (e) {
    // Missing and unreadable (no permission, a share gone) are different problems with different remedies.
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw AppError.of('NOT_FOUND_FILE', 'exchange.dirNotFound', { dir });
    throw AppError.of('IO', 'exchange.dirUnreadable', { dir, detail: String((e as Error).message).slice(0, 200) });
  }
  // Only .json files, not hidden ones (our own temporary files start with a dot); by name, so
  // the order of municipalities never depends on their scores.
  const files = names.filter((n) => n.toLowerCase().endsWith('.json') && !n.startsWith('.')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (files.length > MAX_PACKAGES) throw AppError.of('LIMIT', 'exchange.tooManyFiles', { dir, count: files.length, max: MAX_PACKAGES });
  return files;
}

/**
 * fs.statSync that answers null for any file it cannot stat: gone, a symbolic-link loop (ELOOP),
 * no permission. `throwIfNoEntry: false` covers only the first; the reader then names the problem.
 */
export function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

/** A signature of the folder's packages (names, sizes, times): the cache key of a loaded programme. */
export function folderSignature(dir: string): string {
  return listPackageFiles(dir)
    .map((n) => {
      const st = statOrNull(path.join(dir, n));
      return `${n}:${st?.size ?? -1}:${st?.mtimeMs ?? -1}`;
    })
    .join('\n');
}

export function loadProgramme(dir: string, opts: { hideNames?: boolean } = {}): IndexedProgramme {
  const abs = path.resolve(dir);
  const packages: LoadedPackage[] = [];
  const refused: Programme['refused'] = [];
  // the same package twice (sent again, or copied under another name) is one municipality, not two
  const seen = new Map<string, string>();
  for (const name of listPackageFiles(abs)) {
    try {
      const pkg = readPackageFile(path.join(abs, name));
      const first = seen.get(pkg.contentHash);
      if (first !== undefined) throw AppError.of('CONFLICT', 'exchange.duplicate', { name, first });
      seen.set(pkg.contentHash, name);
      packages.push({ file: name, content: pkg.content });
    } catch (e) {
      // Our refusals are AppErrors; anything else (a read error mid-way) is listed as unreadable.
      const err =
        e instanceof AppError ? e.toJSON() : AppError.of('IO', 'exchange.readFailed', { name, detail: String((e as Error).message).slice(0, 200) }).toJSON();
      refused.push({ file: name, code: err.code, message: err.message, ...(err.key ? { key: err.key } : {}), ...(err.params ? { params: err.params } : {}) });
    }
  }
  return buildProgramme(abs, packages, refused, opts);
}
